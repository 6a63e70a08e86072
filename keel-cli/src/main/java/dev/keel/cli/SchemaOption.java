package dev.keel.cli;

import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code --schema}, shared by every command that reads the schema, and the folder it is looked up from. */
public final class SchemaOption {
    @Option(names = "--schema", paramLabel = "PATH",
            description = "Schema file or folder (default: prisma/schema.prisma, schema.prisma, prisma/schema/)")
    Path schema;

    @Mixin
    WorkingDirOption workingDir;

    Path workingDir() {
        return workingDir.get();
    }
}
