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
 * @param unapplied            local migrations with no row that is not rolled back (what deploy would apply), in
 *                             folder order
 * @param missingLocally       migrations recorded in the database with no folder, in row order
 * @param failed               migrations with a failed row (not finished, not rolled back)
 * @param edited               migrations whose recorded checksum does not match the local file
 * @param lastCommonMigration  the local migration before the first unapplied one, when the histories diverge
 * @param unreadable           folders without a readable {@code migration.sql}
 * @param outOfOrder           unapplied local migrations that sort before the last applied one (a branch merged
 *                             with an older timestamp): deploy applies them, as Prisma does, after migrations that
 *                             were written later. Prisma does not report this ("ignores the ordering").
 * @param caseDuplicates       folder names equal but for letter case (or exactly, for in-memory folders): a
 *                             case-insensitive file system keeps only one of them. Prisma does not report this.
 * @param recordedTwice        migrations with more than one applied (finished, not rolled back) row
 */
public record HistoryDiagnosis(boolean hasMigrationsTable, List<String> unapplied, List<String> missingLocally,
                               List<String> failed, List<String> edited, Optional<String> lastCommonMigration,
                               List<String> unreadable, List<String> outOfOrder, List<String> caseDuplicates,
                               List<String> recordedTwice) {
    public HistoryDiagnosis {
        unapplied = List.copyOf(unapplied);
        missingLocally = List.copyOf(missingLocally);
        failed = List.copyOf(failed);
        edited = List.copyOf(edited);
        unreadable = List.copyOf(unreadable);
        outOfOrder = List.copyOf(outOfOrder);
        caseDuplicates = List.copyOf(caseDuplicates);
        recordedTwice = List.copyOf(recordedTwice);
    }

    /**
     * One line per problem Prisma's deploy passes over in silence (edited, missing locally, out of order, case
     * duplicates, recorded twice), each naming the migration; {@code folder} is how the folder is displayed.
     */
    public List<String> warnings(String folder) {
        List<String> out = new ArrayList<>();
        for (String n : edited) {
            out.add("The migration `" + n + "` was modified after it was applied: its checksum in _prisma_migrations "
                    + "no longer matches its migration.sql. Deploy does not run it again; restore the file, or add a "
                    + "new migration for the change.");
        }
        for (String n : missingLocally) {
            out.add("The migration `" + n + "` from the database is not found locally in " + folder + ".");
        }
        for (String n : outOfOrder) {
            out.add("The migration `" + n + "` sorts before migrations that are already applied: it is applied out "
                    + "of order, after migrations written later.");
        }
        if (!caseDuplicates.isEmpty()) {
            out.add("The migration folders " + String.join(", ", caseDuplicates.stream().map(n -> "`" + n + "`")
                    .toList()) + " have the same name but for letter case: a case-insensitive file system (macOS, "
                    + "Windows) keeps only one of them. Rename one.");
        }
        for (String n : recordedTwice) {
            out.add("The migration `" + n + "` is recorded as applied more than once in _prisma_migrations.");
        }
        return out;
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
            // Prisma matches any row of the name, so after `resolve --rolled-back` its status says "up to date"
            // while deploy would run the migration again. Keel counts only rows that are not rolled back.
            Optional<HistoryRecord> row = db.stream().filter(r -> r.migrationName().equals(m.name())
                    && r.rolledBackAt().isEmpty()).findFirst();
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
        // Folder order is byte order of the names; an unapplied name below the greatest applied one runs late.
        Optional<String> lastApplied = db.stream().filter(r -> r.state() == HistoryRecord.State.APPLIED)
                .map(HistoryRecord::migrationName).max(MigrationsDir.NAME_ORDER);
        List<String> outOfOrder = lastApplied.map(last -> unapplied.stream()
                .filter(n -> MigrationsDir.NAME_ORDER.compare(n, last) < 0).toList()).orElse(List.of());
        java.util.Map<String, Long> appliedRows = db.stream().filter(r -> r.state() == HistoryRecord.State.APPLIED)
                .collect(java.util.stream.Collectors.groupingBy(HistoryRecord::migrationName,
                        java.util.LinkedHashMap::new, java.util.stream.Collectors.counting()));
        List<String> twice = appliedRows.entrySet().stream().filter(e -> e.getValue() > 1).map(java.util.Map.Entry::getKey)
                .toList();
        return new HistoryDiagnosis(rows.isPresent(), unapplied, missing, failed, edited, lastCommon, unreadable,
                outOfOrder, dir.duplicateNames(), twice);
    }
}
