import dev.keel.introspect.Introspector;
import dev.keel.safety.expand.ColumnDependents;
import dev.keel.safety.expand.ColumnPlans;
import dev.keel.safety.expand.ExpandContractPlan;
import dev.keel.schema.QualifiedName;
import dev.keel.schema.Table;
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
 * bench/backfill: how long the application's writes wait while a rename plan's backfill runs, for several ways of
 * calling the backfill procedure. For each variant: a fresh table of --rows rows (bench/online's account table with
 * an index on amount and a unique index on code), release 1's expand migration (new column, dual-write trigger,
 * backfill procedure), then an open-loop workload of UPDATEs by random primary key through the old column at --rate
 * per second (a --hold-pct share of them in transactions that keep the row locked --hold-ms before committing),
 * and the backfill CALLed with the variant's arguments. Reports the UPDATEs' latency (from their scheduled start)
 * in the idle second before the backfill and during it, and the backfill's duration and rows per second.
 *
 *   bench/backfill/run.sh [--rows N] [--rate TPS] [--clients N] [--hold-ms N --hold-pct P] -- 'ARGS' ['ARGS'…]
 *
 * ARGS: the procedure's named arguments, e.g. 'batch_size => 1000, pause_seconds => 0, nice_ratio => 1'.
 * Default durability (fsync on), unlike the test server. Not part of CI.
 */
public final class BackfillBench {
    static String url;
    static final Properties PROPS = new Properties();
    static final Properties APP_PROPS = new Properties();
    static int rows = 300_000;
    static double rate = 2000;
    static int clients = 4;
    static int holdMs = 0;
    static int holdPct = 0;

    public static void main(String[] args) throws Exception {
        List<String> variants = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--rows" -> rows = Integer.parseInt(args[++i]);
                case "--rate" -> rate = Double.parseDouble(args[++i]);
                case "--clients" -> clients = Integer.parseInt(args[++i]);
                case "--hold-ms" -> holdMs = Integer.parseInt(args[++i]);
                case "--hold-pct" -> holdPct = Integer.parseInt(args[++i]);
                case "--" -> variants.addAll(Arrays.asList(args).subList(i + 1, args.length));
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
            if (args[i].equals("--")) {
                break;
            }
        }
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setServerConfig("max_connections", "50")
                .setServerConfig("max_wal_size", "4GB").start()) {
            url = "jdbc:postgresql://localhost:" + pg.getPort() + "/postgres";
            PROPS.setProperty("user", "postgres");
            APP_PROPS.putAll(PROPS);
            APP_PROPS.setProperty("ApplicationName", "app");
            System.out.printf(Locale.ROOT, "%d rows, %d clients, open loop %.0f UPDATE/s%s%n%n", rows, clients, rate,
                    holdMs > 0 ? ", " + holdPct + " % of them hold the row " + holdMs + " ms" : "");
            System.out.println("| backfill arguments | backfill s | rows/s | idle p99 | p50 | p99 | p99.9 | max "
                    + "| updates > 50 ms | failed | lock waits seen | lock wait p99 | lock wait max |");
            System.out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: "
                    + "| ---: |");
            for (String v : variants) {
                run(v);
            }
        }
    }

    static Connection connect() throws SQLException {
        return DriverManager.getConnection(url, PROPS);
    }

    static void run(String callArgs) throws Exception {
        ExpandContractPlan plan;
        try (Connection c = connect(); Statement st = c.createStatement()) {
            st.execute("DROP SCHEMA IF EXISTS \"_keel\" CASCADE; DROP TABLE IF EXISTS account");
            st.execute("CREATE TABLE account (id bigint NOT NULL, owner_id integer NOT NULL, balance integer NOT NULL "
                    + "DEFAULT 0, amount integer, code text, note text, CONSTRAINT account_pkey PRIMARY KEY (id))");
            st.execute("INSERT INTO account (id, owner_id, balance, amount, code, note) SELECT g, 1 + g % 10000,"
                    + " g % 1000, g % 5000, 'c' || g, 'note ' || g FROM generate_series(1, " + rows + ") g");
            st.execute("CREATE INDEX account_amount_idx ON account (amount)");
            st.execute("CREATE UNIQUE INDEX account_code_key ON account (code)");
            st.execute("VACUUM ANALYZE account");
            st.execute("CHECKPOINT");
            Table table = Introspector.introspect(c, List.of("public")).table(new QualifiedName("public", "account"))
                    .orElseThrow();
            plan = ColumnPlans.renameColumn(table, "balance", "balance_cents", ColumnDependents.none());
            st.execute(plan.releases().get(0).migrations().get(0).sql());
        }
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong failed = new AtomicLong();
        // Latencies of UPDATEs scheduled in [from, to) are kept.
        long[] window = {Long.MAX_VALUE, Long.MAX_VALUE};
        List<long[]> samples = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            Thread t = new Thread(() -> client(stop, failed, samples));
            t.start();
            threads.add(t);
        }
        LockSampler sampler = new LockSampler();
        Thread.sleep(2000);
        long idleFrom = System.nanoTime();
        Thread.sleep(2000);
        long t0 = System.nanoTime();
        sampler.start();
        try (Connection c = connect(); Statement st = c.createStatement()) {
            st.execute("CALL \"_keel\".\"backfill_" + plan.name() + "\"(" + callArgs + ")");
        }
        long t1 = System.nanoTime();
        long[] waits = sampler.finish();
        Thread.sleep(500);
        stop.set(true);
        for (Thread t : threads) {
            t.join();
        }
        long[] idle;
        long[] during;
        synchronized (samples) {
            idle = samples.stream().filter(s -> s[0] >= idleFrom && s[0] < t0).mapToLong(s -> s[1]).sorted().toArray();
            during = samples.stream().filter(s -> s[0] >= t0 && s[0] < t1).mapToLong(s -> s[1]).sorted().toArray();
        }
        long over = Arrays.stream(during).filter(d -> d > 50_000_000L).count();
        long copied;
        try (Connection c = connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT backfill_rows FROM \"_keel\".plans")) {
            rs.next();
            copied = rs.getLong(1);
        }
        double secs = (t1 - t0) / 1e9;
        System.out.printf(Locale.ROOT, "| `%s` | %.1f | %.0f | %s | %s | %s | %s | %s | %d | %d | %d | %s | %s |%n",
                callArgs, secs, copied / secs, ms(pct(idle, 0.99)), ms(pct(during, 0.5)), ms(pct(during, 0.99)),
                ms(pct(during, 0.999)), ms(during.length == 0 ? 0 : during[during.length - 1]), over, failed.get(),
                waits.length, ms(pct(waits, 0.99)), ms(waits.length == 0 ? 0 : waits[waits.length - 1]));
    }

    static void client(AtomicBoolean stop, AtomicLong failed, List<long[]> samples) {
        List<long[]> mine = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, APP_PROPS);
             PreparedStatement ps = c.prepareStatement("UPDATE account SET balance = balance + 1 WHERE id = ?")) {
            ThreadLocalRandom r = ThreadLocalRandom.current();
            double gap = clients * 1e9 / rate;
            long scheduled = System.nanoTime();
            while (!stop.get()) {
                scheduled += (long) (-Math.log(1 - r.nextDouble()) * gap);
                long wait = scheduled - System.nanoTime();
                if (wait > 0) {
                    java.util.concurrent.locks.LockSupport.parkNanos(wait);
                }
                boolean hold = holdMs > 0 && r.nextInt(100) < holdPct;
                try {
                    if (hold) {
                        c.setAutoCommit(false);
                    }
                    ps.setLong(1, 1 + r.nextLong(rows));
                    ps.executeUpdate();
                    if (hold) {
                        Thread.sleep(holdMs);
                        c.commit();
                        c.setAutoCommit(true);
                    }
                } catch (SQLException e) {
                    failed.incrementAndGet();
                    try {
                        c.rollback();
                        c.setAutoCommit(true);
                    } catch (SQLException ignored) {
                        // the next UPDATE reports it
                    }
                }
                // A held transaction's own sleep is not a wait.
                long d = System.nanoTime() - scheduled - (hold ? holdMs * 1_000_000L : 0);
                mine.add(new long[] {scheduled, d});
            }
        } catch (SQLException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
        synchronized (samples) {
            samples.addAll(mine);
        }
    }

    /**
     * Every 2 ms, the application's backends waiting for a lock, and since when their UPDATE runs: the longest
     * sighting of each (backend, statement) is a lower bound of its lock wait, free of the CPU queueing that the
     * latencies also hold.
     */
    static final class LockSampler extends Thread {
        private final AtomicBoolean stop = new AtomicBoolean();
        private final java.util.Map<String, Long> waits = new java.util.HashMap<>();

        @Override
        public void run() {
            try (Connection c = connect(); PreparedStatement ps = c.prepareStatement("SELECT pid || ' ' || "
                    + "query_start, (extract(epoch FROM clock_timestamp() - query_start) * 1e9)::bigint FROM "
                    + "pg_stat_activity WHERE application_name = 'app' AND wait_event_type = 'Lock'")) {
                while (!stop.get()) {
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            waits.merge(rs.getString(1), rs.getLong(2), Math::max);
                        }
                    }
                    Thread.sleep(2);
                }
            } catch (SQLException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }

        long[] finish() throws InterruptedException {
            stop.set(true);
            join();
            return waits.values().stream().mapToLong(Long::longValue).sorted().toArray();
        }
    }

    static long pct(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    static String ms(long nanos) {
        double m = nanos / 1e6;
        return m < 10 ? String.format(Locale.ROOT, "%.2f ms", m) : String.format(Locale.ROOT, "%.0f ms", m);
    }
}
