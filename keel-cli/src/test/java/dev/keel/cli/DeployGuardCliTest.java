package dev.keel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.db.DatabaseUrl;
import dev.keel.db.EmbeddedPostgresServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The deploy guard's flags and the named history problems, as the CLI prints them. */
class DeployGuardCliTest {
    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        CommandLine cl = KeelCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private static void migration(Path dir, String name, String sql) throws Exception {
        Files.createDirectories(dir.resolve(name));
        Files.writeString(dir.resolve(name).resolve("migration.sql"), sql);
    }

    @Test
    void lockRetriesArePrintedAndExhaustedRetriesFailWithP3018(@TempDir Path root) throws Exception {
        DatabaseUrl url = EmbeddedPostgresServer.get().createDatabase("cli_guard");
        Path dir = root.resolve("migrations");
        migration(dir, "20240101000000_init", "CREATE TABLE \"A\" (id int);");
        String[] common = {"--url", url.toString(), "--migrations-dir", dir.toString()};
        assertThat(run(concat(new String[] {"migrate", "deploy"}, common)).exit()).isZero();
        migration(dir, "20240102000000_alter", "ALTER TABLE \"A\" ADD COLUMN \"b\" int;");
        try (Connection blocker = url.connect(); Statement st = blocker.createStatement()) {
            blocker.setAutoCommit(false);
            st.executeQuery("SELECT count(*) FROM \"A\"").close();
            Run r = run(concat(new String[] {"migrate", "deploy", "--ddl-lock-timeout-ms", "100", "--lock-retries",
                "1"}, common));
            assertThat(r.exit()).isEqualTo(1);
            assertThat(r.out()).containsPattern("  Lock not available for `20240102000000_alter` \\(ERROR: canceling "
                    + "statement due to lock timeout\\); retry 1/1 in \\d+ ms\n");
            assertThat(r.err()).startsWith("Error: P3018\n").contains("Database error code: 55P03",
                    "Keel gave up after 2 attempts, each waiting at most lock_timeout = 100 ms");
        }
    }

    @Test
    void buildWorkersComeFromTheFlagElseKeelToml(@TempDir Path root) throws Exception {
        DatabaseUrl url = EmbeddedPostgresServer.get().createDatabase("cli_workers");
        Path dir = root.resolve("migrations");
        // The index expression fails the build unless the session's worker count is the expected one.
        migration(dir, "20240101000000_init", "CREATE TABLE \"A\" (id int);\n"
                + "CREATE FUNCTION \"workers_are\"(x int, expected text) RETURNS int LANGUAGE plpgsql IMMUTABLE AS $$\n"
                + "BEGIN IF current_setting('max_parallel_maintenance_workers') <> expected THEN\n"
                + "RAISE EXCEPTION 'workers %', current_setting('max_parallel_maintenance_workers'); END IF;\n"
                + "RETURN x; END $$;\nINSERT INTO \"A\" VALUES (1);\n");
        migration(dir, "20240102000000_flag", "CREATE INDEX CONCURRENTLY \"a5\" ON \"A\" (\"workers_are\"(id, '5'));");
        String[] common = {"--url", url.toString(), "--migrations-dir", dir.toString(), "--cwd", root.toString()};
        Run r = run(concat(new String[] {"migrate", "deploy", "--max-parallel-maintenance-workers", "5"}, common));
        assertThat(r.err()).isEmpty();
        assertThat(r.exit()).isZero();
        Files.writeString(root.resolve("keel.toml"), "[deploy]\nmax_parallel_maintenance_workers = 4\n");
        migration(dir, "20240103000000_file", "CREATE INDEX CONCURRENTLY \"a4\" ON \"A\" (\"workers_are\"(id, '4'));");
        r = run(concat(new String[] {"migrate", "deploy"}, common));
        assertThat(r.err()).isEmpty();
        assertThat(r.exit()).isZero();
        migration(dir, "20240104000000_default", "CREATE INDEX CONCURRENTLY \"a0\" ON \"A\" (\"workers_are\"(id, '0'));");
        r = run(concat(new String[] {"migrate", "deploy"}, common));
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("workers 4");
        Files.delete(root.resolve("keel.toml"));
        migration(dir, "20240104000000_default", "CREATE INDEX CONCURRENTLY IF NOT EXISTS \"a0\" ON \"A\" "
                + "(\"workers_are\"(id, '0'));");
        assertThat(run(concat(new String[] {"migrate", "resolve", "--rolled-back", "20240104000000_default"},
                common)).exit()).isZero();
        r = run(concat(new String[] {"migrate", "deploy"}, common));
        assertThat(r.err()).isEmpty();
        assertThat(r.exit()).isZero();
    }

    /** What the server's session says while a migration statement runs: the flag, else keel.toml, else 50 ms. */
    @Test
    void deadlockTimeoutComesFromTheFlagElseKeelTomlElseFiftyMs(@TempDir Path root) throws Exception {
        DatabaseUrl url = EmbeddedPostgresServer.get().createDatabase("cli_deadlock");
        Path dir = root.resolve("migrations");
        migration(dir, "20240101000000_init", "CREATE TABLE \"seen\" (\"migration\" text, \"v\" text);\n"
                + "INSERT INTO \"seen\" VALUES ('init', current_setting('deadlock_timeout'));");
        String[] common = {"--url", url.toString(), "--migrations-dir", dir.toString(), "--cwd", root.toString()};
        assertThat(run(concat(new String[] {"migrate", "deploy"}, common)).exit()).isZero();

        Files.writeString(root.resolve("keel.toml"), "[deploy]\ndeadlock_timeout = 0.2\n");
        migration(dir, "20240102000000_file", "INSERT INTO \"seen\" VALUES ('file', current_setting('deadlock_timeout'));");
        Run r = run(concat(new String[] {"migrate", "deploy"}, common));
        assertThat(r.exit()).as(r.err()).isZero();

        migration(dir, "20240103000000_flag", "INSERT INTO \"seen\" VALUES ('flag', current_setting('deadlock_timeout'));");
        r = run(concat(new String[] {"migrate", "deploy", "--deadlock-timeout-ms", "300"}, common));
        assertThat(r.exit()).as(r.err()).isZero();

        // 0 keeps the server's own value (PostgreSQL's default, 1 s).
        migration(dir, "20240104000000_server", "INSERT INTO \"seen\" VALUES ('server', current_setting('deadlock_timeout'));");
        r = run(concat(new String[] {"migrate", "deploy", "--deadlock-timeout-ms", "0"}, common));
        assertThat(r.exit()).as(r.err()).isZero();

        Files.writeString(root.resolve("keel.toml"), "[deploy]\ndeadlock_timeout = \"soon\"\n");
        r = run(concat(new String[] {"migrate", "deploy"}, common));
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("`deploy.deadlock_timeout` must be a number of seconds, 0 or more.");

        try (Connection c = url.connect(); Statement st = c.createStatement();
             java.sql.ResultSet rs = st.executeQuery("SELECT string_agg(\"migration\" || '=' || \"v\", ' ' "
                     + "ORDER BY \"migration\") FROM \"seen\"")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("file=200ms flag=300ms init=50ms server=1s");
        }
    }

    @Test
    void statusAndDeployNameAMigrationThatArrivesOutOfOrder(@TempDir Path root) throws Exception {
        DatabaseUrl url = EmbeddedPostgresServer.get().createDatabase("cli_order");
        Path dir = root.resolve("migrations");
        migration(dir, "20240101000000_a", "CREATE TABLE \"A\" (id int);");
        migration(dir, "20240103000000_c", "CREATE TABLE \"C\" (id int);");
        String[] common = {"--url", url.toString(), "--migrations-dir", dir.toString()};
        assertThat(run(concat(new String[] {"migrate", "deploy"}, common)).exit()).isZero();
        migration(dir, "20240102000000_b", "CREATE TABLE \"B\" (id int);");
        String warning = "Warning: The migration `20240102000000_b` sorts before migrations that are already applied: "
                + "it is applied out of order, after migrations written later.";
        Run status = run(concat(new String[] {"migrate", "status"}, common));
        assertThat(status.exit()).isEqualTo(1);
        assertThat(status.err()).contains(warning);
        assertThat(status.out()).contains("Following migration have not yet been applied:\n20240102000000_b\n");
        Run deploy = run(concat(new String[] {"migrate", "deploy"}, common));
        assertThat(deploy.exit()).isZero();
        assertThat(deploy.out()).contains(warning, "All migrations have been successfully applied.");
    }

    @Test
    void statusSaysAnInterruptedDeployNeedsNoResolve(@TempDir Path root) throws Exception {
        DatabaseUrl url = EmbeddedPostgresServer.get().createDatabase("cli_interrupted");
        Path dir = root.resolve("migrations");
        migration(dir, "20240101000000_a", "CREATE TABLE \"A\" (id int);");
        String[] common = {"--url", url.toString(), "--migrations-dir", dir.toString()};
        assertThat(run(concat(new String[] {"migrate", "deploy"}, common)).exit()).isZero();
        // What a deploy killed between its commit and the end of the history row leaves behind.
        try (Connection c = url.connect(); Statement st = c.createStatement()) {
            st.execute("UPDATE _prisma_migrations SET finished_at = NULL, applied_steps_count = 0; "
                    + "UPDATE \"_keel\".\"_keel_migration_runs\" SET outcome = NULL, finished_at = NULL");
        }
        Run status = run(concat(new String[] {"migrate", "status"}, common));
        assertThat(status.exit()).isEqualTo(1);
        assertThat(status.err()).contains("Following migration were interrupted (the deploying process died or lost "
                + "its connection):\n20240101000000_a\n\nKeel's journal knows how far it got: keel migrate deploy "
                + "carries on from there; no resolve is needed.").doesNotContain("resolve --");
        assertThat(run(concat(new String[] {"migrate", "deploy"}, common)).exit()).isZero();
        assertThat(run(concat(new String[] {"migrate", "status"}, common)).out()).contains("Database schema is up to date!");
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
