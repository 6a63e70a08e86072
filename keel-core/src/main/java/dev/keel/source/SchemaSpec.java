package dev.keel.source;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a schema comes from, as {@code migrate diff}'s {@code --from-*}/{@code --to-*} flags name it. Turn one into a
 * {@link ResolvedSchema} with {@link SchemaSources#resolve}.
 */
public sealed interface SchemaSpec {
    /** How messages and results name this source (never with a password). */
    String describe();

    /** Nothing: the starting point of a first migration ({@code --from-empty}). */
    record Empty() implements SchemaSpec {
        @Override
        public String describe() {
            return "empty";
        }
    }

    /** A Prisma schema file or folder of {@code .prisma} files, validated then compiled ({@code --from-schema}). */
    record SchemaFile(Path path) implements SchemaSpec {
        public SchemaFile {
            Objects.requireNonNull(path, "path");
        }

        @Override
        public String describe() {
            return "schema " + path;
        }
    }

    /** A Prisma migrations folder, replayed on a throw-away shadow database ({@code --from-migrations}). */
    record Migrations(Path dir) implements SchemaSpec {
        public Migrations {
            Objects.requireNonNull(dir, "dir");
        }

        @Override
        public String describe() {
            return "migrations " + dir;
        }
    }

    /** A live database, introspected ({@code --from-url}); {@code ?schema=} picks the namespace. */
    record Url(String url) implements SchemaSpec {
        public Url {
            Objects.requireNonNull(url, "url");
        }

        @Override
        public String describe() {
            return "database " + dev.keel.db.DatabaseUrl.redact(url);
        }

        @Override
        public String toString() {
            return "Url[" + dev.keel.db.DatabaseUrl.redact(url) + "]";
        }
    }

    static SchemaSpec empty() {
        return new Empty();
    }

    static SchemaSpec schemaFile(Path path) {
        return new SchemaFile(path);
    }

    static SchemaSpec migrations(Path dir) {
        return new Migrations(dir);
    }

    static SchemaSpec url(String url) {
        return new Url(url);
    }
}
