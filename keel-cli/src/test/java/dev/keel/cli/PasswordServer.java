package dev.keel.cli;

import dev.keel.db.DatabaseUrl;
import dev.keel.db.EmbeddedPostgresServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A role on the embedded server that must authenticate with a password (the server trusts everyone else), so
 * that a wrong password is a real authentication failure from PostgreSQL. The pg_hba.conf lines for this one
 * role are put first and the configuration is reloaded; other roles keep trust authentication.
 */
final class PasswordServer {
    static final String USER = "keel_pw_user";
    static final String PASSWORD = "s3cret-Pa55";
    private static boolean ready;

    private PasswordServer() {
    }

    static synchronized DatabaseUrl url(String password) {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.get();
        if (!ready) {
            try (Connection c = server.url("postgres").connect(); Statement st = c.createStatement()) {
                st.execute("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '" + USER + "') THEN "
                        + "CREATE ROLE " + USER + " LOGIN PASSWORD '" + PASSWORD + "'; END IF; END $$");
                String file;
                String hba;
                try (ResultSet rs = st.executeQuery("SELECT current_setting('hba_file'), "
                        + "pg_read_file(current_setting('hba_file'))")) {
                    rs.next();
                    file = rs.getString(1);
                    hba = rs.getString(2);
                }
                if (!hba.contains(USER)) {
                    String lines = "host all " + USER + " 127.0.0.1/32 scram-sha-256\n"
                            + "host all " + USER + " ::1/128 scram-sha-256\n";
                    String text = (lines + hba).replace("'", "''");
                    // One row per line: COPY's text format would escape a newline inside a value. Tabs and
                    // backslashes (which it also escapes) are turned into spaces and dropped.
                    st.execute("COPY (SELECT unnest(string_to_array('" + text.replace('\t', ' ').replace("\\", "")
                            .stripTrailing() + "', E'\\n'))) TO '" + file.replace("'", "''") + "'");
                    st.execute("SELECT pg_reload_conf()");
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            ready = true;
        }
        return DatabaseUrl.parse("postgresql://" + USER + ":" + password + "@localhost:" + server.port() + "/postgres");
    }
}
