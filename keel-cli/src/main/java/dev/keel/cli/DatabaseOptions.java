package dev.keel.cli;

import dev.keel.api.Keel;
import dev.keel.api.KeelConfig;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Option;

/** Options shared by the commands that talk to a database through a migrations folder. */
public final class DatabaseOptions {
    @Option(names = "--url", paramLabel = "URL",
            description = "Database URL (default: DATABASE_URL, then the datasource url of the schema)")
    String url;

    @Option(names = "--migrations-dir", paramLabel = "DIR",
            description = "Migrations folder (default: keel.toml, else migrations/ beside the schema)")
    Path migrationsDir;

    @Option(names = "--lock-timeout", paramLabel = "SECONDS",
            description = "How long to wait for the migration advisory lock (default: keel.toml, else 10)")
    Double lockTimeoutSeconds;

    KeelConfig.Builder configure(SchemaOption schema) {
        return Keel.configure().workingDir(schema.workingDir()).schema(schema.schema).databaseUrl(url)
                .migrationsDir(migrationsDir).lockTimeout(lockTimeoutSeconds == null ? null
                        : Duration.ofMillis((long) (lockTimeoutSeconds * 1000)));
    }
}
