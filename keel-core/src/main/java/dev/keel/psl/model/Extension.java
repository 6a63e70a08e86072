package dev.keel.psl.model;

import java.util.Optional;

/** A PostgreSQL extension from {@code extensions = [name(map: ..., schema: ..., version: ...)]}. */
public record Extension(String name, Optional<String> dbName, Optional<String> schema, Optional<String> version) {
    /** The name used in {@code CREATE EXTENSION}: {@code map:} if given, else the name. */
    public String effectiveDbName() {
        return dbName.orElse(name);
    }
}
