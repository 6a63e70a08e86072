package dev.keel.safety.expand;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.api.DeployResult;
import dev.keel.api.Keel;
import dev.keel.introspect.Introspector;
import dev.keel.observe.Listener;
import dev.keel.schema.QualifiedName;
import dev.keel.schema.Table;
import dev.keel.testing.PgExtension;
import dev.keel.testing.TestDb;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The backfill's duty-cycle pacing ({@code nice_ratio}): after each batch it rests that many times the batch's
 * duration, so with ratio r the copy takes at least (1 + r) × its work. The work is made measurable by a trigger
 * that spends a fixed time on every row the backfill touches. Pacing changes nothing about what is copied: every
 * row is backfilled exactly once, also when the backfill is cancelled in the middle and called again.
 */
@ExtendWith(PgExtension.class)
class BackfillPacingTest {
    private static final int ROWS = 200;
    /** Per row, in the slowing trigger: the backfill's work is at least ROWS × this. */
    private static final double ROW_SECONDS = 0.004;
    private static final double MIN_WORK_SECONDS = ROWS * ROW_SECONDS;

    private record Setup(Keel keel, Path dir, ExpandContractPlan plan, Map<String, Duration> durations) {
    }

    private static Setup setup(TestDb db, Path tmp) throws Exception {
        Path dir = tmp.resolve("migrations");
        Files.createDirectories(dir.resolve("20240101000000_init"));
        Files.writeString(dir.resolve("migration_lock.toml"), "provider = \"postgresql\"\n");
        Files.writeString(dir.resolve("20240101000000_init/migration.sql"), """
                CREATE TABLE "Acct" ("id" INTEGER NOT NULL, "bal" INTEGER NOT NULL DEFAULT 0,
                    CONSTRAINT "Acct_pkey" PRIMARY KEY ("id"));
                """);
        Map<String, Duration> durations = new ConcurrentHashMap<>();
        Listener timing = new Listener() {
            @Override
            public void statementFinished(String migration, int index, Duration d, long rows, Optional<Duration> w) {
                durations.put(migration, d);
            }
        };
        Keel keel = Keel.configure().workingDir(tmp).migrationsDir(dir).databaseUrl(db.url().toString())
                .environment(Map.of()).listener(timing).build();
        assertThat(keel.deploy().failure()).isEmpty();
        db.execute("INSERT INTO \"Acct\" SELECT g, g FROM generate_series(1, " + ROWS + ") g");
        db.execute("CREATE FUNCTION slow_row() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_sleep("
                + ROW_SECONDS + "); RETURN NEW; END $$; CREATE TRIGGER slow BEFORE UPDATE ON \"Acct\" FOR EACH ROW "
                + "EXECUTE FUNCTION slow_row()");
        Table table;
        try (Connection c = db.connect()) {
            table = Introspector.introspect(c, List.of("public")).table(new QualifiedName("public", "Acct"))
                    .orElseThrow();
        }
        ExpandContractPlan plan = ColumnPlans.renameColumn(table, "bal", "balance", ColumnDependents.none());
        return new Setup(keel, dir, plan, durations);
    }

    private static void assertAllBackfilledOnce(TestDb db, ExpandContractPlan plan) {
        assertThat(db.column("SELECT count(*) FILTER (WHERE \"balance\" IS DISTINCT FROM \"bal\") || '/' || count(*) "
                + "FROM \"Acct\"")).containsExactly("0/" + ROWS);
        assertThat(db.column("SELECT \"backfill_rows\" || ' ' || (\"backfilled_at\" IS NOT NULL) FROM \"_keel\".\"plans\""
                + " WHERE \"name\" = '" + plan.name() + "'")).containsExactly(ROWS + " true");
    }

    @Test
    void theGeneratedCallRestsAsLongAsEachBatchWorked(TestDb db, @TempDir Path tmp) throws Exception {
        Setup s = setup(db, tmp);
        List<Path> written = PlanFiles.write(s.dir(), LocalDateTime.of(2024, 3, 1, 9, 0), s.plan());
        Path backfill = written.get(1).resolve("migration.sql");
        String sql = Files.readString(backfill);
        assertThat(sql).contains("(batch_size => 100, pause_seconds => 0, nice_ratio => 4,\n"
                + "    target_batch_ms => 20, max_batch_size => 10000, lock_wait_ms => 20);");
        assertThat(Files.readString(written.get(0).resolve("PLAN.md"))).contains("## Pacing the backfill",
                "`nice_ratio`, default 4", "`target_batch_ms`, default 20", "`lock_wait_ms`, default 20");

        DeployResult r = s.keel().deploy();
        assertThat(r.failure()).isEmpty();
        double seconds = s.durations().get(written.get(1).getFileName().toString()).toNanos() / 1e9;
        // Unpaced it takes a little over MIN_WORK_SECONDS; with ratio 4 at least five times the work.
        assertThat(seconds).as("backfill seconds").isGreaterThanOrEqualTo(5 * MIN_WORK_SECONDS);
        assertAllBackfilledOnce(db, s.plan());
    }

    @Test
    void aCancelledPacedBackfillResumesAfterTheLastCommittedBatch(TestDb db, @TempDir Path tmp) throws Exception {
        Setup s = setup(db, tmp);
        List<Path> written = PlanFiles.write(s.dir(), LocalDateTime.of(2024, 3, 1, 9, 0), s.plan());
        Files.delete(written.get(1).resolve("migration.sql"));
        Files.delete(written.get(1));
        assertThat(s.keel().deploy().failure()).isEmpty();
        String call = "CALL \"_keel\".\"backfill_" + s.plan().name() + "\"(batch_size => 20, pause_seconds => 0, "
                + "nice_ratio => 2)";

        CancelledCall.runAndCancel(db, call, 1000);
        List<String> partial = db.column("SELECT \"backfill_rows\" FROM \"_keel\".\"plans\" WHERE \"name\" = '"
                + s.plan().name() + "'");
        assertThat(Integer.parseInt(partial.get(0))).isPositive().isLessThan(ROWS);

        long t0 = System.nanoTime();
        db.execute(call);
        double seconds = (System.nanoTime() - t0) / 1e9;
        int left = ROWS - Integer.parseInt(partial.get(0));
        assertThat(seconds).as("resumed backfill seconds").isGreaterThanOrEqualTo(3 * left * ROW_SECONDS);
        assertAllBackfilledOnce(db, s.plan());
    }

    /**
     * Cancelled while giving way: an application transaction keeps row 30 locked (SELECT … FOR UPDATE, so the row
     * still needs the backfill afterwards), the backfill undoes and retries its batch until the cancel; the attempts
     * it undid leave no trace, and the resumed run backfills every row exactly once.
     */
    @Test
    void aBackfillCancelledWhileGivingWayResumesExactlyOnce(TestDb db, @TempDir Path tmp) throws Exception {
        Setup s = setup(db, tmp);
        List<Path> written = PlanFiles.write(s.dir(), LocalDateTime.of(2024, 3, 1, 9, 0), s.plan());
        Files.delete(written.get(1).resolve("migration.sql"));
        Files.delete(written.get(1));
        assertThat(s.keel().deploy().failure()).isEmpty();
        String call = "CALL \"_keel\".\"backfill_" + s.plan().name() + "\"(nice_ratio => 0)";

        try (Connection holder = db.connect(); Statement h = holder.createStatement()) {
            holder.setAutoCommit(false);
            h.execute("SELECT 1 FROM \"Acct\" WHERE \"id\" = 30 FOR UPDATE");
            CancelledCall.runAndCancel(db, call, 1000);
            holder.commit();
        }
        // Rows 1-29 at most: nothing at or after the held row was committed, however often a batch reached it.
        assertThat(db.column("SELECT count(*) FROM \"Acct\" WHERE \"balance\" IS NOT NULL")).singleElement()
                .satisfies(n -> assertThat(Integer.parseInt(n)).isLessThan(30));
        assertThat(db.column("SELECT \"backfill_rows\" FROM \"_keel\".\"plans\"")).containsExactly(
                db.column("SELECT count(*) FROM \"Acct\" WHERE \"balance\" IS NOT NULL").get(0));
        db.execute(call);
        assertAllBackfilledOnce(db, s.plan());
    }
}
