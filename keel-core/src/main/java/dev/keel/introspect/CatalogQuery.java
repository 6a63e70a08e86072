package dev.keel.introspect;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The catalog queries, one resource file each under {@code keel/introspect/}. Each takes the schema list as its only
 * parameter (an array), except {@link #EXTENSIONS}, which is database-wide.
 */
enum CatalogQuery {
    NAMESPACES("namespaces.sql"),
    TABLES("tables.sql"),
    COLUMNS("columns.sql"),
    CONSTRAINTS("constraints.sql"),
    INDEXES("indexes.sql"),
    ENUMS("enums.sql"),
    SEQUENCES("sequences.sql"),
    VIEWS("views.sql"),
    EXTENSIONS("extensions.sql");

    private final String sql;

    CatalogQuery(String file) {
        String path = "/keel/introspect/" + file;
        try (InputStream in = CatalogQuery.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            this.sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String sql() {
        return sql;
    }

    boolean takesSchemas() {
        return sql.contains("?");
    }
}
