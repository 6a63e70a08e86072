package dev.keel.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --migrations-dir}, for every command that reads or writes the migrations folder. */
public final class MigrationsDirOption {
    @Option(names = "--migrations-dir", paramLabel = "DIR",
            description = "Migrations folder (default: keel.toml, else migrations/ beside the schema)")
    Path dir;

    Path get() {
        return dir;
    }
}
