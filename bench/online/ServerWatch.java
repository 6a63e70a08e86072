import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What the server and the machine did during one measured window, sampled every 20 ms on its own connection:
 * <ul>
 *   <li>lock waits: sessions waiting on a heavyweight lock and who blocks them ({@code pg_blocking_pids}), the
 *   longest wait per (waiter, blocker) pair — which statement made the application wait, and for what;</li>
 *   <li>wait events of the application's active sessions, of the migration and of autovacuum
 *   ({@code pg_stat_activity}; no wait event = on CPU or runnable), and whether a checkpoint was writing;</li>
 *   <li>runnable tasks on the machine ({@code procs_running} in /proc/stat) and CPU time split (/proc/stat);</li>
 *   <li>counters between the start and end of the window: {@code pg_stat_wal}, {@code pg_stat_checkpointer},
 *   {@code pg_stat_bgwriter}, {@code pg_stat_io} of client backends;</li>
 *   <li>a per-second timeline of all that, written next to the per-second latency (see {@link #writeTimeline}).</li>
 * </ul>
 */
final class ServerWatch implements Runnable {
    private final Connection c;
    /** For the window's start and end counters, read on the main thread. */
    private final Connection main;
    private final AtomicBoolean stop = new AtomicBoolean();
    private final Map<String, Double> longest = new LinkedHashMap<>();
    /** group ("app", "migration", "autovacuum") → wait event → samples, over the window. */
    private final Map<String, Map<String, Integer>> waits = new TreeMap<>();
    private final TreeMap<Long, Second> seconds = new TreeMap<>();
    private volatile long from = Long.MAX_VALUE;
    private volatile long to = Long.MAX_VALUE;
    private Counters start;
    private Counters end;
    private Thread thread;
    private int samples;
    private long runnableSum;
    private int checkpointSamples;

    /** One second of the timeline. */
    static final class Second {
        int samples;
        long runnable;
        int checkpointing;
        int appActive;
        int appCpu;
        int appLock;
        int appLwlockOrIo;
        int migrationActive;
        int migrationIo;
        String topAppWait = "";
        Counters counters;
    }

    record Counters(long millis, double walBytes, long walRecords, long walFpi, long walBuffersFull, long walWrite,
                    long walSync, double walWriteMs, double walSyncMs, long ckptTimed, long ckptRequested,
                    long ckptBuffers, long bgClean, long bgAlloc, long ioReads, long ioWrites, long ioEvictions,
                    long ioExtends, long ioFsyncs, long[] cpu, long diskWriteBytes) {
    }

    ServerWatch(Connection sampler, Connection main) {
        this.c = sampler;
        this.main = main;
    }

    void start() {
        thread = new Thread(this, "server-watch");
        thread.start();
    }

    void window(long fromMillis, long toMillis) {
        this.from = fromMillis;
        this.to = toMillis;
    }

    void startWindow() throws SQLException, IOException {
        start = counters(main);
        from = start.millis();
    }

    void endWindow() throws SQLException, IOException {
        end = counters(main);
        to = end.millis();
    }

    void stop() throws InterruptedException {
        stop.set(true);
        thread.join();
    }

    @Override
    public void run() {
        try (Statement st = c.createStatement()) {
            long lastSecond = 0;
            while (!stop.get()) {
                long now = System.currentTimeMillis();
                boolean in = now >= from && now <= to;
                long runnable = procsRunning();
                Second sec = null;
                if (in) {
                    samples++;
                    runnableSum += runnable;
                    long s = (now - from) / 1000;
                    sec = seconds.computeIfAbsent(s, k -> new Second());
                    sec.samples++;
                    sec.runnable += runnable;
                    if (s != lastSecond || sec.counters == null) {
                        lastSecond = s;
                        if (sec.counters == null) {
                            sec.counters = counters(c);
                        }
                    }
                }
                try (ResultSet rs = st.executeQuery("SELECT w.application_name LIKE 'app%', w.backend_type, "
                        // Since the lock wait began (pg_locks.waitstart), not the statement: a backfill CALL
                        // runs for minutes and waits for a row now and then.
                        + "left(w.query, 80), extract(epoch FROM clock_timestamp() - coalesce((SELECT "
                        + "min(l.waitstart) FROM pg_locks l WHERE l.pid = w.pid AND NOT l.granted), w.query_start)), "
                        + "b.application_name LIKE 'app%', b.backend_type, left(b.query, 80) "
                        + "FROM pg_stat_activity w CROSS JOIN LATERAL unnest(pg_blocking_pids(w.pid)) AS bp(pid) "
                        + "JOIN pg_stat_activity b ON b.pid = bp.pid WHERE w.wait_event_type = 'Lock'")) {
                    while (rs.next()) {
                        String key = who(rs.getBoolean(1), rs.getString(2), rs.getString(3)) + " waited for "
                                + who(rs.getBoolean(5), rs.getString(6), rs.getString(7));
                        longest.merge(key, rs.getDouble(4), Math::max);
                    }
                }
                if (in) {
                    Map<String, Integer> appWaits = new LinkedHashMap<>();
                    try (ResultSet rs = st.executeQuery("SELECT CASE WHEN application_name LIKE 'app%' THEN 'app' "
                            + "WHEN backend_type = 'client backend' THEN 'migration' WHEN backend_type = "
                            + "'autovacuum worker' THEN 'autovacuum' ELSE backend_type END, "
                            + "coalesce(wait_event_type || ':' || wait_event, 'CPU'), state "
                            + "FROM pg_stat_activity WHERE pid <> pg_backend_pid() AND (state = 'active' "
                            + "OR backend_type IN ('checkpointer', 'autovacuum worker', 'parallel worker'))")) {
                        while (rs.next()) {
                            String group = rs.getString(1);
                            String wait = rs.getString(2);
                            if (group.equals("checkpointer")) {
                                if (!wait.equals("Activity:CheckpointerMain")) {
                                    checkpointSamples++;
                                    sec.checkpointing++;
                                }
                                continue;
                            }
                            if (!"active".equals(rs.getString(3)) && !group.equals("autovacuum")) {
                                continue;
                            }
                            waits.computeIfAbsent(group, k -> new TreeMap<>()).merge(wait, 1, Integer::sum);
                            if (group.equals("app")) {
                                sec.appActive++;
                                appWaits.merge(wait, 1, Integer::sum);
                                if (wait.equals("CPU")) {
                                    sec.appCpu++;
                                } else if (wait.startsWith("Lock:")) {
                                    sec.appLock++;
                                } else {
                                    sec.appLwlockOrIo++;
                                }
                            } else if (group.equals("migration")) {
                                sec.migrationActive++;
                                if (!wait.equals("CPU")) {
                                    sec.migrationIo++;
                                }
                            }
                        }
                    }
                    if (!appWaits.isEmpty()) {
                        String top = appWaits.entrySet().stream().filter(e -> !e.getKey().equals("CPU"))
                                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
                        if (!top.isEmpty()) {
                            sec.topAppWait = top;
                        }
                    }
                }
                Thread.sleep(20);
            }
        } catch (SQLException | InterruptedException | IOException e) {
            OnlineBench.log("server watch stopped: " + e);
        }
    }

    private static long procsRunning() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/stat"))) {
            if (line.startsWith("procs_running ")) {
                return Long.parseLong(line.substring(14).strip());
            }
        }
        return 0;
    }

    /** user, nice, system, idle, iowait, irq, softirq, steal (jiffies). */
    private static long[] cpu() throws IOException {
        String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
        long[] v = new long[8];
        for (int i = 0; i < 8; i++) {
            v[i] = Long.parseLong(f[i + 1]);
        }
        return v;
    }

    /**
     * {@code pg_stat_wal}'s record/FPI/sync counters lag in the same way (they count a build's WAL when the build
     * ends); the syncs and their time are the application's commits and the WAL writer's, which report promptly.
     */
    private static Counters counters(Connection c) throws SQLException, IOException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT "
                // WAL bytes from the insert position, not pg_stat_wal: a backend reports its counters only when it
                // goes idle, so a build's or a CALL's WAL would show up at its end, not when it was written.
                + "pg_wal_lsn_diff(pg_current_wal_insert_lsn(), '0/0'), w.wal_records, "
                + "w.wal_fpi, w.wal_buffers_full, w.wal_write, w.wal_sync, w.wal_write_time, w.wal_sync_time, "
                + "k.num_timed, k.num_requested, k.buffers_written, b.buffers_clean, b.buffers_alloc, "
                + "io.reads, io.writes, io.evictions, io.extends, io.fsyncs "
                + "FROM pg_stat_wal w, pg_stat_checkpointer k, pg_stat_bgwriter b, (SELECT coalesce(sum(reads), 0) "
                + "reads, coalesce(sum(writes), 0) writes, coalesce(sum(evictions), 0) evictions, "
                + "coalesce(sum(extends), 0) extends, coalesce(sum(fsyncs), 0) fsyncs FROM pg_stat_io "
                + "WHERE backend_type = 'client backend') io")) {
            rs.next();
            return new Counters(System.currentTimeMillis(), rs.getDouble(1), rs.getLong(2), rs.getLong(3),
                    rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getDouble(7), rs.getDouble(8), rs.getLong(9),
                    rs.getLong(10), rs.getLong(11), rs.getLong(12), rs.getLong(13), rs.getLong(14), rs.getLong(15),
                    rs.getLong(16), rs.getLong(17), rs.getLong(18), cpu(), diskWriteBytes());
        }
    }

    /** Bytes written to the machine's disks (/proc/diskstats, whole disks only: vd*, sd*, nvme*n*). */
    private static long diskWriteBytes() throws IOException {
        long sectors = 0;
        for (String line : Files.readAllLines(Path.of("/proc/diskstats"))) {
            String[] f = line.trim().split("\\s+");
            if (f.length > 9 && f[2].matches("(vd|sd|xvd)[a-z]+|nvme\\d+n\\d+")) {
                sectors += Long.parseLong(f[9]);
            }
        }
        return sectors * 512;
    }


    private static String who(boolean app, String type, String query) {
        if (app) {
            return "the app";
        }
        String q = query == null ? "" : query.replaceAll("\\s+", " ").strip();
        return ("client backend".equals(type) ? "migration" : type) + " `" + q + "`";
    }

    /** The longest heavyweight-lock wait of an application session that the sampler saw, in ms (0: none). */
    long longestAppLockWaitMs() {
        return Math.round(1000 * longest.entrySet().stream().filter(e -> e.getKey().startsWith("the app "))
                .mapToDouble(Map.Entry::getValue).max().orElse(0));
    }

    /** Lock waits of 100 ms or more, longest first. */
    List<String> lockWaits(String label) {
        List<String> out = new ArrayList<>();
        longest.entrySet().stream().filter(e -> e.getValue() >= 0.1)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(4)
                .forEach(e -> out.add(String.format(Locale.ROOT, "%s: %s, %.0f ms", label, e.getKey(),
                        e.getValue() * 1000)));
        return out;
    }

    /** Busy and iowait percent of the machine's CPU time between two /proc/stat readings. */
    private static double[] busy(long[] a, long[] b) {
        long[] d = new long[8];
        long total = 0;
        for (int i = 0; i < 8; i++) {
            d[i] = b[i] - a[i];
            total += d[i];
        }
        total = Math.max(1, total);
        return new double[] {100.0 * (total - d[3] - d[4]) / total, 100.0 * d[4] / total};
    }

    /** One markdown table row of what the window cost the server. */
    String diagnosticsRow(String label) {
        long[] d = new long[8];
        for (int i = 0; i < 8; i++) {
            d[i] = end.cpu()[i] - start.cpu()[i];
        }
        long total = Math.max(1, java.util.Arrays.stream(d).sum());
        double busy = 100.0 * (total - d[3] - d[4]) / total;
        double seconds = (end.millis() - start.millis()) / 1000.0;
        return String.format(Locale.ROOT, "| %s | %.0f %% | %.0f %% | %.1f | %.0f | %.0f | %d | %d | %d | %.0f | %d+%d "
                        + "| %.0f %% | %d | %d | %s | %s |", label, busy, 100.0 * d[4] / total,
                samples == 0 ? 0.0 : (double) runnableSum / samples,
                (end.diskWriteBytes() - start.diskWriteBytes()) / 1e6 / seconds,
                (end.walBytes() - start.walBytes()) / 1e6 / seconds, end.walFpi() - start.walFpi(),
                end.walBuffersFull() - start.walBuffersFull(), end.walSync() - start.walSync(),
                end.walSyncMs() - start.walSyncMs(), end.ckptTimed() - start.ckptTimed(),
                end.ckptRequested() - start.ckptRequested(), samples == 0 ? 0.0 : 100.0 * checkpointSamples / samples,
                end.ioWrites() - start.ioWrites(), end.ioReads() - start.ioReads(), top("app"), top("migration"));
    }

    static String diagnosticsHeader() {
        return "| run | CPU busy | iowait | runnable (avg) | disk writes MB/s (machine) | WAL MB/s | FPI | wal_buffers_full | WAL syncs | WAL sync ms "
                + "| checkpoints (timed+req) | checkpointer writing | backend writes | backend reads | app's active "
                + "samples | migration's samples |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: "
                + "| ---: | ---: | ---: | --- | --- |";
    }

    private String top(String group) {
        Map<String, Integer> m = waits.getOrDefault(group, Map.of());
        int total = m.values().stream().mapToInt(Integer::intValue).sum();
        if (total == 0) {
            return "–";
        }
        return m.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(3)
                .map(e -> String.format(Locale.ROOT, "%s %.0f%%", e.getKey(), 100.0 * e.getValue() / total))
                .reduce((a, b) -> a + ", " + b).orElse("–") + " (n=" + total + ")";
    }

    /**
     * Per second of the window: transactions, p99 and max latency (ms), runnable tasks, WAL MB, FPI, whether the
     * checkpointer was writing, the application's sampled states.
     */
    void writeTimeline(Path file, Workload.Samples s) throws IOException {
        TreeMap<Long, List<Long>> lat = new TreeMap<>();
        for (int i = 0; i < s.endMillis().length; i++) {
            lat.computeIfAbsent((s.endMillis()[i] - from) / 1000, k -> new ArrayList<>()).add(s.latencies()[i]);
        }
        StringBuilder out = new StringBuilder("second\ttx\tp99_ms\tmax_ms\tcpu_busy\tiowait\trunnable\tdisk_mb\twal_mb\tfpi\twal_syncs\t"
                + "wal_sync_ms\tckpt_writing\tapp_active\tapp_cpu\tapp_lock\tapp_lwlock_io\tapp_top_wait\t"
                + "migration_active\tmigration_io\tbackend_writes\n");
        Counters prev = start;
        for (Map.Entry<Long, Second> e : seconds.entrySet()) {
            Second sec = e.getValue();
            Map.Entry<Long, Second> next = seconds.higherEntry(e.getKey());
            Counters to = next == null ? end : next.getValue().counters;
            Counters at = sec.counters == null ? prev : sec.counters;
            List<Long> l = lat.getOrDefault(e.getKey(), List.of());
            long[] sorted = l.stream().mapToLong(Long::longValue).sorted().toArray();
            double p99 = sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1,
                    (int) Math.ceil(0.99 * sorted.length) - 1)] / 1e6;
            double max = sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6;
            double[] busy = to == null ? new double[2] : busy(at.cpu(), to.cpu());
            out.append(String.format(Locale.ROOT, "%d\t%d\t%.2f\t%.2f\t%.0f\t%.0f\t%.2f\t%.1f\t%.1f\t%d\t%d\t%.0f\t%d\t%d\t%d\t%d\t%d\t%s\t"
                            + "%d\t%d\t%d\n", e.getKey(), sorted.length, p99, max, busy[0], busy[1],
                    sec.samples == 0 ? 0.0 : (double) sec.runnable / sec.samples,
                    to == null ? 0 : (to.diskWriteBytes() - at.diskWriteBytes()) / 1e6,
                    to == null ? 0 : (to.walBytes() - at.walBytes()) / 1e6, to == null ? 0 : to.walFpi() - at.walFpi(),
                    to == null ? 0 : to.walSync() - at.walSync(), to == null ? 0 : to.walSyncMs() - at.walSyncMs(),
                    sec.checkpointing, sec.appActive, sec.appCpu, sec.appLock, sec.appLwlockOrIo,
                    sec.topAppWait.isEmpty() ? "-" : sec.topAppWait, sec.migrationActive, sec.migrationIo,
                    to == null ? 0 : to.ioWrites() - at.ioWrites()));
            prev = to == null ? prev : to;
        }
        Files.writeString(file, out);
    }
}
