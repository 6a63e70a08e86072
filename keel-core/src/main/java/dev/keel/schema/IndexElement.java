package dev.keel.schema;

import java.util.Objects;
import java.util.Optional;

/**
 * One key of an index: a column or an expression, with sort order, NULLS position and a non-default operator
 * class. {@code nulls} is always explicit (PostgreSQL's default is LAST for ASC and FIRST for DESC), so two indexes
 * that differ only in whether the default was written compare equal. {@code length} exists for parity with
 * Prisma's model (MySQL prefix indexes) and is always empty on PostgreSQL.
 */
public record IndexElement(Key key, String text, SortOrder order, NullsOrder nulls, Optional<String> opclass,
                           Optional<Integer> length) {

    public enum Key { COLUMN, EXPRESSION }

    public enum SortOrder { ASC, DESC }

    public enum NullsOrder { FIRST, LAST }

    public IndexElement {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(nulls, "nulls");
        Objects.requireNonNull(opclass, "opclass");
        Objects.requireNonNull(length, "length");
    }

    /** An ascending column key with PostgreSQL's defaults. */
    public static IndexElement column(String name) {
        return new IndexElement(Key.COLUMN, name, SortOrder.ASC, NullsOrder.LAST, Optional.empty(), Optional.empty());
    }

    /** A column key in the given order, with the default NULLS position for that order. */
    public static IndexElement column(String name, SortOrder order) {
        return new IndexElement(Key.COLUMN, name, order, defaultNulls(order), Optional.empty(), Optional.empty());
    }

    public static IndexElement expression(String sql) {
        return new IndexElement(Key.EXPRESSION, sql, SortOrder.ASC, NullsOrder.LAST, Optional.empty(),
                Optional.empty());
    }

    public IndexElement withOpclass(String opclassName) {
        return new IndexElement(key, text, order, nulls, Optional.of(opclassName), length);
    }

    public IndexElement withNulls(NullsOrder n) {
        return new IndexElement(key, text, order, n, opclass, length);
    }

    public static NullsOrder defaultNulls(SortOrder order) {
        return order == SortOrder.ASC ? NullsOrder.LAST : NullsOrder.FIRST;
    }

    public boolean isDefaultNulls() {
        return nulls == defaultNulls(order);
    }

    /** The column name for a column key. */
    public Optional<String> column() {
        return key == Key.COLUMN ? Optional.of(text) : Optional.empty();
    }

    public boolean isExpression() {
        return key == Key.EXPRESSION;
    }

    /** {@code "col" DESC NULLS LAST jsonb_path_ops}-style SQL, leaving out defaults. */
    public String sql() {
        StringBuilder sb = new StringBuilder(key == Key.COLUMN ? Identifiers.quote(text) : "(" + text + ")");
        opclass.ifPresent(o -> sb.append(' ').append(o));
        if (order == SortOrder.DESC) {
            sb.append(" DESC");
        }
        if (!isDefaultNulls()) {
            sb.append(" NULLS ").append(nulls.name());
        }
        return sb.toString();
    }
}
