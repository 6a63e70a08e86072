package dev.keel.psl.model;

/** {@code relationMode} of the datasource: real foreign keys (default) or emulated by Prisma Client. */
public enum RelationMode {
    FOREIGN_KEYS,
    PRISMA
}
