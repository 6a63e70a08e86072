package dev.keel.psl;

import dev.keel.api.ErrorCode;
import dev.keel.api.KeelException;
import dev.keel.diag.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds and reads the schema the way Prisma's CLI does: the explicit path if given (a file, or a folder of
 * {@code .prisma} files), else {@code prisma/schema.prisma}, then {@code schema.prisma}, then the folder
 * {@code prisma/schema/}.
 */
public final class SchemaLocator {
    private SchemaLocator() {
    }

    public static Path locate(Optional<Path> explicit, Path workingDir) {
        if (explicit.isPresent()) {
            Path p = workingDir.resolve(explicit.get());
            if (!Files.exists(p)) {
                throw new KeelException(ErrorCode.SCHEMA_NOT_FOUND,
                        "Could not load `--schema` from provided path `" + explicit.get() + "`: file or directory not found");
            }
            return p;
        }
        for (String candidate : List.of("prisma/schema.prisma", "schema.prisma", "prisma/schema")) {
            Path p = workingDir.resolve(candidate);
            if (Files.exists(p)) {
                return p;
            }
        }
        throw new KeelException(ErrorCode.SCHEMA_NOT_FOUND,
                "Could not find a schema.prisma file that is required for this command. "
                        + "Checked: prisma/schema.prisma, schema.prisma, prisma/schema/ (use --schema to point elsewhere)");
    }

    public static SchemaSource load(Optional<Path> explicit, Path workingDir) {
        return read(locate(explicit, workingDir), workingDir);
    }

    /** Reads a schema file, or every {@code .prisma} file under a folder in path order. */
    public static SchemaSource read(Path location, Path workingDir) {
        List<Path> paths = new ArrayList<>();
        if (Files.isDirectory(location)) {
            try (Stream<Path> walk = Files.walk(location)) {
                walk.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(".prisma"))
                        .sorted().forEach(paths::add);
            } catch (IOException e) {
                throw new KeelException(ErrorCode.IO, "Could not read schema folder " + location + ": " + e.getMessage(), e);
            }
            if (paths.isEmpty()) {
                throw new KeelException(ErrorCode.SCHEMA_NOT_FOUND, "The schema folder " + location
                        + " contains no .prisma files");
            }
        } else {
            paths.add(location);
        }
        List<SourceFile> files = new ArrayList<>();
        for (Path p : paths) {
            try {
                String text = Files.readString(p, StandardCharsets.UTF_8);
                files.add(new SourceFile(display(p, workingDir), text));
            } catch (IOException e) {
                throw new KeelException(ErrorCode.IO, "Could not read schema file " + p + ": " + e.getMessage(), e);
            }
        }
        return new SchemaSource(location, paths, files);
    }

    private static String display(Path p, Path workingDir) {
        Path abs = p.toAbsolutePath().normalize();
        Path wd = workingDir.toAbsolutePath().normalize();
        return abs.startsWith(wd) ? wd.relativize(abs).toString() : abs.toString();
    }
}
