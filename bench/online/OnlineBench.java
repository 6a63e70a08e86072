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
import java.util.Map;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * bench/online: schema changes on a large table under a read/write workload, on a dedicated PostgreSQL 17
 * (zonky embedded, started here). For each change it measures the application's transactions while (a) Prisma's
 * plain SQL runs, and (b) Keel's safe plan runs, and once with no migration (idle).
 * Usage: OnlineBench [--rows N] [--clients N] [--idle-seconds N] [--lock-timeout-ms N] [--app-timeout-ms N]
 * [--backfill-batch N] [--nice-ratio R] [--maintenance-workers N] [--driver pgbench|java] [--pgbench PATH]
 * [--rate TPS | --rate-fraction F | --closed-loop] [--calibrate-seconds N] [--server-config production|small]
 * [--only CHANGE,...] [--out DIR]
 *
 * <p>The workload is {@code pgbench} by default ({@link PgbenchWorkload}), open loop at a fixed rate, by default
 * a quarter of the closed-loop throughput of the same script measured at the start ({@code --rate-fraction}):
 * a production database runs well below saturation, and only there does a latency ratio measure the migration
 * rather than the queueing of an overloaded machine. {@code --driver java} is the Java load generator
 * ({@link JavaWorkload}). {@link ServerWatch} records lock waits, wait events, WAL, checkpoints and CPU of each
 * window; {@code --out DIR} also gets a per-second timeline of each window.
 */
public final class OnlineBench {
    static long rows = 5_000_000;
    static int clients = 16;
    static int idleSeconds = 20;
    static int lockTimeoutMs = 2000;
    static int appTimeoutMs = 5000;
    static String url;
    static int port;
    /** null: the generated CALL's (first) batch size. */
    static Integer backfillBatch;
    /** null: the generated CALL's default. */
    static String niceRatio;
    /** null: Keel's default deploy guard value. */
    static Integer maintenanceWorkers;
    static String driver = "pgbench";
    static String pgbench = "/usr/bin/pgbench";
    static boolean openLoop = true;
    /** Total transactions per second over all clients (open loop); 0 = rateFraction × the calibrated throughput. */
    static double rate;
    static double rateFraction = 0.25;
    static int calibrateSeconds = 5;
    static String serverConfig = "production";
    static java.util.Set<String> only;
    /** --set name=value: a server setting on top of the config, for every row alike (experiments). */
    static final Map<String, String> extraSettings = new java.util.LinkedHashMap<>();
    /** --app-options: PGOPTIONS of the pgbench sessions only (experiments: "-c synchronous_commit=off"). */
    static String appOptions;
    static java.nio.file.Path out;
    static java.nio.file.Path work;
    static java.nio.file.Path migrations;
    static dev.keel.api.Keel keel;
    static java.time.LocalDateTime clock = java.time.LocalDateTime.of(2026, 1, 1, 0, 0);
    static final Properties PROPS = new Properties();
    /** The application's sessions, told apart from Keel's and PostgreSQL's in pg_stat_activity. */
    static final Properties APP_PROPS = new Properties();
    static final Properties WATCH_PROPS = new Properties();
    static Connection admin;
    static Workload current;
    static long idleP99;
    /** The idle p99 of the window just before the current change (0: none). */
    static long localIdleP99;
    static int idleBeforeSeconds = 5;
    static String workloadLine;
    static String guardLine;
    /** The rename's backfill CALL arguments as deployed. */
    static String backfillCall;
    static final List<String> lockWaits = new ArrayList<>();
    static final List<String> diagnostics = new ArrayList<>();

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

    /**
     * The server's settings beyond zonky's defaults, the same for every row. "production": sized like a dedicated
     * database server's share of this machine rather than PostgreSQL's minimal defaults (128 MB shared_buffers,
     * 4 MB wal_buffers, 64 MB maintenance_work_mem, 1 GB max_wal_size); "small": only what the bench needs.
     */
    static Map<String, String> serverSettings() {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        m.put("max_connections", "50");
        m.put("track_wal_io_timing", "on");
        m.put("max_wal_size", "4GB");
        if (serverConfig.equals("production")) {
            // zonky turns fsync (-F) and synchronous_commit off; a production server commits durably.
            m.put("fsync", "on");
            m.put("synchronous_commit", "on");
            m.put("shared_buffers", "2GB");
            m.put("wal_buffers", "64MB");
            m.put("maintenance_work_mem", "256MB");
            m.put("checkpoint_timeout", "15min");
            m.put("max_wal_size", "16GB");
            m.put("checkpoint_completion_target", "0.9");
            m.put("effective_cache_size", "8GB");
        } else if (!serverConfig.equals("small")) {
            throw new IllegalArgumentException("--server-config production|small");
        }
        m.putAll(extraSettings);
        return m;
    }

    public static void main(String[] args) throws Exception {
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--rows" -> rows = Long.parseLong(args[++i]);
                case "--clients" -> clients = Integer.parseInt(args[++i]);
                case "--idle-seconds" -> idleSeconds = Integer.parseInt(args[++i]);
                case "--idle-before-seconds" -> idleBeforeSeconds = Integer.parseInt(args[++i]);
                case "--lock-timeout-ms" -> lockTimeoutMs = Integer.parseInt(args[++i]);
                case "--app-timeout-ms" -> appTimeoutMs = Integer.parseInt(args[++i]);
                case "--backfill-batch" -> backfillBatch = Integer.parseInt(args[++i]);
                case "--nice-ratio" -> niceRatio = args[++i];
                case "--maintenance-workers" -> maintenanceWorkers = Integer.parseInt(args[++i]);
                case "--driver" -> driver = args[++i];
                case "--pgbench" -> pgbench = args[++i];
                case "--rate" -> rate = Double.parseDouble(args[++i]);
                case "--rate-fraction" -> rateFraction = Double.parseDouble(args[++i]);
                case "--closed-loop" -> openLoop = false;
                case "--calibrate-seconds" -> calibrateSeconds = Integer.parseInt(args[++i]);
                case "--server-config" -> serverConfig = args[++i];
                case "--only" -> only = java.util.Set.of(args[++i].split(","));
                case "--out" -> out = java.nio.file.Path.of(args[++i]);
                case "--app-options" -> appOptions = args[++i];
                case "--set" -> {
                    String[] kv = args[++i].split("=", 2);
                    extraSettings.put(kv[0], kv[1]);
                }
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (!driver.equals("pgbench") && !driver.equals("java")) {
            throw new IllegalArgumentException("--driver pgbench|java");
        }
        long t0 = System.nanoTime();
        work = java.nio.file.Files.createTempDirectory("keel-online-bench");
        java.nio.file.Path serverLog = work.resolve("server.log");
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setPGStartupWait(java.time.Duration.ofSeconds(60))
                .setOutputRedirector(ProcessBuilder.Redirect.appendTo(serverLog.toFile()));
        serverSettings().forEach(builder::setServerConfig);
        try (EmbeddedPostgres pg = startServer(builder, serverLog)) {
            port = pg.getPort();
            url = "jdbc:postgresql://localhost:" + port + "/postgres";
            PROPS.setProperty("user", "postgres");
            APP_PROPS.putAll(PROPS);
            APP_PROPS.setProperty("ApplicationName", "app");
            WATCH_PROPS.putAll(PROPS);
            WATCH_PROPS.setProperty("ApplicationName", "bench-watch");
            admin = DriverManager.getConnection(url, WATCH_PROPS);
            String version;
            String settings;
            try (Connection c = connect(); Statement st = c.createStatement()) {
                try (ResultSet rs = st.executeQuery("SHOW server_version")) {
                    rs.next();
                    version = rs.getString(1);
                }
                try (ResultSet rs = st.executeQuery("SELECT string_agg(name || ' ' || current_setting(name), ', ' "
                        + "ORDER BY name) FROM pg_settings WHERE name IN ('shared_buffers', 'wal_buffers', "
                        + "'max_wal_size', 'checkpoint_timeout', 'maintenance_work_mem', 'synchronous_commit', "
                        + "'fsync', 'full_page_writes', 'wal_compression', 'autovacuum', 'max_worker_processes', "
                        + "'max_parallel_maintenance_workers', 'wal_writer_delay', 'wal_writer_flush_after', "
                        + "'commit_delay')")) {
                    rs.next();
                    settings = rs.getString(1);
                }
                log("PostgreSQL " + version + " (" + settings + "); loading " + rows + " rows...");
                st.execute("CREATE DATABASE scratch");
                st.execute(S0);
                st.execute(PgbenchWorkload.setupSql(rows));
                st.execute("INSERT INTO owner SELECT g, 'owner ' || g FROM generate_series(1, 10000) g");
                st.execute("ALTER TABLE account SET (autovacuum_enabled = false)");
                st.execute("INSERT INTO account (id, owner_id, balance, amount, code, note) SELECT g, 1 + g % 10000,"
                        + " g % 1000, g % 5000, 'c' || g, 'note ' || g FROM generate_series(1, " + rows + ") g");
                st.execute("ALTER TABLE account RESET (autovacuum_enabled)");
                st.execute("VACUUM ANALYZE account");
                st.execute("VACUUM ANALYZE owner");
                // The loaded table in the cache, as a production table that is read all day would be.
                try {
                    st.execute("CREATE EXTENSION IF NOT EXISTS pg_prewarm");
                    st.execute("SELECT pg_prewarm('account'), pg_prewarm('account_pkey')");
                } catch (SQLException e) {
                    log("no pg_prewarm: " + e.getMessage());
                }
                st.execute("CHECKPOINT");
            }
            log("loaded in " + secs(t0) + " s");
            // Keel deploys from a real migrations folder, baselined at the loaded schema.
            migrations = work.resolve("migrations");
            java.nio.file.Files.createDirectories(migrations.resolve("20250101000000_init"));
            java.nio.file.Files.writeString(migrations.resolve("migration_lock.toml"), "provider = \"postgresql\"\n");
            java.nio.file.Files.writeString(migrations.resolve("20250101000000_init/migration.sql"), S0);
            dev.keel.history.DeployGuard guard = dev.keel.history.DeployGuard.DEFAULT
                    .withLockTimeout(java.time.Duration.ofMillis(lockTimeoutMs));
            if (maintenanceWorkers != null) {
                guard = guard.withMaintenanceWorkers(maintenanceWorkers);
            }
            keel = dev.keel.api.Keel.configure().workingDir(migrations.getParent()).migrationsDir(migrations)
                    .databaseUrl("postgresql://postgres@localhost:" + port + "/postgres")
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
                    + " ms.";
            keel.resolveApplied("20250101000000_init");
            if (openLoop && rate == 0) {
                long closed;
                if (driver.equals("pgbench")) {
                    PgbenchWorkload w = (PgbenchWorkload) newWorkload(0);
                    closed = Math.round(w.closedLoopTps(balanceColumn, calibrateSeconds));
                } else {
                    openLoop = false;
                    Result cal = measure("calibration (closed loop)", () -> Thread.sleep(calibrateSeconds * 1000L));
                    openLoop = true;
                    closed = Math.round(cal.samples().tx() / cal.windowSeconds());
                    lockWaits.clear();
                    diagnostics.clear();
                }
                rate = Math.max(1, Math.round(closed * rateFraction));
                log("calibrated: " + closed + " tx/s closed loop; open-loop rate " + (long) rate + " tx/s");
                workloadLine = String.format(Locale.ROOT, "Open loop at %d tx/s (%.0f %% of the %d tx/s of a %d s "
                                + "closed-loop calibration run of the same workload), latency counted from each "
                                + "transaction's scheduled start.", (long) rate, rateFraction * 100, closed,
                        calibrateSeconds);
            } else {
                workloadLine = openLoop ? "Open loop at " + (long) rate + " tx/s (--rate), latency counted from each "
                        + "transaction's scheduled start." : "Closed loop (--closed-loop): each client starts its "
                        + "next transaction when the last one ends.";
            }
            String workloadDescription = newWorkload(rate).describe();
            List<String> report = new ArrayList<>();
            report.add("| change | run | migration time | tx | failed tx | p50 | p99 | p99 / idle | p99 / idle just before "
                    + "| max | tx > lock_timeout | longest app lock wait |");
            report.add("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
            Result idle = measure("idle", () -> Thread.sleep(idleSeconds * 1000L));
            idleP99 = idle.p99();
            report.add(row("(none)", "idle, no migration", idle));

            String before = S0;
            for (Change change : CHANGES) {
                String after = before + change.ddl();
                if (only != null && !only.contains(slug(change.name()))) {
                    exec(change.ddl());
                    before = after;
                    continue;
                }
                Migration m = diff(before, after);
                SafePlan unsafe = SafePlanner.unsafe(m);
                SafePlan safe = SafePlanner.plan(m);
                idleBefore(change.name());
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
            if (only == null || only.contains("rename")) {
                rename(report);
            }

            System.out.println();
            System.out.println("PostgreSQL " + version + " (zonky embedded; " + settings + "), " + rows
                    + " rows in `account`; workload: " + workloadDescription + "; total run " + secs(t0) + " s.");
            System.out.println(workloadLine);
            System.out.println(guardLine + (backfillCall == null ? "" : " Backfill: `CALL …(" + backfillCall
                    + ")` (as generated" + (backfillBatch == null && niceRatio == null ? "" : ", edited by the options")
                    + ")."));
            System.out.println();
            report.forEach(System.out::println);
            if (!lockWaits.isEmpty()) {
                System.out.println();
                System.out.println("Lock waits of 100 ms or more (sampled every 20 ms; who waited for whom, longest):");
                System.out.println();
                lockWaits.forEach(w -> System.out.println("- " + w));
            }
            System.out.println();
            System.out.println("The server during each window (ServerWatch: /proc/stat, pg_stat_wal, pg_stat_checkpointer, "
                    + "pg_stat_io, pg_stat_activity sampled every 20 ms):");
            System.out.println();
            System.out.println(ServerWatch.diagnosticsHeader());
            diagnostics.forEach(System.out::println);
            admin.close();
        } finally {
            deleteTree(work);
        }
    }

    /**
     * A short idle window right before a change: the machine's load drifts during a long run (and on a shared
     * machine, a lot), so each change is also compared with the idle p99 of the minute it ran in.
     */
    static void idleBefore(String change) throws Exception {
        localIdleP99 = 0;
        if (idleBeforeSeconds > 0) {
            localIdleP99 = measure(change + " / idle before", () -> Thread.sleep(idleBeforeSeconds * 1000L)).p99();
        }
    }

    static void rename(List<String> report) throws Exception {
        idleBefore("rename column");
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
                call = call.replaceFirst("batch_size => \\d+", "batch_size => " + backfillBatch);
            }
            if (niceRatio != null) {
                call = call.replaceFirst("nice_ratio => [0-9.]+", "nice_ratio => " + niceRatio);
            }
            java.nio.file.Files.writeString(backfill, call);
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?s)CALL [^(]+\\((.*?)\\);").matcher(call);
            backfillCall = m.find() ? m.group(1).replaceAll("\\s+", " ") : "?";
            deploy();
            // Release 2: the code moves to the new column (a rolling deploy of the application).
            balanceColumn = "balance_cents";
            current.switchColumn(balanceColumn);
            Thread.sleep(3000);
            dev.keel.safety.expand.PlanFiles.advance(migrations, next(10), plan.name());
            deploy();
        });
        report.add(row("rename column", "plain RENAME COLUMN (old code still running)", prismaRename));
        report.add(row("rename column", "Keel expand/contract, releases 1-3", keelRename));
    }

    static EmbeddedPostgres startServer(EmbeddedPostgres.Builder builder, java.nio.file.Path serverLog)
            throws java.io.IOException {
        try {
            return builder.start();
        } catch (java.io.IOException e) {
            if (java.nio.file.Files.exists(serverLog)) {
                log("server log:\n" + java.nio.file.Files.readString(serverLog));
            }
            throw e;
        }
    }

    static void deleteTree(java.nio.file.Path dir) throws java.io.IOException {
        if (dir == null || !java.nio.file.Files.exists(dir)) {
            return;
        }
        try (var paths = java.nio.file.Files.walk(dir)) {
            for (java.nio.file.Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                java.nio.file.Files.deleteIfExists(p);
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

    record Result(double migrationSeconds, double windowSeconds, Workload.Samples samples, long overLock,
                  long appLockWaitMs) {
        long p99() {
            return samples.pct(0.99);
        }
    }

    static Workload newWorkload(double tps) throws Exception {
        if (driver.equals("java")) {
            return new JavaWorkload(url, APP_PROPS, clients, rows, appTimeoutMs, tps > 0, tps);
        }
        return new PgbenchWorkload(pgbench, port, clients, rows, appTimeoutMs, tps, work, admin);
    }

    /**
     * Starts the workload, waits 1 s, records 2 s, runs {@code body}, records 1 s more, stops. The server watch
     * samples the same window.
     */
    static Result measure(String label, Body body) throws Exception {
        current = newWorkload(openLoop ? rate : 0);
        current.start(balanceColumn);
        ServerWatch watch;
        try (Connection sampler = DriverManager.getConnection(url, WATCH_PROPS)) {
            watch = new ServerWatch(sampler, admin);
            watch.start();
            Thread.sleep(1000);
            watch.startWindow();
            long w0 = System.currentTimeMillis();
            Thread.sleep(2000);
            long m0 = System.nanoTime();
            log(label + ": start");
            body.run();
            double ms = (System.nanoTime() - m0) / 1e9;
            Thread.sleep(1000);
            watch.endWindow();
            long w1 = System.currentTimeMillis();
            Workload.Samples samples = current.stop(w0, w1);
            watch.stop();
            watch.lockWaits(label).forEach(w -> {
                log("  lock wait " + w);
                lockWaits.add(w);
            });
            diagnostics.add(watch.diagnosticsRow(label));
            if (out != null) {
                watch.writeTimeline(out.resolve("timeline-" + slug(label) + ".tsv"), samples);
            }
            Result r = new Result(ms, (w1 - w0) / 1000.0, samples, samples.over(lockTimeoutMs * 1_000_000L),
                    watch.longestAppLockWaitMs());
            log(String.format(Locale.ROOT, "%s: migration %.1f s, tx %d, failed %d (not run %d), p50 %s, p99 %s, "
                            + "max %s, over lock_timeout %d%s", label, ms, samples.tx(), samples.failed(),
                    samples.notRun(), ms(samples.pct(0.5)), ms(samples.pct(0.99)), ms(samples.max()), r.overLock(),
                    samples.firstError() == null ? "" : ", first error: " + samples.firstError()));
            log("  " + watch.diagnosticsRow(label));
            return r;
        }
    }

    static String row(String change, String run, Result r) {
        Workload.Samples s = r.samples();
        return String.format(Locale.ROOT, "| %s | %s | %s | %d | %s | %s | %s | %s | %s | %s | %d | %s |", change, run,
                run.startsWith("idle") ? "–" : String.format(Locale.ROOT, "%.1f s", r.migrationSeconds()), s.tx(),
                s.failed() + (s.notRun() > 0 ? " (" + s.notRun() + " not run)" : ""), ms(s.pct(0.5)),
                ms(s.pct(0.99)), idleP99 == 0 ? "–" : String.format(Locale.ROOT, "%.2f×", (double) r.p99() / idleP99),
                localIdleP99 == 0 || run.startsWith("idle") ? "–" : String.format(Locale.ROOT, "%.2f× (%s)",
                        (double) r.p99() / localIdleP99, ms(localIdleP99)),
                ms(s.max()), r.overLock(), r.appLockWaitMs() == 0 ? "–" : r.appLockWaitMs() + " ms");
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
