/**
 * The application of bench/online: clients running the read/write mix on {@code account} at a fixed rate (open
 * loop) or as fast as they can (closed loop). {@link #start} begins it writing the balance through {@code column};
 * {@link #switchColumn} is a rolling deploy of the application to another column name (release 2 of the rename);
 * {@link #stop} ends it and returns what completed between the two instants (epoch milliseconds).
 */
interface Workload {
    void start(String column) throws Exception;

    void switchColumn(String column) throws Exception;

    Samples stop(long fromMillis, long toMillis) throws Exception;

    /** A one-line description for the report ("pgbench 15.18, 4 clients, ..."). */
    String describe();

    /**
     * Transactions that completed in the window. {@code latencyNanos}: all latencies sorted ascending (failed ones included with
     * the time they took); {@code failed}: errors, plus transactions slower than the app's timeout where the
     * instrument measured them without one; {@code notRun}: transactions a client that died could not start.
     */
    record Samples(long[] endMillis, long[] latencies, long[] latencyNanos, long failed, long notRun,
                   String firstError) {
        /** {@code endMillis[i]}, {@code latencies[i]}: when transaction i ended and how long it took. */
        static Samples of(long[] endMillis, long[] latencies, long failed, long notRun, String firstError) {
            long[] sorted = latencies.clone();
            java.util.Arrays.sort(sorted);
            return new Samples(endMillis, latencies, sorted, failed, notRun, firstError);
        }

        long tx() {
            return latencyNanos.length + notRun;
        }

        long pct(double p) {
            if (latencyNanos.length == 0) {
                return 0;
            }
            return latencyNanos[Math.min(latencyNanos.length - 1, (int) Math.ceil(p * latencyNanos.length) - 1)];
        }

        long max() {
            return latencyNanos.length == 0 ? 0 : latencyNanos[latencyNanos.length - 1];
        }

        long over(long nanos) {
            long n = 0;
            for (int i = latencyNanos.length - 1; i >= 0 && latencyNanos[i] > nanos; i--) {
                n++;
            }
            return n;
        }
    }
}
