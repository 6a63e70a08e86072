package dev.keel.psl.model;

public enum RelationKind {
    ONE_TO_ONE,
    ONE_TO_MANY,
    /** Implicit many-to-many: Prisma's join table {@code _<relationName>} with columns {@code A} and {@code B}. */
    IMPLICIT_MANY_TO_MANY
}
