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
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code keel migrate history} in its three formats, on what {@code keel migrate deploy} recorded. */
@ExtendWith(TempDatabase.class)
class MigrateHistoryCommandTest {
    private static final String DOWN = "postgresql://u:secret@127.0.0.1:1/db";

    @Test
    void showsWhatDeployRecorded(DatabaseUrl url, @TempDir Path root) throws Exception {
        Path dir = root.resolve("migrations");
        Files.createDirectories(dir.resolve("20240101000000_init"));
        Files.writeString(dir.resolve("20240101000000_init/migration.sql"),
                "CREATE TABLE \"A\" (id int);\nINSERT INTO \"A\" SELECT g FROM generate_series(1, 42) g;\n");
        Files.createDirectories(dir.resolve("20240102000000_index"));
        Files.writeString(dir.resolve("20240102000000_index/migration.sql"),
                "CREATE INDEX CONCURRENTLY \"A_id_idx\" ON \"A\" (id);\nDELETE FROM \"A\" WHERE id <= 5;\n");
        String[] common = {"--url", url.toString(), "--cwd", root.toString()};
        assertThat(Cli.run(Cli.args("migrate", "deploy", "--migrations-dir", dir.toString(), common)).exit()).isZero();
        List<String> durations = column(url, "SELECT r.duration_ms FROM _prisma_migrations m JOIN "
                + "\"_keel\".\"_keel_migration_runs\" r ON r.migration_id = m.id ORDER BY m.started_at");

        Cli text = Cli.run(Cli.args("migrate", "history", common));
        assertThat(text.exit()).isZero();
        assertThat(text.out().lines().toList()).hasSize(6);
        assertThat(text.out()).containsPattern("applied +transaction +" + durations.get(0) + " ms +42 +"
                        + "20240101000000_init\n")
                .containsPattern("applied +statements +" + durations.get(1) + " ms +5 +20240102000000_index\n")
                .contains("slowest statement: #", "2 applied, 0 failed, 0 rolled back;");

        for (String[] flag : new String[][] {{"--json"}, {"--format", "json"}}) {
            Cli json = Cli.run(Cli.args("migrate", "history", flag, common));
            assertThat(json.exit()).isZero();
            JsonNode n = new ObjectMapper().readTree(json.out());
            assertThat(n.get("hasJournal").asBoolean()).isTrue();
            assertThat(n.get("totals").get("applied").asInt()).isEqualTo(2);
            assertThat(n.get("migrations")).hasSize(2);
            JsonNode index = n.get("migrations").get(1);
            assertThat(index.get("name").asText()).isEqualTo("20240102000000_index");
            assertThat(index.get("mode").asText()).isEqualTo("statements");
            assertThat(index.get("recordedBy").asText()).isEqualTo("keel");
            assertThat(index.get("rowsAffected").asLong()).isEqualTo(5);
            assertThat(index.get("durationMs").asText()).isEqualTo(durations.get(1));
            assertThat(index.get("slowestStatement").get("index").isInt()).isTrue();
        }

        Cli prom = Cli.run(Cli.args("migrate", "history", "--format", "prometheus", common));
        assertThat(prom.exit()).isZero();
        assertThat(prom.out()).startsWith("# HELP keel_migrations ")
                .contains("# TYPE keel_migrations gauge\nkeel_migrations{state=\"applied\"} 2\n",
                        "keel_migration_rows_affected{migration=\"20240101000000_init\",state=\"applied\"} 42\n",
                        "keel_migration_info{migration=\"20240102000000_index\",mode=\"statements\","
                                + "state=\"applied\"} 1\n");
    }

    @Test
    void aDatabaseNeverMigratedHasAnEmptyHistory(DatabaseUrl url, @TempDir Path root) {
        Cli text = Cli.run("migrate", "history", "--url", url.toString(), "--cwd", root.toString());
        assertThat(text.exit()).isZero();
        assertThat(text.out()).startsWith("No migrations table (_prisma_migrations) in schema \"public\"");
    }

    @Test
    void unreachableServerIsP1001InEveryFormat(@TempDir Path root) throws Exception {
        Cli status = Cli.run("migrate", "status", "--url", DOWN, "--cwd", root.toString());
        for (String format : List.of("text", "prometheus")) {
            Cli r = Cli.run("migrate", "history", "--format", format, "--url", DOWN, "--cwd", root.toString());
            assertThat(r.exit()).isEqualTo(1);
            assertThat(r.out()).isEmpty();
            assertThat(r.err()).startsWith("Error: P1001: ").doesNotContain("secret").isEqualTo(status.err());
        }
        Cli json = Cli.run("migrate", "history", "--format", "json", "--url", DOWN, "--cwd", root.toString());
        assertThat(json.exit()).isEqualTo(1);
        assertThat(new ObjectMapper().readTree(json.out()).get("error").get("code").asText()).isEqualTo("P1001");
    }

    @Test
    void showsTheLockRetriesOfARunThatABlockerHeldUp(DatabaseUrl url, @TempDir Path root) throws Exception {
        Path dir = root.resolve("migrations");
        Files.createDirectories(dir.resolve("20240101000000_init"));
        Files.writeString(dir.resolve("20240101000000_init/migration.sql"), "CREATE TABLE \"A\" (id int);\n");
        String[] common = {"--url", url.toString(), "--cwd", root.toString()};
        assertThat(Cli.run(Cli.args("migrate", "deploy", "--migrations-dir", dir.toString(), common)).exit()).isZero();
        Files.createDirectories(dir.resolve("20240102000000_alter"));
        Files.writeString(dir.resolve("20240102000000_alter/migration.sql"),
                "ALTER TABLE \"A\" ADD COLUMN \"b\" int;\n");
        // A session that has read the table holds its lock until it ends: every attempt of the ALTER is refused.
        try (Connection blocker = url.connect()) {
            blocker.setAutoCommit(false);
            try (Statement st = blocker.createStatement()) {
                st.executeQuery("SELECT count(*) FROM \"A\"").close();
            }
            Cli deploy = Cli.run(Cli.args("migrate", "deploy", "--migrations-dir", dir.toString(),
                    "--ddl-lock-timeout-ms", "200", "--lock-retries", "1", common));
            assertThat(deploy.exit()).isEqualTo(1);
        }
        String[] journaled = column(url, "SELECT lock_retries || ' ' || lock_refused || ' ' || lock_wait_ms || ' ' "
                + "|| lock_pause_ms FROM \"_keel\".\"_keel_migration_runs\" WHERE migration_name = "
                + "'20240102000000_alter'").get(0).split(" ");
        assertThat(journaled[0]).isEqualTo("1");
        assertThat(journaled[1]).isEqualTo("2");
        // Two attempts, each waiting its lock_timeout (the first one shorter, at least 100 ms).
        assertThat(Long.parseLong(journaled[2])).isGreaterThanOrEqualTo(300);

        Cli text = Cli.run(Cli.args("migrate", "history", common));
        assertThat(text.out()).contains("lock: 2 attempts refused by lock_timeout (" + journaled[2]
                + " ms waiting), 1 retry (" + journaled[3] + " ms paused)\n");
        JsonNode alter = new ObjectMapper().readTree(Cli.run(Cli.args("migrate", "history", "--json", common)).out())
                .get("migrations").get(1);
        assertThat(alter.get("state").asText()).isEqualTo("failed");
        assertThat(List.of(alter.get("lockRetries").asText(), alter.get("lockRefused").asText(),
                alter.get("lockWaitMs").asText(), alter.get("lockPauseMs").asText())).containsExactly(journaled);
        JsonNode init = new ObjectMapper().readTree(Cli.run(Cli.args("migrate", "history", "--json", common)).out())
                .get("migrations").get(0);
        assertThat(init.get("lockRetries").asInt()).isZero();
        Cli prom = Cli.run(Cli.args("migrate", "history", "--format", "prometheus", common));
        assertThat(prom.out()).contains("keel_migration_lock_retries{migration=\"20240102000000_alter\","
                + "state=\"failed\"} 1\n", "keel_migration_lock_wait_seconds{migration=\"20240102000000_alter\","
                + "state=\"failed\"} " + new java.math.BigDecimal(journaled[2]).movePointLeft(3).stripTrailingZeros()
                .toPlainString() + "\n");
    }

    private static List<String> column(DatabaseUrl url, String sql) throws Exception {
        try (Connection c = url.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            List<String> out = new java.util.ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        }
    }
}
