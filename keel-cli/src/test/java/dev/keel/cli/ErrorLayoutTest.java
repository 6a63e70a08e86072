package dev.keel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command prints an environment failure in one layout (README, "Commands"; Prisma's {@code Error: …}): one
 * line {@code Error: [P-code ]message}, Prisma's migrate errors (P3xxx) as the code, a blank line and the message, no
 * Keel code in text (it is {@code keelCode} in {@code --json}). {@code migrate diff} and {@code drift} used to print
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

    @Test
    void unreachableServerReadsTheSameInEveryCommand(@TempDir Path root) {
        String expected = null;
        for (String[] command : new String[][] {{"migrate", "status", "--url", DOWN},
                {"migrate", "deploy", "--url", DOWN}, {"migrate", "history", "--url", DOWN},
                {"drift", "--url", DOWN, "--migrations", "."},
                {"migrate", "diff", "--from-url", DOWN, "--to-empty"}}) {
            Cli r = Cli.run(Cli.args(command, "--cwd", root.toString()));
            assertThat(r.exit()).as(String.join(" ", command)).isEqualTo(1);
            assertThat(r.err()).as(String.join(" ", command)).startsWith("Error: P1001 Can't reach database server at "
                    + "`127.0.0.1:1`").doesNotContain("secret").hasLineCount(1);
            expected = expected == null ? r.err() : expected;
            assertThat(r.err()).as(String.join(" ", command)).isEqualTo(expected);
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
