package dev.keel.diff;

/** How a column type change can be carried out (Prisma's {@code ColumnTypeChange}). */
public enum TypeChange {
    /** {@code SET DATA TYPE} always works. */
    SAFE_CAST,
    /** {@code SET DATA TYPE} works unless some value does not fit the new type. */
    RISKY_CAST,
    /** No cast: the column is dropped and added again. */
    NOT_CASTABLE
}
