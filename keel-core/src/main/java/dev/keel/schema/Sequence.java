package dev.keel.schema;

import java.util.Objects;
import java.util.Optional;

/**
 * A sequence. {@code ownedBy} is the column of an {@code ALTER SEQUENCE ... OWNED BY} (what SERIAL creates).
 * Identity columns' internal sequences are not listed; they are part of the column.
 */
public record Sequence(QualifiedName name, PgType type, long start, long increment, long min, long max, long cache,
                       boolean cycle, Optional<ColumnRef> ownedBy) {

    /** A column of a table, by name. */
    public record ColumnRef(QualifiedName table, String column) {
        public ColumnRef {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(column, "column");
        }
    }

    public Sequence {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(ownedBy, "ownedBy");
    }

    /**
     * The sequence PostgreSQL creates for a SERIAL column of {@code type} (smallint, integer or bigint), named as
     * PostgreSQL names it: {@code {table}_{column}_seq}, shortened to 63 bytes the way {@code ChooseRelationName}
     * does when it is too long.
     */
    public static Sequence serialFor(QualifiedName table, String column, PgType type) {
        long max;
        switch (type.name()) {
            case "smallint": max = Short.MAX_VALUE; break;
            case "integer": max = Integer.MAX_VALUE; break;
            case "bigint": max = Long.MAX_VALUE; break;
            default: throw new IllegalArgumentException("not a serial type: " + type.sql());
        }
        String name = SerialNames.sequenceName(table.name(), column);
        return new Sequence(new QualifiedName(table.schema(), name), type.element(), 1, 1, 1, max, 1, false,
                Optional.of(new ColumnRef(table, column)));
    }
}
