package dev.keel.diff;

/**
 * What differs between two versions of a column. The declaration order is Prisma's bit order, which decides the
 * order of the rendered ALTER COLUMN clauses (nullability before default before type).
 */
public enum ColumnChange {
    ARITY,
    DEFAULT,
    TYPE,
    AUTOINCREMENT
}
