package dev.keel.cli;

import dev.keel.api.Keel;
import dev.keel.api.KeelConfig;
import java.time.Duration;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Options shared by the commands that talk to a database through a migrations folder. */
public final class DatabaseOptions {
    @Mixin
    DatabaseUrlOption url;

    @Mixin
    MigrationsDirOption migrationsDir;

    @Option(names = "--lock-timeout", paramLabel = "SECONDS",
            description = "How long to wait for the migration advisory lock (default: keel.toml, else 10)")
    Double lockTimeoutSeconds;

    KeelConfig.Builder configure(SchemaOption schema) {
        return Keel.configure().workingDir(schema.workingDir()).schema(schema.schema).databaseUrl(url.get())
                .migrationsDir(migrationsDir.get()).lockTimeout(lockTimeoutSeconds == null ? null
                        : Duration.ofMillis((long) (lockTimeoutSeconds * 1000)));
    }
}
