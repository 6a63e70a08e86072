import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The workload as Java threads over pgjdbc (the first instrument of bench/online; {@code --driver java}): one
 * connection per client, the app's {@code statement_timeout} set on it, failed statements counted and the client
 * going on. Open loop: each client runs its share of the rate on a Poisson schedule and a transaction's latency
 * counts from its scheduled start (like {@code pgbench -R}). It shares the machine's cores with the server.
 */
final class JavaWorkload implements Workload {
    private final String url;
    private final Properties props;
    private final int clients;
    private final long rows;
    private final int appTimeoutMs;
    private final boolean openLoop;
    private final double rate;
    private final AtomicBoolean stop = new AtomicBoolean();
    private final List<Thread> threads = new ArrayList<>();
    private final List<Buffer> bufs = new ArrayList<>();
    private final String[] firstError = {null};
    private volatile String column;

    JavaWorkload(String url, Properties appProps, int clients, long rows, int appTimeoutMs, boolean openLoop,
                 double rate) {
        this.url = url;
        this.props = appProps;
        this.clients = clients;
        this.rows = rows;
        this.appTimeoutMs = appTimeoutMs;
        this.openLoop = openLoop;
        this.rate = rate;
    }

    @Override
    public String describe() {
        return clients + " Java client threads over pgjdbc (`--driver java`), app statement_timeout " + appTimeoutMs
                + " ms";
    }

    @Override
    public void start(String column) {
        this.column = column;
        AtomicLong nextId = new AtomicLong(rows + 1_000_000 + ThreadLocalRandom.current().nextLong(1_000_000_000L));
        for (int i = 0; i < clients; i++) {
            Buffer b = new Buffer();
            Thread t = new Thread(() -> client(b, nextId));
            threads.add(t);
            bufs.add(b);
            t.start();
        }
    }

    @Override
    public void switchColumn(String column) {
        this.column = column;
    }

    @Override
    public Samples stop(long from, long to) throws InterruptedException {
        stop.set(true);
        for (Thread t : threads) {
            t.join();
        }
        int n = 0;
        for (Buffer b : bufs) {
            n += b.size;
        }
        long[] ends = new long[n];
        long[] lat = new long[n];
        int k = 0;
        long failed = 0;
        for (Buffer b : bufs) {
            for (int i = 0; i < b.size; i++) {
                if (b.end[i] >= from && b.end[i] <= to) {
                    ends[k] = b.end[i];
                    lat[k] = Math.abs(b.lat[i]);
                    if (b.lat[i] < 0) {
                        failed++;
                    }
                    k++;
                }
            }
        }
        return Samples.of(Arrays.copyOf(ends, k), Arrays.copyOf(lat, k), failed, 0, firstError[0]);
    }

    /** One client's transactions: end (epoch ms) and latency (ns, negative when it failed). */
    private static final class Buffer {
        long[] end = new long[1 << 16];
        long[] lat = new long[1 << 16];
        int size;

        void add(long endMillis, long latency) {
            if (size == end.length) {
                end = Arrays.copyOf(end, size * 2);
                lat = Arrays.copyOf(lat, size * 2);
            }
            end[size] = endMillis;
            lat[size++] = latency;
        }
    }

    private void client(Buffer out, AtomicLong nextId) {
        try (Connection c = DriverManager.getConnection(url, props); Statement st = c.createStatement()) {
            st.execute("SET statement_timeout = " + appTimeoutMs);
            ThreadLocalRandom r = ThreadLocalRandom.current();
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
                String col = column;
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
                        if (firstError[0] == null) {
                            firstError[0] = e.getSQLState() + " " + e.getMessage().lines().findFirst().orElse("");
                        }
                    }
                }
                long d = Math.max(1, System.nanoTime() - t0);
                out.add(System.currentTimeMillis(), ok ? d : -d);
                if (!ok && !openLoop) {
                    Thread.sleep(10);
                }
            }
        } catch (SQLException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
