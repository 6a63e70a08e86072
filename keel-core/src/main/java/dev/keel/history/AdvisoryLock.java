package dev.keel.history;

import dev.keel.api.ErrorCode;
import dev.keel.api.KeelException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * Prisma Migrate's session-level advisory lock, {@code pg_advisory_lock(72707369)}: Keel and Prisma exclude each
 * other while applying. It lives as long as the session; {@link #release()} lets it go early. Waiting is bounded by
 * a timeout, and a timeout names who holds the lock.
 */
public final class AdvisoryLock {
    /** The key Prisma chose; in {@code pg_locks} it appears as classid 0, objid 72707369. */
    public static final long KEY = 72707369L;

    private final Connection c;

    private AdvisoryLock(Connection c) {
        this.c = c;
    }

    /**
     * Waits up to {@code timeout} for the lock on {@code c}'s session, by polling {@code pg_try_advisory_lock}
     * rather than waiting inside {@code pg_advisory_lock}: a waiting statement is an open transaction, and the
     * holder's {@code CREATE INDEX CONCURRENTLY} waits for every open transaction to end, so two deployers would
     * deadlock (PostgreSQL then cancels one of them; found by ten concurrent deploys). Each poll is a short
     * transaction of its own, which a concurrent build waits for only for that moment.
     */
    public static AdvisoryLock acquire(Connection c, Duration timeout) {
        long started = System.nanoTime();
        long deadline = started + timeout.toNanos();
        long pauseMs = 5;
        try (Statement st = c.createStatement()) {
            while (true) {
                try (ResultSet rs = st.executeQuery("SELECT pg_try_advisory_lock(" + KEY + ")")) {
                    rs.next();
                    if (rs.getBoolean(1)) {
                        return new AdvisoryLock(c);
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    // Prisma 7's P1002 text (its DatabaseTimeout with the lock as context), and who holds the lock.
                    throw new KeelException(ErrorCode.LOCK_TIMEOUT, "The database server was reached but timed out."
                            + "\n\nPlease try again.\n\nPlease make sure your database server is running at the "
                            + "configured address.\n\nContext: Timed out trying to acquire a postgres advisory lock "
                            + "(SELECT pg_advisory_lock(" + KEY + ")). Timeout: " + timeout.toMillis() + "ms. "
                            + holder(c) + "See https://pris.ly/d/migrate-advisory-locking for details.");
                }
                // Jittered, growing pauses: quick when the holder is about to finish, cheap when it is not.
                long pause = Math.min(pauseMs + java.util.concurrent.ThreadLocalRandom.current().nextLong(pauseMs + 1),
                        Math.max(1, left / 1_000_000));
                Thread.sleep(pause);
                pauseMs = Math.min(pauseMs * 2, 200);
            }
        } catch (SQLException e) {
            throw HistoryTable.dbError("take the migration advisory lock", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KeelException(ErrorCode.LOCK_TIMEOUT, "Interrupted while waiting for the migration advisory "
                    + "lock.", e);
        }
    }

    /** Who holds the lock now, as a sentence ending in a space, or an empty string if it is gone. */
    static String holder(Connection c) {
        String sql = "SELECT a.pid, a.application_name, a.usename, a.client_addr::text, a.backend_start, a.state, "
                + "a.xact_start FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
                + "WHERE l.locktype = 'advisory' AND l.classid = 0 AND l.objid = ? AND l.objsubid = 1 AND l.granted";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, KEY);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return "";
                }
                String app = rs.getString(2);
                OffsetDateTime since = rs.getObject(5, OffsetDateTime.class);
                return "The lock is held by backend pid " + rs.getInt(1)
                        + " (application_name \"" + (app == null ? "" : app) + "\", user " + rs.getString(3)
                        + (rs.getString(4) == null ? "" : ", client " + rs.getString(4))
                        + ", connected since " + since + ", state " + rs.getString(6) + "). "
                        + "Another deploy is probably running; wait for it, or end that session with "
                        + "SELECT pg_terminate_backend(" + rs.getInt(1) + ") if it is stuck. ";
            }
        } catch (SQLException e) {
            return "(Could not read pg_stat_activity: " + e.getMessage() + ") ";
        }
    }

    public void release() {
        try (Statement st = c.createStatement()) {
            st.execute("SELECT pg_advisory_unlock(" + KEY + ")");
        } catch (SQLException e) {
            throw HistoryTable.dbError("release the migration advisory lock", e);
        }
    }
}
