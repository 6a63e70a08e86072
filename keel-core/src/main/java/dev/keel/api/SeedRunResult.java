package dev.keel.api;

import dev.keel.seed.SeedResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What {@code keel db seed} did: the declarative seed files it upserted (and their counts), then the user's seed
 * command and its exit code. Neither configured is not an error (as Prisma: nothing to do).
 */
public record SeedRunResult(List<Path> seedFiles, Optional<SeedResult> declarative, Optional<String> command,
                            Optional<String> commandSource, OptionalInt commandExitCode) {
    public SeedRunResult {
        seedFiles = List.copyOf(seedFiles);
    }

    public boolean configured() {
        return !seedFiles.isEmpty() || command.isPresent();
    }

    public boolean succeeded() {
        return commandExitCode.orElse(0) == 0;
    }
}
