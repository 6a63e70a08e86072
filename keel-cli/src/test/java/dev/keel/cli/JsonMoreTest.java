package dev.keel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.keel.db.DatabaseUrl;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code --json} of plan, of a {@code migrate dev} that needs a reset, of drift's errors, and of a seed's output. */
@ExtendWith(TempDatabase.class)
class JsonMoreTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static final String SCHEMA = """
            datasource db {
              provider = "postgresql"
            }

            model Wallet {
              id       Int @id
              balAvail Int @default(0)
            }
            """;

    private static Path project(Path root) throws Exception {
        Path dir = root.resolve("prisma/migrations/20240101000000_2024-01-01-wallet-init");
        Files.createDirectories(dir);
        Files.writeString(root.resolve("prisma/schema.prisma"), SCHEMA);
        Files.writeString(root.resolve("prisma/migrations/migration_lock.toml"), "provider = \"postgresql\"\n");
        Files.writeString(dir.resolve("migration.sql"), "-- CreateTable\nCREATE TABLE \"Wallet\" (\n"
                + "    \"id\" INTEGER NOT NULL,\n    \"balAvail\" INTEGER NOT NULL DEFAULT 0,\n\n"
                + "    CONSTRAINT \"Wallet_pkey\" PRIMARY KEY (\"id\")\n);\n");
        return root;
    }

    private static JsonNode json(Cli run) throws Exception {
        assertThat(run.err()).as("stderr of a --json run").isEmpty();
        return MAPPER.readTree(run.out());
    }

    @Test
    void planListsTheFoldersItWrote(@TempDir Path root) throws Exception {
        project(root);
        Cli plan = Cli.run("plan", "rename-column", "Wallet.balAvail", "balance_available", "--json", "--cwd",
                root.toString());
        assertThat(plan.exit()).as(plan.out()).isZero();
        JsonNode p = json(plan);
        List<String> written = new ArrayList<>();
        p.get("written").forEach(n -> written.add(n.asText()));
        assertThat(written).isNotEmpty().allSatisfy(w -> assertThat(Path.of(w).resolve("migration.sql")).exists());
        assertThat(Path.of(p.get("planFile").asText())).exists();
        assertThat(p.get("pendingReleases").get(0).asInt()).isEqualTo(3);
    }

    @Test
    void devThatNeedsAResetReportsItAndTouchesNothing(@TempDir Path root, DatabaseUrl url) throws Exception {
        project(root);
        String[] at = {"--cwd", root.toString(), "--url", url.toString(), "--json"};
        assertThat(Cli.run(Cli.args("migrate", "deploy", at)).exit()).isZero();
        try (Connection c = url.connect(); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE \"hotfix\" (\"id\" INTEGER)");
        }
        Cli dev = Cli.run(Cli.args("migrate", "dev", at));
        assertThat(dev.exit()).isEqualTo(1);
        JsonNode d = json(dev);
        assertThat(d.get("outcome").asText()).isEqualTo("reset_required");
        assertThat(d.get("succeeded").asBoolean()).isFalse();
        assertThat(d.get("error").get("code").asText()).isEqualTo("KEEL_DEV_RESET_REQUIRED");
        assertThat(d.get("resetReason").asText()).contains("Drift detected");
        try (Connection c = url.connect(); Statement st = c.createStatement()) {
            assertThat(st.executeQuery("SELECT to_regclass('hotfix') IS NOT NULL").next()).isTrue();
        }
    }

    @Test
    void driftErrorIsJson(@TempDir Path root) throws Exception {
        project(root);
        Cli drift = Cli.run("drift", "--json", "--cwd", root.toString(), "--url",
                "postgresql://keel:pw-that-must-not-show@127.0.0.1:1/app");
        assertThat(drift.exit()).isEqualTo(1);
        assertThat(json(drift).get("error").get("code").asText()).isEqualTo("P1001");
        assertThat(drift.out()).doesNotContain("pw-that-must-not-show");
    }

    /**
     * The seed command writes to the process's own stdout, which only a real process shows: with --json its output
     * must go to stderr so stdout stays one JSON object; without, it stays on stdout.
     */
    @Test
    void seedCommandOutputLeavesStdoutToTheJson(@TempDir Path root, DatabaseUrl url) throws Exception {
        project(root);
        Files.writeString(root.resolve("keel.toml"), "[seed]\ncommand = \"echo seed-says-$((40 + 2))\"\n");
        Process json = keel(root, "db", "seed", "--json", "--url", url.toString());
        String out = new String(json.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(json.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(json.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(json.exitValue()).as(err).isZero();
        assertThat(MAPPER.readTree(out).get("commandExitCode").asInt()).isZero();
        assertThat(out).doesNotContain("seed-says-42");
        assertThat(err).contains("seed-says-42");

        Process text = keel(root, "db", "seed", "--url", url.toString());
        String textOut = new String(text.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        text.getErrorStream().readAllBytes();
        assertThat(text.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(textOut).contains("seed-says-42");
    }

    private static Process keel(Path root, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(List.of(args));
        cmd.add("--cwd");
        cmd.add(root.toString());
        return new ProcessBuilder(cmd).start();
    }

    @Test
    void failedSeedIsAnErrorInTheResult(@TempDir Path root, DatabaseUrl url) throws Exception {
        project(root);
        Files.writeString(root.resolve("keel.toml"), "[seed]\ncommand = \"exit 3\"\n");
        Cli seed = Cli.run("db", "seed", "--json", "--cwd", root.toString(), "--url", url.toString());
        assertThat(seed.exit()).isEqualTo(1);
        JsonNode s = json(seed);
        assertThat(s.get("succeeded").asBoolean()).isFalse();
        assertThat(s.get("commandExitCode").asInt()).isEqualTo(3);
        assertThat(s.get("error").get("code").asText()).isEqualTo("KEEL_SEED_FAILED");

        Cli reset = Cli.run("migrate", "reset", "--force", "--json", "--cwd", root.toString(), "--url",
                url.toString());
        assertThat(reset.exit()).isEqualTo(1);
        JsonNode r = json(reset);
        assertThat(r.get("deploy").get("error").isNull()).isTrue();
        assertThat(r.get("error").get("code").asText()).isEqualTo("KEEL_SEED_FAILED");
    }
}
