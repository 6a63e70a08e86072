package dev.keel.safety.expand;

import dev.keel.api.ErrorCode;
import dev.keel.api.KeelException;
import dev.keel.schema.QualifiedName;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads {@code "_keel"."plans"}: what the database says about each expand/contract plan. */
public final class PlanRegistry {
    /** Where each plan's release and backfill progress are recorded (quoted, qualified). */
    public static final String TABLE = PlanRegistrySql.TABLE;
    /** Each backfill's own resume point, for plans with several (quoted, qualified). */
    public static final String BACKFILLS = PlanRegistrySql.BACKFILLS;

    /**
     * One plan's row: the release its migrations reached, its backfill progress, whether it is finished; for a
     * column plan, the column it moves ({@code column}: table, old and new column).
     */
    public record Row(String name, String kind, String table, String summary, int release, long backfillRows,
                      boolean backfilled, boolean finished, Optional<MovedColumn> column) {
    }

    /** The column a plan moves: {@code oldColumn} of {@code table} becomes {@code newColumn}. */
    public record MovedColumn(QualifiedName table, String oldColumn, String newColumn) {
    }

    private PlanRegistry() {
    }

    /**
     * The row that keeps {@code plan} from starting: same name, another plan (another summary: what it changes, and
     * to what), not finished. Release 1 would refuse to replace it (when its kind, table or enum, or column or value
     * differs) or replace it as a new incarnation; at plan time either means the name is taken, unless that plan was
     * rolled back and its row deleted.
     */
    public static Optional<Row> clash(List<Row> rows, String plan, String summary) {
        return rows.stream().filter(r -> r.name().equals(plan) && !r.finished() && !r.summary().equals(summary))
                .findFirst();
    }

    /** Every plan the database knows, oldest first; empty when no plan ever ran there. */
    public static List<Row> read(Connection c) {
        try (Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT to_regclass('\"_keel\".\"plans\"') IS NOT NULL")) {
                rs.next();
                if (!rs.getBoolean(1)) {
                    return List.of();
                }
            }
            List<Row> out = new ArrayList<>();
            boolean moves;
            try (ResultSet rs = st.executeQuery("SELECT count(*) = 3 FROM pg_catalog.pg_attribute WHERE attrelid = "
                    + "'\"_keel\".\"plans\"'::regclass AND attname IN ('table_schema', 'old_column', 'new_column')")) {
                rs.next();
                moves = rs.getBoolean(1);
            }
            try (ResultSet rs = st.executeQuery("SELECT \"name\", \"kind\", \"table_name\", \"summary\", \"release\","
                    + " \"backfill_rows\", \"backfilled_at\" IS NOT NULL, \"finished_at\" IS NOT NULL, "
                    + (moves ? "\"table_schema\", \"old_column\", \"new_column\"" : "NULL, NULL, NULL") + " FROM "
                    + PlanRegistrySql.TABLE + " ORDER BY \"started_at\", \"name\"")) {
                while (rs.next()) {
                    String schema = rs.getString(9);
                    String table = rs.getString(3);
                    Optional<MovedColumn> column = schema == null || rs.getString(10) == null
                            || !table.startsWith(schema + ".") ? Optional.empty()
                            : Optional.of(new MovedColumn(new QualifiedName(schema, table.substring(schema.length()
                            + 1)), rs.getString(10), rs.getString(11)));
                    out.add(new Row(rs.getString(1), rs.getString(2), table, rs.getString(4), rs.getInt(5),
                            rs.getLong(6), rs.getBoolean(7), rs.getBoolean(8), column));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new KeelException(ErrorCode.DATABASE_ERROR, "Could not read \"_keel\".\"plans\": "
                    + e.getMessage(), e);
        }
    }
}
