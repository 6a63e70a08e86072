package dev.keel.history;

import dev.keel.api.ErrorCode;
import dev.keel.api.KeelException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Prisma's {@code _prisma_migrations} table, with its exact DDL and row lifecycle, in the connection's schema
 * (the first one on its search path). Timestamps come from this process's clock, as Prisma's engine does.
 */
public final class HistoryTable {
    public static final String NAME = "_prisma_migrations";

    /** Byte for byte what Prisma's schema engine runs. */
    public static final String DDL = "CREATE TABLE _prisma_migrations (\n"
            + "    id                      VARCHAR(36) PRIMARY KEY NOT NULL,\n"
            + "    checksum                VARCHAR(64) NOT NULL,\n"
            + "    finished_at             TIMESTAMPTZ,\n"
            + "    migration_name          VARCHAR(255) NOT NULL,\n"
            + "    logs                    TEXT,\n"
            + "    rolled_back_at          TIMESTAMPTZ,\n"
            + "    started_at              TIMESTAMPTZ NOT NULL DEFAULT now(),\n"
            + "    applied_steps_count     INTEGER NOT NULL DEFAULT 0\n"
            + ");\n";

    private static final java.util.Set<String> IGNORED_TABLES = java.util.Set.of("spatial_ref_sys",
            "geometry_columns", "geography_columns", "raster_columns", "raster_overviews");

    private final Connection c;
    private final String schema;

    public HistoryTable(Connection c, String schema) {
        this.c = c;
        this.schema = schema;
    }

    public boolean exists() {
        return !tableNames(NAME).isEmpty();
    }

    /**
     * Prisma's {@code initialize}: nothing if the table exists; P3005 if any other table is in the schema;
     * otherwise create it.
     */
    public void initialize() {
        List<String> tables = tableNames(null);
        if (tables.contains(NAME)) {
            return;
        }
        // PostGIS's own tables do not make a schema "not empty" (Prisma's POSTGIS_TABLES_OR_VIEWS).
        if (tables.stream().anyMatch(t -> !IGNORED_TABLES.contains(t.toLowerCase(java.util.Locale.ROOT)))) {
            throw new KeelException(ErrorCode.SCHEMA_NOT_EMPTY, "The database schema is not empty. Read more about "
                    + "how to baseline an existing production database: https://pris.ly/d/migrate-baseline");
        }
        create();
    }

    /** Creates the table without the emptiness check (baselining through {@code resolve --applied}). */
    public void create() {
        run(DDL);
    }

    private List<String> tableNames(String only) {
        String sql = "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                + "WHERE c.relkind = 'r' AND n.nspname = ?" + (only == null ? "" : " AND c.relname = ?");
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, schema);
            if (only != null) {
                ps.setString(2, only);
            }
            List<String> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        } catch (SQLException e) {
            throw dbError("list the tables of schema \"" + schema + "\"", e);
        }
    }

    /** Every row, oldest first (by started_at, as rows are written). */
    public List<HistoryRecord> list() {
        String sql = "SELECT id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, "
                + "applied_steps_count FROM _prisma_migrations ORDER BY started_at ASC";
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            List<HistoryRecord> out = new ArrayList<>();
            while (rs.next()) {
                out.add(new HistoryRecord(rs.getString(1), rs.getString(2),
                        Optional.ofNullable(rs.getObject(3, OffsetDateTime.class)), rs.getString(4),
                        Optional.ofNullable(rs.getString(5)), Optional.ofNullable(rs.getObject(6, OffsetDateTime.class)),
                        rs.getObject(7, OffsetDateTime.class), rs.getInt(8)));
            }
            return out;
        } catch (SQLException e) {
            throw dbError("read _prisma_migrations", e);
        }
    }

    /** Row for a migration about to run: finished_at, logs and rolled_back_at NULL, 0 steps. */
    public static SqlCall started(String id, String name, String checksum) {
        return SqlCall.of("INSERT INTO _prisma_migrations (id, checksum, started_at, migration_name) VALUES (?, ?, ?, ?)",
                id, checksum, now(), name);
    }

    public static SqlCall successfulStep(String id) {
        return SqlCall.of("UPDATE _prisma_migrations SET applied_steps_count = applied_steps_count + 1 WHERE id = ?", id);
    }

    public static SqlCall finished(String id) {
        return SqlCall.of("UPDATE _prisma_migrations SET finished_at = ? WHERE id = ?", now(), id);
    }

    public static SqlCall failed(String id, String logs) {
        return SqlCall.of("UPDATE _prisma_migrations SET logs = ? WHERE id = ?", logs, id);
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    /** {@code resolve --applied}: a finished row with empty logs. */
    public String markApplied(String name, String checksum) {
        String id = newId();
        OffsetDateTime now = now();
        SqlCall.run(c, "update _prisma_migrations", SqlCall.of("INSERT INTO _prisma_migrations (id, checksum, logs, "
                + "started_at, finished_at, migration_name) VALUES (?, ?, '', ?, ?, ?)", id, checksum, now, now, name));
        return id;
    }

    public void markRolledBack(String id) {
        SqlCall.run(c, "update _prisma_migrations",
                SqlCall.of("UPDATE _prisma_migrations SET rolled_back_at = ? WHERE id = ?", now(), id));
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    private void run(String sql) {
        try (Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw dbError("create _prisma_migrations", e);
        }
    }

    public static KeelException dbError(String what, SQLException e) {
        return new KeelException(ErrorCode.DATABASE_ERROR, "Could not " + what + ": " + e.getMessage(), e);
    }
}
