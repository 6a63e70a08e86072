package dev.keel.safety.expand;

import dev.keel.api.ErrorCode;
import dev.keel.api.KeelException;
import dev.keel.psl.model.PslModel;
import dev.keel.psl.model.PslSchema;
import dev.keel.psl.model.ScalarField;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which column each field of the Prisma schema mapped to the last time {@code migrate dev} brought the development
 * database in line with it, kept in {@code "_keel"."field_columns"} there. The new schema alone cannot tell a field
 * whose {@code @map} changed from a field removed beside a new one; the previous mapping can: a field that existed
 * before under the same name and now maps to another column is renamed, a field that did not exist is new.
 */
public record FieldColumns(List<Entry> entries) {
    static final String TABLE = "\"_keel\".\"field_columns\"";

    /** {@code Model.field} mapped to {@code column} of the model's table {@code table}. */
    public record Entry(String model, String field, String table, String column) {
    }

    public FieldColumns {
        entries = List.copyOf(entries);
    }

    /** The column {@code Model.field} mapped to, if the field existed. */
    public Optional<String> column(String model, String field) {
        return entries.stream().filter(e -> e.model().equals(model) && e.field().equals(field)).map(Entry::column)
                .findFirst();
    }

    public static FieldColumns of(PslSchema psl) {
        List<Entry> out = new ArrayList<>();
        for (PslModel m : psl.models()) {
            if (m.view() || m.ignored()) {
                continue;
            }
            for (ScalarField f : m.scalarFields()) {
                out.add(new Entry(m.name(), f.name(), m.dbName(), f.dbName()));
            }
        }
        return new FieldColumns(out);
    }

    /** What the database remembers; empty when {@code migrate dev} never recorded a schema there. */
    public static Optional<FieldColumns> read(Connection c) {
        try (Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT to_regclass('" + TABLE.replace("'", "''") + "') IS NOT NULL")) {
                rs.next();
                if (!rs.getBoolean(1)) {
                    return Optional.empty();
                }
            }
            List<Entry> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT \"model\", \"field\", \"table_name\", \"column_name\" FROM "
                    + TABLE)) {
                while (rs.next()) {
                    out.add(new Entry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                }
            }
            return Optional.of(new FieldColumns(out));
        } catch (SQLException e) {
            throw new KeelException(ErrorCode.DATABASE_ERROR, "Could not read " + TABLE + ": " + e.getMessage(), e);
        }
    }

    /** Replaces what the database remembers with {@code this}, in one transaction. */
    public void write(Connection c) {
        try {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                st.execute("CREATE SCHEMA IF NOT EXISTS \"_keel\"");
                st.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " (\"model\" TEXT NOT NULL, \"field\" TEXT NOT NULL,"
                        + " \"table_name\" TEXT NOT NULL, \"column_name\" TEXT NOT NULL, PRIMARY KEY (\"model\", "
                        + "\"field\"))");
                st.execute("DELETE FROM " + TABLE);
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + TABLE + " VALUES (?, ?, ?, ?)")) {
                    for (Entry e : entries) {
                        ps.setString(1, e.model());
                        ps.setString(2, e.field());
                        ps.setString(3, e.table());
                        ps.setString(4, e.column());
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw new KeelException(ErrorCode.DATABASE_ERROR, "Could not write " + TABLE + ": " + e.getMessage(), e);
        }
    }
}
