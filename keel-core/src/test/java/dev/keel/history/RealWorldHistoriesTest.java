package dev.keel.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.api.DeployResult;
import dev.keel.api.Keel;
import dev.keel.db.EmbeddedPostgresServer;
import dev.keel.testing.TestDb;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Deploys each of the 8 real-world Prisma histories (test resources {@code real-world/<project>/migrations}, each
 * with its LICENSE) and checks that the resulting schema equals what applying the same files in order as plain
 * simple-protocol scripts gives on a second fresh database (the corpus README's replay method).
 */
class RealWorldHistoriesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "boxyhq__saas-starter-kit, 11, ",
        "pezzolabs__pezzo, 22, ",
        "umami-software__umami, 19, ",
        "hoppscotch__hoppscotch, 21, ",
        "amplication__amplication, 135, ",
        "langfuse__langfuse, 434, ",
        "triggerdotdev__trigger.dev, 820, ",
        "civitai__civitai, 696, 20251117182613_post_metrics_denormalization",
    })
    void deployEqualsPlainReplay(String project, int count, String failsAt) throws Exception {
        Path dir = resource(project).resolve("migrations");
        MigrationsDir migrations = MigrationsDir.read(dir);
        assertThat(migrations.migrations()).hasSize(count);
        assertThat(migrations.unreadable()).isEmpty();

        EmbeddedPostgresServer pg = EmbeddedPostgresServer.get();
        TestDb viaKeel = new TestDb(pg.createDatabase("rw_keel_" + project));
        TestDb plain = new TestDb(pg.createDatabase("rw_plain_" + project));

        long t0 = System.nanoTime();
        DeployResult r = Keel.configure().workingDir(dir.getParent()).migrationsDir(dir)
                .databaseUrl(viaKeel.url().toString()).environment(Map.of()).build().deploy();
        long keelMs = (System.nanoTime() - t0) / 1_000_000;

        long t1 = System.nanoTime();
        Optional<String> plainFailure = replayPlain(plain, migrations);
        long plainMs = (System.nanoTime() - t1) / 1_000_000;
        System.out.printf("%s: %d migrations, keel deploy %d ms, plain replay %d ms, applied %d, non-transactional %d%n",
                project, count, keelMs, plainMs, r.applied().size(),
                r.applied().stream().filter(a -> a.mode() == KeelJournal.Mode.STATEMENTS).count());

        if (failsAt == null) {
            assertThat(r.failure()).isEmpty();
            assertThat(r.applied()).hasSize(count);
            assertThat(plainFailure).isEmpty();
        } else {
            DeployTest.MigrationFailureAssert.p3018(r, failsAt, "42703");
            assertThat(plainFailure).contains(failsAt);
            int index = migrations.names().indexOf(failsAt);
            assertThat(r.applied()).hasSize(index);
            assertThat(viaKeel.column("SELECT migration_name || ' ' || (finished_at IS NULL) || ' ' || "
                    + "(logs LIKE 'A migration failed to apply.%') FROM _prisma_migrations WHERE finished_at IS NULL"))
                    .containsExactly(failsAt + " true true");
        }
        assertThat(viaKeel.column("SELECT count(*) FROM _prisma_migrations WHERE finished_at IS NOT NULL "
                + "AND applied_steps_count = 1")).containsExactly(String.valueOf(r.applied().size()));
        List<String> expected = CatalogDump.of(plain);
        assertThat(expected).isNotEmpty();
        List<String> actual = CatalogDump.of(viaKeel);
        // Differences first, so a failure names the objects instead of dumping thousands of lines.
        assertThat(minus(actual, expected)).as("only after keel deploy").isEmpty();
        assertThat(minus(expected, actual)).as("only after plain replay").isEmpty();
        assertThat(actual).containsExactlyElementsOf(expected);

        // Re-deploying a finished history is a no-op.
        if (failsAt == null) {
            DeployResult again = Keel.configure().workingDir(dir.getParent()).migrationsDir(dir)
                    .databaseUrl(viaKeel.url().toString()).environment(Map.of()).build().deploy();
            assertThat(again.applied()).isEmpty();
        }
        pg.dropDatabase(viaKeel.url().database());
        pg.dropDatabase(plain.url().database());
    }

    private static List<String> minus(List<String> a, List<String> b) {
        java.util.List<String> rest = new java.util.ArrayList<>(a);
        b.forEach(rest::remove);
        return rest;
    }

    /**
     * Each file as one simple-protocol script, in folder order; the name of the first that fails. Doubles as the
     * oracle for {@link SqlSplitter}: the server answers each statement of a simple query with one result, so
     * the number of results is PostgreSQL's own count of the file's statements.
     */
    private static Optional<String> replayPlain(TestDb db, MigrationsDir migrations) throws SQLException {
        java.util.Properties p = new java.util.Properties();
        p.setProperty("preferQueryMode", "simple");
        List<String> splitMismatches = new java.util.ArrayList<>();
        try (Connection c = db.url().connect(p); Statement st = c.createStatement()) {
            st.setEscapeProcessing(false);
            for (LocalMigration m : migrations.migrations()) {
                String script = m.script().orElseThrow();
                int results = 0;
                try {
                    boolean rs = st.execute(script);
                    while (rs || st.getUpdateCount() != -1) {
                        results++;
                        rs = st.getMoreResults();
                    }
                } catch (SQLException e) {
                    return Optional.of(m.name());
                }
                int split = SqlSplitter.split(script).size();
                if (results != split) {
                    splitMismatches.add(m.name() + ": server " + results + ", splitter " + split);
                }
            }
        } finally {
            assertThat(splitMismatches).as("statement counts").isEmpty();
        }
        return Optional.empty();
    }

    static Path resource(String project) throws URISyntaxException {
        return Path.of(RealWorldHistoriesTest.class.getResource("/real-world/" + project).toURI());
    }
}
