package dev.keel.psl.model;

import java.util.List;
import java.util.Optional;

/**
 * The datasource block. {@code url}, {@code directUrl}, {@code shadowDatabaseUrl} are Prisma 5/6 properties that
 * Keel accepts so commands can fall back on them for a connection.
 */
public record Datasource(String name, String provider, Optional<ConfigValue> url, Optional<ConfigValue> directUrl,
                         Optional<ConfigValue> shadowDatabaseUrl, List<String> schemas, List<Extension> extensions,
                         RelationMode relationMode) {
    public Datasource {
        schemas = List.copyOf(schemas);
        extensions = List.copyOf(extensions);
    }
}
