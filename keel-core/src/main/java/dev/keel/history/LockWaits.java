package dev.keel.history;

import java.time.Duration;

/**
 * What the deploy guard's lock retries cost one migration run, measured on the migration's own connection without
 * a second one: a refused attempt's time until PostgreSQL's {@code lock_timeout} cancelled it (55P03) is time spent
 * waiting for a lock (for a transactional file, the whole refused attempt: its statements before the blocked one
 * were rolled back with it), and the backoff pauses between attempts. A lock wait of an attempt that got its lock is
 * not in it (measuring that needs a second connection; see {@link LockWaitProbe}).
 *
 * @param retries  attempts refused for a lock and tried again
 * @param refused  attempts refused for a lock, including a last one that failed the migration
 * @param waited   time the refused attempts ran until refused
 * @param paused   time slept in backoff pauses between attempts
 */
public record LockWaits(int retries, int refused, Duration waited, Duration paused) {
    public static final LockWaits NONE = new LockWaits(0, 0, Duration.ZERO, Duration.ZERO);

    LockWaits refusedAfter(Duration d) {
        return new LockWaits(retries, refused + 1, waited.plus(d), paused);
    }

    LockWaits pausedFor(Duration d) {
        return new LockWaits(retries + 1, refused, waited, paused.plus(d));
    }

    /** Everything the retries cost: refused attempts and pauses. */
    public Duration lost() {
        return waited.plus(paused);
    }
}
