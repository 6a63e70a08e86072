package dev.keel.safety.expand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.keel.testing.TestDb;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A backfill {@code CALL} interrupted the way an operator does it: it runs in a session of its own, and after a
 * while another session cancels it ({@code pg_cancel_backend}), as Ctrl-C in psql would.
 */
final class CancelledCall {
    private CancelledCall() {
    }

    /** Runs {@code call}, cancels it after {@code millis} and asserts that PostgreSQL cancelled it. */
    static void runAndCancel(TestDb db, String call, long millis) throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            Future<?> run = pool.submit(() -> {
                try (Connection b = db.connect(); Statement bs = b.createStatement()) {
                    bs.execute(call);
                }
                return null;
            });
            Thread.sleep(millis);
            st.execute("SELECT pg_cancel_backend(pid) FROM pg_stat_activity WHERE query LIKE 'CALL \"_keel\"%'");
            assertThat(catchThrowable(run::get)).hasMessageContaining("canceling statement due to user request");
        } finally {
            pool.shutdownNow();
        }
    }
}
