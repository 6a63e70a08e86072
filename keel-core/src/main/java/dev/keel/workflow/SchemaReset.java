package dev.keel.workflow;

import dev.keel.history.HistoryTable;
import dev.keel.history.KeelJournal;
import dev.keel.history.MigrationSession;
import dev.keel.schema.Identifiers;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * What {@code migrate reset} does to the database before replaying the history, as Prisma's engine does it:
 * {@code DROP SCHEMA "s" CASCADE; CREATE SCHEMA "s"} for every schema of the project, and
 * {@code _prisma_migrations} goes with its schema. Keel's journal rows for those schemas are removed too, so no
 * earlier run can be taken for a resumable one.
 */
public final class SchemaReset {
    private SchemaReset() {
    }

    public static void reset(MigrationSession session, List<String> schemas) {
        Connection c = session.connection();
        try (Statement st = c.createStatement()) {
            for (String s : schemas) {
                st.execute("DROP SCHEMA IF EXISTS " + Identifiers.quote(s) + " CASCADE");
                st.execute("CREATE SCHEMA " + Identifiers.quote(s));
            }
            // The history table lives in the URL's schema, which may not be one of the datasource's schemas.
            st.execute("DROP TABLE IF EXISTS " + Identifiers.quote(session.schema()) + "." + HistoryTable.NAME);
            try (var rs = st.executeQuery("SELECT to_regclass('" + KeelJournal.SCHEMA + "." + KeelJournal.RUNS + "')")) {
                rs.next();
                if (rs.getString(1) != null) {
                    String runs = Identifiers.quote(KeelJournal.SCHEMA) + "." + Identifiers.quote(KeelJournal.RUNS);
                    String progress = Identifiers.quote(KeelJournal.SCHEMA) + "."
                            + Identifiers.quote(KeelJournal.PROGRESS);
                    try (var ps = c.prepareStatement("DELETE FROM " + progress + " WHERE migration_id IN (SELECT "
                            + "migration_id FROM " + runs + " WHERE history_schema = ?)")) {
                        ps.setString(1, session.schema());
                        ps.executeUpdate();
                    }
                    try (var ps = c.prepareStatement("DELETE FROM " + runs + " WHERE history_schema = ?")) {
                        ps.setString(1, session.schema());
                        ps.executeUpdate();
                    }
                }
            }
        } catch (SQLException e) {
            throw HistoryTable.dbError("reset the database", e);
        }
    }
}
