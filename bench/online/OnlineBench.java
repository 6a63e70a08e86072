import dev.keel.diff.Differ;
import dev.keel.diff.Migration;
import dev.keel.introspect.Introspector;
import dev.keel.safety.expand.ColumnPlans;
import dev.keel.safety.expand.ExpandContractPlan;
import dev.keel.safety.plan.PlannedMigration;
import dev.keel.safety.plan.SafePlan;
import dev.keel.safety.plan.SafePlanner;
import dev.keel.schema.QualifiedName;
import dev.keel.schema.Schema;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * bench/online: schema changes on a large table under a read/write workload, on a dedicated PostgreSQL 17
 * (zonky, default durability settings). For each change it measures the application's transactions while
 * (a) Prisma's plain SQL runs, and (b) Keel's safe plan runs, and once with no migration (idle).
 * Usage: OnlineBench [--rows N] [--clients N] [--idle-seconds N] [--lock-timeout-ms N] [--app-timeout-ms N]
 * [--backfill-batch N] [--nice-ratio R] [--maintenance-workers N] [--rate TPS | --closed-loop] [--calibrate-seconds N]
 *
 * <p>Open loop by default (like {@code pgbench -R}): each client runs its share of a fixed rate on a Poisson
 * schedule, and a transaction's latency counts from its scheduled start, so a client held up by a lock reports
 * every transaction it could not start on time (no coordinated omission). The rate defaults to half the throughput
 * of a short closed-loop calibration run at the start. {@code --closed-loop}: each client starts its next
 * transaction when the last one ends (the saturating workload of the first runs).
 */
public final class OnlineBench {
    static long rows = 5_000_000;
    static int clients = 4;
    static int idleSeconds = 20;
    static int lockTimeoutMs = 2000;
    static int appTimeoutMs = 5000;
    static String url;
    /** null: the generated CALL's default (1,000 rows). */
    static Integer backfillBatch;
    /** null: the generated CALL's default. */
    static String niceRatio;
    /** null: Keel's default deploy guard value. */
    static Integer maintenanceWorkers;
    static boolean openLoop = true;
    /** Total transactions per second over all clients (open loop); 0 = half the calibrated throughput. */
    static double rate;
    static int calibrateSeconds = 3;
    static java.nio.file.Path migrations;
    static dev.keel.api.Keel keel;
    static java.time.LocalDateTime clock = java.time.LocalDateTime.of(2026, 1, 1, 0, 0);
    static final Properties PROPS = new Properties();
    /** The application's sessions, told apart from Keel's and PostgreSQL's in pg_stat_activity. */
    static final Properties APP_PROPS = new Properties();
    static long idleP99;
    static String workloadLine;
    static String guardLine;
    static final List<String> lockWaits = new ArrayList<>();

    /** The application's column for the balance (release 2 of the rename switches it). */
    static volatile String balanceColumn = "balance";

    record Change(String name, String ddl) {
    }

    static final String S0 = """
            CREATE TABLE owner (id integer NOT NULL, name text NOT NULL, CONSTRAINT owner_pkey PRIMARY KEY (id));
            CREATE TABLE account (id bigint NOT NULL, owner_id integer NOT NULL, balance integer NOT NULL DEFAULT 0,
                amount integer, code text, note text, CONSTRAINT account_pkey PRIMARY KEY (id));
            """;

    static final List<Change> CHANGES = List.of(
            new Change("add index", "CREATE INDEX account_amount_idx ON account (amount);"),
            new Change("add foreign key", "ALTER TABLE account ADD CONSTRAINT account_owner_id_fkey FOREIGN KEY "
                    + "(owner_id) REFERENCES owner (id) ON DELETE RESTRICT ON UPDATE CASCADE;"),
            new Change("add NOT NULL column with default",
                    "ALTER TABLE account ADD COLUMN flag boolean NOT NULL DEFAULT false;"),
            new Change("set NOT NULL on existing column", "ALTER TABLE account ALTER COLUMN amount SET NOT NULL;"),
            new Change("add unique", "CREATE UNIQUE INDEX account_code_key ON account (code);"));

    public static void main(String[] args) throws Exception {
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--rows" -> rows = Long.parseLong(args[++i]);
                case "--clients" -> clients = Integer.parseInt(args[++i]);
                case "--idle-seconds" -> idleSeconds = Integer.parseInt(args[++i]);
                case "--lock-timeout-ms" -> lockTimeoutMs = Integer.parseInt(args[++i]);
                case "--app-timeout-ms" -> appTimeoutMs = Integer.parseInt(args[++i]);
                case "--backfill-batch" -> backfillBatch = Integer.parseInt(args[++i]);
                case "--nice-ratio" -> niceRatio = args[++i];
                case "--maintenance-workers" -> maintenanceWorkers = Integer.parseInt(args[++i]);
                case "--rate" -> rate = Double.parseDouble(args[++i]);
                case "--closed-loop" -> openLoop = false;
                case "--calibrate-seconds" -> calibrateSeconds = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        long t0 = System.nanoTime();
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setServerConfig("max_connections", "50")
                .setServerConfig("max_wal_size", "4GB").start()) {
            url = "jdbc:postgresql://localhost:" + pg.getPort() + "/postgres";
            PROPS.setProperty("user", "postgres");
            APP_PROPS.putAll(PROPS);
            APP_PROPS.setProperty("ApplicationName", "app");
            String version;
            try (Connection c = connect(); Statement st = c.createStatement()) {
                try (ResultSet rs = st.executeQuery("SHOW server_version")) {
                    rs.next();
                    version = rs.getString(1);
                }
                log("PostgreSQL " + version + "; loading " + rows + " rows...");
                st.execute("CREATE DATABASE scratch");
                st.execute(S0);
                st.execute("INSERT INTO owner SELECT g, 'owner ' || g FROM generate_series(1, 10000) g");
                st.execute("ALTER TABLE account SET (autovacuum_enabled = false)");
                st.execute("INSERT INTO account (id, owner_id, balance, amount, code, note) SELECT g, 1 + g % 10000,"
                        + " g % 1000, g % 5000, 'c' || g, 'note ' || g FROM generate_series(1, " + rows + ") g");
                st.execute("ALTER TABLE account RESET (autovacuum_enabled)");
                st.execute("VACUUM ANALYZE account");
                st.execute("VACUUM ANALYZE owner");
            }
            log("loaded in " + secs(t0) + " s");
            // Keel deploys from a real migrations folder, baselined at the loaded schema.
            migrations = java.nio.file.Files.createTempDirectory("keel-online-bench").resolve("migrations");
            java.nio.file.Files.createDirectories(migrations.resolve("20250101000000_init"));
            java.nio.file.Files.writeString(migrations.resolve("migration_lock.toml"), "provider = \"postgresql\"\n");
            java.nio.file.Files.writeString(migrations.resolve("20250101000000_init/migration.sql"), S0);
            dev.keel.history.DeployGuard guard = dev.keel.history.DeployGuard.DEFAULT
                    .withLockTimeout(java.time.Duration.ofMillis(lockTimeoutMs));
            if (maintenanceWorkers != null) {
                guard = guard.withMaintenanceWorkers(maintenanceWorkers);
            }
            keel = dev.keel.api.Keel.configure().workingDir(migrations.getParent()).migrationsDir(migrations)
                    .databaseUrl("postgresql://postgres@localhost:" + pg.getPort() + "/postgres")
                    .environment(java.util.Map.of()).deployGuard(guard).listener(new dev.keel.observe.Listener() {
                        @Override
                        public void lockRetry(String migration, int index, int retry, int max,
                                              java.time.Duration pause, String error) {
                            log("  keel: lock retry " + retry + "/" + max + " of " + migration + " #" + index + " ("
                                    + error + "), pause " + pause.toMillis() + " ms");
                        }
                    }).build();
            guardLine = "Keel's deploy guard: lock_timeout " + guard.lockTimeout().toMillis()
                    + " ms, max_parallel_maintenance_workers " + guard.maintenanceWorkers()
                    + " for concurrent builds and VALIDATE, deadlock_timeout " + guard.deadlockTimeout().toMillis()
                    + " ms; backfill batch " + (backfillBatch == null ? "1000" : backfillBatch) + " rows, nice_ratio "
                    + (niceRatio == null ? ColumnPlans.DEFAULT_NICE_RATIO : niceRatio) + ".";
            keel.resolveApplied("20250101000000_init");
            if (openLoop && rate == 0) {
                openLoop = false;
                Result cal = measure("calibration (closed loop)", () -> Thread.sleep(calibrateSeconds * 1000L));
                openLoop = true;
                long closed = Math.round(cal.tx() / cal.windowSeconds());
                rate = Math.max(1, closed / 2);
                log("calibrated: " + closed + " tx/s closed loop; open-loop rate " + (long) rate + " tx/s");
                workloadLine = "Open loop at " + (long) rate + " tx/s (half the " + closed + " tx/s of a "
                        + calibrateSeconds + " s closed-loop calibration run), latency counted from each "
                        + "transaction's scheduled start.";
            } else {
                workloadLine = openLoop ? "Open loop at " + (long) rate + " tx/s (--rate), latency counted from each "
                        + "transaction's scheduled start." : "Closed loop (--closed-loop): each client starts its "
                        + "next transaction when the last one ends.";
            }
            List<String> report = new ArrayList<>();
            report.add("| change | run | migration time | tx | failed tx | p50 | p99 | p99 / idle | max "
                    + "| app waits > lock_timeout |");
            report.add("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
            Result idle = measure("idle", () -> Thread.sleep(idleSeconds * 1000L));
            idleP99 = idle.p99();
            report.add(row("(none)", "idle, no migration", idle));

            String before = S0;
            for (Change change : CHANGES) {
                String after = before + change.ddl();
                Migration m = diff(before, after);
                SafePlan unsafe = SafePlanner.unsafe(m);
                SafePlan safe = SafePlanner.plan(m);
                Result prisma = measure(change.name() + " / Prisma", () -> runPlain(unsafe));
                revert(after, before);
                Result keelRun = measure(change.name() + " / Keel", () -> {
                    safe.write(migrations, next(safe.migrations().size()), slug(change.name()));
                    deploy();
                });
                report.add(row(change.name(), "Prisma plain SQL", prisma));
                report.add(row(change.name(), "Keel safe plan (" + safe.migrations().size() + " migrations)", keelRun));
                before = after;
            }

            // Rename: Prisma has no rename (a @map change drops and re-adds the column: data loss); the plain SQL
            // a team would hand-write is RENAME COLUMN, which breaks the running release at once.
            Result prismaRename = measure("rename / plain", () -> {
                exec("ALTER TABLE account RENAME COLUMN balance TO balance_cents");
                Thread.sleep(3000);
            });
            exec("ALTER TABLE account RENAME COLUMN balance_cents TO balance");
            Schema s = introspect();
            dev.keel.safety.expand.ColumnDependents dependents;
            try (Connection c = connect()) {
                dependents = dev.keel.safety.expand.ColumnDependents.read(c, new QualifiedName("public", "account"),
                        "balance", "balance_cents", java.util.Optional.empty());
            }
            ExpandContractPlan plan = ColumnPlans.renameColumn(s.table(new QualifiedName("public", "account"))
                    .orElseThrow(), "balance", "balance_cents", dependents);
            Result keelRename = measure("rename / Keel expand-contract", () -> {
                List<java.nio.file.Path> r1 = dev.keel.safety.expand.PlanFiles.write(migrations, next(10), plan);
                // Batch size and pacing as generated, unless the options override them (edited as PLAN.md explains).
                java.nio.file.Path backfill = r1.get(1).resolve("migration.sql");
                String call = java.nio.file.Files.readString(backfill);
                if (backfillBatch != null) {
                    call = call.replace("batch_size => 1000", "batch_size => " + backfillBatch);
                }
                if (niceRatio != null) {
                    call = call.replace("nice_ratio => " + ColumnPlans.DEFAULT_NICE_RATIO, "nice_ratio => " + niceRatio);
                }
                java.nio.file.Files.writeString(backfill, call);
                deploy();
                balanceColumn = "balance_cents";   // release 2: the code moves to the new column
                Thread.sleep(3000);
                dev.keel.safety.expand.PlanFiles.advance(migrations, next(10), plan.name());
                deploy();
            });
            report.add(row("rename column", "plain RENAME COLUMN (old code still running)", prismaRename));
            report.add(row("rename column", "Keel expand/contract, releases 1-3", keelRename));

            System.out.println();
            System.out.println("PostgreSQL " + version + " (zonky embedded, default durability), " + rows
                    + " rows in `account`, " + clients + " client threads, app statement_timeout " + appTimeoutMs
                    + " ms; total run " + secs(t0) + " s.");
            System.out.println(workloadLine);
            System.out.println(guardLine);
            System.out.println();
            report.forEach(System.out::println);
            if (!lockWaits.isEmpty()) {
                System.out.println();
                System.out.println("Lock waits of 100 ms or more (sampled every 20 ms; who waited for whom, longest):");
                System.out.println();
                lockWaits.forEach(w -> System.out.println("- " + w));
            }
        }
    }

    // ---- migrations ----------------------------------------------------------------------------------------

    interface Body {
        void run() throws Exception;
    }

    /** Prisma: the file as one transaction, no lock_timeout. */
    static void runPlain(SafePlan plan) throws SQLException {
        for (PlannedMigration pm : plan.migrations()) {
            exec(pm.sql());
        }
    }

    /** {@code Keel.deploy()} with its default deploy guard (lock_timeout 2 s, retries with backoff). */
    static void deploy() {
        dev.keel.api.DeployResult r = keel.deploy();
        if (r.failure().isPresent()) {
            throw new IllegalStateException("deploy failed: " + r.failure().get().message());
        }
    }

    static java.time.LocalDateTime next(int migrations) {
        java.time.LocalDateTime t = clock;
        clock = clock.plusSeconds(migrations + 1);
        return t;
    }

    static String slug(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
    }

    static void revert(String after, String before) throws SQLException {
        Migration back = diff(after, before);
        for (PlannedMigration pm : SafePlanner.unsafe(back).migrations()) {
            exec(pm.sql());
        }
    }

    /** The migration between two DDL states, computed by Keel's differ on two empty scratch schemas. */
    static Migration diff(String from, String to) throws SQLException {
        return Differ.diff(scratch(from), scratch(to));
    }

    static Schema scratch(String ddl) throws SQLException {
        try (Connection c = DriverManager.getConnection(url.replace("/postgres", "/scratch"), PROPS);
             Statement st = c.createStatement()) {
            st.execute("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;");
            st.execute(ddl);
            return Introspector.introspect(c, List.of("public"));
        }
    }

    static Schema introspect() throws SQLException {
        try (Connection c = connect()) {
            return Introspector.introspect(c, List.of("public"));
        }
    }

    static void exec(String sql) throws SQLException {
        try (Connection c = connect(); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    static Connection connect() throws SQLException {
        return DriverManager.getConnection(url, PROPS);
    }

    // ---- workload ------------------------------------------------------------------------------------------

    record Result(double migrationSeconds, double windowSeconds, long tx, long failed, long p50, long p99, long max,
                  long overLock, String firstError) {
    }

    /** Runs the workload, starts recording, waits 2 s, runs {@code body}, waits 1 s, stops. */
    static Result measure(String label, Body body) throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        AtomicBoolean recording = new AtomicBoolean();
        AtomicLong failed = new AtomicLong();
        AtomicLong nextId = new AtomicLong(rows + 1_000_000 + ThreadLocalRandom.current().nextLong(1_000_000_000L));
        String[] firstError = {null};
        List<Thread> threads = new ArrayList<>();
        List<List<Long>> perThread = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            List<Long> mine = new ArrayList<>();
            perThread.add(mine);
            Thread t = new Thread(() -> client(stop, recording, mine, failed, nextId, firstError));
            threads.add(t);
            t.start();
        }
        LockWatch watch = new LockWatch(stop);
        Thread watcher = new Thread(watch);
        watcher.start();
        Thread.sleep(1000);
        recording.set(true);
        long w0 = System.nanoTime();
        Thread.sleep(2000);
        long m0 = System.nanoTime();
        log(label + ": start");
        body.run();
        double ms = (System.nanoTime() - m0) / 1e9;
        Thread.sleep(1000);
        recording.set(false);
        double window = (System.nanoTime() - w0) / 1e9;
        stop.set(true);
        for (Thread t : threads) {
            t.join();
        }
        watcher.join();
        watch.report(label);
        long[] all = perThread.stream().flatMap(List::stream).mapToLong(Long::longValue).sorted().toArray();
        long over = Arrays.stream(all).filter(x -> x > lockTimeoutMs * 1_000_000L).count();
        Result r = new Result(ms, window, all.length, failed.get(), pct(all, 0.50), pct(all, 0.99),
                all.length == 0 ? 0 : all[all.length - 1], over, firstError[0]);
        log(label + ": " + r);
        return r;
    }

    static void client(AtomicBoolean stop, AtomicBoolean recording, List<Long> lat, AtomicLong failed,
                       AtomicLong nextId, String[] firstError) {
        try (Connection c = DriverManager.getConnection(url, APP_PROPS); Statement st = c.createStatement()) {
            st.execute("SET statement_timeout = " + appTimeoutMs);
            ThreadLocalRandom r = ThreadLocalRandom.current();
            // Open loop: this client's share of the rate, as a Poisson process (pgbench -R's schedule).
            double meanGapNanos = openLoop ? clients * 1e9 / rate : 0;
            long scheduled = System.nanoTime();
            while (!stop.get()) {
                long t0;
                if (openLoop) {
                    scheduled += (long) (-Math.log(1 - r.nextDouble()) * meanGapNanos);
                    long wait = scheduled - System.nanoTime();
                    if (wait > 0) {
                        java.util.concurrent.locks.LockSupport.parkNanos(wait);
                    }
                    if (stop.get()) {
                        break;
                    }
                    // A late transaction counts from when it should have started.
                    t0 = scheduled;
                } else {
                    t0 = System.nanoTime();
                }
                long id = 1 + r.nextLong(rows);
                int op = r.nextInt(100);
                boolean ok = true;
                String col = balanceColumn;
                try {
                    if (op < 60) {
                        try (PreparedStatement ps = c.prepareStatement("SELECT " + col + ", amount, code FROM account "
                                + "WHERE id = ?")) {
                            ps.setLong(1, id);
                            try (ResultSet rs = ps.executeQuery()) {
                                rs.next();
                            }
                        }
                    } else if (op < 95) {
                        try (PreparedStatement ps = c.prepareStatement("UPDATE account SET " + col + " = " + col
                                + " + 1, amount = amount WHERE id = ?")) {
                            ps.setLong(1, id);
                            ps.executeUpdate();
                        }
                    } else {
                        long n = nextId.incrementAndGet();
                        try (PreparedStatement ps = c.prepareStatement("INSERT INTO account (id, owner_id, " + col
                                + ", amount, code) VALUES (?, ?, 0, 1, ?)")) {
                            ps.setLong(1, n);
                            ps.setInt(2, 1 + (int) (n % 10000));
                            ps.setString(3, "c" + n);
                            ps.executeUpdate();
                        }
                    }
                } catch (SQLException e) {
                    ok = false;
                    synchronized (firstError) {
                        if (firstError[0] == null && recording.get()) {
                            firstError[0] = e.getSQLState() + " " + e.getMessage().lines().findFirst().orElse("");
                        }
                    }
                }
                long d = System.nanoTime() - t0;
                if (recording.get()) {
                    lat.add(d);
                    if (!ok) {
                        failed.incrementAndGet();
                    }
                }
                if (!ok && !openLoop) {
                    Thread.sleep(10);
                }
            }
        } catch (SQLException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    static long pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    static String row(String change, String run, Result r) {
        return String.format(Locale.ROOT, "| %s | %s | %s | %d | %d | %s | %s | %s | %s | %d |", change, run,
                run.startsWith("idle") ? "–" : String.format(Locale.ROOT, "%.1f s", r.migrationSeconds()), r.tx(),
                r.failed(), ms(r.p50()), ms(r.p99()), idleP99 == 0 ? "–"
                        : String.format(Locale.ROOT, "%.2f×", (double) r.p99() / idleP99), ms(r.max()), r.overLock());
    }

    /**
     * Samples pg_stat_activity every 20 ms for sessions waiting on a heavyweight lock and who blocks them
     * (pg_blocking_pids), and keeps the longest wait per (waiter, blocker) pair: which statement made the
     * application wait, and what that statement itself waited for (a long transaction, autovacuum, ...).
     */
    static final class LockWatch implements Runnable {
        private final AtomicBoolean stop;
        private final java.util.Map<String, Double> longest = new java.util.LinkedHashMap<>();

        LockWatch(AtomicBoolean stop) {
            this.stop = stop;
        }

        @Override
        public void run() {
            try (Connection c = connect(); Statement st = c.createStatement()) {
                while (!stop.get()) {
                    try (ResultSet rs = st.executeQuery("SELECT w.application_name = 'app', w.backend_type, "
                            + "left(w.query, 80), extract(epoch FROM clock_timestamp() - w.query_start), "
                            + "b.application_name = 'app', b.backend_type, left(b.query, 80) "
                            + "FROM pg_stat_activity w CROSS JOIN LATERAL unnest(pg_blocking_pids(w.pid)) AS bp(pid) "
                            + "JOIN pg_stat_activity b ON b.pid = bp.pid WHERE w.wait_event_type = 'Lock'")) {
                        while (rs.next()) {
                            String key = who(rs.getBoolean(1), rs.getString(2), rs.getString(3)) + " waited for "
                                    + who(rs.getBoolean(5), rs.getString(6), rs.getString(7));
                            longest.merge(key, rs.getDouble(4), Math::max);
                        }
                    }
                    Thread.sleep(20);
                }
            } catch (SQLException | InterruptedException e) {
                log("lock watch stopped: " + e);
            }
        }

        private static String who(boolean app, String type, String query) {
            if (app) {
                return "the app";
            }
            String q = query == null ? "" : query.replaceAll("\\s+", " ").strip();
            return ("client backend".equals(type) ? "migration" : type) + " `" + q + "`";
        }

        void report(String label) {
            longest.entrySet().stream().filter(e -> e.getValue() >= 0.1)
                    .sorted(java.util.Map.Entry.<String, Double>comparingByValue().reversed()).limit(4)
                    .forEach(e -> {
                        String line = String.format(Locale.ROOT, "%s: %s, %.0f ms", label, e.getKey(),
                                e.getValue() * 1000);
                        log("  lock wait " + line);
                        lockWaits.add(line);
                    });
        }
    }

    static String ms(long nanos) {
        return nanos >= 10_000_000L ? String.format(Locale.ROOT, "%.0f ms", nanos / 1e6)
                : String.format(Locale.ROOT, "%.2f ms", nanos / 1e6);
    }

    static String secs(long t0) {
        return String.format(Locale.ROOT, "%.0f", (System.nanoTime() - t0) / 1e9);
    }

    static void log(String s) {
        System.err.println(java.time.LocalTime.now().withNano(0) + " " + s);
    }
}
