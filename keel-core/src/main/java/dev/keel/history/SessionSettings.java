package dev.keel.history;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.OptionalInt;

/**
 * The settings the deploy guard gives the migration session: {@code lock_timeout}, {@code statement_timeout} and
 * {@code max_parallel_maintenance_workers}, each sent only when it changes (one round trip per change, not per
 * statement), and {@code deadlock_timeout}, set once. A null value leaves that setting alone; an empty worker count
 * means the server's own value.
 */
final class SessionSettings {
    private static final String WORKERS = "max_parallel_maintenance_workers";
    /** The session starts with the server's value in effect. */
    private static final String SERVER_WORKERS = "RESET " + WORKERS + ";";

    private final Connection c;
    private Duration lock;
    private Duration statement;
    /** The statement that set the worker count now in effect; null = not known (after a rollback). */
    private String workers = SERVER_WORKERS;
    private boolean changed;
    private boolean deadlockTimeoutSet;

    SessionSettings(Connection c) {
        this.c = c;
    }

    /** {@code maintenanceWorkers}: null leaves it alone, empty = the server's value, else that many. */
    void apply(Duration lockTimeout, Duration statementTimeout, OptionalInt maintenanceWorkers) throws SQLException {
        StringBuilder sql = new StringBuilder();
        if (lockTimeout != null && !lockTimeout.equals(lock)) {
            sql.append("SET lock_timeout = ").append(lockTimeout.toMillis()).append(';');
        }
        if (statementTimeout != null && !statementTimeout.equals(statement)) {
            sql.append("SET statement_timeout = ").append(statementTimeout.toMillis()).append(';');
        }
        String w = maintenanceWorkers == null ? null : maintenanceWorkers.isEmpty() ? SERVER_WORKERS
                : "SET " + WORKERS + " = " + maintenanceWorkers.getAsInt() + ";";
        if (w != null && !w.equals(workers)) {
            sql.append(w);
        }
        if (sql.length() == 0) {
            return;
        }
        try (Statement st = c.createStatement()) {
            st.execute(sql.toString());
        }
        changed = true;
        lock = lockTimeout == null ? lock : lockTimeout;
        statement = statementTimeout == null ? statement : statementTimeout;
        workers = w == null ? workers : w;
    }

    /**
     * {@code deadlock_timeout} for the whole deploy, when the role may set it (superuser, or PostgreSQL 15+'s
     * {@code GRANT SET ON PARAMETER}); otherwise the server's value stays. Zero leaves it alone.
     *
     * @return whether it was set
     */
    boolean deadlockTimeout(Duration d, int serverVersionNum) {
        if (d.isZero()) {
            return false;
        }
        // Asked first, so that ordinary roles do not leave a "permission denied" ERROR in the server log each deploy.
        String may = serverVersionNum >= 150000 ? "SELECT has_parameter_privilege('deadlock_timeout', 'SET')"
                : "SELECT rolsuper FROM pg_roles WHERE rolname = current_user";
        try (Statement st = c.createStatement()) {
            try (java.sql.ResultSet rs = st.executeQuery(may)) {
                if (!rs.next() || !rs.getBoolean(1)) {
                    return false;
                }
            }
            st.execute("SET deadlock_timeout = " + Math.max(1, d.toMillis()));
            deadlockTimeoutSet = true;
            return true;
        } catch (SQLException e) {
            // 42501 for an ordinary role: a blocking autovacuum is then cancelled after the server's deadlock_timeout.
            return false;
        }
    }

    /** After a rollback the server may hold other values than the ones remembered: set them again next time. */
    void forget() {
        lock = null;
        statement = null;
        workers = null;
    }

    /** Back to the server's defaults, for whatever else the session does after deploy. */
    void reset() {
        if (!changed && !deadlockTimeoutSet) {
            return;
        }
        try (Statement st = c.createStatement()) {
            st.execute("RESET lock_timeout; RESET statement_timeout; " + SERVER_WORKERS
                    + (deadlockTimeoutSet ? "RESET deadlock_timeout;" : ""));
        } catch (SQLException e) {
            // The session is closing or broken; its settings die with it.
        }
        forget();
        workers = SERVER_WORKERS;
        changed = false;
        deadlockTimeoutSet = false;
    }
}
