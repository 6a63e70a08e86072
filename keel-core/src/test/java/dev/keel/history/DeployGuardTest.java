package dev.keel.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.api.DeployResult;
import dev.keel.api.ErrorCode;
import dev.keel.observe.Listener;
import dev.keel.testing.PgExtension;
import dev.keel.testing.TestDb;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 5's deploy guard against a real blocker: a session that holds a lock on the table a migration alters.
 * With {@code lock_timeout} the migration gives up its place in the lock queue quickly (so the application's queries
 * queued behind it run), retries after a backoff, and succeeds once the blocker is gone; when the retries run out it
 * fails as a Prisma migration fails, with nothing of it applied.
 */
@ExtendWith(PgExtension.class)
class DeployGuardTest {
    private static final String BASE = "CREATE TABLE \"Account\" (\"id\" INTEGER PRIMARY KEY, \"balance\" INTEGER);\n"
            + "INSERT INTO \"Account\" SELECT g, 0 FROM generate_series(1, 100) g;\n"
            + "CREATE TABLE \"Log\" (\"n\" INTEGER PRIMARY KEY);\n";
    private static final DeployGuard FAST = LockBlocker.FAST_GUARD;

    private record Retry(String migration, int index, int retry, Duration pause, String error) {
    }

    private static Listener retries(List<Retry> out) {
        return new Listener() {
            @Override
            public void lockRetry(String migration, int index, int retry, int max, Duration pause, String error) {
                out.add(new Retry(migration, index, retry, pause, error));
            }
        };
    }

    /** A session with an open transaction that has read the table: ALTER TABLE must wait for it. */
    @Test
    void transactionalMigrationRetriesUntilTheBlockerCommitsAndTheAppIsNeverStuckBehindIt(@TempDir Path root,
                                                                                          TestDb db) throws Exception {
        MigrationsFixture f = new MigrationsFixture(root, db).add("20240101000000_base", BASE);
        assertThat(f.keel().deploy().succeeded()).isTrue();
        f.add("20240102000000_alter", "INSERT INTO \"Log\" VALUES (1);\n"
                + "ALTER TABLE \"Account\" ADD COLUMN \"holds\" INTEGER NOT NULL DEFAULT 0;\n");
        List<Retry> seen = new CopyOnWriteArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        AtomicBoolean deploying = new AtomicBoolean(true);
        AtomicLong worstReadMs = new AtomicLong();
        try (Connection blocker = LockBlocker.readingAccount(db)) {
            Future<DeployResult> deploy = pool.submit(() -> f.config().deployGuard(FAST).listener(retries(seen))
                    .build().deploy());
            // The application keeps reading while the migration waits: without lock_timeout each read would queue
            // behind the ALTER for as long as the blocker lives.
            Future<?> reader = pool.submit(() -> {
                try (Connection app = db.connect(); Statement st = app.createStatement()) {
                    while (deploying.get()) {
                        long t0 = System.nanoTime();
                        st.executeQuery("SELECT sum(\"balance\") FROM \"Account\"").close();
                        worstReadMs.accumulateAndGet((System.nanoTime() - t0) / 1_000_000, Math::max);
                        Thread.sleep(10);
                    }
                }
                return null;
            });
            Thread.sleep(2500);
            assertThat(deploy.isDone()).as("deploy waits while the blocker holds its lock").isFalse();
            blocker.commit();
            DeployResult r = deploy.get();
            deploying.set(false);
            reader.get();
            assertThat(r.succeeded()).as("%s", r.failure()).isTrue();
        } finally {
            pool.shutdown();
        }
        assertThat(seen).isNotEmpty().allSatisfy(x -> {
            assertThat(x.migration()).isEqualTo("20240102000000_alter");
            assertThat(x.index()).isZero();
            assertThat(x.error()).contains("canceling statement due to lock timeout");
            assertThat(x.pause()).isBetween(Duration.ofMillis(50), Duration.ofMillis(300));
        });
        assertThat(seen).extracting(Retry::retry).startsWith(1, 2);
        // 2.5 s of blocking, yet no read waited much longer than one lock_timeout (200 ms; generous margin for a
        // loaded machine).
        assertThat(worstReadMs.get()).isLessThan(1500);
        assertThat(db.column("SELECT string_agg(n::text, ',') FROM \"Log\"")).containsExactly("1");
        assertThat(db.column("SELECT count(*) FROM information_schema.columns WHERE table_name = 'Account' "
                + "AND column_name = 'holds'")).containsExactly("1");
        assertThat(db.column("SELECT migration_name || ' ' || applied_steps_count || ' ' || (finished_at IS NOT NULL) "
                + "|| ' ' || (logs IS NULL) FROM _prisma_migrations ORDER BY started_at")).containsExactly(
                "20240101000000_base 1 true true", "20240102000000_alter 1 true true");
    }

    @Test
    void theFirstAttemptsWaitLessSoABriefBlockerHoldsTheAppUpOnlyBriefly(@TempDir Path root, TestDb db)
            throws Exception {
        Duration keels = DeployGuard.DEFAULT.deadlockTimeout();
        assertThat(java.util.stream.IntStream.range(0, 7).mapToObj(a -> DeployGuard.DEFAULT.lockTimeout(a, keels))
                .map(Duration::toMillis)).containsExactly(125L, 250L, 500L, 1000L, 2000L, 2000L, 2000L);
        // A role that may not lower deadlock_timeout: each attempt outlasts the server's 1 s, so an autovacuum in
        // the way is cancelled in the first one.
        assertThat(java.util.stream.IntStream.range(0, 3).mapToObj(a -> DeployGuard.DEFAULT.lockTimeout(a,
                Duration.ofSeconds(1))).map(Duration::toMillis)).containsExactly(1050L, 2000L, 2000L);
        assertThat(DeployGuard.DEFAULT.withLockTimeout(Duration.ofMillis(100)).lockTimeout(0, keels)).hasMillis(100);
        assertThat(DeployGuard.DEFAULT.withLockTimeout(Duration.ZERO).lockTimeout(3, keels)).isZero();

        MigrationsFixture f = new MigrationsFixture(root, db).add("20240101000000_base", BASE);
        assertThat(f.keel().deploy().succeeded()).isTrue();
        f.add("20240102000000_alter", "ALTER TABLE \"Account\" ADD COLUMN \"holds\" INTEGER NOT NULL DEFAULT 0;\n");
        List<Retry> seen = new CopyOnWriteArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        AtomicBoolean deploying = new AtomicBoolean(true);
        AtomicLong worstReadMs = new AtomicLong();
        try (Connection blocker = LockBlocker.readingAccount(db)) {
            Future<?> reader = pool.submit(() -> {
                try (Connection app = db.connect(); Statement st = app.createStatement()) {
                    while (deploying.get()) {
                        long t0 = System.nanoTime();
                        st.executeQuery("SELECT sum(\"balance\") FROM \"Account\"").close();
                        worstReadMs.accumulateAndGet((System.nanoTime() - t0) / 1_000_000, Math::max);
                        Thread.sleep(5);
                    }
                }
                return null;
            });
            Future<DeployResult> deploy = pool.submit(() -> f.config().listener(retries(seen)).build().deploy());
            Thread.sleep(1500);
            blocker.commit();
            DeployResult r = deploy.get();
            deploying.set(false);
            reader.get();
            assertThat(r.succeeded()).as("%s", r.failure()).isTrue();
        } finally {
            pool.shutdown();
        }
        assertThat(seen).isNotEmpty();
        // With the full 2 s on the first attempt the ALTER would wait the blocker's whole 1.5 s, and the reads with
        // it; the attempts of 125, 250 and 500 ms hold them up at most that long (margin for a loaded machine).
        assertThat(worstReadMs.get()).isLessThan(1000);
    }

    @Test
    void statementByStatementMigrationRetriesOnlyTheRunThatWasRolledBack(@TempDir Path root, TestDb db)
            throws Exception {
        MigrationsFixture f = new MigrationsFixture(root, db).add("20240101000000_base", BASE
                + "CREATE TABLE \"Other\" (\"id\" INTEGER PRIMARY KEY);\n");
        assertThat(f.keel().deploy().succeeded()).isTrue();
        // Log's primary key makes any statement that ran twice fail the migration.
        f.add("20240102000000_mixed", "INSERT INTO \"Log\" VALUES (1);\n"
                + "CREATE INDEX CONCURRENTLY \"Other_id_idx\" ON \"Other\" (\"id\");\n"
                + "INSERT INTO \"Log\" VALUES (2);\n"
                + "ALTER TABLE \"Account\" ADD COLUMN \"holds\" INTEGER;\n"
                + "INSERT INTO \"Log\" VALUES (3);\n");
        List<Retry> seen = new CopyOnWriteArrayList<>();
        // The blocker starts once the concurrent build is done (a concurrent build waits for every older
        // transaction by design, so a blocker from the start would hold up the build instead of the ALTER).
        java.util.concurrent.CompletableFuture<Connection> blocker = new java.util.concurrent.CompletableFuture<>();
        Listener l = new Listener() {
            @Override
            public void statementStarted(String migration, int index, String sql) {
                if (migration.endsWith("_mixed") && index == 2 && !blocker.isDone()) {
                    try {
                        blocker.complete(LockBlocker.readingAccount(db));
                    } catch (Exception e) {
                        blocker.completeExceptionally(e);
                    }
                }
            }

            @Override
            public void lockRetry(String migration, int index, int retry, int max, Duration pause, String error) {
                seen.add(new Retry(migration, index, retry, pause, error));
            }
        };
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<DeployResult> deploy = pool.submit(() -> f.config().deployGuard(FAST).listener(l).build().deploy());
            try (Connection b = blocker.get()) {
                Thread.sleep(1200);
                // Statements 0-1 committed; statements 2-3 are rolled back with each lock timeout of 3.
                assertThat(db.column("SELECT string_agg(n::text, ',') FROM \"Log\"")).containsExactly("1");
                assertThat(deploy.isDone()).isFalse();
                b.commit();
            }
            DeployResult r = deploy.get();
            assertThat(r.succeeded()).as("%s", r.failure()).isTrue();
        } finally {
            pool.shutdown();
        }
        assertThat(seen).isNotEmpty().extracting(Retry::index).containsOnly(3);
        assertThat(db.column("SELECT string_agg(n::text, ',' ORDER BY n) FROM \"Log\"")).containsExactly("1,2,3");
        assertThat(db.column("SELECT applied_steps_count || ' ' || (finished_at IS NOT NULL) FROM _prisma_migrations "
                + "WHERE migration_name = '20240102000000_mixed'")).containsExactly("1 true");
    }

    @Test
    void whenRetriesRunOutTheMigrationFailsAsUnderPrismaWithNothingApplied(@TempDir Path root, TestDb db)
            throws Exception {
        MigrationsFixture f = new MigrationsFixture(root, db).add("20240101000000_base", BASE);
        assertThat(f.keel().deploy().succeeded()).isTrue();
        f.add("20240102000000_alter", "CREATE TABLE \"Hold\" (\"id\" INTEGER);\nINSERT INTO \"Log\" VALUES (1);\n"
                + "ALTER TABLE \"Account\" ADD COLUMN \"holds\" INTEGER;\n");
        List<Retry> seen = new CopyOnWriteArrayList<>();
        DeployGuard twoRetries = FAST.withLockRetries(2).withBackoff(Duration.ofMillis(20), Duration.ofMillis(40));
        DeployResult r;
        try (Connection blocker = LockBlocker.readingAccount(db)) {
            r = f.config().deployGuard(twoRetries).listener(retries(seen)).build().deploy();
            // Prisma's history row of a failed migration: unfinished, logs = the P3018 message, no step.
            assertThat(db.column("SELECT (finished_at IS NULL) || ' ' || applied_steps_count || ' ' "
                    + "|| (rolled_back_at IS NULL) || ' ' || (logs = '" + r.failure().orElseThrow().message()
                    .replace("'", "''") + "') FROM _prisma_migrations WHERE migration_name = '20240102000000_alter'"))
                    .containsExactly("true 0 true true");
        }
        assertThat(seen).extracting(Retry::retry).containsExactly(1, 2);
        DeployTest.MigrationFailureAssert.p3018(r, "20240102000000_alter", "55P03");
        assertThat(r.failure().get().message()).contains("ERROR: canceling statement due to lock timeout",
                "Keel gave up after 3 attempts, each waiting at most lock_timeout = 200 ms");
        // Nothing of the file is left.
        assertThat(db.column("SELECT to_regclass('\"Hold\"') IS NULL")).containsExactly("t");
        assertThat(db.column("SELECT count(*) FROM \"Log\"")).containsExactly("0");

        // As under Prisma the failed row blocks deploy until resolved; then, the blocker gone, it applies.
        assertThat(f.keel().deploy().failure().orElseThrow().code()).isEqualTo(ErrorCode.FAILED_MIGRATIONS_FOUND);
        f.keel().resolveRolledBack("20240102000000_alter");
        assertThat(f.keel().deploy().succeeded()).isTrue();
        assertThat(db.column("SELECT count(*) FROM \"Log\"")).containsExactly("1");
    }

    @Test
    void statementTimeoutStopsARunawayStatementButNotAConcurrentBuild(@TempDir Path root, TestDb db) {
        MigrationsFixture f = new MigrationsFixture(root, db).add("20240101000000_base", BASE)
                .add("20240102000000_slow", "SELECT pg_sleep(1.5);\n");
        DeployGuard short300 = DeployGuard.DEFAULT.withStatementTimeout(Duration.ofMillis(300));
        DeployResult r = f.config().deployGuard(short300).build().deploy();
        DeployTest.MigrationFailureAssert.p3018(r, "20240102000000_slow", "57014");
        assertThat(r.failure().get().message()).contains("canceling statement due to statement timeout")
                .doesNotContain("Keel gave up");

        assertThat(DeployGuard.isLongRunning(SqlSplitter.split("CREATE INDEX CONCURRENTLY \"i\" ON \"t\" (a)").get(0)))
                .isTrue();
        assertThat(DeployGuard.isLongRunning(SqlSplitter.split("ALTER TABLE \"t\" VALIDATE CONSTRAINT \"c\"").get(0)))
                .isTrue();
        assertThat(DeployGuard.isLongRunning(SqlSplitter.split("ALTER TABLE \"t\" ADD COLUMN \"v\" int").get(0)))
                .isFalse();
        assertThat(DeployGuard.isConcurrent(SqlSplitter.split("ALTER TABLE \"t\" VALIDATE CONSTRAINT \"c\"").get(0)))
                .isFalse();
    }
}
