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
 */
public final class OnlineBench {
    static long rows = 5_000_000;
    static int clients = 4;
    static int idleSeconds = 20;
    static int lockTimeoutMs = 2000;
    static int appTimeoutMs = 5000;
    static String url;
    static int backfillBatch = 5000;
    static java.nio.file.Path migrations;
    static dev.keel.api.Keel keel;
    static java.time.LocalDateTime clock = java.time.LocalDateTime.of(2026, 1, 1, 0, 0);
    static final Properties PROPS = new Properties();

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
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        long t0 = System.nanoTime();
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setServerConfig("max_connections", "50")
                .setServerConfig("max_wal_size", "4GB").start()) {
            url = "jdbc:postgresql://localhost:" + pg.getPort() + "/postgres";
            PROPS.setProperty("user", "postgres");
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
            keel = dev.keel.api.Keel.configure().workingDir(migrations.getParent()).migrationsDir(migrations)
                    .databaseUrl("postgresql://postgres@localhost:" + pg.getPort() + "/postgres")
                    .environment(java.util.Map.of()).deployGuard(dev.keel.history.DeployGuard.DEFAULT
                            .withLockTimeout(java.time.Duration.ofMillis(lockTimeoutMs))).build();
            keel.resolveApplied("20250101000000_init");
            List<String> report = new ArrayList<>();
            report.add("| change | run | migration time | tx | failed tx | p50 | p99 | max | app waits > lock_timeout |");
            report.add("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
            Result idle = measure("idle", () -> Thread.sleep(idleSeconds * 1000L));
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
                // The backfill's batch size, edited before deploy as PLAN.md allows (the default is 1,000 rows).
                java.nio.file.Path backfill = r1.get(1).resolve("migration.sql");
                java.nio.file.Files.writeString(backfill, java.nio.file.Files.readString(backfill)
                        .replace("();\n", "(" + backfillBatch + ");\n"));
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
                    + " ms, Keel lock_timeout " + lockTimeoutMs + " ms; total run " + secs(t0) + " s.");
            System.out.println();
            report.forEach(System.out::println);
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

    record Result(double migrationSeconds, long tx, long failed, long p50, long p99, long max, long overLock,
                  String firstError) {
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
        Thread.sleep(1000);
        recording.set(true);
        Thread.sleep(2000);
        long m0 = System.nanoTime();
        log(label + ": start");
        body.run();
        double ms = (System.nanoTime() - m0) / 1e9;
        Thread.sleep(1000);
        recording.set(false);
        stop.set(true);
        for (Thread t : threads) {
            t.join();
        }
        long[] all = perThread.stream().flatMap(List::stream).mapToLong(Long::longValue).sorted().toArray();
        long over = Arrays.stream(all).filter(x -> x > lockTimeoutMs * 1_000_000L).count();
        Result r = new Result(ms, all.length, failed.get(), pct(all, 0.50), pct(all, 0.99),
                all.length == 0 ? 0 : all[all.length - 1], over, firstError[0]);
        log(label + ": " + r);
        return r;
    }

    static void client(AtomicBoolean stop, AtomicBoolean recording, List<Long> lat, AtomicLong failed,
                       AtomicLong nextId, String[] firstError) {
        try (Connection c = connect(); Statement st = c.createStatement()) {
            st.execute("SET statement_timeout = " + appTimeoutMs);
            ThreadLocalRandom r = ThreadLocalRandom.current();
            while (!stop.get()) {
                long id = 1 + r.nextLong(rows);
                int op = r.nextInt(100);
                long t0 = System.nanoTime();
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
                if (!ok) {
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
        return String.format(Locale.ROOT, "| %s | %s | %s | %d | %d | %s | %s | %s | %d |", change, run,
                run.startsWith("idle") ? "–" : String.format(Locale.ROOT, "%.1f s", r.migrationSeconds()), r.tx(),
                r.failed(), ms(r.p50()), ms(r.p99()), ms(r.max()), r.overLock());
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
