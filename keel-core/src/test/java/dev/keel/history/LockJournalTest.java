package dev.keel.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.api.DeployResult;
import dev.keel.api.HistoryResult;
import dev.keel.observe.HistoryMetrics;
import dev.keel.observe.Listener;
import dev.keel.testing.PgExtension;
import dev.keel.testing.TestDb;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The deploy guard's lock retries in Keel's journal: a migration blocked by another session's lock is refused by
 * lock_timeout, retried, and the journal row says how often and how long, as {@code Keel.history()} and its
 * Prometheus metrics then report; a journal created before these columns existed is upgraded by the next deploy.
 */
@ExtendWith(PgExtension.class)
class LockJournalTest {
    private static final String BASE = "CREATE TABLE \"Account\" (\"id\" INTEGER PRIMARY KEY, \"balance\" INTEGER);\n"
            + "CREATE TABLE \"Other\" (\"id\" INTEGER PRIMARY KEY);\n"
            + "CREATE TABLE \"Log\" (\"n\" INTEGER PRIMARY KEY);\n";
    private static final DeployGuard FAST = LockBlocker.FAST_GUARD;

    /** One journal row as the database has it. */
    private record Row(long retries, long refused, long waitMs, long pauseMs, long durationMs) {
    }

    private static Row row(TestDb db, String migration) {
        String[] v = db.column("SELECT r.lock_retries || ' ' || r.lock_refused || ' ' || r.lock_wait_ms || ' ' "
                + "|| r.lock_pause_ms || ' ' || r.duration_ms FROM _keel._keel_migration_runs r WHERE "
                + "r.migration_name = '" + migration + "'").get(0).split(" ");
        return new Row(Long.parseLong(v[0]), Long.parseLong(v[1]), Long.parseLong(v[2]), Long.parseLong(v[3]),
                Long.parseLong(v[4]));
    }

    /** A session with an open transaction that has read the table: ALTER TABLE must wait for it. */
    /** Ends the blocker's transaction when the deploy reports its {@code releaseAt}-th retry; records the pauses. */
    private static Listener releasingAfter(int releaseAt, Connection blocker, List<Duration> pauses) {
        return new Listener() {
            @Override
            public void lockRetry(String migration, int index, int retry, int max, Duration pause, String error) {
                pauses.add(pause);
                if (retry == releaseAt) {
                    try {
                        blocker.commit();
                    } catch (java.sql.SQLException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        };
    }

    /** The least the first {@code n} attempts wait before lock_timeout refuses them (Keel's 50 ms deadlock_timeout). */
    private static long leastWaitMs(DeployGuard guard, int n) {
        long ms = 0;
        for (int a = 0; a < n; a++) {
            ms += guard.lockTimeout(a, DeployGuard.DEFAULT.deadlockTimeout()).toMillis();
        }
        return ms;
    }

    private static void assertConsistent(Row r, int refused, List<Duration> pauses, DeployGuard guard) {
        assertThat(r.refused()).isEqualTo(refused);
        assertThat(r.retries()).isEqualTo(pauses.size());
        // Each refused attempt waited its whole lock_timeout; the pauses slept at least what deploy announced.
        assertThat(r.waitMs()).isGreaterThanOrEqualTo(leastWaitMs(guard, refused));
        assertThat(r.pauseMs()).isGreaterThanOrEqualTo(pauses.stream().mapToLong(Duration::toMillis).sum());
        assertThat(r.waitMs() + r.pauseMs()).isLessThanOrEqualTo(r.durationMs());
    }

    @Test
    void transactionalRunReleasedAfterTwoRefusedAttemptsJournalsTwoRetriesAndTheirWait(@TempDir Path root,
                                                                                        TestDb db) throws Exception {
        MigrationsFixture f = new MigrationsFixture(root, db).add("20240101000000_base", BASE);
        assertThat(f.keel().deploy().succeeded()).isTrue();
        f.add("20240102000000_alter", "INSERT INTO \"Log\" VALUES (1);\n"
                + "ALTER TABLE \"Account\" ADD COLUMN \"holds\" INTEGER NOT NULL DEFAULT 0;\n");
        List<Duration> pauses = new CopyOnWriteArrayList<>();
        try (Connection blocker = LockBlocker.readingAccount(db)) {
            DeployResult r = f.config().deployGuard(FAST).listener(releasingAfter(2, blocker, pauses)).build()
                    .deploy();
            assertThat(r.succeeded()).as("%s", r.failure()).isTrue();
        }
        assertThat(pauses).hasSize(2);
        Row alter = row(db, "20240102000000_alter");
        assertConsistent(alter, 2, pauses, FAST);
        assertThat(row(db, "20240101000000_base")).isEqualTo(new Row(0, 0, 0, 0, row(db, "20240101000000_base")
                .durationMs()));

        HistoryResult h = f.keel().history();
        HistoryResult.Migration m = h.migrations().stream().filter(x -> x.name().equals("20240102000000_alter"))
                .findFirst().orElseThrow();
        assertThat(m.locks()).hasValue(new LockWaits(2, 2, Duration.ofMillis(alter.waitMs()),
                Duration.ofMillis(alter.pauseMs())));
        String metrics = HistoryMetrics.render(h);
        String labels = "{migration=\"20240102000000_alter\",state=\"applied\"} ";
        assertThat(metrics).contains("# TYPE keel_migration_lock_retries gauge\n",
                "keel_migration_lock_retries" + labels + "2\n",
                "keel_migration_lock_wait_seconds" + labels + seconds(alter.waitMs()) + "\n",
                "keel_migration_lock_retry_pause_seconds" + labels + seconds(alter.pauseMs()) + "\n",
                "keel_migration_lock_retries{migration=\"20240101000000_base\",state=\"applied\"} 0\n");
    }

    @Test
    void statementByStatementRunJournalsTheRetriesOfItsRolledBackRun(@TempDir Path root, TestDb db)
            throws Exception {
        MigrationsFixture f = new MigrationsFixture(root, db).add("20240101000000_base", BASE);
        assertThat(f.keel().deploy().succeeded()).isTrue();
        f.add("20240102000000_mixed", "CREATE INDEX CONCURRENTLY \"Other_id_idx\" ON \"Other\" (\"id\");\n"
                + "INSERT INTO \"Log\" VALUES (1);\n"
                + "ALTER TABLE \"Account\" ADD COLUMN \"holds\" INTEGER;\n");
        List<Duration> pauses = new CopyOnWriteArrayList<>();
        // The blocker starts after the concurrent build (which would otherwise wait for the blocker's transaction).
        Connection[] blocker = new Connection[1];
        Listener release = new Listener() {
            @Override
            public void statementStarted(String migration, int index, String sql) {
                if (migration.endsWith("_mixed") && index == 1 && blocker[0] == null) {
                    try {
                        blocker[0] = LockBlocker.readingAccount(db);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
            }

            @Override
            public void lockRetry(String migration, int index, int retry, int max, Duration pause, String error) {
                releasingAfter(2, blocker[0], pauses).lockRetry(migration, index, retry, max, pause, error);
            }
        };
        try {
            DeployResult r = f.config().deployGuard(FAST).listener(release).build().deploy();
            assertThat(r.succeeded()).as("%s", r.failure()).isTrue();
        } finally {
            if (blocker[0] != null) {
                blocker[0].close();
            }
        }
        assertConsistent(row(db, "20240102000000_mixed"), 2, pauses, FAST);
        // Per statement: the ALTER was refused twice; the INSERT before it, rolled back with it, was not refused.
        List<String> progress = db.column("SELECT p.statement_index || ' ' || p.lock_refused || ' ' || p.lock_wait_ms "
                + "FROM _keel._keel_statement_progress p JOIN _keel._keel_migration_runs r USING (migration_id) "
                + "WHERE r.migration_name = '20240102000000_mixed' ORDER BY p.statement_index");
        assertThat(progress).hasSize(3);
        assertThat(progress.subList(0, 2)).containsExactly("0 0 0", "1 0 0");
        String[] alter = progress.get(2).split(" ");
        assertThat(alter[0] + " " + alter[1]).isEqualTo("2 2");
        assertThat(Long.parseLong(alter[2])).isGreaterThanOrEqualTo(leastWaitMs(FAST, 2))
                .isLessThanOrEqualTo(row(db, "20240102000000_mixed").waitMs());
        assertThat(db.column("SELECT string_agg(n::text, ',') FROM \"Log\"")).containsExactly("1");
    }

    @Test
    void aRunThatGivesUpJournalsEveryRefusedAttempt(@TempDir Path root, TestDb db) throws Exception {
        MigrationsFixture f = new MigrationsFixture(root, db).add("20240101000000_base", BASE);
        assertThat(f.keel().deploy().succeeded()).isTrue();
        f.add("20240102000000_alter", "ALTER TABLE \"Account\" ADD COLUMN \"holds\" INTEGER;\n");
        DeployGuard twoRetries = FAST.withLockRetries(2).withBackoff(Duration.ofMillis(20), Duration.ofMillis(40));
        List<Duration> pauses = new CopyOnWriteArrayList<>();
        try (Connection blocker = LockBlocker.readingAccount(db)) {
            DeployResult r = f.config().deployGuard(twoRetries).listener(releasingAfter(-1, blocker, pauses)).build()
                    .deploy();
            assertThat(r.failure().orElseThrow().databaseErrorCode()).hasValue("55P03");
        }
        Row alter = row(db, "20240102000000_alter");
        // Two retries, three refusals: the last one failed the migration.
        assertThat(alter.retries()).isEqualTo(2);
        assertConsistent(alter, 3, pauses, twoRetries);
        HistoryResult.Migration m = f.keel().history().migrations().get(1);
        assertThat(m.state()).isEqualTo(HistoryRecord.State.FAILED);
        assertThat(m.locks().orElseThrow().refused()).isEqualTo(3);
    }

    @Test
    void aJournalOfAnEarlierKeelIsUpgradedInPlaceByTheNextDeploy(@TempDir Path root, TestDb db) {
        MigrationsFixture f = new MigrationsFixture(root, db).add("20240101000000_base", BASE);
        assertThat(f.keel().deploy().succeeded()).isTrue();
        // The runs table as Keel created it before it journaled lock retries, with the row it wrote.
        db.execute("ALTER TABLE _keel._keel_migration_runs RENAME TO runs_now;\n" + OLD_RUNS
                + "INSERT INTO _keel._keel_migration_runs SELECT migration_id, history_schema, migration_name, checksum, "
                + "mode, statement_count, started_at, finished_at, duration_ms, rows_affected, outcome "
                + "FROM _keel.runs_now;\nDROP TABLE _keel.runs_now;\n"
                + "ALTER TABLE _keel._keel_statement_progress RENAME TO progress_now;\n" + OLD_PROGRESS
                + "INSERT INTO _keel._keel_statement_progress SELECT migration_id, statement_index, statement_sha256, "
                + "finished_at, duration_ms, rows_affected FROM _keel.progress_now;\nDROP TABLE _keel.progress_now;");
        assertThat(lockColumns(db)).isZero();

        // Read-only history of the old layout: the run is there, its lock retries unknown.
        HistoryResult before = f.keel().history();
        assertThat(before.migrations()).singleElement().satisfies(m -> {
            assertThat(m.journal()).isPresent();
            assertThat(m.locks()).isEmpty();
        });
        assertThat(HistoryMetrics.render(before)).contains("# TYPE keel_migration_lock_retries gauge\n")
                .doesNotContain("keel_migration_lock_retries{");
        assertThat(lockColumns(db)).isZero();

        f.add("20240102000000_next", "INSERT INTO \"Log\" VALUES (1);\n");
        assertThat(f.keel().deploy().succeeded()).isTrue();
        assertThat(lockColumns(db)).isEqualTo(4 + 2);
        assertThat(db.column("SELECT migration_name || ' ' || coalesce(lock_retries || ' ' || lock_refused || ' ' "
                + "|| lock_wait_ms || ' ' || lock_pause_ms, 'null') FROM _keel._keel_migration_runs ORDER BY "
                + "started_at")).containsExactly("20240101000000_base null", "20240102000000_next 0 0 0 0");
        HistoryResult after = f.keel().history();
        assertThat(after.migrations()).extracting(HistoryResult.Migration::locks)
                .containsExactly(java.util.Optional.empty(), java.util.Optional.of(LockWaits.NONE));
    }

    @Test
    void aRoleThatMayNotAlterTheOldJournalDeploysWithoutTheLockColumns(@TempDir Path root, TestDb db) {
        db.execute("CREATE SCHEMA _keel;\n" + OLD_RUNS);
        String role = "keel_app_" + ProcessHandle.current().pid() + "_" + (System.nanoTime() % 100000);
        db.execute("CREATE ROLE " + role + " LOGIN; GRANT USAGE, CREATE ON SCHEMA public TO " + role
                + "; GRANT CREATE ON DATABASE \"" + db.url().database() + "\" TO " + role
                + "; GRANT USAGE, CREATE ON SCHEMA _keel TO " + role
                + "; GRANT SELECT, INSERT, UPDATE ON _keel._keel_migration_runs TO " + role);
        String url = "postgresql://" + role + "@" + db.url().host() + ":" + db.url().port() + "/"
                + db.url().database();
        MigrationsFixture f = new MigrationsFixture(root, db).add("20240101000000_base", BASE)
                .add("20240102000000_index", "CREATE INDEX CONCURRENTLY \"Other_id_idx\" ON \"Other\" (\"id\");\n");
        DeployResult r = f.config().databaseUrl(url).build().deploy();
        assertThat(r.succeeded()).as("%s", r.failure()).isTrue();
        assertThat(db.column("SELECT count(*) FROM information_schema.columns WHERE table_schema = '_keel' AND "
                + "table_name = '_keel_migration_runs' AND column_name LIKE 'lock\\_%'")).containsExactly("0");
        assertThat(db.column("SELECT migration_name || ' ' || outcome FROM _keel._keel_migration_runs ORDER BY "
                + "started_at")).containsExactly("20240101000000_base applied", "20240102000000_index applied");
        assertThat(db.column("SELECT count(*) FROM _keel._keel_statement_progress WHERE statement_index = 0"))
                .containsExactly("2");
    }

    /** {@code _keel_migration_runs} as Keel created it before it journaled lock retries. */
    private static final String OLD_RUNS = "CREATE TABLE \"_keel\".\"_keel_migration_runs\" (\n"
            + "    \"migration_id\"     VARCHAR(36) NOT NULL PRIMARY KEY,\n"
            + "    \"history_schema\"   TEXT NOT NULL,\n"
            + "    \"migration_name\"   VARCHAR(255) NOT NULL,\n"
            + "    \"checksum\"         VARCHAR(64) NOT NULL,\n"
            + "    \"mode\"             TEXT NOT NULL,\n"
            + "    \"statement_count\"  INTEGER NOT NULL,\n"
            + "    \"started_at\"       TIMESTAMPTZ NOT NULL,\n"
            + "    \"finished_at\"      TIMESTAMPTZ,\n"
            + "    \"duration_ms\"      BIGINT,\n"
            + "    \"rows_affected\"    BIGINT,\n"
            + "    \"outcome\"          TEXT\n"
            + ");\n";

    /** {@code _keel_statement_progress} as Keel created it before it journaled lock retries. */
    private static final String OLD_PROGRESS = "CREATE TABLE \"_keel\".\"_keel_statement_progress\" (\n"
            + "    \"migration_id\"     VARCHAR(36) NOT NULL,\n"
            + "    \"statement_index\"  INTEGER NOT NULL,\n"
            + "    \"statement_sha256\" VARCHAR(64) NOT NULL,\n"
            + "    \"finished_at\"      TIMESTAMPTZ NOT NULL,\n"
            + "    \"duration_ms\"      BIGINT NOT NULL,\n"
            + "    \"rows_affected\"    BIGINT NOT NULL,\n"
            + "    PRIMARY KEY (\"migration_id\", \"statement_index\")\n"
            + ");\n";

    /** The lock columns of both journal tables. */
    private static long lockColumns(TestDb db) {
        return Long.parseLong(db.column("SELECT count(*) FROM information_schema.columns WHERE table_schema = "
                + "'_keel' AND table_name IN ('_keel_migration_runs', '_keel_statement_progress') "
                + "AND column_name LIKE 'lock\\_%'").get(0));
    }

    private static String seconds(long ms) {
        return BigDecimal.valueOf(ms, 3).stripTrailingZeros().toPlainString();
    }
}
