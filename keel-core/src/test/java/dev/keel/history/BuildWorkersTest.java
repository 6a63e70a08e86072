package dev.keel.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.api.DeployResult;
import dev.keel.testing.PgExtension;
import dev.keel.testing.TestDb;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The deploy guard's {@code max_parallel_maintenance_workers} for builds that block no query: in effect while
 * {@code CREATE INDEX CONCURRENTLY} and {@code VALIDATE CONSTRAINT} run (the index expression and the check call a
 * function that fails unless it sees the expected value, and PostgreSQL's parallel workers are counted from
 * {@code pg_stat_activity}), and the server's value again for the statements after them and for blocking builds.
 */
@ExtendWith(PgExtension.class)
class BuildWorkersTest {
    /** The value the database gives every new session, so "restored" is told apart from Keel's 0. */
    private static final String SERVER_VALUE = "3";

    private static final String BASE = """
            CREATE TABLE "t" ("id" INTEGER PRIMARY KEY, "v" INTEGER);
            INSERT INTO "t" SELECT g, g FROM generate_series(1, 1500) g;
            -- Without it PostgreSQL plans no parallel build for a table this small.
            ALTER TABLE "t" SET (parallel_workers = 2);
            -- Fails the statement that evaluates it unless the session's worker count is the expected one; the
            -- pause makes the build last long enough to see its workers.
            CREATE FUNCTION "probe"(x integer, expected text, pause double precision) RETURNS integer
                LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
            BEGIN
                IF current_setting('max_parallel_maintenance_workers') <> expected THEN
                    RAISE EXCEPTION 'max_parallel_maintenance_workers = %, expected %',
                        current_setting('max_parallel_maintenance_workers'), expected;
                END IF;
                IF pause > 0 THEN
                    PERFORM pg_sleep(pause);
                END IF;
                RETURN x;
            END
            $$;
            """;

    private static MigrationsFixture fixture(Path root, TestDb db, String workers) {
        String name = db.column("SELECT current_database()").get(0);
        db.execute("ALTER DATABASE \"" + name + "\" SET max_parallel_maintenance_workers = " + SERVER_VALUE);
        return new MigrationsFixture(root, db).add("20240101000000_base", BASE)
                .add("20240102000000_build", "CREATE TABLE \"before_build\" AS SELECT "
                        + "current_setting('max_parallel_maintenance_workers') AS v;\n"
                        + "CREATE INDEX CONCURRENTLY \"t_probe\" ON \"t\" (\"probe\"(\"id\", '" + workers + "', 0.001));\n"
                        + "CREATE TABLE \"after_build\" AS SELECT current_setting('max_parallel_maintenance_workers') AS v;\n")
                .add("20240103000000_check", "ALTER TABLE \"t\" ADD CONSTRAINT \"t_v_check\" CHECK (\"probe\"(\"v\", '"
                        + workers + "', 0) IS NOT NULL) NOT VALID;\n")
                .add("20240104000000_validate", "ALTER TABLE \"t\" VALIDATE CONSTRAINT \"t_v_check\";\n")
                // A blocking build is meant to finish fast: Keel leaves it the server's workers.
                .add("20240105000000_plain", "CREATE INDEX \"t_plain\" ON \"t\" (\"probe\"(\"id\", '" + SERVER_VALUE
                        + "', 0));\nCREATE TABLE \"after_all\" AS SELECT "
                        + "current_setting('max_parallel_maintenance_workers') AS v;\n");
    }

    /** The most parallel workers seen at once under the backend building {@code t_probe}, while {@code run} runs. */
    private static int maxBuildWorkers(TestDb db, java.util.concurrent.Callable<DeployResult> run,
                                       DeployResult[] result) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(1);
        AtomicBoolean done = new AtomicBoolean();
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            Future<DeployResult> deploy = pool.submit(() -> {
                try {
                    return run.call();
                } finally {
                    done.set(true);
                }
            });
            int max = 0;
            while (!done.get()) {
                try (ResultSet rs = st.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE backend_type = "
                        + "'parallel worker' AND leader_pid IN (SELECT pid FROM pg_stat_activity WHERE query LIKE "
                        + "'CREATE INDEX CONCURRENTLY \"t_probe\"%')")) {
                    rs.next();
                    max = Math.max(max, rs.getInt(1));
                }
                Thread.sleep(10);
            }
            result[0] = deploy.get();
            return max;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void byDefaultConcurrentBuildsAndValidationRunWithoutParallelWorkersAndTheServerValueComesBack(
            @TempDir Path root, TestDb db) throws Exception {
        MigrationsFixture f = fixture(root, db, "0");
        DeployResult[] r = new DeployResult[1];
        int workers = maxBuildWorkers(db, () -> f.keel().deploy(), r);
        assertThat(r[0].failure()).isEmpty();
        assertThat(r[0].applied()).hasSize(5);
        assertThat(workers).isZero();
        assertThat(db.column("SELECT v FROM \"before_build\"")).containsExactly(SERVER_VALUE);
        assertThat(db.column("SELECT v FROM \"after_build\"")).containsExactly(SERVER_VALUE);
        assertThat(db.column("SELECT v FROM \"after_all\"")).containsExactly(SERVER_VALUE);
        assertThat(db.column("SELECT convalidated::text FROM pg_constraint WHERE conname = 't_v_check'"))
                .containsExactly("true");
    }

    @Test
    void aTeamWithIdleCoresRaisesItAndPostgresqlBuildsInParallel(@TempDir Path root, TestDb db) throws Exception {
        MigrationsFixture f = fixture(root, db, "2");
        DeployResult[] r = new DeployResult[1];
        int workers = maxBuildWorkers(db, () -> f.config().deployGuard(DeployGuard.DEFAULT.withMaintenanceWorkers(2))
                .build().deploy(), r);
        assertThat(r[0].failure()).isEmpty();
        assertThat(workers).isPositive();
        assertThat(db.column("SELECT v FROM \"after_build\"")).containsExactly(SERVER_VALUE);
        assertThat(db.column("SELECT v FROM \"after_all\"")).containsExactly(SERVER_VALUE);
    }

    @Test
    void theProbeFailsWhenTheBuildSeesAnyOtherValue(@TempDir Path root, TestDb db) {
        // The probe can fail: the same build run with another worker count is refused.
        MigrationsFixture f = fixture(root, db, "0");
        DeployResult r = f.config().deployGuard(DeployGuard.DEFAULT.withMaintenanceWorkers(1)).build().deploy();
        assertThat(r.failure()).isPresent();
        assertThat(r.failure().get().message()).contains("max_parallel_maintenance_workers = 1, expected 0");
    }
}
