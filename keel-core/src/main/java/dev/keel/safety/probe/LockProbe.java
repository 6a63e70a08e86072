package dev.keel.safety.probe;

import dev.keel.api.ErrorCode;
import dev.keel.api.KeelException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Runs statements one by one on a shadow database and reports, from PostgreSQL itself, the locks each held,
 * the tables it rewrote and the tables it scanned. Facts come from {@code pg_locks}, {@code pg_class.relfilenode}
 * and {@code pg_stat_xact_user_tables} read inside the statement's own transaction before it commits — no guessing
 * from SQL text. Each statement is committed afterwards so the next one sees the schema it expects.
 *
 * <p>Statements PostgreSQL refuses inside a transaction block (error 25001: {@code CREATE INDEX CONCURRENTLY}...)
 * run in autocommit while a second session samples {@code pg_locks} for the executing backend.
 * The statements are committed: run the probe only on a shadow database.
 */
public final class LockProbe {
    private static final String RELATIONS = """
            SELECT c.oid, quote_ident(n.nspname) || '.' || quote_ident(c.relname) AS name, c.relkind, c.relfilenode
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'
              AND n.nspname NOT LIKE 'pg_temp%'""";
    private static final String OWN_LOCKS = """
            SELECT relation, mode FROM pg_locks
            WHERE pid = pg_backend_pid() AND locktype = 'relation' AND granted""";
    private static final String PID_LOCKS = """
            SELECT relation, mode FROM pg_locks WHERE pid = ? AND locktype = 'relation'""";
    // Since PostgreSQL 15 the xact view shows the backend's stats not yet flushed, which may span earlier
    // transactions: compare counts taken inside the statement's own transaction, before and after it.
    private static final String SCANS = "SELECT relid, seq_scan FROM pg_stat_xact_user_tables";

    private final Supplier<Connection> sampler;

    /** @param sampler opens a second session to the same database, for non-transactional statements */
    public LockProbe(Supplier<Connection> sampler) {
        this.sampler = sampler;
    }

    public List<StatementProbe> probe(Connection conn, List<String> statements) {
        List<StatementProbe> out = new ArrayList<>();
        for (String sql : statements) {
            out.add(probeOne(conn, sql));
            if (out.get(out.size() - 1).error().isPresent()) {
                break;
            }
        }
        return out;
    }

    public StatementProbe probeOne(Connection conn, String sql) {
        try {
            conn.setAutoCommit(false);
            Map<Long, Relation> before = relations(conn);
            Map<Long, Long> scansBefore = scanCounts(conn);
            long start = System.nanoTime();
            List<Notice> notices;
            try (Statement st = conn.createStatement()) {
                st.execute(sql);
                notices = notices(st);
            } catch (SQLException e) {
                conn.rollback();
                if ("25001".equals(e.getSQLState())) {
                    return probeOutsideTransaction(conn, sql, before);
                }
                return new StatementProbe(sql, List.of(), List.of(), List.of(), true,
                        Optional.of(e.getMessage()), 0);
            }
            long micros = (System.nanoTime() - start) / 1000;
            Map<Long, LockMode> held = locks(conn, OWN_LOCKS, null);
            List<String> scanned = scannedSince(conn, before, scansBefore);
            Map<Long, Relation> after = relations(conn);
            conn.commit();
            return new StatementProbe(sql, relationLocks(held, before), rewritten(before, after), scanned, true,
                    Optional.empty(), micros, notices);
        } catch (SQLException e) {
            throw new KeelException(ErrorCode.DATABASE_ERROR, "Lock probe failed: " + e.getMessage(), e);
        }
    }

    /** The relations (known before the statement) whose sequential-scan count grew since {@code scansBefore}. */
    private static List<String> scannedSince(Connection conn, Map<Long, Relation> before, Map<Long, Long> scansBefore)
            throws SQLException {
        List<String> scanned = new ArrayList<>();
        scanCounts(conn).forEach((oid, n) -> {
            Relation r = before.get(oid);
            if (r != null && n > scansBefore.getOrDefault(oid, 0L)) {
                scanned.add(r.name);
            }
        });
        scanned.sort(String::compareTo);
        return scanned;
    }

    /**
     * Runs one statement of a file that runs as one transaction (as Keel's deploy and {@code prisma migrate deploy}
     * run a file without {@code CONCURRENTLY} and the like), inside that transaction, which stays open: later
     * statements see what only lives until the commit ({@code ON COMMIT DROP} temporary tables, uncommitted enum
     * values PostgreSQL refuses to use). The locks reported are the ones the statement newly took — a mode the
     * transaction already held was taken, and is reported, by the statement before that took it. On an error the
     * transaction is rolled back, as the migration's would be.
     */
    public StatementProbe probeInTransaction(Connection conn, String sql) {
        try {
            conn.setAutoCommit(false);
            Map<Long, Relation> before = relations(conn);
            Map<Long, java.util.Set<LockMode>> heldBefore = heldModes(conn);
            Map<Long, Long> scansBefore = scanCounts(conn);
            long start = System.nanoTime();
            List<Notice> notices;
            try (Statement st = conn.createStatement()) {
                st.execute(sql);
                notices = notices(st);
            } catch (SQLException e) {
                conn.rollback();
                return new StatementProbe(sql, List.of(), List.of(), List.of(), true,
                        Optional.of(e.getMessage()), 0);
            }
            long micros = (System.nanoTime() - start) / 1000;
            Map<Long, LockMode> taken = new HashMap<>();
            heldModes(conn).forEach((oid, modes) -> modes.stream()
                    .filter(m -> !heldBefore.getOrDefault(oid, java.util.Set.of()).contains(m))
                    .forEach(m -> taken.merge(oid, m, (a, b) -> a.compareTo(b) >= 0 ? a : b)));
            List<String> scanned = scannedSince(conn, before, scansBefore);
            Map<Long, Relation> after = relations(conn);
            return new StatementProbe(sql, relationLocks(taken, before), rewritten(before, after), scanned, true,
                    Optional.empty(), micros, notices);
        } catch (SQLException e) {
            throw new KeelException(ErrorCode.DATABASE_ERROR, "Lock probe failed: " + e.getMessage(), e);
        }
    }

    /** PostgreSQL's notices and warnings for the statement, as the driver collected them. */
    private static List<Notice> notices(Statement st) throws SQLException {
        List<Notice> out = new ArrayList<>();
        for (java.sql.SQLWarning w = st.getWarnings(); w != null; w = w.getNextWarning()) {
            out.add(new Notice(w.getSQLState(), w.getMessage()));
        }
        return out;
    }

    /** Every mode this session holds on each relation ({@code pg_locks} has one row per mode). */
    private static Map<Long, java.util.Set<LockMode>> heldModes(Connection conn) throws SQLException {
        Map<Long, java.util.Set<LockMode>> held = new HashMap<>();
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(OWN_LOCKS)) {
            while (rs.next()) {
                held.computeIfAbsent(rs.getLong(1), k -> java.util.EnumSet.noneOf(LockMode.class))
                        .add(LockMode.fromPgName(rs.getString(2)));
            }
        }
        return held;
    }

    /**
     * Runs a statement that refuses transaction blocks. To see its locks deterministically, a blocker session
     * first holds ROW EXCLUSIVE on every table in a REPEATABLE READ transaction: concurrent builds and drops
     * ({@code CONCURRENTLY}) then wait for it while holding their own locks, and statements that need a
     * stronger lock queue behind it with their request visible in {@code pg_locks}. The sampler records what
     * it sees, then lets the blocker go.
     */
    private StatementProbe probeOutsideTransaction(Connection conn, String sql, Map<Long, Relation> before)
            throws SQLException {
        conn.setAutoCommit(true);
        int pid;
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery("SELECT pg_backend_pid()")) {
            rs.next();
            pid = rs.getInt(1);
        }
        Connection blocker = sampler.get();
        blocker.setAutoCommit(false);
        try (Statement st = blocker.createStatement()) {
            st.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ");
            st.execute("SELECT 1");
            List<String> tables = before.values().stream().filter(r -> r.relkind == 'r' || r.relkind == 'p')
                    .map(Relation::name).toList();
            if (!tables.isEmpty()) {
                st.execute("LOCK TABLE " + String.join(", ", tables) + " IN ROW EXCLUSIVE MODE");
            }
        }
        Map<Long, LockMode> seen = new HashMap<>();
        AtomicBoolean done = new AtomicBoolean();
        Thread watcher = new Thread(() -> watch(pid, blocker, seen, done), "keel-lock-probe-sampler");
        watcher.start();
        long start = System.nanoTime();
        Optional<String> error = Optional.empty();
        List<Notice> notices = List.of();
        try (Statement st = conn.createStatement()) {
            st.execute(sql);
            notices = notices(st);
        } catch (SQLException e) {
            error = Optional.of(e.getMessage());
        } finally {
            done.set(true);
            try {
                watcher.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            blocker.close();
        }
        long micros = (System.nanoTime() - start) / 1000;
        Map<Long, Relation> after = relations(conn);
        synchronized (seen) {
            return new StatementProbe(sql, relationLocks(seen, before), rewritten(before, after), List.of(), false,
                    error, micros, notices);
        }
    }

    private static final String WAITING = "SELECT wait_event_type = 'Lock' FROM pg_stat_activity WHERE pid = ?";

    private void watch(int pid, Connection blocker, Map<Long, LockMode> seen, AtomicBoolean done) {
        boolean released = false;
        long deadline = System.nanoTime() + 5_000_000_000L;
        try (Connection c = sampler.get(); PreparedStatement locks = c.prepareStatement(PID_LOCKS);
             PreparedStatement waiting = c.prepareStatement(WAITING)) {
            locks.setInt(1, pid);
            waiting.setInt(1, pid);
            while (!done.get()) {
                try (ResultSet rs = locks.executeQuery()) {
                    synchronized (seen) {
                        while (rs.next()) {
                            seen.merge(rs.getLong(1), LockMode.fromPgName(rs.getString(2)),
                                    (a, b) -> a.compareTo(b) >= 0 ? a : b);
                        }
                    }
                }
                if (!released) {
                    boolean isWaiting;
                    try (ResultSet rs = waiting.executeQuery()) {
                        isWaiting = rs.next() && rs.getBoolean(1);
                    }
                    if (isWaiting || System.nanoTime() > deadline) {
                        blocker.commit();
                        released = true;
                    }
                }
            }
            if (!released) {
                blocker.commit();
            }
        } catch (SQLException ignored) {
            // Sampling is best effort; closing the blocker (by the caller) releases the statement in any case.
        }
    }

    private static Map<Long, LockMode> locks(Connection conn, String sql, Integer pid) throws SQLException {
        Map<Long, LockMode> held = new HashMap<>();
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            if (pid != null) {
                ps.setInt(1, pid);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    held.merge(rs.getLong(1), LockMode.fromPgName(rs.getString(2)),
                            (a, b) -> a.compareTo(b) >= 0 ? a : b);
                }
            }
        }
        return held;
    }

    private static Map<Long, Long> scanCounts(Connection conn) throws SQLException {
        Map<Long, Long> out = new HashMap<>();
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(SCANS)) {
            while (rs.next()) {
                out.put(rs.getLong(1), rs.getLong(2));
            }
        }
        return out;
    }

    private static List<RelationLock> relationLocks(Map<Long, LockMode> held, Map<Long, Relation> before) {
        List<RelationLock> out = new ArrayList<>();
        held.forEach((oid, mode) -> {
            Relation r = before.get(oid);
            if (r != null) {
                out.add(new RelationLock(r.name, r.kind(), mode));
            }
        });
        out.sort((a, b) -> a.relation().compareTo(b.relation()));
        return out;
    }

    private static List<String> rewritten(Map<Long, Relation> before, Map<Long, Relation> after) {
        List<String> out = new ArrayList<>();
        before.forEach((oid, r) -> {
            Relation now = after.get(oid);
            if (now != null && now.relfilenode != r.relfilenode && r.relfilenode != 0
                    && (r.relkind == 'r' || r.relkind == 'm')) {
                out.add(r.name);
            }
        });
        out.sort(String::compareTo);
        return out;
    }

    private static Map<Long, Relation> relations(Connection conn) throws SQLException {
        Map<Long, Relation> out = new LinkedHashMap<>();
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(RELATIONS)) {
            while (rs.next()) {
                out.put(rs.getLong(1), new Relation(rs.getString(2), rs.getString(3).charAt(0), rs.getLong(4)));
            }
        }
        return out;
    }

    private record Relation(String name, char relkind, long relfilenode) {
        String kind() {
            return KINDS.getOrDefault(relkind, "relation");
        }
    }

    private static final Map<Character, String> KINDS = Map.of('r', "table", 'i', "index", 'S', "sequence",
            'v', "view", 'm', "materialized view", 'p', "partitioned table", 'I', "partitioned index",
            'f', "foreign table", 'c', "type");

}
