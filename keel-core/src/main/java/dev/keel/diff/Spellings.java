package dev.keel.diff;

import dev.keel.schema.Column;
import dev.keel.schema.DefaultValue;
import dev.keel.schema.Index;
import dev.keel.schema.PgType;
import dev.keel.schema.QualifiedName;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How a source wrote what the model keeps in one normal form, for output that is byte-identical to Prisma's:
 * a default as the schema spells it ({@code 2.00}, JSON with its own key order and spacing, a
 * {@code dbgenerated("...")} expression verbatim), a column type PostgreSQL gives implied modifiers
 * ({@code CHAR} is {@code character(1)}), and operator classes
 * the schema names although they are the access method's default ({@code jsonb_ops}). Each spelling is stored with
 * the normalised value it spells and only applies while the model still has that value.
 */
public record Spellings(Map<ColumnKey, SpelledDefault> defaults, Map<IndexKey, SpelledIndex> indexes,
                        Map<ColumnKey, SpelledType> types) {
    public Spellings {
        defaults = Map.copyOf(defaults);
        indexes = Map.copyOf(indexes);
        types = Map.copyOf(types);
    }

    /** A column of a table. */
    public record ColumnKey(QualifiedName table, String column) {
    }

    /** An index of a table, by name. */
    public record IndexKey(QualifiedName table, String index) {
    }

    /** {@code sql}: the text after {@code DEFAULT} for a column whose normalised default is {@code value}. */
    public record SpelledDefault(DefaultValue value, String sql) {
        public SpelledDefault {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(sql, "sql");
        }
    }

    /** {@code sql}: the column type as Prisma writes it for a column whose normalised type is {@code type}. */
    public record SpelledType(PgType type, String sql) {
        public SpelledType {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(sql, "sql");
        }
    }

    /**
     * {@code opclasses}: per key of {@code index} (the normalised index), the operator class as written, or empty
     * when the schema names none.
     */
    public record SpelledIndex(Index index, List<Optional<String>> opclasses) {
        public SpelledIndex {
            Objects.requireNonNull(index, "index");
            opclasses = List.copyOf(opclasses);
        }
    }

    public static Spellings none() {
        return new Spellings(Map.of(), Map.of(), Map.of());
    }

    /** The schema's text for the default of {@code column} in {@code table}, while the default is still that value. */
    public Optional<String> defaultSql(QualifiedName table, Column column) {
        if (defaults.isEmpty() || column.defaultValue().isEmpty()) {
            return Optional.empty();
        }
        SpelledDefault s = defaults.get(new ColumnKey(table, column.name()));
        if (s == null || column.defaultValue().isEmpty() || !column.defaultValue().get().equals(s.value())) {
            return Optional.empty();
        }
        return Optional.of(s.sql());
    }

    /** The schema's spelling of the type of {@code column} in {@code table}, while the type is unchanged. */
    public Optional<String> typeSql(QualifiedName table, Column column) {
        if (types.isEmpty()) {
            return Optional.empty();
        }
        SpelledType s = types.get(new ColumnKey(table, column.name()));
        if (s == null || !column.type().equals(s.type()) || column.isAutoincrement()) {
            return Optional.empty();
        }
        return Optional.of(s.sql());
    }

    /** The operator classes as written for {@code index} of {@code table}, while the index is unchanged. */
    public Optional<List<Optional<String>>> opclasses(QualifiedName table, Index index) {
        if (indexes.isEmpty()) {
            return Optional.empty();
        }
        SpelledIndex s = indexes.get(new IndexKey(table, index.name()));
        if (s == null || !s.index().equals(index)) {
            return Optional.empty();
        }
        return Optional.of(s.opclasses());
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects spellings while a model is built. */
    public static final class Builder {
        private final Map<ColumnKey, SpelledDefault> defaults = new HashMap<>();
        private final Map<IndexKey, SpelledIndex> indexes = new HashMap<>();
        private final Map<ColumnKey, SpelledType> types = new HashMap<>();

        public Builder putType(QualifiedName table, String column, PgType normalised, String sql) {
            types.put(new ColumnKey(table, column), new SpelledType(normalised, sql));
            return this;
        }

        public Builder putDefault(QualifiedName table, String column, DefaultValue normalised, String sql) {
            defaults.put(new ColumnKey(table, column), new SpelledDefault(normalised, sql));
            return this;
        }

        public Builder putIndex(QualifiedName table, Index normalised, List<Optional<String>> opclasses) {
            indexes.put(new IndexKey(table, normalised.name()), new SpelledIndex(normalised, opclasses));
            return this;
        }

        public Spellings build() {
            return new Spellings(defaults, indexes, types);
        }
    }
}
