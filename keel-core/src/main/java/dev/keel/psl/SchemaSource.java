package dev.keel.psl;

import dev.keel.diag.SourceFile;
import java.nio.file.Path;
import java.util.List;

/**
 * The files that make up one schema: a single {@code schema.prisma}, or every {@code .prisma} file of a folder.
 * {@code paths.get(i)} is where {@code files.get(i)} came from (file id {@code i} in spans).
 */
public record SchemaSource(Path location, List<Path> paths, List<SourceFile> files) {
    public SchemaSource {
        paths = List.copyOf(paths);
        files = List.copyOf(files);
    }

    /** One in-memory file, for tests and for callers that already hold the text. */
    public static SchemaSource ofString(String name, String text) {
        return new SchemaSource(Path.of(name), List.of(Path.of(name)), List.of(new SourceFile(name, text)));
    }
}
