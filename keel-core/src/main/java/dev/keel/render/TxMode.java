package dev.keel.render;

/** How a statement may be run with respect to transactions. */
public enum TxMode {
    /** Can run inside a transaction with the rest of the migration. */
    TRANSACTIONAL,
    /** Must run outside any transaction block (e.g. {@code CREATE INDEX CONCURRENTLY}). */
    NO_TRANSACTION,
    /** A {@code BEGIN} or {@code COMMIT} the script itself contains (Prisma's enum swap). */
    TRANSACTION_CONTROL
}
