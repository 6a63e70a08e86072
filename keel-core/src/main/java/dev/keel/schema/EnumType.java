package dev.keel.schema;

import java.util.List;
import java.util.Objects;

/** A {@code CREATE TYPE ... AS ENUM} type; values in declaration (sort) order, which matters. */
public record EnumType(QualifiedName name, List<String> values) {
    public EnumType {
        Objects.requireNonNull(name, "name");
        values = List.copyOf(values);
    }
}
