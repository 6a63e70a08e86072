package dev.keel.history;

import dev.keel.db.DatabaseUrl;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Measures how long the applying session waits for heavyweight locks while a statement runs. PostgreSQL keeps no
 * per-statement lock-wait counter, so a second connection samples {@code pg_stat_activity.wait_event_type} of the
 * applying backend every {@link #INTERVAL_MS} ms; the result is accurate to about one interval.
 */
final class LockWaitProbe implements AutoCloseable {
    static final long INTERVAL_MS = 10;

    private final Connection c;
    private final PreparedStatement sample;
    private final ScheduledExecutorService timer;
    private final AtomicLong waitingSamples = new AtomicLong();
    private ScheduledFuture<?> running;

    private LockWaitProbe(Connection c, PreparedStatement sample) {
        this.c = c;
        this.sample = sample;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "keel-lock-wait-probe");
            t.setDaemon(true);
            return t;
        });
    }

    /** Opens the probe's own connection; null when it cannot (the measurement is optional, the deploy is not). */
    static LockWaitProbe open(DatabaseUrl url, int pid) {
        try {
            Connection c = url.connect();
            PreparedStatement ps = c.prepareStatement(
                    "SELECT wait_event_type = 'Lock' FROM pg_stat_activity WHERE pid = ?");
            ps.setInt(1, pid);
            return new LockWaitProbe(c, ps);
        } catch (RuntimeException | SQLException e) {
            return null;
        }
    }

    void begin() {
        waitingSamples.set(0);
        running = timer.scheduleAtFixedRate(this::sampleOnce, 0, INTERVAL_MS, TimeUnit.MILLISECONDS);
    }

    Duration end() {
        if (running != null) {
            running.cancel(false);
            running = null;
        }
        return Duration.ofMillis(waitingSamples.get() * INTERVAL_MS);
    }

    private void sampleOnce() {
        try (ResultSet rs = sample.executeQuery()) {
            if (rs.next() && rs.getBoolean(1)) {
                waitingSamples.incrementAndGet();
            }
        } catch (SQLException e) {
            // A lost sample only makes the estimate smaller.
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(1, TimeUnit.SECONDS);
            c.close();
        } catch (SQLException | InterruptedException ignored) {
            // The probe is best effort; its connection dies with the process at worst.
        }
    }
}
