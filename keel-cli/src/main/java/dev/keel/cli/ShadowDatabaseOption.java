package dev.keel.cli;

import picocli.CommandLine.Option;

/** {@code --shadow-database-url}: where commands that replay migrations create their throw-away database. */
public final class ShadowDatabaseOption {
    @Option(names = "--shadow-database-url", paramLabel = "URL",
            description = "Server to create the throw-away shadow database on (default: SHADOW_DATABASE_URL, "
                    + "keel.toml, else the embedded PostgreSQL)")
    String url;

    String get() {
        return url;
    }
}
