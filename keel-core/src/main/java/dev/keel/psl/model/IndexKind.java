package dev.keel.psl.model;

public enum IndexKind {
    /** {@code @@index}. */
    NORMAL,
    /** {@code @unique} / {@code @@unique}. */
    UNIQUE,
    /** {@code @@fulltext} (MySQL only: rejected on PostgreSQL, never in a valid model). */
    FULLTEXT
}
