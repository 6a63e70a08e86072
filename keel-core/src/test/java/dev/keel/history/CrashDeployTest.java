package dev.keel.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.api.DeployResult;
import dev.keel.api.Keel;
import dev.keel.api.StatusResult;
import dev.keel.db.DatabaseUrl;
import dev.keel.db.EmbeddedPostgresServer;
import dev.keel.introspect.Introspector;
import dev.keel.schema.Schema;
import dev.keel.testing.TestDb;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety of {@code migrate deploy} (issue 4, done-when 2): a deploy running in its own JVM is killed with
 * SIGKILL ({@link Process#destroyForcibly()}) at a random point of the 30-migration {@link CrashHistory}, sometimes
 * again during the deploy that follows; then one more deploy must reach exactly the state of an uninterrupted run:
 * the same introspected model, the same catalog (index validity included), the same rows in every data table and
 * the same {@code _prisma_migrations} rows (name, checksum, finished, applied_steps_count, not rolled back, no logs).
 * Right after each kill, no transactional migration may be half-applied.
 *
 * <p>No {@code migrate resolve} is ever needed: Prisma needs one after every interrupted migration (the row stays
 * unfinished and deploy stops with P3009 until {@code resolve --applied} or {@code --rolled-back}); Keel's journal
 * tells a committed transactional run from a rolled-back one (commit marker) and how far a statement-by-statement
 * run got, and carries on under the same row. {@code resolve} remains necessary only for runs without Keel's journal
 * (started by Prisma, or a transactional file with its own BEGIN/COMMIT), which this harness does not contain.
 *
 * <p>CI runs 12 trials; {@code -Dkeel.crash.trials=60} runs more, {@code -Dkeel.crash.seed=N} repeats a run.
 */
class CrashDeployTest {
    private static final int TRIALS = Integer.getInteger("keel.crash.trials", 12);

    record Snapshot(Schema model, List<String> catalog, List<String> history, List<String> data) {
    }

    @Test
    void killedDeploysRecoverToTheCleanEndState(@TempDir Path root) throws Exception {
        long seed = Long.getLong("keel.crash.seed", System.nanoTime());
        Random random = new Random(seed);
        Path dir = CrashHistory.write(root.resolve("migrations"));
        EmbeddedPostgresServer server = EmbeddedPostgresServer.get();

        // The clean end state, and how many events an uninterrupted child run prints.
        DatabaseUrl cleanUrl = server.createDatabase("crash_clean");
        long c0 = System.nanoTime();
        DeployProcess clean = DeployProcess.start(cleanUrl, dir, 60_000);
        assertThat(clean.finish()).as("clean run: %s", clean.seen).isZero();
        long cleanMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - c0);
        int events = (int) clean.seen.stream().filter(l -> l.matches("[MSF] .*")).count();
        Snapshot expected = snapshot(cleanUrl);
        assertThat(expected.history()).hasSize(CrashHistory.SIZE);
        server.dropDatabase(cleanUrl.database());

        Map<String, Integer> killedIn = new TreeMap<>();
        Map<String, Integer> recoveries = new TreeMap<>();
        int doubleKills = 0;
        int finishedBeforeKill = 0;
        long orphanWaitMs = 0;
        long t0 = System.nanoTime();
        for (int trial = 0; trial < TRIALS; trial++) {
            String where = "trial " + trial + " (seed " + seed + ")";
            DatabaseUrl url = server.createDatabase("crash_" + trial);
            int kills = random.nextInt(4) == 0 ? 2 : 1;
            for (int k = 0; k < kills; k++) {
                DeployProcess p = DeployProcess.start(url, dir, 60_000);
                // Kill after a random event of the run, plus up to 40 ms: inside statements, between them,
                // between a commit and the bookkeeping that follows it.
                int target = 1 + random.nextInt(k == 0 ? events : Math.max(1, events / 2));
                int seen = 0;
                String last = "(before the first migration)";
                String line;
                while (seen < target && !(line = p.next()).equals(DeployProcess.EOF)) {
                    if (line.matches("[MSF] .*")) {
                        seen++;
                        last = line;
                    }
                }
                Thread.sleep(random.nextInt(41));
                if (!p.process.isAlive()) {
                    finishedBeforeKill++;
                }
                p.kill();
                killedIn.merge(describe(last), 1, Integer::sum);
                if (k == 1) {
                    doubleKills++;
                }
                long a0 = System.nanoTime();
                awaitOrphans(url);
                orphanWaitMs += TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - a0);
                assertNoHalfAppliedMigration(url, where + " after kill at " + last);
                // Status agrees with what deploy will do: every unfinished row is one Keel carries on with.
                StatusResult status = keel(url, dir, root).status();
                assertThat(status.interrupted()).as(where).containsExactlyElementsOf(status.diagnosis().failed());
            }
            DeployResult r = keel(url, dir, root).deploy();
            assertThat(r.succeeded()).as("%s: %s", where, r.failure()).isTrue();
            for (AppliedMigration a : r.applied()) {
                if (a.resumed()) {
                    recoveries.merge(a.mode() == KeelJournal.Mode.STATEMENTS ? "statements resumed"
                            : a.skippedStatements() == 1 ? "transaction had committed: row finished"
                            : "transaction had rolled back: run again", 1, Integer::sum);
                }
            }
            Snapshot actual = snapshot(url);
            assertThat(actual.model()).as(where).isEqualTo(expected.model());
            assertThat(actual.catalog()).as(where).isEqualTo(expected.catalog());
            assertThat(actual.data()).as(where).isEqualTo(expected.data());
            assertThat(actual.history()).as(where).isEqualTo(expected.history());
            server.dropDatabase(url.database());
        }
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        String report = "crash harness: " + TRIALS + " trials (" + doubleKills + " with a second kill during the "
                + "recovering deploy), seed " + seed + ", " + ms + " ms (" + (ms / Math.max(1, TRIALS)) + " ms/trial; "
                + "uninterrupted child deploy " + cleanMs + " ms, " + events + " events)\n"
                + "  finished before the kill landed: " + finishedBeforeKill + "; waiting for killed backends to end: "
                + orphanWaitMs + " ms in all\n"
                + "  killed during: " + killedIn + "\n  recoveries: " + recoveries + "\n";
        System.out.print(report);
        Files.writeString(Path.of("target", "crash-harness-report.txt"), report);
    }

    private static Keel keel(DatabaseUrl url, Path dir, Path root) {
        return Keel.configure().databaseUrl(url.toString()).migrationsDir(dir).workingDir(root)
                .lockTimeout(Duration.ofSeconds(60)).environment(Map.of()).build();
    }

    /** "tx step 7" or "stmts step 12": the kind of migration the kill landed in. */
    private static String describe(String lastEvent) {
        if (!lastEvent.matches("[MSF] .*")) {
            return "startup";
        }
        String[] parts = lastEvent.split(" ");
        String name = parts[1];
        String kind = CrashHistory.NON_TRANSACTIONAL.contains(name) ? "non-transactional" : "transactional";
        return parts[0].equals("F") ? "bookkeeping after a migration" : kind + " migration";
    }

    /** Waits until the killed deployer's backend has gone (its transaction decided, its advisory lock released). */
    private static void awaitOrphans(DatabaseUrl url) throws Exception {
        TestDb db = new TestDb(url);
        for (int i = 0; i < 500; i++) {
            List<String> left = db.column("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                    + "AND pid <> pg_backend_pid()");
            if (left.get(0).equals("0")) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the killed deploy's backend is still running after 10 s");
    }

    /**
     * Every transactional migration is all or nothing: its name in "Applied" exactly when its table exists; and a
     * finished history row implies both.
     */
    static void assertNoHalfAppliedMigration(DatabaseUrl url, String where) {
        TestDb db = new TestDb(url);
        if (db.column("SELECT to_regclass('\"Applied\"') IS NOT NULL").get(0).equals("f")) {
            assertThat(db.column("SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tablename <> "
                    + "'_prisma_migrations'")).as(where).containsExactly("0");
            return;
        }
        List<String> applied = db.column("SELECT name FROM \"Applied\"");
        List<String> finished = db.column("SELECT to_regclass('_prisma_migrations') IS NOT NULL").get(0).equals("t")
                ? db.column("SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL")
                : List.of();
        for (int i = 2; i <= CrashHistory.SIZE; i++) {
            String name = CrashHistory.name(i);
            if (CrashHistory.NON_TRANSACTIONAL.contains(name)) {
                continue;
            }
            boolean table = db.column("SELECT to_regclass('\"T" + i + "\"') IS NOT NULL").get(0).equals("t");
            assertThat(table).as("%s: %s table vs Applied", where, name).isEqualTo(applied.contains(name));
            if (finished.contains(name)) {
                assertThat(table).as("%s: %s finished but not applied", where, name).isTrue();
            }
        }
    }

    static Snapshot snapshot(DatabaseUrl url) throws Exception {
        TestDb db = new TestDb(url);
        Schema model;
        try (Connection c = url.connect()) {
            model = Introspector.introspect(c, List.of("public"));
        }
        List<String> history = db.column("SELECT migration_name || ' ' || checksum || ' finished=' || "
                + "(finished_at IS NOT NULL) || ' steps=' || applied_steps_count || ' rolled_back=' || "
                + "(rolled_back_at IS NOT NULL) || ' logs=' || coalesce(logs, '<null>') FROM _prisma_migrations "
                + "ORDER BY migration_name, started_at");
        List<String> data = new ArrayList<>();
        for (String t : CrashHistory.dataTables()) {
            // Serial ids are left out: a rolled-back INSERT keeps the sequence values it drew, in PostgreSQL as
            // under psql or Prisma, so a re-run numbers the same rows differently.
            data.addAll(db.column("SELECT '" + t + " ' || count(*) || ' ' || coalesce(md5(string_agg(r::text, '|' "
                    + "ORDER BY r::text)), '-') FROM (SELECT to_jsonb(x) - 'id' AS r FROM \"" + t + "\" x) y"));
        }
        return new Snapshot(model, CatalogDump.of(db), history, data);
    }
}
