package dev.keel.api;

import dev.keel.history.HistoryRecord;
import dev.keel.history.KeelJournal;
import dev.keel.history.LockWaits;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What {@code keel migrate history} found: every row of {@code _prisma_migrations} in the order it was started,
 * with Keel's journal of the run where Keel ran it, totals, and the expand/contract plans with their backfill
 * progress. Empty (not an error) when the database has no migrations table.
 *
 * @param historySchema the schema of {@code _prisma_migrations} (the URL's {@code ?schema=})
 * @param hasJournal    whether Keel's journal ({@code "_keel"."_keel_migration_runs"}) exists in the database
 */
public record HistoryResult(String database, String historySchema, boolean hasMigrationsTable, boolean hasJournal,
                            List<Migration> migrations, Totals totals, List<Plan> plans) {
    public HistoryResult {
        migrations = List.copyOf(migrations);
        plans = List.copyOf(plans);
    }

    /**
     * One row of {@code _prisma_migrations}; {@code journal} is empty for a run Prisma (or a Keel without the right
     * to create its journal) made.
     */
    public record Migration(String id, String name, String checksum, HistoryRecord.State state,
                            OffsetDateTime startedAt, Optional<OffsetDateTime> finishedAt,
                            Optional<OffsetDateTime> rolledBackAt, int appliedStepsCount, Optional<String> logs,
                            Optional<Run> journal) {

        /** Keel's measured duration; without a journal row, Prisma's {@code finished_at - started_at}. */
        public Optional<Duration> duration() {
            Optional<Duration> measured = journal.flatMap(Run::duration);
            if (measured.isPresent()) {
                return measured;
            }
            return finishedAt.map(f -> Duration.between(startedAt, f));
        }

        /** The deploy guard's lock retries of the run; known only from Keel's journal (since it records them). */
        public Optional<LockWaits> locks() {
            return journal.flatMap(Run::locks);
        }

        /** Rows the migration's statements reported; known only from Keel's journal. */
        public OptionalLong rowsAffected() {
            return journal.flatMap(Run::rowsAffected).map(OptionalLong::of).orElse(OptionalLong.empty());
        }
    }

    /**
     * Keel's journal of one run ({@code "_keel"."_keel_migration_runs"}).
     *
     * @param outcome            {@code applied} or {@code failed}; empty while running or after a crash
     * @param statementsFinished statements journaled one by one (a {@code STATEMENTS} run; 0 for a transaction)
     * @param slowest            the slowest journaled statement of a {@code STATEMENTS} run
     * @param locks              the deploy guard's lock retries of the run; empty for a run journaled by a Keel
     *                           that did not record them yet, or still running
     */
    public record Run(KeelJournal.Mode mode, int statementCount, Optional<Duration> duration,
                      Optional<Long> rowsAffected, Optional<String> outcome, int statementsFinished,
                      Optional<Statement> slowest, Optional<LockWaits> locks) {
    }

    /** One journaled statement: {@code index} is its 0-based position among the file's statements. */
    public record Statement(int index, Duration duration, long rowsAffected) {
    }

    /** Counts by state and the sum of every known duration. */
    public record Totals(int applied, int failed, int rolledBack, Duration duration) {
        static Totals of(List<Migration> migrations) {
            int applied = 0;
            int failed = 0;
            int rolledBack = 0;
            Duration total = Duration.ZERO;
            for (Migration m : migrations) {
                switch (m.state()) {
                    case APPLIED -> applied++;
                    case FAILED -> failed++;
                    case ROLLED_BACK -> rolledBack++;
                }
                total = total.plus(m.duration().orElse(Duration.ZERO));
            }
            return new Totals(applied, failed, rolledBack, total);
        }
    }

    /**
     * One expand/contract plan of {@code "_keel"."plans"}: the release its migrations reached and its backfill's
     * progress; {@code backfills} lists the parts of a plan that has several ({@code "_keel"."backfills"}).
     */
    public record Plan(String name, String kind, String table, int release, long backfillRows,
                       Optional<String> backfillLastKey, boolean backfilled, boolean finished,
                       OffsetDateTime startedAt, OffsetDateTime updatedAt, Optional<OffsetDateTime> backfilledAt,
                       List<Backfill> backfills) {
        public Plan {
            backfills = List.copyOf(backfills);
        }

        public boolean inFlight() {
            return !finished;
        }
    }

    /** One backfill of a plan with several: its rows changed so far, its resume point, whether it finished. */
    public record Backfill(String name, long rowsChanged, Optional<String> lastKey, boolean finished,
                           OffsetDateTime updatedAt) {
    }
}
