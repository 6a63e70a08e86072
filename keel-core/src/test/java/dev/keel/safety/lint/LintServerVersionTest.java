package dev.keel.safety.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.db.DatabaseUrl;
import dev.keel.db.EmbeddedPostgresServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The linter groups statements into transactions as deploy will on the target server, so it must know that server's
 * version: before PostgreSQL 12, {@code ALTER TYPE … ADD VALUE} cannot run in a transaction block and deploy runs it
 * alone (committed), after which the new value may be used. It used to assume 170000 whatever the server.
 */
class LintServerVersionTest {
    private static final String ADD_AND_USE = """
            ALTER TYPE "mood" ADD VALUE 'calm';
            INSERT INTO "person" VALUES (1, 'calm');
            """;

    @Test
    void theVersionDecidesWhatRunsAlone() throws Exception {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.get();
        for (int version : new int[] {170000, 110000}) {
            DatabaseUrl shadow = server.createDatabase("lint_version_" + version);
            try (Connection c = shadow.connect(); Statement st = c.createStatement()) {
                st.execute("CREATE TYPE \"mood\" AS ENUM ('happy'); CREATE TABLE \"person\" (id int, m \"mood\")");
                Linter linter = new Linter(c, shadow::connect, LintOptions.defaults(), PrismaNames.none(),
                        OptionalInt.of(version));
                FileReport r = linter.lint("m.sql", ADD_AND_USE, Map.of());
                if (version >= 120000) {
                    // One transaction, as deploy on PostgreSQL 12+: PostgreSQL's own 55P04.
                    assertThat(r.error()).hasValueSatisfying(e -> assertThat(e.message()).contains("unsafe use of new value"));
                } else {
                    assertThat(r.error()).isEmpty();
                }
            } finally {
                server.dropDatabase(shadow.database());
            }
        }
    }

    @Test
    void liveModeJudgesForTheLiveServersVersion(@TempDir Path root) throws Exception {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.get();
        DatabaseUrl live = server.createDatabase("lint_version_live");
        try {
            String version;
            try (Connection c = live.connect(); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SHOW server_version")) {
                rs.next();
                version = rs.getString(1);
            }
            Files.writeString(root.resolve("next.sql"), "CREATE TABLE \"t\" (id int);\n");
            LintResult r = new LintRun(root, LintOptions.defaults().withDatabaseUrl(live.toString()))
                    .run(List.of(root.resolve("next.sql")));
            assertThat(r.errors()).isEmpty();
            assertThat(r.context()).contains("(PostgreSQL " + version + ";");
        } finally {
            server.dropDatabase(live.database());
        }
    }
}
