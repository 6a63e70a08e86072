package dev.keel.history;

import dev.keel.api.ErrorCode;
import dev.keel.api.KeelException;
import java.util.List;

/** {@code migrate resolve}: records by hand that a migration was applied or rolled back, as Prisma does. */
public final class Resolver {
    private final HistoryTable history;

    public Resolver(MigrationSession session) {
        this.history = session.history();
    }

    /**
     * Marks {@code name} applied: P3017 if there is no such local migration; P3008 if a row of it ever finished;
     * otherwise its failed rows are marked rolled back and a finished row is added. Creates the table when missing
     * (baselining). Returns how many failed rows were rolled back.
     */
    public int markApplied(MigrationsDir dir, String name) {
        LocalMigration m = dir.find(name).filter(LocalMigration::readable).orElseThrow(() -> new KeelException(
                ErrorCode.MIGRATION_NOT_FOUND, "The migration " + name + " could not be found. Please make sure that "
                + "the migration exists, and that you included the whole name of the directory. (example: "
                + "\"20201207184859_initial_migration\")"));
        List<HistoryRecord> relevant;
        if (history.exists()) {
            relevant = history.list().stream().filter(r -> r.migrationName().equals(name)).toList();
        } else {
            history.create();
            relevant = List.of();
        }
        if (relevant.stream().anyMatch(r -> r.finishedAt().isPresent())) {
            throw new KeelException(ErrorCode.MIGRATION_ALREADY_APPLIED, "The migration `" + name
                    + "` is already recorded as applied in the database.");
        }
        int rolledBack = 0;
        for (HistoryRecord r : relevant) {
            if (r.state() == HistoryRecord.State.FAILED) {
                history.markRolledBack(r.id());
                rolledBack++;
            }
        }
        history.markApplied(name, m.checksum());
        return rolledBack;
    }

    /** Marks the failed rows of {@code name} rolled back: P3011 if it has no row, P3012 if none is failed. */
    public int markRolledBack(String name) {
        if (!history.exists()) {
            throw new KeelException(ErrorCode.DATABASE_ERROR, "Invariant violation: called markMigrationRolledBack "
                    + "on a database without migrations table.");
        }
        List<HistoryRecord> relevant = history.list().stream().filter(r -> r.migrationName().equals(name)).toList();
        if (relevant.isEmpty()) {
            throw new KeelException(ErrorCode.CANNOT_ROLL_BACK_UNAPPLIED, "Migration `" + name + "` cannot be rolled "
                    + "back because it was never applied to the database. Hint: did you pass in the whole migration "
                    + "name? (example: \"20201207184859_initial_migration\")");
        }
        if (relevant.stream().allMatch(r -> r.finishedAt().isPresent())) {
            throw new KeelException(ErrorCode.CANNOT_ROLL_BACK_SUCCEEDED, "Migration `" + name
                    + "` cannot be rolled back because it is not in a failed state.");
        }
        int n = 0;
        for (HistoryRecord r : relevant) {
            if (r.state() == HistoryRecord.State.FAILED) {
                history.markRolledBack(r.id());
                n++;
            }
        }
        return n;
    }
}
