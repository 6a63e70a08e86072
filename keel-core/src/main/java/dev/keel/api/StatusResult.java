package dev.keel.api;

import dev.keel.history.HistoryDiagnosis;
import java.util.List;

/**
 * What {@code keel migrate status} found. {@link #inSync()} is Prisma's exit-0 case: the migrations table exists,
 * nothing failed, nothing is pending and the histories agree.
 *
 * @param interrupted the failed migrations that are runs Keel was interrupted in (a killed process, a lost
 *                    connection) and that the next {@code migrate deploy} carries on with, no {@code resolve} needed
 */
public record StatusResult(String database, String migrationsDir, List<String> localMigrations,
                           HistoryDiagnosis diagnosis, List<String> interrupted) {
    public StatusResult {
        localMigrations = List.copyOf(localMigrations);
        interrupted = List.copyOf(interrupted);
    }

    public boolean inSync() {
        return diagnosis.hasMigrationsTable() && diagnosis.failed().isEmpty()
                && diagnosis.kind() == HistoryDiagnosis.Kind.IN_SYNC;
    }
}
