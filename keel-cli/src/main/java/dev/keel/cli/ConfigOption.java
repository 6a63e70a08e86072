package dev.keel.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * Prisma 7's {@code --config prisma.config.ts}: accepted so Prisma command lines keep working, but a TypeScript file
 * is not something Keel can run, so the flag is explained on stderr and otherwise ignored.
 */
public final class ConfigOption {
    @Option(names = "--config", paramLabel = "FILE",
            description = "Accepted for Prisma 7 compatibility and ignored (Keel cannot run prisma.config.ts): give "
                    + "--schema, --url, --migrations-dir, or keel.toml")
    Path config;

    /** Says, once, that the flag had no effect and what to use instead. */
    void explain(PrintWriter err) {
        if (config != null) {
            err.println("Note: --config " + config + " is ignored: Keel cannot run prisma.config.ts. The schema comes "
                    + "from --schema, the database from --url or DATABASE_URL, the migrations folder from "
                    + "--migrations-dir; keel.toml holds them for the project.");
            err.flush();
        }
    }
}
