package dev.keel.api;

import dev.keel.diag.Diagnostic;
import dev.keel.diag.SourceFile;
import java.nio.file.Path;
import java.util.List;

/** What {@code keel validate} found: the schema's location and files, and its diagnostics (warnings first). */
public record ValidateResult(Path schemaLocation, List<SourceFile> files, List<Diagnostic> diagnostics) {
    public ValidateResult {
        files = List.copyOf(files);
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean valid() {
        return diagnostics.stream().noneMatch(Diagnostic::isError);
    }

    public long errorCount() {
        return diagnostics.stream().filter(Diagnostic::isError).count();
    }
}
