package dev.keel.schema;

import java.util.Objects;

/** A PostgreSQL schema (namespace) the model covers. */
public record Namespace(String name) implements Comparable<Namespace> {
    public Namespace {
        Objects.requireNonNull(name, "name");
    }

    @Override
    public int compareTo(Namespace o) {
        return name.compareTo(o.name);
    }
}
