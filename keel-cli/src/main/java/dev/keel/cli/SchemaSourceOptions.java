package dev.keel.cli;

import dev.keel.source.SchemaSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The option blocks that name a schema source (empty, a Prisma schema, a migrations folder, a live database, the
 * configured database): {@code migrate diff}'s {@code --from-*} and {@code --to-*}, and {@code drift}'s expected
 * side. Each is a picocli argument group; the groups do not validate themselves, because the commands report a
 * wrong count in Prisma's words ("2 `--from-...` parameter(s) provided. 1 must be provided.").
 */
final class SchemaSourceOptions {
    /** Stands for {@code --*-config-datasource} until the configuration is known. */
    static final SchemaSpec.Url CONFIGURED = new SchemaSpec.Url("config-datasource");

    private SchemaSourceOptions() {
    }

    /** A block of source options: the sources it names, in flag order (exactly one is valid). */
    interface Source {
        List<SchemaSpec> given();
    }

    static List<SchemaSpec> specs(boolean empty, Path schema, Path migrations, String url, boolean config) {
        List<SchemaSpec> out = new ArrayList<>();
        if (empty) {
            out.add(new SchemaSpec.Empty());
        }
        if (schema != null) {
            out.add(new SchemaSpec.SchemaFile(schema));
        }
        if (migrations != null) {
            out.add(new SchemaSpec.Migrations(migrations));
        }
        if (url != null) {
            out.add(new SchemaSpec.Url(url));
        }
        if (config) {
            out.add(CONFIGURED);
        }
        return out;
    }

    static List<SchemaSpec> given(Source source) {
        return source == null ? List.of() : source.given();
    }

    /** {@code migrate diff}'s starting point. */
    static final class From implements Source {
        @Option(names = "--from-empty", description = "Start from an empty database")
        boolean empty;
        @Option(names = {"--from-schema", "--from-schema-datamodel"}, paramLabel = "FILE",
                description = "Start from a Prisma schema file or folder (--from-schema-datamodel: Prisma 6's name)")
        Path schema;
        @Option(names = "--from-migrations", paramLabel = "DIR",
                description = "Start from a migrations folder (replayed on a shadow database)")
        Path migrations;
        @Option(names = "--from-url", paramLabel = "URL", description = "Start from a live database")
        String url;
        @Option(names = "--from-config-datasource",
                description = "Start from the configured database (DATABASE_URL, then the datasource url of the "
                        + "schema)")
        boolean config;

        @Override
        public List<SchemaSpec> given() {
            return specs(empty, schema, migrations, url, config);
        }
    }

    /** {@code migrate diff}'s end point. */
    static final class To implements Source {
        @Option(names = "--to-empty", description = "End at an empty database")
        boolean empty;
        @Option(names = {"--to-schema", "--to-schema-datamodel"}, paramLabel = "FILE",
                description = "End at a Prisma schema file or folder (--to-schema-datamodel: Prisma 6's name)")
        Path schema;
        @Option(names = "--to-migrations", paramLabel = "DIR",
                description = "End at a migrations folder (replayed on a shadow database)")
        Path migrations;
        @Option(names = "--to-url", paramLabel = "URL", description = "End at a live database")
        String url;
        @Option(names = "--to-config-datasource",
                description = "End at the configured database (DATABASE_URL, then the datasource url of the schema)")
        boolean config;

        @Override
        public List<SchemaSpec> given() {
            return specs(empty, schema, migrations, url, config);
        }
    }

    /** What {@code drift} compares the live database with (one of the two, or neither for the default). */
    static final class Expected implements Source {
        @Option(names = "--schema", paramLabel = "FILE", description = "Compare with this Prisma schema")
        Path schema;
        @Option(names = "--migrations", paramLabel = "DIR",
                description = "Compare with this migrations folder (default: migrations/ beside the schema, when it "
                        + "exists; else the schema)")
        Path migrations;

        @Override
        public List<SchemaSpec> given() {
            return specs(false, schema, migrations, null, false);
        }
    }
}
