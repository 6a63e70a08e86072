package dev.keel.schema;

import java.util.Objects;

/** A view; {@code definition} is the query as {@code pg_get_viewdef} prints it. */
public record View(QualifiedName name, String definition, boolean materialized) {
    public View {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(definition, "definition");
    }
}
