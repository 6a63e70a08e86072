package dev.keel.api;

import java.nio.file.Path;
import java.util.List;

/** What {@code keel format} did: for each schema file, whether its formatted text differs from what was on disk. */
public record FormatResult(List<FileOutcome> files, boolean written) {
    public FormatResult {
        files = List.copyOf(files);
    }

    public record FileOutcome(Path path, boolean changed) {
    }

    public boolean anyChanged() {
        return files.stream().anyMatch(FileOutcome::changed);
    }
}
