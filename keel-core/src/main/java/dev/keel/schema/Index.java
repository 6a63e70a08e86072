package dev.keel.schema;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An index of a table (the primary key's index is not listed; it belongs to {@link PrimaryKey}). {@code include}
 * holds INCLUDE columns; {@code predicate} the WHERE of a partial index, as {@code pg_get_expr} prints it.
 */
public record Index(String name, IndexKind kind, IndexMethod method, List<IndexElement> elements,
                   List<String> include, Optional<String> predicate, boolean nullsNotDistinct) {
    public Index {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(method, "method");
        elements = List.copyOf(elements);
        include = List.copyOf(include);
        Objects.requireNonNull(predicate, "predicate");
        if (elements.isEmpty()) {
            throw new IllegalArgumentException("an index needs at least one key: " + name);
        }
    }

    /** A B-tree index on plain ascending columns. */
    public static Index of(String name, IndexKind kind, String... columns) {
        return new Index(name, kind, IndexMethod.BTREE,
                java.util.Arrays.stream(columns).map(IndexElement::column).toList(), List.of(), Optional.empty(),
                false);
    }

    public boolean isUnique() {
        return kind.isUnique();
    }

    /** The column names when every key is a plain column; empty if any key is an expression. */
    public Optional<List<String>> columnNames() {
        if (elements.stream().anyMatch(IndexElement::isExpression)) {
            return Optional.empty();
        }
        return Optional.of(elements.stream().map(IndexElement::text).toList());
    }

    public Index withName(String n) {
        return new Index(n, kind, method, elements, include, predicate, nullsNotDistinct);
    }
}
