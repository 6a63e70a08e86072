package dev.keel.safety.lint;

import java.util.List;
import java.util.Optional;

/**
 * What {@code keel lint} found. {@code context} says what the statements were judged against (the migrations
 * folder replayed on a shadow database, or a live database's schema). Exit code: 1 when a file could not be
 * judged, else 2 when there are findings, else 0 (notices never change it).
 */
public record LintResult(String context, List<FileReport> files, List<Finding> notices) {
    public LintResult {
        files = List.copyOf(files);
        notices = List.copyOf(notices);
    }

    public LintResult(String context, List<FileReport> files) {
        this(context, files, List.of());
    }

    /**
     * The notices about the judgement itself (a live object the shadow could not have: {@link Rule#LIVE_OBJECT_SKIPPED}),
     * then every file's findings.
     */
    public List<Finding> findings() {
        return java.util.stream.Stream.concat(notices.stream(), files.stream().flatMap(f -> f.findings().stream()))
                .toList();
    }

    public List<LintError> errors() {
        return files.stream().map(FileReport::error).flatMap(Optional::stream).toList();
    }

    public int exitCode() {
        return !errors().isEmpty() ? 1 : files.stream().allMatch(f -> f.findings().isEmpty()) ? 0 : 2;
    }
}
