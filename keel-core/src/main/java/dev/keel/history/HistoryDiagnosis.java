package dev.keel.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How the migrations folder and {@code _prisma_migrations} relate, computed as Prisma's
 * {@code diagnoseMigrationHistory} does without a shadow database: which local migrations are not applied, which
 * applied ones are missing locally, which are failed, which were edited after being applied.
 *
 * @param hasMigrationsTable   whether {@code _prisma_migrations} exists
 * @param unapplied            local migrations with no row at all, in folder order
 * @param missingLocally       migrations recorded in the database with no folder, in row order
 * @param failed               migrations with a failed row (not finished, not rolled back)
 * @param edited               migrations whose recorded checksum does not match the local file
 * @param lastCommonMigration  the local migration before the first unapplied one, when the histories diverge
 * @param unreadable           folders without a readable {@code migration.sql}
 */
public record HistoryDiagnosis(boolean hasMigrationsTable, List<String> unapplied, List<String> missingLocally,
                               List<String> failed, List<String> edited, Optional<String> lastCommonMigration,
                               List<String> unreadable) {
    public HistoryDiagnosis {
        unapplied = List.copyOf(unapplied);
        missingLocally = List.copyOf(missingLocally);
        failed = List.copyOf(failed);
        edited = List.copyOf(edited);
        unreadable = List.copyOf(unreadable);
    }

    public enum Kind {
        IN_SYNC,
        /** Prisma's {@code databaseIsBehind}: local migrations to apply. */
        DATABASE_IS_BEHIND,
        /** Prisma's {@code migrationsDirectoryIsBehind}: the database has migrations this folder lacks. */
        MIGRATIONS_DIRECTORY_IS_BEHIND,
        /** Prisma's {@code historiesDiverge}: both of the above. */
        HISTORIES_DIVERGE
    }

    public Kind kind() {
        if (unapplied.isEmpty() && missingLocally.isEmpty()) {
            return Kind.IN_SYNC;
        }
        if (missingLocally.isEmpty()) {
            return Kind.DATABASE_IS_BEHIND;
        }
        return unapplied.isEmpty() ? Kind.MIGRATIONS_DIRECTORY_IS_BEHIND : Kind.HISTORIES_DIVERGE;
    }

    /** {@code rows} is empty when the table does not exist. */
    public static HistoryDiagnosis of(MigrationsDir dir, Optional<List<HistoryRecord>> rows) {
        List<HistoryRecord> db = rows.orElse(List.of());
        List<String> unapplied = new ArrayList<>();
        List<String> edited = new ArrayList<>();
        Optional<String> lastCommon = Optional.empty();
        boolean firstUnappliedSeen = false;
        List<LocalMigration> local = dir.migrations();
        for (int i = 0; i < local.size(); i++) {
            LocalMigration m = local.get(i);
            Optional<HistoryRecord> row = db.stream().filter(r -> r.migrationName().equals(m.name())).findFirst();
            if (row.isEmpty()) {
                unapplied.add(m.name());
                if (!firstUnappliedSeen) {
                    firstUnappliedSeen = true;
                    lastCommon = i == 0 ? Optional.empty() : Optional.of(local.get(i - 1).name());
                }
            } else if (m.readable() && !Checksum.matches(m.script().orElseThrow(), row.get().checksum())) {
                edited.add(m.name());
            }
        }
        List<String> missing = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (HistoryRecord r : db) {
            if (r.state() == HistoryRecord.State.FAILED) {
                failed.add(r.migrationName());
            }
            if (dir.find(r.migrationName()).isEmpty()) {
                missing.add(r.migrationName());
            }
        }
        List<String> unreadable = dir.unreadable().stream().map(LocalMigration::name).toList();
        return new HistoryDiagnosis(rows.isPresent(), unapplied, missing, failed, edited, lastCommon, unreadable);
    }
}
