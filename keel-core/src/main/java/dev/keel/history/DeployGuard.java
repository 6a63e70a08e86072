package dev.keel.history;

import dev.keel.api.ErrorCode;
import dev.keel.api.KeelException;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How a deploy protects the application from its own DDL: every migration statement waits at most
 * {@code lockTimeout} for a table lock (its first attempts less, see {@link #lockTimeout(int)}) (so a statement queued behind a long transaction does not, in turn, block
 * every reader and writer queued behind it), runs at most {@code statementTimeout}, and a statement refused for a
 * lock ({@code 55P03}) is tried again up to {@code lockRetries} times after an exponentially growing, jittered pause.
 *
 * <p>Statements that build or check without blocking reads and writes ({@code CREATE/DROP INDEX CONCURRENTLY},
 * {@code REINDEX CONCURRENTLY}, {@code ALTER TABLE … VALIDATE CONSTRAINT}) may legitimately run for hours, so they run
 * with {@code longStatementTimeout} instead; the concurrent builds also run without a lock timeout, because they
 * wait by design for every older transaction to end and their waits block no reader or writer.
 *
 * <p>Those same statements run with PostgreSQL's {@code max_parallel_maintenance_workers} set to
 * {@code maintenanceWorkers} for the statement only (the server's value is restored for the next one). A concurrent
 * build holds no lock that blocks the application, so its duration is cheap but its CPU is not: by default (0) it
 * runs in one backend and leaves the other cores to the application's queries. Teams with many idle cores raise it
 * to build faster. (PostgreSQL's {@code VALIDATE CONSTRAINT} scan is serial today; it gets the setting too, so a
 * parallel validation in a later release is held to the same budget.)
 *
 * <p>A lock request that waits longer than {@code deadlock_timeout} runs PostgreSQL's deadlock check, and that check
 * is also what cancels an autovacuum (not one preventing wraparound) that blocks the request. On a busy table
 * autovacuum often holds its lock when a migration's {@code ALTER TABLE} arrives; with the server's default of 1 s
 * the application's queries queue behind the waiting ALTER for that whole second. The migration session therefore
 * sets {@code deadlockTimeout} (default 50 ms) when it may: superusers, and from PostgreSQL 15 roles granted
 * {@code SET ON PARAMETER deadlock_timeout}; for others the server's value stays.
 *
 * @param lockTimeout          PostgreSQL {@code lock_timeout} for migration statements; zero = wait forever
 * @param statementTimeout     {@code statement_timeout} for ordinary statements (a transactional file counts as one);
 *                             zero = none
 * @param longStatementTimeout {@code statement_timeout} for the long-running kinds above; zero = none
 * @param lockRetries          how many times a statement refused with 55P03 is tried again (0 = fail at once)
 * @param firstBackoff         pause before the first retry; each later pause doubles, up to {@code maxBackoff}
 * @param maxBackoff           longest pause between two attempts
 * @param maintenanceWorkers   {@code max_parallel_maintenance_workers} for concurrent builds and VALIDATE
 * @param deadlockTimeout      {@code deadlock_timeout} of the migration session; zero = the server's
 */
public record DeployGuard(Duration lockTimeout, Duration statementTimeout, Duration longStatementTimeout,
                          int lockRetries, Duration firstBackoff, Duration maxBackoff, int maintenanceWorkers,
                          Duration deadlockTimeout) {
    public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofSeconds(2);
    public static final Duration DEFAULT_STATEMENT_TIMEOUT = Duration.ofHours(1);
    public static final int DEFAULT_LOCK_RETRIES = 5;
    /** Gentle: a concurrent build takes one core, not three. */
    public static final int DEFAULT_MAINTENANCE_WORKERS = 0;
    /** Long enough to pass over a brief wait, short enough that an autovacuum in the way stalls nobody for long. */
    public static final Duration DEFAULT_DEADLOCK_TIMEOUT = Duration.ofMillis(50);
    /** PostgreSQL's own upper bound for the setting. */
    public static final int MAX_MAINTENANCE_WORKERS = 1024;

    /**
     * 2 s lock timeout, 1 h per statement (none for concurrent builds and VALIDATE), 5 retries from 0.5 s to 10 s,
     * concurrent builds without parallel workers, a blocking autovacuum cancelled after 50 ms.
     */
    public static final DeployGuard DEFAULT = new DeployGuard(DEFAULT_LOCK_TIMEOUT, DEFAULT_STATEMENT_TIMEOUT,
            Duration.ZERO, DEFAULT_LOCK_RETRIES, Duration.ofMillis(500), Duration.ofSeconds(10),
            DEFAULT_MAINTENANCE_WORKERS, DEFAULT_DEADLOCK_TIMEOUT);

    public DeployGuard {
        for (Duration d : new Duration[] {lockTimeout, statementTimeout, longStatementTimeout, firstBackoff, maxBackoff,
            deadlockTimeout}) {
            if (d.isNegative()) {
                throw new KeelException(ErrorCode.USAGE, "Deploy timeouts and pauses must not be negative (got "
                        + d.toMillis() + " ms).");
            }
        }
        if (lockRetries < 0) {
            throw new KeelException(ErrorCode.USAGE, "The number of lock retries must not be negative (got "
                    + lockRetries + ").");
        }
        if (maintenanceWorkers < 0 || maintenanceWorkers > MAX_MAINTENANCE_WORKERS) {
            throw new KeelException(ErrorCode.USAGE, "max_parallel_maintenance_workers must be between 0 and "
                    + MAX_MAINTENANCE_WORKERS + " (got " + maintenanceWorkers + ").");
        }
    }

    public DeployGuard withLockTimeout(Duration d) {
        return new DeployGuard(d, statementTimeout, longStatementTimeout, lockRetries, firstBackoff, maxBackoff,
                maintenanceWorkers, deadlockTimeout);
    }

    public DeployGuard withStatementTimeout(Duration d) {
        return new DeployGuard(lockTimeout, d, longStatementTimeout, lockRetries, firstBackoff, maxBackoff,
                maintenanceWorkers, deadlockTimeout);
    }

    public DeployGuard withLockRetries(int n) {
        return new DeployGuard(lockTimeout, statementTimeout, longStatementTimeout, n, firstBackoff, maxBackoff,
                maintenanceWorkers, deadlockTimeout);
    }

    public DeployGuard withBackoff(Duration first, Duration max) {
        return new DeployGuard(lockTimeout, statementTimeout, longStatementTimeout, lockRetries, first, max,
                maintenanceWorkers, deadlockTimeout);
    }

    /** {@code max_parallel_maintenance_workers} for concurrent builds and VALIDATE CONSTRAINT. */
    public DeployGuard withMaintenanceWorkers(int n) {
        return new DeployGuard(lockTimeout, statementTimeout, longStatementTimeout, lockRetries, firstBackoff,
                maxBackoff, n, deadlockTimeout);
    }

    /** {@code deadlock_timeout} for the migration session (zero: the server's). */
    public DeployGuard withDeadlockTimeout(Duration d) {
        return new DeployGuard(lockTimeout, statementTimeout, longStatementTimeout, lockRetries, firstBackoff,
                maxBackoff, maintenanceWorkers, d);
    }

    /**
     * The {@code lock_timeout} of attempt {@code attempt} (0 = the first): a sixteenth of {@code lockTimeout} (at
     * least 100 ms), doubling with each retry up to {@code lockTimeout} (2 s: 125, 250, 500, 1000, 2000, 2000 ms).
     * While a migration statement waits for its lock, every query that needs a conflicting lock waits behind it;
     * most blockers are brief (a short transaction, an autoanalyze), so a short first wait costs the application
     * little, and only a blocker that outlasts the short attempts gets the full {@code lockTimeout}.
     */
    public Duration lockTimeout(int attempt) {
        if (lockTimeout.isZero()) {
            return lockTimeout;
        }
        long first = Math.max(lockTimeout.toMillis() / 16, 100);
        long ms = first << Math.min(attempt, 20);
        return ms >= lockTimeout.toMillis() ? lockTimeout : Duration.ofMillis(ms);
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

    /**
     * Statements whose CPU the guard budgets with {@code maintenanceWorkers}: the builds that block nobody (a
     * concurrent drop builds nothing) and constraint validation.
     */
    public static boolean isBackgroundBuild(SqlStatement s) {
        return isLongRunning(s) && !s.startsWith("DROP", "INDEX", "CONCURRENTLY");
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
