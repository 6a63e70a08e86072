package dev.keel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.db.EmbeddedPostgresServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command prints an environment failure in one layout (README, "Errors"; Prisma's {@code Error: …}): one
 * line {@code Error: [P-code ]message}; a failed connection as Prisma's connection check prints it
 * ({@code Error: P1001: } and Prisma's text, hint included); Prisma's migrate errors (P3xxx) as the code, a blank line
 * and the message; no Keel code in text (it is {@code keelCode} in {@code --json}). {@code migrate diff} and {@code drift} used to print
 * their own layout ({@code Error: KEEL_SCHEMA_NOT_FOUND …}, P3006 on one line).
 */
class ErrorLayoutTest {
    private static final String DOWN = "postgresql://u:secret@127.0.0.1:1/db";

    @Test
    void missingSchemaReadsTheSameInEveryCommand(@TempDir Path root) {
        String expected = "Error: Could not load `--schema` from provided path `nope.prisma`: file or directory not "
                + "found\n";
        for (String[] command : new String[][] {{"validate", "--schema", "nope.prisma"},
                {"migrate", "status", "--schema", "nope.prisma", "--url", DOWN},
                {"drift", "--schema", "nope.prisma", "--url", DOWN},
                {"migrate", "diff", "--from-schema", "nope.prisma", "--to-empty"}}) {
            Cli r = Cli.run(Cli.args(command, "--cwd", root.toString()));
            assertThat(r.exit()).as(String.join(" ", command)).isEqualTo(1);
            assertThat(r.err()).as(String.join(" ", command)).isEqualTo(expected);
        }
    }

    /**
     * Prisma's text for P1001 (prisma-engines' user-facing error, Prisma 7.10.1; {@code cli/prisma-p1xxx.txt}) in the
     * layout of Prisma's connection check before each migrate command: {@code Error: P1001: } and the text.
     */
    @Test
    void unreachableServerReadsTheSameInEveryCommand(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("prisma/migrations"));
        Files.writeString(root.resolve("prisma/schema.prisma"), "datasource db {\n  provider = \"postgresql\"\n}\n\n"
                + "model A {\n  id Int @id\n}\n");
        String expected = "Error: " + PrismaTexts.get("P1001").replace("{location}", "127.0.0.1:1") + "\n";
        for (String[] command : new String[][] {{"migrate", "status", "--url", DOWN},
                {"migrate", "deploy", "--url", DOWN},
                {"migrate", "history", "--url", DOWN},
                {"migrate", "dev", "--url", DOWN, "--name", "2025-09-25-wallet-add-holds"},
                {"migrate", "reset", "--force", "--url", DOWN},
                {"migrate", "resolve", "--applied", "20240101000000_x", "--url", DOWN},
                {"drift", "--url", DOWN, "--migrations", "."},
                {"migrate", "diff", "--from-url", DOWN, "--to-empty"}}) {
            Cli r = Cli.run(Cli.args(command, "--cwd", root.toString()));
            assertThat(r.exit()).as(String.join(" ", command)).isEqualTo(1);
            assertThat(r.err()).as(String.join(" ", command)).isEqualTo(expected).doesNotContain("secret");
            Cli json = Cli.run(Cli.args(command, "--cwd", root.toString(), "--json"));
            assertThat(json.exit()).as(String.join(" ", command)).isEqualTo(1);
            String message = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.out()).get("error")
                    .get("message").asText();
            assertThat(message).as(String.join(" ", command))
                    .isEqualTo(expected.substring("Error: P1001: ".length()).stripTrailing());
        }
    }

    /** A database that is not there (P1003): {@code migrate status} does not create it, as Prisma's does not. */
    @Test
    void missingDatabaseIsPrismasP1003(@TempDir Path root) throws Exception {
        String url = EmbeddedPostgresServer.get().url("keel_layout_no_such_db").toString();
        Cli r = Cli.run("migrate", "status", "--url", url, "--migrations-dir", ".", "--cwd", root.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("Error: " + PrismaTexts.get("P1003").replace("{database}",
                "keel_layout_no_such_db") + "\n");
    }

    /** The server refuses the role (SQLSTATE 28000, here a role without LOGIN): Prisma's P1010, not P1000. */
    @Test
    void refusedRoleIsPrismasP1010(@TempDir Path root) throws Exception {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.get();
        try (Connection c = server.url("postgres").connect(); Statement st = c.createStatement()) {
            st.execute("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'keel_nologin') THEN "
                    + "CREATE ROLE keel_nologin NOLOGIN; END IF; END $$");
        }
        String url = "postgresql://keel_nologin:secret@localhost:" + server.port() + "/postgres";
        Cli r = Cli.run("migrate", "status", "--url", url, "--migrations-dir", ".", "--cwd", root.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("Error: " + PrismaTexts.get("P1010").replace("{database}", "postgres") + "\n")
                .doesNotContain("secret");
    }

    /** The advisory lock held elsewhere: Prisma's P1002, laid out as Prisma prints its engine's errors. */
    @Test
    void advisoryLockTimeoutIsPrismasP1002(@TempDir Path root) throws Exception {
        dev.keel.db.DatabaseUrl url = EmbeddedPostgresServer.get().createDatabase("layout_lock");
        Files.createDirectories(root.resolve("prisma/migrations"));
        Files.writeString(root.resolve("keel.toml"), "[migrations]\nlock_timeout = 0.3\n");
        String text = "Error: " + PrismaTexts.get("P1002").replace("{timeout}", "300") + "\n";
        try (Connection holder = url.connect(); Statement st = holder.createStatement()) {
            st.execute("SELECT pg_advisory_lock(72707369)");
            Cli r = Cli.run("migrate", "deploy", "--url", url.toString(), "--cwd", root.toString());
            assertThat(r.exit()).isEqualTo(1);
            assertThat(r.err()).startsWith(text.substring(0, text.indexOf("{holder}")))
                    .endsWith(text.substring(text.indexOf("{holder}") + "{holder}".length()))
                    .contains("The lock is held by backend pid ");
        }
    }

    @Test
    void migrateErrorsAreCodeBlankLineMessageAsInDeploy(@TempDir Path root) throws Exception {
        Path dir = root.resolve("migrations");
        Files.createDirectories(dir.resolve("20240101000000_broken"));
        Files.writeString(dir.resolve("20240101000000_broken/migration.sql"), "ALTER TABLE \"Missing\" ADD c int;\n");
        Cli diff = Cli.run("migrate", "diff", "--from-migrations", "migrations", "--to-empty", "--cwd", root.toString());
        assertThat(diff.exit()).isEqualTo(1);
        // Prisma's layout for its migrate errors, as `migrate resolve`/`deploy` print P3012/P3015/P3018.
        assertThat(diff.err()).isEqualTo("Error: P3006\n\nMigration `20240101000000_broken` failed to apply cleanly "
                + "to the shadow database: " + dir.resolve("20240101000000_broken/migration.sql") + ": ERROR: "
                + "relation \"Missing\" does not exist (SQLSTATE 42P01)\n");
    }

    @Test
    void failuresWithoutAPrismaCodeHaveNoCodeInText(@TempDir Path root) throws Exception {
        Files.writeString(root.resolve("schema.prisma"), "datasource db {\n  provider = \"postgresql\"\n}\n");
        Files.writeString(root.resolve("blocker"), "a file where a folder is needed");
        Cli r = Cli.run("migrate", "diff", "--from-empty", "--to-schema", "schema.prisma", "-o", "blocker/out.sql",
                "--cwd", root.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).startsWith("Error: Could not write blocker/out.sql: ").hasLineCount(1);
        Cli json = Cli.run("migrate", "diff", "--from-empty", "--to-schema", "schema.prisma", "-o", "blocker/out.sql",
                "--cwd", root.toString(), "--json");
        assertThat(json.out()).contains("\"code\" : \"KEEL_IO\"", "\"keelCode\" : \"KEEL_IO\"");
    }
}
