package dev.keel.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * One bookkeeping statement with its parameters. Several run as one simple-protocol query: one round trip and
 * one commit for what Prisma's engine does in several, which is most of the per-migration overhead on a history of
 * hundreds of migrations.
 */
record SqlCall(String sql, List<Object> args) {
    /** Nothing to run (a disabled journal). */
    static final SqlCall NONE = new SqlCall("", List.of());

    SqlCall {
        args = java.util.Collections.unmodifiableList(new ArrayList<>(args));
    }

    static SqlCall of(String sql, Object... args) {
        return new SqlCall(sql, java.util.Arrays.asList(args));
    }

    static void run(Connection c, String what, SqlCall... calls) {
        StringBuilder sql = new StringBuilder();
        List<Object> args = new ArrayList<>();
        for (SqlCall call : calls) {
            if (call.sql().isEmpty()) {
                continue;
            }
            if (sql.length() > 0) {
                sql.append(";\n");
            }
            sql.append(call.sql());
            args.addAll(call.args());
        }
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            ps.execute();
        } catch (SQLException e) {
            throw HistoryTable.dbError(what, e);
        }
    }
}
