package dev.keel.safety.lint;

import java.util.List;
import java.util.Optional;

/**
 * What {@code keel lint} found. {@code context} says what the statements were judged against (the migrations
 * folder replayed on a shadow database, or a live database's schema). Exit code: 1 when a file could not be
 * judged, else 2 when there are findings, else 0.
 */
public record LintResult(String context, List<FileReport> files) {
    public LintResult {
        files = List.copyOf(files);
    }

    public List<Finding> findings() {
        return files.stream().flatMap(f -> f.findings().stream()).toList();
    }

    public List<LintError> errors() {
        return files.stream().map(FileReport::error).flatMap(Optional::stream).toList();
    }

    public int exitCode() {
        return !errors().isEmpty() ? 1 : findings().isEmpty() ? 0 : 2;
    }
}
