package dev.keel.psl.model;

import java.util.Optional;

/**
 * A relation with both sides. For 1:1 and 1:n, side A ({@code modelA.fieldA}) holds {@code fields/references}
 * (the foreign key) and side B is the back-relation field (absent only when the relation is one-sided, which Prisma
 * rejects unless ignored). For implicit m:n, A and B are ordered as Prisma orders them (model names ascending,
 * which decides the {@code A}/{@code B} columns of the join table).
 */
public record Relation(String name, RelationKind kind, String modelA, String fieldA, String modelB,
                       Optional<String> fieldB) {
    /** The join table of an implicit many-to-many relation ({@code _<name>}). */
    public String joinTableName() {
        return "_" + name;
    }
}
