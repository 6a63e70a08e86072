package dev.keel.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Keel's own bookkeeping, kept out of Prisma's table and out of the application's schema (so {@code prisma db
 * pull} and drift checks never see it): schema {@code _keel}, with one row per migration run (mode, outcome,
 * timing) and one row per finished statement of a non-transactional run, which is what lets a crashed run resume.
 * Rows are keyed by the {@code _prisma_migrations.id} of the run and the schema that table is in.
 */
public final class KeelJournal {
    public static final String SCHEMA = "_keel";
    public static final String RUNS = "_keel_migration_runs";
    public static final String PROGRESS = "_keel_statement_progress";

    /**
     * Progress index recording that a transactional run went ahead without its commit marker (a lone statement
     * PostgreSQL refuses in a transaction block): after a crash, whether it committed is unknown, as under Prisma.
     */
    public static final int NO_MARKER = -1;

    public enum Mode {
        /** The whole file as one simple-protocol script: one implicit transaction, as Prisma does. */
        TRANSACTION,
        /** Statement by statement outside a transaction block, each finished statement journaled. */
        STATEMENTS
    }

    /** What an earlier, interrupted run of a migration got through. */
    public record Run(String migrationId, Mode mode, Optional<String> outcome, int finishedStatements) {
    }

    private final Connection c;
    private final String historySchema;
    private boolean enabled = true;
    /** False when a journal of an earlier Keel lacks the lock columns and this role may not add them. */
    private boolean lockColumns = true;

    /**
     * The columns added since the first journal layout, with their types: a journal created by an earlier Keel gets
     * them on the next deploy ({@code ADD COLUMN IF NOT EXISTS}); its old rows keep NULL there (not measured).
     */
    private static final List<AddedColumn> LOCK_COLUMNS = List.of(new AddedColumn("lock_retries", "INTEGER"),
            new AddedColumn("lock_refused", "INTEGER"), new AddedColumn("lock_wait_ms", "BIGINT"),
            new AddedColumn("lock_pause_ms", "BIGINT"));
    /** Of each statement of a statement-by-statement run: its attempts refused for a lock and their wait. */
    private static final List<AddedColumn> STATEMENT_LOCK_COLUMNS = List.of(
            new AddedColumn("lock_refused", "INTEGER"), new AddedColumn("lock_wait_ms", "BIGINT"));

    private record AddedColumn(String name, String type) {
    }

    public KeelJournal(Connection c, String historySchema) {
        this.c = c;
        this.historySchema = historySchema;
    }

    /**
     * Creates the journal if needed. Returns false, and turns the journal off for this session, when the user may
     * not create it (42501): deploy then works as Prisma's, without resuming.
     */
    public boolean ensureTables() {
        try (Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA IF NOT EXISTS \"" + SCHEMA + "\"");
        } catch (SQLException e) {
            if ("42501".equals(e.getSQLState())) {
                enabled = false;
                return false;
            }
            throw HistoryTable.dbError("create schema \"" + SCHEMA + "\"", e);
        }
        createTables();
        upgrade();
        return true;
    }

    /**
     * Adds the lock columns to a journal an earlier Keel created. Only when one is missing, since ALTER TABLE takes
     * an ACCESS EXCLUSIVE lock; a role that does not own the table (42501) keeps the journal without them.
     */
    private void upgrade() {
        lockColumns = upgrade(RUNS, LOCK_COLUMNS) & upgrade(PROGRESS, STATEMENT_LOCK_COLUMNS);
    }

    private boolean upgrade(String table, List<AddedColumn> columns) {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM pg_attribute WHERE attrelid = "
                + "to_regclass(?) AND attname = ANY (?) AND NOT attisdropped")) {
            ps.setString(1, "\"" + SCHEMA + "\".\"" + table + "\"");
            ps.setArray(2, c.createArrayOf("text", columns.stream().map(AddedColumn::name).toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                if (rs.getInt(1) == columns.size()) {
                    return true;
                }
            }
        } catch (SQLException e) {
            throw HistoryTable.dbError("read the columns of Keel's journal", e);
        }
        StringBuilder sql = new StringBuilder("ALTER TABLE \"" + SCHEMA + "\".\"" + table + "\"");
        String sep = " ";
        for (AddedColumn col : columns) {
            sql.append(sep).append("ADD COLUMN IF NOT EXISTS \"").append(col.name()).append("\" ").append(col.type());
            sep = ", ";
        }
        try (Statement st = c.createStatement()) {
            st.execute(sql.toString());
            return true;
        } catch (SQLException e) {
            if (!"42501".equals(e.getSQLState())) {
                throw HistoryTable.dbError("add the lock columns to Keel's journal", e);
            }
            return false;
        }
    }

    public boolean enabled() {
        return enabled;
    }

    private void createTables() {
        exec("CREATE TABLE IF NOT EXISTS \"" + SCHEMA + "\".\"" + RUNS + "\" (\n"
                + "    \"migration_id\"     VARCHAR(36) NOT NULL PRIMARY KEY,\n"
                + "    \"history_schema\"   TEXT NOT NULL,\n"
                + "    \"migration_name\"   VARCHAR(255) NOT NULL,\n"
                + "    \"checksum\"         VARCHAR(64) NOT NULL,\n"
                + "    \"mode\"             TEXT NOT NULL,\n"
                + "    \"statement_count\"  INTEGER NOT NULL,\n"
                + "    \"started_at\"       TIMESTAMPTZ NOT NULL,\n"
                + "    \"finished_at\"      TIMESTAMPTZ,\n"
                + "    \"duration_ms\"      BIGINT,\n"
                + "    \"rows_affected\"    BIGINT,\n"
                + "    \"outcome\"          TEXT,\n"
                + "    \"lock_retries\"     INTEGER,\n"
                + "    \"lock_refused\"     INTEGER,\n"
                + "    \"lock_wait_ms\"     BIGINT,\n"
                + "    \"lock_pause_ms\"    BIGINT\n"
                + ")");
        exec("CREATE TABLE IF NOT EXISTS \"" + SCHEMA + "\".\"" + PROGRESS + "\" (\n"
                + "    \"migration_id\"     VARCHAR(36) NOT NULL,\n"
                + "    \"statement_index\"  INTEGER NOT NULL,\n"
                + "    \"statement_sha256\" VARCHAR(64) NOT NULL,\n"
                + "    \"finished_at\"      TIMESTAMPTZ NOT NULL,\n"
                + "    \"duration_ms\"      BIGINT NOT NULL,\n"
                + "    \"rows_affected\"    BIGINT NOT NULL,\n"
                + "    \"lock_refused\"     INTEGER,\n"
                + "    \"lock_wait_ms\"     BIGINT,\n"
                + "    PRIMARY KEY (\"migration_id\", \"statement_index\")\n"
                + ")");
    }

    public SqlCall runStarted(String migrationId, String name, String checksum, Mode mode, int statements) {
        if (!enabled) {
            return SqlCall.NONE;
        }
        return SqlCall.of("INSERT INTO \"" + SCHEMA + "\".\"" + RUNS + "\" (\"migration_id\", \"history_schema\", "
                        + "\"migration_name\", \"checksum\", \"mode\", \"statement_count\", \"started_at\") "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (\"migration_id\") DO NOTHING",
                migrationId, historySchema, name, checksum, mode.name(), statements, now());
    }

    public SqlCall runFinished(String migrationId, Duration duration, long rows, String outcome, LockWaits locks) {
        if (!enabled) {
            return SqlCall.NONE;
        }
        if (lockColumns) {
            return SqlCall.of("UPDATE \"" + SCHEMA + "\".\"" + RUNS + "\" SET \"finished_at\" = ?, \"duration_ms\" = ?, "
                    + "\"rows_affected\" = ?, \"outcome\" = ?, \"lock_retries\" = ?, \"lock_refused\" = ?, "
                    + "\"lock_wait_ms\" = ?, \"lock_pause_ms\" = ? WHERE \"migration_id\" = ?",
                    now(), duration.toMillis(), rows, outcome, locks.retries(), locks.refused(),
                    locks.waited().toMillis(), locks.paused().toMillis(), migrationId);
        }
        return SqlCall.of("UPDATE \"" + SCHEMA + "\".\"" + RUNS + "\" SET \"finished_at\" = ?, \"duration_ms\" = ?, "
                + "\"rows_affected\" = ?, \"outcome\" = ? WHERE \"migration_id\" = ?",
                now(), duration.toMillis(), rows, outcome, migrationId);
    }

    public void statementFinished(String migrationId, int index, String sql, Duration duration, long rows) {
        statementFinished(migrationId, index, sql, duration, rows, LockWaits.NONE);
    }

    /** {@code locks}: the statement's own attempts refused for a lock before the one that finished, and their wait. */
    public void statementFinished(String migrationId, int index, String sql, Duration duration, long rows,
                                  LockWaits locks) {
        if (!enabled) {
            return;
        }
        if (lockColumns) {
            SqlCall.run(c, "write Keel's statement journal", SqlCall.of("INSERT INTO \"" + SCHEMA + "\".\"" + PROGRESS
                            + "\" (\"migration_id\", \"statement_index\", \"statement_sha256\", \"finished_at\", "
                            + "\"duration_ms\", \"rows_affected\", \"lock_refused\", \"lock_wait_ms\") "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    migrationId, index, Checksum.of(sql), now(), duration.toMillis(), rows, locks.refused(),
                    locks.waited().toMillis()));
            return;
        }
        SqlCall.run(c, "write Keel's statement journal", SqlCall.of("INSERT INTO \"" + SCHEMA + "\".\"" + PROGRESS + "\" (\"migration_id\", \"statement_index\", "
                        + "\"statement_sha256\", \"finished_at\", \"duration_ms\", \"rows_affected\") "
                        + "VALUES (?, ?, ?, ?, ?, ?)",
                migrationId, index, Checksum.of(sql), now(), duration.toMillis(), rows));
    }

    /**
     * The marker of a transactional run, as SQL with literals (it is appended to the migration's own script): the
     * progress row of statement 0, the whole file. The id is a UUID and the checksum hex, so nothing needs escaping.
     */
    public String commitMarker(String migrationId, String script) {
        return "INSERT INTO \"" + SCHEMA + "\".\"" + PROGRESS + "\" (\"migration_id\", \"statement_index\", "
                + "\"statement_sha256\", \"finished_at\", \"duration_ms\", \"rows_affected\") VALUES ('"
                + migrationId.replace("'", "''") + "', 0, '" + Checksum.of(script) + "', now(), 0, 0)";
    }

    /** The journaled run behind a {@code _prisma_migrations} row, if Keel wrote one. */
    public Optional<Run> run(String migrationId) {
        if (!enabled || !tablesExist()) {
            return Optional.empty();
        }
        String sql = "SELECT r.\"mode\", r.\"outcome\", (SELECT count(*) FROM \"" + SCHEMA + "\".\"" + PROGRESS
                + "\" p WHERE p.\"migration_id\" = r.\"migration_id\") FROM \"" + SCHEMA + "\".\"" + RUNS
                + "\" r WHERE r.\"migration_id\" = ? AND r.\"history_schema\" = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, migrationId);
            ps.setString(2, historySchema);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Run(migrationId, Mode.valueOf(rs.getString(1)),
                        Optional.ofNullable(rs.getString(2)), rs.getInt(3)));
            }
        } catch (SQLException e) {
            throw HistoryTable.dbError("read Keel's migration journal", e);
        }
    }

    /** The SHA-256 of each statement an earlier run finished, by index. */
    public java.util.Map<Integer, String> finishedStatements(String migrationId) {
        String sql = "SELECT \"statement_index\", \"statement_sha256\" FROM \"" + SCHEMA + "\".\"" + PROGRESS
                + "\" WHERE \"migration_id\" = ?";
        java.util.Map<Integer, String> out = new java.util.HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, migrationId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getInt(1), rs.getString(2));
                }
            }
            return out;
        } catch (SQLException e) {
            throw HistoryTable.dbError("read Keel's statement journal", e);
        }
    }

    private boolean tablesExist() {
        try (PreparedStatement ps = c.prepareStatement("SELECT to_regclass(?) IS NOT NULL AND to_regclass(?) IS NOT NULL")) {
            ps.setString(1, "\"" + SCHEMA + "\".\"" + RUNS + "\"");
            ps.setString(2, "\"" + SCHEMA + "\".\"" + PROGRESS + "\"");
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        } catch (SQLException e) {
            throw HistoryTable.dbError("look for Keel's migration journal", e);
        }
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    private void exec(String sql) {
        try (Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw HistoryTable.dbError("create Keel's journal tables in schema \"" + SCHEMA + "\"", e);
        }
    }

}
