package dev.keel.schema;

/**
 * What kind of object an index is. A UNIQUE constraint owns an index of the same name but is created and
 * dropped through ALTER TABLE, so the differ must know which one it has; Prisma itself only creates unique indexes.
 */
public enum IndexKind {
    /** {@code CREATE INDEX}. */
    INDEX,
    /** {@code CREATE UNIQUE INDEX} (what Prisma generates for {@code @unique} / {@code @@unique}). */
    UNIQUE_INDEX,
    /** {@code ALTER TABLE ... ADD CONSTRAINT ... UNIQUE}: the index backs a constraint. */
    UNIQUE_CONSTRAINT;

    public boolean isUnique() {
        return this != INDEX;
    }
}
