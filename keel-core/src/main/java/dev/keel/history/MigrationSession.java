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
 *
 * <p>Commands that only read ({@code migrate status}, {@code migrate history}) use {@link #openReadOnly}: nothing is
 * created, and the server refuses any write, so a missing schema reads as a database nothing was deployed to.
 */
public final class MigrationSession implements AutoCloseable {
    private final Connection c;
    private final DatabaseUrl url;
    private final int serverVersionNum;
    private final int backendPid;

    private MigrationSession(Connection c, DatabaseUrl url, int serverVersionNum, int backendPid) {
        this.c = c;
        this.url = url;
        this.serverVersionNum = serverVersionNum;
        this.backendPid = backendPid;
    }

    public static MigrationSession open(DatabaseUrl url) {
        return open(url, false);
    }

    /**
     * A session whose transactions are all read-only ({@code default_transaction_read_only}): the URL's schema is
     * not created, and a write anywhere fails with SQLSTATE 25006 instead of changing the database.
     */
    public static MigrationSession openReadOnly(DatabaseUrl url) {
        return open(url, true);
    }

    private static MigrationSession open(DatabaseUrl url, boolean readOnly) {
        Properties p = new Properties();
        p.setProperty("preferQueryMode", "simple");
        p.setProperty("currentSchema", url.schema());
        Connection c = url.connect(p);
        try {
            int version;
            int pid;
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT current_setting('server_version_num'), pg_backend_pid()")) {
                rs.next();
                version = Integer.parseInt(rs.getString(1).trim());
                pid = rs.getInt(2);
            }
            if (readOnly) {
                try (Statement st = c.createStatement()) {
                    st.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY");
                }
                return new MigrationSession(c, url, version, pid);
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
            return new MigrationSession(c, url, version, pid);
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

    /** The server process of this session, as {@code pg_stat_activity.pid} shows it. */
    public int backendPid() {
        return backendPid;
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
