package dev.keel.safety.expand;

import dev.keel.api.ErrorCode;
import dev.keel.api.KeelException;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Reads {@code "_keel"."plans"}: what the database says about each expand/contract plan. */
public final class PlanRegistry {
    /** One plan's row: the release its migrations reached, its backfill progress, whether it is finished. */
    public record Row(String name, String kind, String table, String summary, int release, long backfillRows,
                      boolean backfilled, boolean finished) {
    }

    private PlanRegistry() {
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
            try (ResultSet rs = st.executeQuery("SELECT \"name\", \"kind\", \"table_name\", \"summary\", \"release\","
                    + " \"backfill_rows\", \"backfilled_at\" IS NOT NULL, \"finished_at\" IS NOT NULL FROM "
                    + PlanRegistrySql.TABLE + " ORDER BY \"started_at\", \"name\"")) {
                while (rs.next()) {
                    out.add(new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                            rs.getLong(6), rs.getBoolean(7), rs.getBoolean(8)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new KeelException(ErrorCode.DATABASE_ERROR, "Could not read \"_keel\".\"plans\": "
                    + e.getMessage(), e);
        }
    }
}
