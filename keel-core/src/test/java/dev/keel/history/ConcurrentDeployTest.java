package dev.keel.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keel.api.DeployResult;
import dev.keel.api.ErrorCode;
import dev.keel.api.KeelException;
import dev.keel.testing.PgExtension;
import dev.keel.testing.TestDb;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(PgExtension.class)
class ConcurrentDeployTest {
    @Test
    void concurrentDeploysApplyEachMigrationExactlyOnce(@TempDir Path root, TestDb db) throws Exception {
        MigrationsFixture f = new MigrationsFixture(root, db)
                .add("20240101000000_log", "CREATE TABLE \"Applied\" (\"name\" TEXT NOT NULL);");
        for (int i = 2; i <= 12; i++) {
            // pg_sleep widens the window in which a second deployer would interleave without the lock.
            f.add(String.format("20240101%06d_m%d", i, i), "INSERT INTO \"Applied\" VALUES ('m" + i + "');\n"
                    + "SELECT pg_sleep(0.02);\nCREATE TABLE \"T" + i + "\" (id int);\n");
        }
        int deployers = 4;
        ExecutorService pool = Executors.newFixedThreadPool(deployers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<DeployResult>> results = new ArrayList<>();
        for (int i = 0; i < deployers; i++) {
            results.add(pool.submit(() -> {
                start.await();
                return f.config().lockTimeout(Duration.ofSeconds(60)).build().deploy();
            }));
        }
        start.countDown();
        int appliedTotal = 0;
        for (Future<DeployResult> r : results) {
            DeployResult d = r.get();
            assertThat(d.succeeded()).isTrue();
            appliedTotal += d.applied().size();
        }
        pool.shutdown();
        assertThat(appliedTotal).isEqualTo(12);
        assertThat(db.column("SELECT count(*) || ' ' || count(DISTINCT name) FROM \"Applied\"")).containsExactly("11 11");
        assertThat(db.column("SELECT count(*) FROM _prisma_migrations")).containsExactly("12");
    }

    @Test
    void lockTimeoutNamesTheHolder(@TempDir Path root, TestDb db) throws Exception {
        MigrationsFixture f = new MigrationsFixture(root, db).add("20240101000000_a", "CREATE TABLE a (id int);");
        try (Connection holder = db.connect(); Statement st = holder.createStatement()) {
            st.execute("SET application_name = 'other-deployer'");
            st.execute("SELECT pg_advisory_lock(72707369)");
            int pid;
            try (var rs = st.executeQuery("SELECT pg_backend_pid()")) {
                rs.next();
                pid = rs.getInt(1);
            }
            long t0 = System.nanoTime();
            assertThatThrownBy(() -> f.config().lockTimeout(Duration.ofMillis(300)).build().deploy())
                    .isInstanceOf(KeelException.class)
                    .hasMessageStartingWith("The database server was reached but timed out.\n\n")
                    .hasMessageContaining("\n\nContext: Timed out trying to acquire a postgres advisory lock "
                            + "(SELECT pg_advisory_lock(72707369)). Timeout: 300ms. ")
                    .hasMessageContaining("held by backend pid " + pid + " (application_name \"other-deployer\"")
                    .hasMessageContaining("connected since ")
                    .extracting(e -> ((KeelException) e).code()).isEqualTo(ErrorCode.LOCK_TIMEOUT);
            assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(5));
            assertThat(db.column("SELECT count(*) FROM pg_tables WHERE tablename = '_prisma_migrations'"))
                    .containsExactly("0");
        }
        // Once the holder's session ends, deploy goes through.
        assertThat(f.keel().deploy().applied()).hasSize(1);
    }
}
