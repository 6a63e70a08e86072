package dev.keel.observe;

import java.time.Duration;
import java.util.Optional;

/**
 * Receives paired events while migrations are applied (progress bars, metrics and logs are listeners). Every
 * method has a no-op default; an exception thrown here aborts the deploy like a crash of the process would.
 */
public interface Listener {
    Listener NONE = new Listener() {
    };

    /** {@code transactional}: the whole file runs as one script in one transaction (Prisma's way). */
    default void migrationStarted(String migration, boolean transactional) {
    }

    default void migrationFinished(String migration, Duration duration, boolean succeeded) {
    }

    /** {@code index} is 0-based within the file; in transactional mode the whole file is statement 0. */
    default void statementStarted(String migration, int index, String sql) {
    }

    /**
     * {@code rowsAffected}: the sum of the update counts PostgreSQL reported. {@code lockWait}: time the session
     * spent waiting for heavyweight locks during the statement, when it was measured.
     */
    default void statementFinished(String migration, int index, Duration duration, long rowsAffected,
                                   Optional<Duration> lockWait) {
    }

    /** A statement of a resumed non-transactional migration that is skipped because an earlier run finished it. */
    default void statementSkipped(String migration, int index, String reason) {
    }

    /**
     * A statement (in transactional mode the whole file, index 0) was refused a lock within {@code lock_timeout}
     * (SQLSTATE 55P03) and rolled back; deploy pauses {@code pause} and tries it again. {@code retry} counts from 1
     * up to {@code maxRetries}; {@code error} is the server's message.
     */
    default void lockRetry(String migration, int index, int retry, int maxRetries, Duration pause, String error) {
    }
}
