package dev.keel.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --schema}, shared by every command that reads the schema, and the folder it is looked up from. */
public final class SchemaOption {
    @Option(names = "--schema", paramLabel = "PATH",
            description = "Schema file or folder (default: prisma/schema.prisma, schema.prisma, prisma/schema/)")
    Path schema;

    /** Hidden: lets tests and embedders run a command as if started in another folder (a JVM cannot chdir). */
    @Option(names = "--cwd", paramLabel = "DIR", hidden = true)
    Path workingDir = Path.of("");

    Path workingDir() {
        return workingDir;
    }
}
