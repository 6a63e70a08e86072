package dev.keel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.keel.db.DatabaseUrl;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code migrate deploy --json} reports per applied migration what Keel's journal ({@code _keel_migration_runs})
 * records for its run, read back here by SQL: a run a blocker held up once, and runs nothing held up.
 */
@ExtendWith(TempDatabase.class)
class DeployLockJsonTest {
    private static final String RUN = "SELECT mode, duration_ms, rows_affected, lock_retries, lock_refused, "
            + "lock_wait_ms, lock_pause_ms FROM \"_keel\".\"_keel_migration_runs\" WHERE migration_name = ";

    @Test
    void reportsTheJournaledLockFiguresOfARunABlockerHeldUpOnce(DatabaseUrl url, @TempDir Path root)
            throws Exception {
        Path dir = root.resolve("migrations");
        write(dir, "20240101000000_init", "CREATE TABLE \"A\" (id int);\nINSERT INTO \"A\" VALUES (1), (2), (3);\n");
        String[] common = {"--url", url.toString(), "--cwd", root.toString()};
        Cli first = Cli.run(Cli.args("migrate", "deploy", "--json", "--migrations-dir", dir.toString(), common));
        assertThat(first.exit()).as(first.err()).isZero();
        JsonNode init = new ObjectMapper().readTree(first.out()).get("applied").get(0);
        assertThat(fields(init)).containsExactlyElementsOf(journaled(url, "20240101000000_init"));
        assertThat(init.get("rowsAffected").asLong()).isEqualTo(3);
        assertThat(List.of(init.get("lockRetries").asInt(), init.get("lockRefused").asInt(),
                init.get("lockWaitMs").asInt(), init.get("lockPauseMs").asInt())).containsOnly(0);

        write(dir, "20240102000000_alter", "ALTER TABLE \"A\" ADD COLUMN \"b\" int;\n");
        Cli deploy = deployRefusedOnce(url, dir, common, "--json");
        assertThat(deploy.exit()).as(deploy.err()).isZero();
        JsonNode alter = new ObjectMapper().readTree(deploy.out()).get("applied").get(0);
        assertThat(alter.get("name").asText()).isEqualTo("20240102000000_alter");
        List<String> row = journaled(url, "20240102000000_alter");
        assertThat(fields(alter)).containsExactlyElementsOf(row);
        assertThat(alter.get("lockRetries").asInt()).isEqualTo(1);
        assertThat(alter.get("lockRefused").asInt()).isEqualTo(1);
        // The first attempt waits a sixteenth of lock_timeout, at least 100 ms, before PostgreSQL refuses it.
        assertThat(alter.get("lockWaitMs").asLong()).isGreaterThanOrEqualTo(100);
        assertThat(alter.get("lockPauseMs").asLong()).isPositive();

        write(dir, "20240103000000_more", "ALTER TABLE \"A\" ADD COLUMN \"c\" int;\n");
        Cli text = Cli.run(Cli.args("migrate", "deploy", "--migrations-dir", dir.toString(), common));
        assertThat(text.exit()).as(text.err()).isZero();
        assertThat(text.out()).doesNotContain("for locks");
        assertThat(journaled(url, "20240103000000_more").subList(3, 7)).containsOnly("0");
    }

    @Test
    void textSaysHowLongAMigrationWaitedForLocks(DatabaseUrl url, @TempDir Path root) throws Exception {
        Path dir = root.resolve("migrations");
        write(dir, "20240101000000_init", "CREATE TABLE \"A\" (id int);\n");
        String[] common = {"--url", url.toString(), "--cwd", root.toString()};
        assertThat(Cli.run(Cli.args("migrate", "deploy", "--migrations-dir", dir.toString(), common)).exit()).isZero();
        write(dir, "20240102000000_alter", "ALTER TABLE \"A\" ADD COLUMN \"b\" int;\n");
        Cli deploy = deployRefusedOnce(url, dir, common);
        assertThat(deploy.exit()).as(deploy.err()).isZero();
        List<String> row = journaled(url, "20240102000000_alter");
        assertThat(deploy.out()).contains("`20240102000000_alter` waited " + row.get(5) + " ms for locks (1 attempt "
                + "refused by lock_timeout), 1 retry (" + row.get(6) + " ms paused)\n");
    }

    /**
     * Deploys the folder while a session that has read table "A" holds a lock the ALTER conflicts with; the session
     * ends once the deploy's first attempt has been refused (its lock request no longer waits), so the retry gets
     * the lock.
     */
    private static Cli deployRefusedOnce(DatabaseUrl url, Path dir, String[] common, String... extra)
            throws Exception {
        String[] args = Cli.args("migrate", "deploy", extra, "--migrations-dir", dir, "--ddl-lock-timeout-ms", 200,
                "--lock-retries", 3, common);
        try (Connection blocker = url.connect()) {
            blocker.setAutoCommit(false);
            try (Statement st = blocker.createStatement()) {
                st.executeQuery("SELECT count(*) FROM \"A\"").close();
            }
            CompletableFuture<Cli> running = CompletableFuture.supplyAsync(() -> Cli.run(args));
            try (Connection watch = url.connect()) {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (waiting(watch) == 0 && System.nanoTime() < deadline) {
                    Thread.sleep(2);
                }
                assertThat(waiting(watch)).as("the deploy waits for the blocker's lock").isEqualTo(1);
                while (waiting(watch) > 0 && System.nanoTime() < deadline) {
                    Thread.sleep(2);
                }
            }
            blocker.rollback();
            return running.get(60, TimeUnit.SECONDS);
        }
    }

    private static void write(Path dir, String name, String sql) throws Exception {
        Files.createDirectories(dir.resolve(name));
        Files.writeString(dir.resolve(name).resolve("migration.sql"), sql);
    }

    /** Lock requests on table "A" that wait (the deploy's ALTER behind the blocker). */
    private static int waiting(Connection c) throws Exception {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM pg_locks "
                + "WHERE NOT granted AND relation = to_regclass('\"A\"')")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static List<String> fields(JsonNode m) {
        return List.of(m.get("mode").asText(), m.get("durationMs").asText(), m.get("rowsAffected").asText(),
                m.get("lockRetries").asText(), m.get("lockRefused").asText(), m.get("lockWaitMs").asText(),
                m.get("lockPauseMs").asText());
    }

    private static List<String> journaled(DatabaseUrl url, String migration) throws Exception {
        try (Connection c = url.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(RUN + "'" + migration + "'")) {
            assertThat(rs.next()).as("journal row of " + migration).isTrue();
            List<String> out = new ArrayList<>();
            out.add(rs.getString(1).toLowerCase(Locale.ROOT));
            for (int i = 2; i <= 7; i++) {
                out.add(rs.getString(i));
            }
            return out;
        }
    }
}
