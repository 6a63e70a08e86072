package dev.keel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.db.DatabaseUrl;
import dev.keel.db.EmbeddedPostgresServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code keel migrate diff} end to end. The expected SQL is Prisma 7.10.1's for the same sources (the
 * {@code source/shop} fixture of keel-core, see its test); the summary texts follow Prisma's drift summary.
 */
class MigrateDiffCommandTest {
    static final Path SHOP = Path.of("../keel-core/src/test/resources/source/shop").toAbsolutePath().normalize();

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    static String shop(String name) throws IOException {
        return Files.readString(SHOP.resolve(name), StandardCharsets.UTF_8);
    }

    @Test
    void scriptFromEmptyIsPrismas() throws IOException {
        Run r = run("migrate", "diff", "--from-empty", "--to-schema", SHOP.resolve("schema.prisma").toString(),
                "--script");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEqualTo(shop("empty-schema.sql"));
        assertThat(r.err()).isEmpty();
    }

    @Test
    void migrationsFolderToEditedSchema() throws IOException {
        String[] args = {"migrate", "diff", "--from-migrations", SHOP.resolve("migrations").toString(),
            "--to-schema", SHOP.resolve("schema-v2.prisma").toString()};
        Run summary = run(args);
        assertThat(summary.exit()).isZero();
        assertThat(summary.out()).isEqualTo("\n[*] Changed the `Status` enum\n  [+] Added variant `REFUNDED`\n"
                + "\n[*] Changed the `Tag` table\n  [-] Removed unique index on columns (label)\n"
                + "\n[*] Changed the `User` table\n  [+] Added column `age`\n");
        Run script = run(concat(args, "--script", "--exit-code"));
        assertThat(script.exit()).isEqualTo(2);
        assertThat(script.out()).isEqualTo(shop("migrations-v2.sql"));
    }

    @Test
    void noDifferenceExitsZeroWithExitCode(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("out/diff.txt");
        Run r = run("migrate", "diff", "--from-migrations", SHOP.resolve("migrations").toString(), "--to-schema",
                SHOP.resolve("schema.prisma").toString(), "--exit-code", "-o", file.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(Files.readString(file)).isEqualTo("No difference detected.\n");
        Run script = run("migrate", "diff", "--from-schema", SHOP.resolve("schema.prisma").toString(), "--to-schema",
                SHOP.resolve("schema.prisma").toString(), "--script", "--exit-code");
        assertThat(script.exit()).isZero();
        assertThat(script.out()).isEqualTo("-- This is an empty migration.\n");
    }

    @Test
    void liveDatabaseAgainstSchema() throws Exception {
        DatabaseUrl url = EmbeddedPostgresServer.get().createDatabase("cli_diff_url");
        try (Connection c = url.connect(); Statement st = c.createStatement()) {
            st.execute(shop("empty-schema.sql"));
            st.execute("CREATE INDEX \"Tag_id_label\" ON \"Tag\"(\"id\", \"label\")");
        }
        Run r = run("migrate", "diff", "--from-url", url.toString(), "--to-schema",
                SHOP.resolve("schema.prisma").toString(), "--script", "--exit-code");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEqualTo("-- DropIndex\nDROP INDEX \"Tag_id_label\";\n");
        Run back = run("migrate", "diff", "--from-schema", SHOP.resolve("schema.prisma").toString(), "--to-url",
                url.toString(), "--exit-code");
        assertThat(back.exit()).isEqualTo(2);
        assertThat(back.out()).isEqualTo("\n[*] Changed the `Tag` table\n  [+] Added index on columns (id, label)\n");
    }

    @Test
    void configDatasourceIsTheSchemasUrl(@TempDir Path tmp) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv("DATABASE_URL") == null,
                "DATABASE_URL would win over the schema's url");
        DatabaseUrl url = EmbeddedPostgresServer.get().createDatabase("cli_diff_config");
        try (Connection c = url.connect(); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE \"Note\" (\"id\" INTEGER NOT NULL, CONSTRAINT \"Note_pkey\" PRIMARY KEY (\"id\"))");
        }
        Files.writeString(tmp.resolve("schema.prisma"), "datasource db {\n  provider = \"postgresql\"\n  url      = \""
                + url + "\"\n}\n\nmodel Note {\n  id Int @id\n}\n");
        Run r = run("migrate", "diff", "--from-config-datasource", "--to-schema", "schema.prisma", "--exit-code",
                "--cwd", tmp.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("No difference detected.\n");
    }

    @Test
    void wrongNumberOfSources() {
        Run r = run("migrate", "diff", "--from-empty", "--from-schema", "x.prisma");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("Error: 2 `--from-...` parameter(s) provided. 1 must be provided.\n"
                + "Error: 0 `--to-...` parameter(s) provided. 1 must be provided.\n");
    }

    @Test
    void invalidSchemaIsPrismasP1012HeaderThenItsDiagnostics(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("schema.prisma"), "model A {\n  id Int @id\n  b Strin\n}\n");
        Run r = run("migrate", "diff", "--from-empty", "--to-schema", "schema.prisma", "--cwd", tmp.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("Error: Prisma schema validation\nError code: P1012\nerror: ");
        // Prisma 7.10.1's diagnostic for the same file (prisma-oracle validate).
        assertThat(r.err()).contains("error: Type \"Strin\" is neither a built-in type, nor refers to another model, "
                + "composite type, or enum.\n  -->  schema.prisma:3\n", "Validation Error Count: 1");
    }

    /**
     * Prisma's schema engine reads a {@code --to-schema} file configuration first: a syntax error or an error in the
     * datasource block is the whole report, without the model errors {@code validate} would add (a model defined
     * twice, an unknown type). Expected: Prisma 7.10.1's engine on the same files ({@code prisma-oracle diff empty
     * FILE}, kept as {@code *.prisma-oracle-diff.txt}).
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"diff-syntax-config-and-model-errors",
            "diff-config-and-type-errors", "dev-syntax-and-duplicate-model"})
    void schemaErrorsAreTheSchemaEnginesReport(String name, @TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("schema.prisma"), resource(name + ".prisma"));
        String prisma = resource(name + ".prisma-oracle-diff.txt").replaceFirst("^P1012: ", "");
        Run r = run("migrate", "diff", "--from-empty", "--to-schema", "schema.prisma", "--script", "--cwd",
                tmp.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        String diagnostics = r.err().substring(r.err().indexOf("\nerror: ") + 1, r.err().indexOf("\nValidation"));
        assertThat(diagnostics.strip()).isEqualTo(prisma.strip());
        long errors = prisma.lines().filter(l -> l.startsWith("error: ")).count();
        assertThat(r.err()).endsWith("\nValidation Error Count: " + errors + "\n");
    }

    private static String resource(String name) throws IOException {
        try (var in = MigrateDiffCommandTest.class.getResourceAsStream("/cli/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void unreachableServerIsPrismasP1001() {
        Run r = run("migrate", "diff", "--from-url", "postgresql://u:hunter2@127.0.0.1:1/db", "--to-empty");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("Error: " + PrismaTexts.get("P1001").replace("{location}", "127.0.0.1:1")
                + "\n").doesNotContain("hunter2");
    }

    @Test
    void wrongPasswordIsPrismasP1000AndRedacted() {
        DatabaseUrl good = PasswordServer.url(PasswordServer.PASSWORD);
        assertThat(run("migrate", "diff", "--from-url", good.toString().replace("****", PasswordServer.PASSWORD),
                "--to-empty", "--exit-code").exit()).isZero();
        String bad = "postgresql://" + PasswordServer.USER + ":wrong-Secret-9@localhost:" + good.port() + "/postgres";
        Run r = run("migrate", "diff", "--from-url", bad, "--to-empty");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("Error: " + PrismaTexts.get("P1000").replace("{user}", PasswordServer.USER)
                + "\n");
        assertThat(r.out() + r.err()).doesNotContain("wrong-Secret-9");
    }

    @Test
    void brokenMigrationNamesFileAndError(@TempDir Path tmp) throws IOException {
        Path dir = tmp.resolve("migrations");
        Files.createDirectories(dir.resolve("20240101000000_init"));
        Files.writeString(dir.resolve("20240101000000_init/migration.sql"), "CREATE TABLE \"A\" (id int);\n");
        Files.createDirectories(dir.resolve("20240102000000_broken"));
        Files.writeString(dir.resolve("20240102000000_broken/migration.sql"),
                "ALTER TABLE \"A\" ADD COLUMN b int;\nALTER TABLE \"Missing\" ADD COLUMN c int;\n");
        Run r = run("migrate", "diff", "--from-migrations", "migrations", "--to-empty", "--cwd", tmp.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("Error: P3006\n\nMigration `20240102000000_broken` failed to apply cleanly to the "
                + "shadow database: " + dir.resolve("20240102000000_broken/migration.sql") + ": ERROR: relation "
                + "\"Missing\" does not exist (SQLSTATE 42P01)\n");
    }

    static String[] concat(String[] a, String... b) {
        String[] out = new String[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
