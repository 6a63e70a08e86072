package dev.keel.history;

import dev.keel.api.ErrorCode;
import dev.keel.api.KeelException;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How a deploy protects the application from its own DDL: every migration statement waits at most
 * {@code lockTimeout} for a table lock (so a statement queued behind a long transaction does not, in turn, block
 * every reader and writer queued behind it), runs at most {@code statementTimeout}, and a statement refused for a
 * lock ({@code 55P03}) is tried again up to {@code lockRetries} times after an exponentially growing, jittered pause.
 *
 * <p>Statements that build or check without blocking reads and writes ({@code CREATE/DROP INDEX CONCURRENTLY},
 * {@code REINDEX CONCURRENTLY}, {@code ALTER TABLE … VALIDATE CONSTRAINT}) may legitimately run for hours, so they run
 * with {@code longStatementTimeout} instead; the concurrent builds also run without a lock timeout, because they
 * wait by design for every older transaction to end and their waits block no reader or writer.
 *
 * @param lockTimeout          PostgreSQL {@code lock_timeout} for migration statements; zero = wait forever
 * @param statementTimeout     {@code statement_timeout} for ordinary statements (a transactional file counts as one);
 *                             zero = none
 * @param longStatementTimeout {@code statement_timeout} for the long-running kinds above; zero = none
 * @param lockRetries          how many times a statement refused with 55P03 is tried again (0 = fail at once)
 * @param firstBackoff         pause before the first retry; each later pause doubles, up to {@code maxBackoff}
 * @param maxBackoff           longest pause between two attempts
 */
public record DeployGuard(Duration lockTimeout, Duration statementTimeout, Duration longStatementTimeout,
                          int lockRetries, Duration firstBackoff, Duration maxBackoff) {
    public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofSeconds(2);
    public static final Duration DEFAULT_STATEMENT_TIMEOUT = Duration.ofHours(1);
    public static final int DEFAULT_LOCK_RETRIES = 5;

    /** 2 s lock timeout, 1 h per statement (none for concurrent builds and VALIDATE), 5 retries from 0.5 s to 10 s. */
    public static final DeployGuard DEFAULT = new DeployGuard(DEFAULT_LOCK_TIMEOUT, DEFAULT_STATEMENT_TIMEOUT,
            Duration.ZERO, DEFAULT_LOCK_RETRIES, Duration.ofMillis(500), Duration.ofSeconds(10));

    public DeployGuard {
        for (Duration d : new Duration[] {lockTimeout, statementTimeout, longStatementTimeout, firstBackoff, maxBackoff}) {
            if (d.isNegative()) {
                throw new KeelException(ErrorCode.USAGE, "Deploy timeouts and pauses must not be negative (got "
                        + d.toMillis() + " ms).");
            }
        }
        if (lockRetries < 0) {
            throw new KeelException(ErrorCode.USAGE, "The number of lock retries must not be negative (got "
                    + lockRetries + ").");
        }
    }

    public DeployGuard withLockTimeout(Duration d) {
        return new DeployGuard(d, statementTimeout, longStatementTimeout, lockRetries, firstBackoff, maxBackoff);
    }

    public DeployGuard withStatementTimeout(Duration d) {
        return new DeployGuard(lockTimeout, d, longStatementTimeout, lockRetries, firstBackoff, maxBackoff);
    }

    public DeployGuard withLockRetries(int n) {
        return new DeployGuard(lockTimeout, statementTimeout, longStatementTimeout, n, firstBackoff, maxBackoff);
    }

    public DeployGuard withBackoff(Duration first, Duration max) {
        return new DeployGuard(lockTimeout, statementTimeout, longStatementTimeout, lockRetries, first, max);
    }

    /**
     * The pause before retry number {@code retry} (1-based): "equal jitter", half the exponential step plus a random
     * part of the other half, so deployers that collided do not retry in lockstep yet each still backs off.
     */
    public Duration backoff(int retry) {
        long step = firstBackoff.toMillis() << Math.min(retry - 1, 20);
        long capped = Math.min(step, maxBackoff.toMillis());
        long half = capped / 2;
        return Duration.ofMillis(half + (half == 0 ? 0 : ThreadLocalRandom.current().nextLong(half + 1)));
    }

    /** Builds or drops that wait for older transactions by design and block no reader or writer while they do. */
    public static boolean isConcurrent(SqlStatement s) {
        return s.startsWith("CREATE", "INDEX", "CONCURRENTLY") || s.startsWith("CREATE", "UNIQUE", "INDEX", "CONCURRENTLY")
                || s.startsWith("DROP", "INDEX", "CONCURRENTLY")
                || (s.word(0).equals("REINDEX") && s.words().contains("CONCURRENTLY"));
    }

    /** Statements that may run for hours on a big table without blocking reads and writes. */
    public static boolean isLongRunning(SqlStatement s) {
        if (isConcurrent(s)) {
            return true;
        }
        if (!s.startsWith("ALTER", "TABLE")) {
            return false;
        }
        for (int i = 2; i + 1 < s.words().size(); i++) {
            if (s.words().get(i).equals("VALIDATE") && s.words().get(i + 1).equals("CONSTRAINT")) {
                return true;
            }
        }
        return false;
    }
}
