package dev.keel.api;

import dev.keel.history.AppliedMigration;
import dev.keel.history.MigrationFailure;
import java.util.List;
import java.util.Optional;

/**
 * What {@code keel migrate deploy} did: the database it worked on (password masked), how many migrations the
 * folder has, which ones it applied (in order), and why it stopped early, if it did.
 */
public record DeployResult(String database, String migrationsDir, int found, boolean databaseCreated,
                           List<AppliedMigration> applied, Optional<MigrationFailure> failure) {
    public DeployResult {
        applied = List.copyOf(applied);
    }

    public boolean succeeded() {
        return failure.isEmpty();
    }

    /** Throws the failure as a {@link KeelException} carrying its P-code, for callers that want exceptions. */
    public DeployResult orThrow() {
        failure.ifPresent(f -> {
            throw new KeelException(f.code(), f.message());
        });
        return this;
    }
}
