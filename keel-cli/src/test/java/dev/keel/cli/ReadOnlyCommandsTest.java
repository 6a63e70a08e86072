package dev.keel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.db.DatabaseUrl;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code migrate status} and {@code migrate history} only read: against a URL whose {@code ?schema=} does not exist
 * they report a database nothing was deployed to, and afterwards the database holds exactly what it held before.
 */
@ExtendWith(TempDatabase.class)
class ReadOnlyCommandsTest {
    private static final String OBJECTS = "SELECT n.nspname || '.' || coalesce(c.relname, '') FROM pg_namespace n "
            + "LEFT JOIN pg_class c ON c.relnamespace = n.oid WHERE n.nspname NOT LIKE 'pg\\_%' "
            + "AND n.nspname <> 'information_schema' ORDER BY 1";

    @Test
    void statusAndHistoryCreateNothingForAMissingSchema(DatabaseUrl url, @TempDir Path root) throws Exception {
        Path dir = root.resolve("migrations");
        Files.createDirectories(dir.resolve("20240101000000_init"));
        Files.writeString(dir.resolve("20240101000000_init/migration.sql"), "CREATE TABLE \"A\" (id int);");
        String ghost = url + (url.toString().contains("?") ? "&" : "?") + "schema=ghost";
        List<String> before = objects(url);
        assertThat(before).noneMatch(o -> o.startsWith("ghost.") || o.startsWith("_keel."));

        Cli status = Cli.run("migrate", "status", "--url", ghost, "--migrations-dir", dir.toString(),
                "--cwd", root.toString());
        assertThat(status.exit()).isEqualTo(1);
        assertThat(status.out()).startsWith("Datasource \"db\": PostgreSQL database \"" + url.database()
                        + "\", schema \"ghost\" at \"" + url.host() + ":" + url.port() + "\"\n")
                .contains("1 migration found in ",
                        "Following migration have not yet been applied:\n20240101000000_init\n");
        assertThat(status.err()).isEmpty();

        Cli json = Cli.run("migrate", "status", "--json", "--url", ghost, "--migrations-dir", dir.toString(),
                "--cwd", root.toString());
        assertThat(json.exit()).isEqualTo(1);
        assertThat(json.out()).contains("20240101000000_init").doesNotContain("\"error\"");

        Cli history = Cli.run("migrate", "history", "--url", ghost, "--cwd", root.toString());
        assertThat(history.exit()).isZero();
        assertThat(history.out()).startsWith("No migrations table (_prisma_migrations) in schema \"ghost\"");
        assertThat(history.err()).isEmpty();

        assertThat(objects(url)).isEqualTo(before);
    }

    /** Every schema (with each of its relations) outside PostgreSQL's own. */
    private static List<String> objects(DatabaseUrl url) throws Exception {
        try (Connection c = url.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(OBJECTS)) {
            List<String> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        }
    }
}
