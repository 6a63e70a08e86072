package dev.keel.api;

import java.util.List;
import java.util.Optional;

/**
 * What {@code keel migrate reset} did: the schemas it dropped and re-created, the replay of every migration, and
 * the seed (empty when skipped or when the replay failed).
 */
public record ResetResult(String database, List<String> schemas, DeployResult deploy, Optional<SeedRunResult> seed) {
    public ResetResult {
        schemas = List.copyOf(schemas);
    }

    public boolean succeeded() {
        return deploy.succeeded() && seed.map(SeedRunResult::succeeded).orElse(true);
    }
}
