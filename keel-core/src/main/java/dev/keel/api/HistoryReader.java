package dev.keel.api;

import dev.keel.history.HistoryRecord;
import dev.keel.history.HistoryTable;
import dev.keel.history.KeelJournal;
import dev.keel.history.LockWaits;
import dev.keel.safety.expand.PlanRegistry;
import dev.keel.schema.Identifiers;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads what past deploys left behind, read-only: {@code _prisma_migrations} joined with Keel's journal, and the
 * plans' progress. Each table is looked up first, so a Prisma-only database (no {@code _keel}) and a database never
 * migrated (no {@code _prisma_migrations}) read as what they are rather than failing.
 */
final class HistoryReader {
    private static final String RUNS = q(KeelJournal.SCHEMA) + "." + q(KeelJournal.RUNS);
    private static final String PROGRESS = q(KeelJournal.SCHEMA) + "." + q(KeelJournal.PROGRESS);
    private static final String PLANS = PlanRegistry.TABLE;
    private static final String BACKFILLS = PlanRegistry.BACKFILLS;

    private final Connection c;
    private final String schema;

    HistoryReader(Connection c, String schema) {
        this.c = c;
        this.schema = schema;
    }

    HistoryResult read(String database) {
        try {
            String table = q(schema) + "." + q(HistoryTable.NAME);
            boolean hasTable = exists(table);
            boolean hasJournal = exists(RUNS) && exists(PROGRESS);
            List<HistoryResult.Migration> migrations = hasTable ? migrations(table, hasJournal,
                    hasJournal && hasLockColumns()) : List.of();
            return new HistoryResult(database, schema, hasTable, hasJournal, migrations,
                    HistoryResult.Totals.of(migrations), plans());
        } catch (SQLException e) {
            throw HistoryTable.dbError("read the migration history", e);
        }
    }

    private List<HistoryResult.Migration> migrations(String table, boolean journal, boolean lockColumns)
            throws SQLException {
        // The slowest statement only means something for a statement-by-statement run: a transactional run's one
        // progress row is its commit marker (0 ms), and index -1 marks a run without one.
        String sql = "SELECT m.\"id\", m.\"migration_name\", m.\"checksum\", m.\"started_at\", m.\"finished_at\", "
                + "m.\"rolled_back_at\", m.\"applied_steps_count\", m.\"logs\", "
                + (journal ? "r.\"mode\", r.\"statement_count\", r.\"duration_ms\", r.\"rows_affected\", r.\"outcome\", "
                + "(SELECT count(*) FROM " + PROGRESS + " p WHERE p.\"migration_id\" = m.\"id\" AND r.\"mode\" = "
                + "'STATEMENTS' AND p.\"statement_index\" >= 0), s.\"statement_index\", s.\"duration_ms\", "
                + "s.\"rows_affected\", "
                + (lockColumns ? "r.\"lock_retries\", r.\"lock_refused\", r.\"lock_wait_ms\", r.\"lock_pause_ms\""
                : "NULL, NULL, NULL, NULL") + " FROM " + table + " m LEFT JOIN " + RUNS + " r ON r.\"migration_id\" = m.\"id\" "
                + "AND r.\"history_schema\" = ? LEFT JOIN LATERAL (SELECT p.\"statement_index\", p.\"duration_ms\", "
                + "p.\"rows_affected\" FROM " + PROGRESS + " p WHERE p.\"migration_id\" = m.\"id\" AND r.\"mode\" = "
                + "'STATEMENTS' AND p.\"statement_index\" >= 0 ORDER BY p.\"duration_ms\" DESC, p.\"statement_index\" "
                + "LIMIT 1) s ON true"
                : "NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL FROM " + table + " m")
                + " ORDER BY m.\"started_at\", m.\"migration_name\"";
        List<HistoryResult.Migration> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (journal) {
                ps.setString(1, schema);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Optional<OffsetDateTime> finished = Optional.ofNullable(rs.getObject(5, OffsetDateTime.class));
                    Optional<OffsetDateTime> rolledBack = Optional.ofNullable(rs.getObject(6, OffsetDateTime.class));
                    HistoryRecord record = new HistoryRecord(rs.getString(1), rs.getString(3), finished,
                            rs.getString(2), Optional.ofNullable(rs.getString(8)), rolledBack,
                            rs.getObject(4, OffsetDateTime.class), rs.getInt(7));
                    Optional<HistoryResult.Run> run = Optional.empty();
                    String mode = rs.getString(9);
                    if (mode != null) {
                        Optional<HistoryResult.Statement> slowest = rs.getObject(15) == null ? Optional.empty()
                                : Optional.of(new HistoryResult.Statement(rs.getInt(15),
                                Duration.ofMillis(rs.getLong(16)), rs.getLong(17)));
                        run = Optional.of(new HistoryResult.Run(KeelJournal.Mode.valueOf(mode), rs.getInt(10),
                                Optional.ofNullable(longOrNull(rs, 11)).map(Duration::ofMillis),
                                Optional.ofNullable(longOrNull(rs, 12)), Optional.ofNullable(rs.getString(13)),
                                rs.getInt(14), slowest, locks(rs)));
                    }
                    out.add(new HistoryResult.Migration(record.id(), record.migrationName(), record.checksum(),
                            record.state(), record.startedAt(), finished, rolledBack, record.appliedStepsCount(),
                            record.logs(), run));
                }
            }
        }
        return out;
    }

    /** A journal of an earlier Keel, not yet upgraded by a deploy (this session is read-only): no lock columns. */
    private boolean hasLockColumns() throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) = 4 FROM pg_attribute WHERE attrelid = "
                + "to_regclass(?) AND attname IN ('lock_retries', 'lock_refused', 'lock_wait_ms', 'lock_pause_ms') "
                + "AND NOT attisdropped")) {
            ps.setString(1, RUNS);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    /** Empty for a run recorded before Keel journaled its lock retries (NULL columns). */
    private static Optional<LockWaits> locks(ResultSet rs) throws SQLException {
        Long retries = longOrNull(rs, 18);
        Long refused = longOrNull(rs, 19);
        Long waited = longOrNull(rs, 20);
        Long paused = longOrNull(rs, 21);
        if (retries == null || refused == null || waited == null || paused == null) {
            return Optional.empty();
        }
        return Optional.of(new LockWaits(retries.intValue(), refused.intValue(), Duration.ofMillis(waited),
                Duration.ofMillis(paused)));
    }

    private List<HistoryResult.Plan> plans() throws SQLException {
        if (!exists(PLANS)) {
            return List.of();
        }
        Map<String, List<HistoryResult.Backfill>> parts = new LinkedHashMap<>();
        if (exists(BACKFILLS)) {
            try (PreparedStatement ps = c.prepareStatement("SELECT \"plan\", \"name\", \"rows_changed\", "
                    + "\"last_key\", \"finished_at\" IS NOT NULL, \"updated_at\" FROM " + BACKFILLS
                    + " ORDER BY \"plan\", \"name\""); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    parts.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new HistoryResult.Backfill(
                            rs.getString(2), rs.getLong(3), Optional.ofNullable(rs.getString(4)), rs.getBoolean(5),
                            rs.getObject(6, OffsetDateTime.class)));
                }
            }
        }
        List<HistoryResult.Plan> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT \"name\", \"kind\", \"table_name\", \"release\", "
                + "\"backfill_rows\", \"backfill_last_key\", \"backfilled_at\", \"finished_at\" IS NOT NULL, "
                + "\"started_at\", \"updated_at\" FROM " + PLANS + " ORDER BY \"started_at\", \"name\"");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Optional<OffsetDateTime> backfilledAt = Optional.ofNullable(rs.getObject(7, OffsetDateTime.class));
                out.add(new HistoryResult.Plan(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        rs.getLong(5), Optional.ofNullable(rs.getString(6)), backfilledAt.isPresent(),
                        rs.getBoolean(8), rs.getObject(9, OffsetDateTime.class),
                        rs.getObject(10, OffsetDateTime.class), backfilledAt,
                        parts.getOrDefault(rs.getString(1), List.of())));
            }
        }
        return out;
    }

    private boolean exists(String qualified) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
            ps.setString(1, qualified);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    private static Long longOrNull(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    private static String q(String identifier) {
        return Identifiers.quote(identifier);
    }
}
