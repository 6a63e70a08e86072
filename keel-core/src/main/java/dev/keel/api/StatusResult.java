package dev.keel.api;

import dev.keel.history.HistoryDiagnosis;
import java.util.List;

/**
 * What {@code keel migrate status} found. {@link #inSync()} is Prisma's exit-0 case: the migrations table exists,
 * nothing failed, nothing is pending and the histories agree.
 */
public record StatusResult(String database, String migrationsDir, List<String> localMigrations,
                           HistoryDiagnosis diagnosis) {
    public StatusResult {
        localMigrations = List.copyOf(localMigrations);
    }

    public boolean inSync() {
        return diagnosis.hasMigrationsTable() && diagnosis.failed().isEmpty()
                && diagnosis.kind() == HistoryDiagnosis.Kind.IN_SYNC;
    }
}
