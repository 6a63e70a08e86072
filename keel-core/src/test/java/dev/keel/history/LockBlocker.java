package dev.keel.history;

import dev.keel.testing.TestDb;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;

/**
 * What the deploy-guard tests share: a guard that gives up on a lock quickly and retries often, and a session whose
 * open transaction has read {@code "Account"}, so that any ALTER of it waits until the session ends.
 */
final class LockBlocker {
    /** 200 ms lock_timeout, 30 retries paused 100-300 ms: a blocked deploy is refused and retried within a second. */
    static final DeployGuard FAST_GUARD = DeployGuard.DEFAULT.withLockTimeout(Duration.ofMillis(200))
            .withLockRetries(30).withBackoff(Duration.ofMillis(100), Duration.ofMillis(300));

    private LockBlocker() {
    }

    /** The caller ends the transaction (commit, rollback or close) to let the deploy through. */
    static Connection readingAccount(TestDb db) throws Exception {
        Connection c = db.connect();
        c.setAutoCommit(false);
        try (Statement st = c.createStatement()) {
            st.executeQuery("SELECT count(*) FROM \"Account\"").close();
        }
        return c;
    }
}
