package dev.keel.history;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * The {@code lock_timeout} and {@code statement_timeout} of the migration session, set only when they change (one
 * round trip per change, not per statement). A null value leaves that setting alone.
 */
final class SessionTimeouts {
    private final Connection c;
    private Duration lock;
    private Duration statement;
    private boolean changed;

    SessionTimeouts(Connection c) {
        this.c = c;
    }

    void apply(Duration lockTimeout, Duration statementTimeout) throws SQLException {
        StringBuilder sql = new StringBuilder();
        if (lockTimeout != null && !lockTimeout.equals(lock)) {
            sql.append("SET lock_timeout = ").append(lockTimeout.toMillis()).append(';');
        }
        if (statementTimeout != null && !statementTimeout.equals(statement)) {
            sql.append("SET statement_timeout = ").append(statementTimeout.toMillis()).append(';');
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
    }

    /** After a rollback the server may hold other values than the ones remembered: set them again next time. */
    void forget() {
        lock = null;
        statement = null;
    }

    /** Back to the server's defaults, for whatever else the session does after deploy. */
    void reset() {
        if (!changed) {
            return;
        }
        try (Statement st = c.createStatement()) {
            st.execute("RESET lock_timeout; RESET statement_timeout");
        } catch (SQLException e) {
            // The session is closing or broken; its settings die with it.
        }
        forget();
        changed = false;
    }
}
