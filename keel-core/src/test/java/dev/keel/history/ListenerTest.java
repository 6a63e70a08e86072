package dev.keel.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.api.DeployResult;
import dev.keel.observe.Listener;
import dev.keel.testing.PgExtension;
import dev.keel.testing.TestDb;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(PgExtension.class)
class ListenerTest {
    private record Finished(String migration, int index, Duration duration, long rows, Optional<Duration> lockWait) {
    }

    @Test
    void reportsDurationRowsAndLockWait(@TempDir Path root, TestDb db) throws Exception {
        db.execute("CREATE TABLE \"T\" (id int); INSERT INTO \"T\" SELECT generate_series(1, 5)");
        MigrationsFixture f = new MigrationsFixture(root, db).add("20240101000000_alter",
                "UPDATE \"T\" SET id = id + 1;\nALTER TABLE \"T\" ADD COLUMN \"x\" int;\n");
        // Baseline the pre-existing table so deploy does not stop with P3005.
        db.execute("CREATE TABLE _prisma_migrations (id VARCHAR(36) PRIMARY KEY NOT NULL, checksum VARCHAR(64) NOT NULL,"
                + " finished_at TIMESTAMPTZ, migration_name VARCHAR(255) NOT NULL, logs TEXT, rolled_back_at TIMESTAMPTZ,"
                + " started_at TIMESTAMPTZ NOT NULL DEFAULT now(), applied_steps_count INTEGER NOT NULL DEFAULT 0)");
        List<Finished> finished = new ArrayList<>();
        List<String> migrations = new ArrayList<>();
        Listener l = new Listener() {
            @Override
            public void statementFinished(String migration, int index, Duration d, long rows, Optional<Duration> wait) {
                finished.add(new Finished(migration, index, d, rows, wait));
            }

            @Override
            public void migrationFinished(String migration, Duration d, boolean ok) {
                migrations.add(migration + " " + ok + " " + (d.toMillis() >= 400));
            }
        };
        try (Connection holder = db.connect(); Statement st = holder.createStatement()) {
            holder.setAutoCommit(false);
            st.execute("LOCK TABLE \"T\" IN ACCESS EXCLUSIVE MODE");
            Thread release = new Thread(() -> {
                // Release only once the deploy's statement is seen queued behind the lock, so the measured wait
                // is at least 500 ms however slowly the deploy starts on a loaded machine.
                try (Connection watcher = db.connect(); Statement w = watcher.createStatement()) {
                    long deadline = System.nanoTime() + 60_000_000_000L;
                    while (System.nanoTime() < deadline) {
                        try (var rs = w.executeQuery("SELECT count(*) FROM pg_locks WHERE NOT granted"
                                + " AND relation = '\"T\"'::regclass")) {
                            rs.next();
                            if (rs.getInt(1) > 0) {
                                break;
                            }
                        }
                        Thread.sleep(20);
                    }
                    Thread.sleep(500);
                    holder.commit();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            release.start();
            // Waiting without lock_timeout: one attempt waits the whole time (the guard's short first attempts
            // would split the wait over retries, and only the last attempt's wait is reported).
            DeployResult r = f.config().listener(l).deployGuard(DeployGuard.DEFAULT.withLockTimeout(Duration.ZERO))
                    .build().deploy();
            release.join();
            assertThat(r.succeeded()).isTrue();
        }
        assertThat(finished).hasSize(1);
        Finished s = finished.get(0);
        assertThat(s.rows()).isEqualTo(5);
        assertThat(s.duration()).isGreaterThanOrEqualTo(Duration.ofMillis(400));
        assertThat(s.lockWait()).isPresent();
        assertThat(s.lockWait().get()).isGreaterThanOrEqualTo(Duration.ofMillis(200)).isLessThanOrEqualTo(s.duration()
                .plusMillis(2 * LockWaitProbe.INTERVAL_MS));
        assertThat(migrations).containsExactly("20240101000000_alter true true");
    }
}
