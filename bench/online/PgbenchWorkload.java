import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The workload as PostgreSQL's own {@code pgbench} (the default instrument): a custom script with the same mix as
 * {@link JavaWorkload} (60 % SELECT, 35 % UPDATE, 5 % INSERT by primary key, one statement per transaction,
 * prepared statements), {@code -R rate} so that latency counts from each transaction's scheduled start (no
 * coordinated omission), and a per-transaction log ({@code --log}) from which the bench computes p50/p99/max over
 * exactly the measured window. A C client costs the shared cores far less than the Java threads.
 *
 * <p>pgbench (15) counts serialization and deadlock errors as failed transactions ({@code --max-tries 1
 * --failures-detailed}) and <em>aborts a client</em> on any other error. So the app's timeout is applied to the
 * log (a transaction slower than it counts as failed; the sessions run without {@code statement_timeout}), and a
 * client that aborted (the plain rename: "column does not exist") is charged every transaction its schedule would
 * have started in the rest of the window ({@code notRun}). pgbench runs until stopped: the bench ends it by
 * terminating its sessions, after which it writes its logs and exits. A switch of column name is a rolling deploy:
 * a second pgbench with the new script starts, then the first one's sessions are terminated.
 */
final class PgbenchWorkload implements Workload {
    private static final Pattern ABORTED = Pattern.compile(
            "client (\\d+) (?:script \\d+ )?aborted in command \\d+.*?: (ERROR|FATAL): +(.*)");

    private final String pgbench;
    private final int port;
    private final int clients;
    private final long rows;
    private final int appTimeoutMs;
    private final double rate;
    private final Path dir;
    private final Connection admin;
    private final List<Run> runs = new ArrayList<>();
    private static int sequence;
    private final String version;

    private record Run(Process process, String appName, Path prefix, Path stderr, long startMillis) {
    }

    /** rate 0: closed loop. */
    PgbenchWorkload(String pgbench, int port, int clients, long rows, int appTimeoutMs, double rate, Path dir,
                    Connection admin) throws IOException, InterruptedException {
        this.pgbench = pgbench;
        this.port = port;
        this.clients = clients;
        this.rows = rows;
        this.appTimeoutMs = appTimeoutMs;
        this.rate = rate;
        this.dir = dir;
        this.admin = admin;
        Process p = new ProcessBuilder(pgbench, "--version").redirectErrorStream(true).start();
        this.version = new String(p.getInputStream().readAllBytes()).strip();
        p.waitFor();
    }

    /** The INSERTs' keys: far above the loaded rows, shared by every pgbench of the run. */
    static String setupSql(long rows) {
        return "CREATE SEQUENCE IF NOT EXISTS app_ids START " + (rows + 1_000_000);
    }

    static String script(String column, long rows) {
        return String.join("\n",
                "\\set id random(1, " + rows + ")",
                "\\set op random(1, 100)",
                "\\if :op <= 60",
                "SELECT " + column + ", amount, code FROM account WHERE id = :id;",
                "\\elif :op <= 95",
                "UPDATE account SET " + column + " = " + column + " + 1, amount = amount WHERE id = :id;",
                "\\else",
                "INSERT INTO account (id, owner_id, " + column + ", amount, code) SELECT n, 1 + n % 10000, 0, 1, 'c' || n "
                        + "FROM nextval('app_ids') AS n;",
                "\\endif", "");
    }

    @Override
    public String describe() {
        return version + ", " + clients + " clients (`-c " + clients + " -j " + threads() + " -M prepared`), custom "
                + "script (bench/online/PgbenchWorkload.java), per-transaction log; app timeout " + appTimeoutMs
                + " ms applied to the log";
    }

    private int threads() {
        return Math.min(clients, 2);
    }

    @Override
    public void start(String column) throws Exception {
        runs.add(launch(column, rate, 100_000));
        Thread.sleep(300);
    }

    private Run launch(String column, double tps, int seconds) throws IOException {
        int n = ++sequence;
        Path script = dir.resolve("script-" + n + ".sql");
        Files.writeString(script, script(column, rows));
        Path prefix = dir.resolve("log-" + n);
        Path err = dir.resolve("pgbench-" + n + ".err");
        List<String> cmd = new ArrayList<>(List.of(pgbench, "-h", "localhost", "-p", String.valueOf(port), "-U",
                "postgres", "-n", "-f", script.toString(), "-c", String.valueOf(clients), "-j",
                String.valueOf(threads()), "-M", "prepared", "-T", String.valueOf(seconds), "--max-tries", "1",
                "--failures-detailed", "--log", "--log-prefix", prefix.toString()));
        if (tps > 0) {
            cmd.addAll(List.of("-R", String.format(Locale.ROOT, "%.0f", tps)));
        }
        cmd.add("postgres");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(err.toFile());
        String app = "app-" + n;
        pb.environment().put("PGAPPNAME", app);
        if (OnlineBench.appOptions == null) {
            pb.environment().remove("PGOPTIONS");
        } else {
            pb.environment().put("PGOPTIONS", OnlineBench.appOptions);
        }
        return new Run(pb.start(), app, prefix, err, System.currentTimeMillis());
    }

    /** Closed-loop throughput of the same script for {@code seconds} (calibration). */
    double closedLoopTps(String column, int seconds) throws Exception {
        Run r = launch(column, 0, seconds);
        if (r.process().waitFor() != 0) {
            throw new IllegalStateException("pgbench failed: " + Files.readString(r.stderr()));
        }
        Matcher m = Pattern.compile("tps = ([0-9.]+)").matcher(Files.readString(r.stderr()));
        if (!m.find()) {
            throw new IllegalStateException("no tps in pgbench output: " + Files.readString(r.stderr()));
        }
        deleteLogs(r);
        return Double.parseDouble(m.group(1));
    }

    @Override
    public void switchColumn(String column) throws Exception {
        Run old = runs.get(runs.size() - 1);
        runs.add(launch(column, rate, 100_000));
        waitForSessions(runs.get(runs.size() - 1).appName());
        terminate(old.appName());
    }

    private void waitForSessions(String app) throws Exception {
        for (int i = 0; i < 500; i++) {
            try (Statement st = admin.createStatement();
                 var rs = st.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE application_name = '" + app
                         + "'")) {
                rs.next();
                if (rs.getInt(1) >= clients) {
                    return;
                }
            }
            Thread.sleep(10);
        }
    }

    private void terminate(String app) throws SQLException {
        try (Statement st = admin.createStatement()) {
            st.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = '" + app + "'");
        }
    }

    @Override
    public Samples stop(long from, long to) throws Exception {
        for (Run r : runs) {
            terminate(r.appName());
        }
        List<long[]> parts = new ArrayList<>();
        long failed = 0;
        long notRun = 0;
        String firstError = null;
        long timeoutNanos = appTimeoutMs * 1_000_000L;
        for (Run r : runs) {
            if (!r.process().waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                r.process().destroy();
                throw new IllegalStateException("pgbench did not stop: " + r.stderr());
            }
            // The last transaction each client ended (to date an abort).
            Map<Integer, Long> lastEnd = new HashMap<>();
            try (var logs = Files.list(dir)) {
                for (Path log : logs.filter(p -> p.getFileName().toString().startsWith(r.prefix().getFileName()
                        + ".")).toList()) {
                    long[] ends = new long[1 << 16];
                    long[] lat = new long[1 << 16];
                    int k = 0;
                    try (BufferedReader in = Files.newBufferedReader(log)) {
                        for (String line = in.readLine(); line != null; line = in.readLine()) {
                            String[] f = line.split(" ");
                            long end = Long.parseLong(f[4]) * 1000 + Long.parseLong(f[5]) / 1000;
                            lastEnd.merge(Integer.parseInt(f[0]), end, Math::max);
                            if (end < from || end > to) {
                                continue;
                            }
                            boolean ok = Character.isDigit(f[2].charAt(0));
                            long ns = ok ? Long.parseLong(f[2]) * 1000 : 0;
                            if (!ok) {
                                failed++;
                                firstError = firstError == null ? f[2] : firstError;
                            } else if (ns > timeoutNanos) {
                                failed++;
                                firstError = firstError == null ? "slower than the app timeout" : firstError;
                            }
                            if (k == ends.length) {
                                ends = Arrays.copyOf(ends, k * 2);
                                lat = Arrays.copyOf(lat, k * 2);
                            }
                            ends[k] = end;
                            lat[k++] = ns;
                        }
                    }
                    parts.add(Arrays.copyOf(ends, k));
                    parts.add(Arrays.copyOf(lat, k));
                }
            }
            // Clients that died of an error in the window (not of our termination at the end).
            for (String line : Files.readAllLines(r.stderr())) {
                Matcher m = ABORTED.matcher(line);
                if (m.find() && m.group(2).equals("ERROR")) {
                    long died = lastEnd.getOrDefault(Integer.parseInt(m.group(1)), r.startMillis());
                    if (died < to) {
                        notRun += Math.round(rate / clients * (to - Math.max(died, from)) / 1000.0);
                        firstError = firstError == null ? "client aborted: " + m.group(3) : firstError;
                    }
                }
            }
            deleteLogs(r);
        }
        int n = 0;
        for (int i = 0; i < parts.size(); i += 2) {
            n += parts.get(i).length;
        }
        long[] ends = new long[n];
        long[] lat = new long[n];
        int k = 0;
        for (int i = 0; i < parts.size(); i += 2) {
            System.arraycopy(parts.get(i), 0, ends, k, parts.get(i).length);
            System.arraycopy(parts.get(i + 1), 0, lat, k, parts.get(i).length);
            k += parts.get(i).length;
        }
        runs.clear();
        return Samples.of(ends, lat, failed + notRun, notRun, firstError);
    }

    private void deleteLogs(Run r) throws IOException {
        try (var logs = Files.list(dir)) {
            for (Path p : logs.filter(p -> p.getFileName().toString().startsWith(r.prefix().getFileName() + "."))
                    .toList()) {
                Files.delete(p);
            }
        }
    }
}
