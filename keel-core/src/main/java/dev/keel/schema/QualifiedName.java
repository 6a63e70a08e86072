package dev.keel.schema;

import java.util.Objects;

/**
 * A schema-qualified object name, the only way one model object refers to another (no back-pointers), so
 * that {@code equals()} is structural. Ordered by schema, then name, by code point.
 */
public record QualifiedName(String schema, String name) implements Comparable<QualifiedName> {
    public QualifiedName {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(name, "name");
    }

    public static QualifiedName of(String schema, String name) {
        return new QualifiedName(schema, name);
    }

    @Override
    public int compareTo(QualifiedName o) {
        // sorting and binary searches run this for every table: no comparator chain
        int c = schema.compareTo(o.schema);
        return c != 0 ? c : name.compareTo(o.name);
    }

    /** {@code "schema"."name"}, always quoted. */
    public String quoted() {
        return Identifiers.quote(schema) + "." + Identifiers.quote(name);
    }

    @Override
    public String toString() {
        return quoted();
    }
}
