package dev.keel.history;

import dev.keel.db.DatabaseUrl;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * The one connection a migrate command works on, set up as Prisma's engine sets up its own: simple query protocol
 * (a migration file goes to the server as one Query message), {@code search_path} = the URL's {@code schema}
 * (created if missing), autocommit. The advisory lock, when taken, belongs to this session.
 */
public final class MigrationSession implements AutoCloseable {
    private final Connection c;
    private final DatabaseUrl url;
    private final int serverVersionNum;

    private MigrationSession(Connection c, DatabaseUrl url, int serverVersionNum) {
        this.c = c;
        this.url = url;
        this.serverVersionNum = serverVersionNum;
    }

    public static MigrationSession open(DatabaseUrl url) {
        Properties p = new Properties();
        p.setProperty("preferQueryMode", "simple");
        p.setProperty("currentSchema", url.schema());
        Connection c = url.connect(p);
        try {
            int version;
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SHOW server_version_num")) {
                rs.next();
                version = Integer.parseInt(rs.getString(1).trim());
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = ?)")) {
                ps.setString(1, url.schema());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    if (!rs.getBoolean(1)) {
                        try (Statement st = c.createStatement()) {
                            st.execute("CREATE SCHEMA \"" + url.schema().replace("\"", "\"\"") + "\"");
                        }
                    }
                }
            }
            return new MigrationSession(c, url, version);
        } catch (SQLException e) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // Already failing; the first error is the one to report.
            }
            throw HistoryTable.dbError("prepare the connection to " + url, e);
        }
    }

    public Connection connection() {
        return c;
    }

    public DatabaseUrl url() {
        return url;
    }

    public String schema() {
        return url.schema();
    }

    public int serverVersionNum() {
        return serverVersionNum;
    }

    public HistoryTable history() {
        return new HistoryTable(c, url.schema());
    }

    public KeelJournal journal() {
        return new KeelJournal(c, url.schema());
    }

    @Override
    public void close() {
        try {
            c.close();
        } catch (SQLException ignored) {
            // Closing ends the session and with it the advisory lock; nothing else to do.
        }
    }
}
