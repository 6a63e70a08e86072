package dev.keel.schema;

import java.util.Objects;

/** An installed extension: name, the schema its objects live in, and its version. */
public record Extension(String name, String schema, String version) implements Comparable<Extension> {
    public Extension {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(version, "version");
    }

    @Override
    public int compareTo(Extension o) {
        return name.compareTo(o.name);
    }
}
