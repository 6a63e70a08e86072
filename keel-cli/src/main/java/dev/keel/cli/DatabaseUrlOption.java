package dev.keel.cli;

import picocli.CommandLine.Option;

/** {@code --url}: the database a command works on (Prisma 7's {@code migrate dev --url}). */
public final class DatabaseUrlOption {
    @Option(names = "--url", paramLabel = "URL",
            description = "Database URL (default: DATABASE_URL, then the datasource url of the schema)")
    String url;

    String get() {
        return url;
    }
}
