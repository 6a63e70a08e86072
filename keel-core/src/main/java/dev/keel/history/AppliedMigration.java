package dev.keel.history;

import java.time.Duration;

/**
 * A migration that deploy finished. {@code skippedStatements} counts statements of a resumed non-transactional
 * run that an earlier, interrupted run had already finished. {@code locks} is what the deploy guard's lock retries
 * cost this run, the figures the journal ({@code _keel._keel_migration_runs}) records for it.
 */
public record AppliedMigration(String name, KeelJournal.Mode mode, int statements, int skippedStatements,
                               Duration duration, long rowsAffected, boolean resumed, LockWaits locks) {
}
