package dev.keel.api;

import dev.keel.diag.Diagnostic;
import dev.keel.diag.SourceFile;
import java.nio.file.Path;
import java.util.List;

/**
 * What {@code keel format} did: for each schema file, whether its formatted text differs from what was on disk.
 * Like {@code prisma format}, the formatted schema is validated and nothing is written when it has errors;
 * {@code diagnostics} (warnings first) refer to {@code formatted}, the formatted files, as Prisma's do.
 */
public record FormatResult(List<FileOutcome> files, boolean written, List<Diagnostic> diagnostics,
                           List<SourceFile> formatted) {
    public FormatResult {
        files = List.copyOf(files);
        diagnostics = List.copyOf(diagnostics);
        formatted = List.copyOf(formatted);
    }

    public record FileOutcome(Path path, boolean changed) {
    }

    public boolean anyChanged() {
        return files.stream().anyMatch(FileOutcome::changed);
    }

    /** False when the formatted schema has errors (then no file was written). */
    public boolean valid() {
        return diagnostics.stream().noneMatch(Diagnostic::isError);
    }

    public long errorCount() {
        return diagnostics.stream().filter(Diagnostic::isError).count();
    }
}
