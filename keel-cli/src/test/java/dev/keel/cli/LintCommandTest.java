package dev.keel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.keel.db.DatabaseUrl;
import dev.keel.db.EmbeddedPostgresServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class LintCommandTest {
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

    private static final String INIT = """
            -- CreateTable
            CREATE TABLE "User" (
                "id" SERIAL NOT NULL,
                "email" TEXT NOT NULL,
                CONSTRAINT "User_pkey" PRIMARY KEY ("id")
            );

            -- CreateIndex
            CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
            """;

    private static Path folder(Path root, String... migrations) throws Exception {
        Path dir = root.resolve("prisma/migrations");
        for (int i = 0; i < migrations.length; i++) {
            Path m = dir.resolve("2024010100000" + i + "_m" + i);
            Files.createDirectories(m);
            Files.writeString(m.resolve("migration.sql"), migrations[i]);
        }
        Files.writeString(dir.resolve("migration_lock.toml"), "provider = \"postgresql\"\n");
        return dir;
    }

    @Test
    void findingsInTheDefaultFolderExitTwoWithFileLineRuleLockAndFix(@TempDir Path root) throws Exception {
        folder(root, INIT, "SET lock_timeout = '2s';\n\n-- CreateIndex\nCREATE INDEX \"User_id_email_idx\" ON "
                + "\"User\"(\"id\", \"email\");\n");
        Run r = run("lint", "--cwd", root.toString());
        assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(2);
        assertThat(r.out()).contains("prisma/migrations/20240101000001_m1/migration.sql:4: "
                        + "require-concurrent-index-creation: builds index public.\"User_id_email_idx\"",
                "  lock: SHARE on table public.\"User\" (blocks writes)",
                "    CREATE INDEX CONCURRENTLY IF NOT EXISTS \"User_id_email_idx\" ON public.\"User\" USING btree "
                        + "(id, email);",
                "1 finding in 2 files, judged against the migrations folder replayed on a shadow database.");
        // The first migration creates User: everything it does to it is exempt.
        assertThat(r.out()).doesNotContain("20240101000000_m0/migration.sql:");
    }

    @Test
    void cleanFileExitsZero(@TempDir Path root) throws Exception {
        Files.writeString(root.resolve("a.sql"), "CREATE TABLE t (id bigint PRIMARY KEY, name text);\n");
        Run r = run("lint", "--cwd", root.toString(), "a.sql");
        assertThat(r.exit()).isEqualTo(0);
        assertThat(r.out()).isEqualTo("No findings in 1 file, judged against the migrations folder replayed on a "
                + "shadow database.\n");
    }

    @Test
    void sqlPostgresRejectsAndMissingFilesExitOneNamingFileAndLine(@TempDir Path root) throws Exception {
        Files.writeString(root.resolve("bad.sql"), "CREATE TABLE t (id int);\n\nALTER TABLE nope ADD COLUMN x int;\n");
        Run r = run("lint", "--cwd", root.toString(), "bad.sql");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("bad.sql:3: error: ERROR: relation \"nope\" does not exist");
        Path flyway = root.resolve("sql");
        Files.createDirectories(flyway);
        Files.writeString(flyway.resolve("V1__init.sql"), "CREATE TABLE t (id bigint PRIMARY KEY, n text);\n");
        Files.writeString(flyway.resolve("V2__index.sql"), "SET lock_timeout = '2s';\nCREATE INDEX t_n ON t (n);\n");
        Run seq = run("lint", "--cwd", root.toString(), "sql");
        assertThat(seq.exit()).isEqualTo(2);
        assertThat(seq.out()).contains("sql/V2__index.sql:2: require-concurrent-index-creation:",
                "1 finding in 2 files");
        Run missing = run("lint", "--cwd", root.toString(), "missing.sql");
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.out()).contains("missing.sql:0: error: no such file or folder");
    }

    @Test
    void jsonAndGithubReporters(@TempDir Path root) throws Exception {
        folder(root, INIT, "ALTER TABLE \"User\" ADD COLUMN \"age\" INTEGER NOT NULL;\n");
        Run json = run("lint", "--cwd", root.toString(), "--json", "prisma/migrations");
        assertThat(json.exit()).isEqualTo(2);
        JsonNode tree = new ObjectMapper().readTree(json.out());
        assertThat(tree.get("exitCode").asInt()).isEqualTo(2);
        JsonNode required = null;
        for (JsonNode f : tree.get("findings")) {
            if (f.get("rule").asText().equals("adding-required-field")) {
                required = f;
            }
        }
        assertThat(required).as(json.out()).isNotNull();
        assertThat(required.get("file").asText()).isEqualTo("prisma/migrations/20240101000001_m1/migration.sql");
        assertThat(required.get("line").asInt()).isEqualTo(1);
        assertThat(required.get("lock").get("mode").asText()).isEqualTo("ACCESS EXCLUSIVE");
        assertThat(required.get("lock").get("relation").asText()).isEqualTo("public.\"User\"");
        assertThat(required.get("blocks").asText()).isEqualTo("reads and writes");
        assertThat(required.get("fix").asText()).contains("ADD COLUMN age integer NOT NULL DEFAULT <constant>");

        Run gh = run("lint", "--cwd", root.toString(), "--format", "github", "--runner", "prisma");
        assertThat(gh.exit()).isEqualTo(2);
        assertThat(gh.out()).contains("::error file=prisma/migrations/20240101000001_m1/migration.sql,line=1,"
                + "title=keel lint adding-required-field::adds the required column age");
        assertThat(gh.out()).contains("::warning file=prisma/migrations/20240101000001_m1/migration.sql,line=1,"
                + "title=keel lint require-lock-timeout::");
        assertThat(gh.out().lines()).allMatch(l -> l.startsWith("::"));

        // keel migrate deploy sets lock_timeout itself: no reminder under the default runner.
        assertThat(run("lint", "--cwd", root.toString(), "--format", "github").out())
                .doesNotContain("require-lock-timeout");
        Run probe = run("lint", "--cwd", root.toString(), "--json", "--probe");
        JsonNode statements = new ObjectMapper().readTree(probe.out()).get("statements");
        assertThat(statements).hasSize(3);
        assertThat(statements.get(2).get("locks").get(0).get("mode").asText()).isEqualTo("ACCESS EXCLUSIVE");

        assertThat(run("lint", "--cwd", root.toString(), "--format", "xml").exit()).isEqualTo(1);
    }

    @Test
    void allowCommentNeedsAReason(@TempDir Path root) throws Exception {
        folder(root, INIT, "SET lock_timeout = '2s';\n-- keel:allow ban-drop-column nothing reads it since v2\n"
                + "ALTER TABLE \"User\" DROP COLUMN \"email\";\n");
        Run allowed = run("lint", "--cwd", root.toString());
        assertThat(allowed.exit()).as(allowed.out()).isEqualTo(0);
        assertThat(allowed.out()).contains("migration.sql:3: allowed: ban-drop-column (nothing reads it since v2)");

        Path second = root.resolve("other");
        folder(second, INIT, "SET lock_timeout = '2s';\n-- keel:allow ban-drop-column\n"
                + "ALTER TABLE \"User\" DROP COLUMN \"email\";\n");
        Run bare = run("lint", "--cwd", second.toString());
        assertThat(bare.exit()).isEqualTo(2);
        assertThat(bare.out()).contains("migration.sql:2: allow-without-reason:", "migration.sql:3: ban-drop-column:");
    }

    @Test
    void databaseUrlMakesItsTablesLiveAndSkipsAppliedMigrations(@TempDir Path root) throws Exception {
        DatabaseUrl url = EmbeddedPostgresServer.get().createDatabase("lint_live");
        Path dir = folder(root, INIT, "SET lock_timeout = '2s';\nALTER TABLE \"User\" ADD CONSTRAINT \"User_email_chk\" "
                + "CHECK (\"email\" <> '');\n");
        Run deploy = run("migrate", "deploy", "--url", url.toString(), "--migrations-dir", dir.toString());
        assertThat(deploy.exit()).as(deploy.err()).isEqualTo(0);
        try (Connection c = url.connect(); Statement st = c.createStatement()) {
            st.execute("ALTER TABLE \"User\" DROP CONSTRAINT \"User_email_chk\"");
            st.execute("DELETE FROM _prisma_migrations WHERE migration_name LIKE '%_m1'");
            st.execute("INSERT INTO \"User\" (email) SELECT 'u' || g FROM generate_series(1, 5000) g");
            st.execute("ANALYZE \"User\"");
        }
        // Trust authentication ignores the password; it must never be printed.
        String withPassword = "postgresql://postgres:s3cret@" + url.host() + ":" + url.port() + "/" + url.database();
        Run r = run("lint", "--cwd", root.toString(), "--url", withPassword);
        assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(2);
        assertThat(r.out()).contains("20240101000001_m1/migration.sql:2: constraint-missing-not-valid:",
                "scans public.\"User\" (~5,000 rows)");
        assertThat(r.out()).doesNotContain("20240101000000_m0").doesNotContain("s3cret");
        EmbeddedPostgresServer.get().dropDatabase(url.database());
    }

    /** A live object the shadow cannot have is a notice in every reporter; it does not change the exit code. */
    @Test
    void liveObjectTheShadowCannotHaveIsANotice(@TempDir Path root) throws Exception {
        DatabaseUrl url = EmbeddedPostgresServer.get().createDatabase("lint_notice");
        try {
            try (Connection c = url.connect(); Statement st = c.createStatement()) {
                st.execute("CREATE SCHEMA audit; CREATE FUNCTION audit.log() RETURNS trigger LANGUAGE plpgsql AS "
                        + "$$ BEGIN RETURN NEW; END $$; CREATE TABLE \"User\" (id int PRIMARY KEY); CREATE TRIGGER "
                        + "\"User_audit\" AFTER INSERT ON \"User\" FOR EACH ROW EXECUTE FUNCTION audit.log();");
            }
            Files.writeString(root.resolve("next.sql"), "CREATE TABLE \"Post\" (id int);\n");
            Run text = run("lint", "next.sql", "--cwd", root.toString(), "--url", url.toString());
            assertThat(text.exit()).as(text.out() + text.err()).isZero();
            assertThat(text.out()).contains(url + ":0: live-object-skipped: trigger \"User_audit\" on \"User\" of the "
                    + "live database is not on the shadow database", "No findings (and 1 notice) in 1 file");
            Run json = run("lint", "next.sql", "--cwd", root.toString(), "--url", url.toString(), "--json");
            JsonNode finding = new ObjectMapper().readTree(json.out()).get("findings").get(0);
            assertThat(finding.get("rule").asText()).isEqualTo("live-object-skipped");
            assertThat(finding.get("severity").asText()).isEqualTo("notice");
            Run github = run("lint", "next.sql", "--cwd", root.toString(), "--url", url.toString(), "--format",
                    "github");
            assertThat(github.exit()).isZero();
            assertThat(github.out()).startsWith("::notice file=");
        } finally {
            EmbeddedPostgresServer.get().dropDatabase(url.database());
        }
    }

    @Test
    void renameFixSpeaksInTheSchemasModelAndFieldNames(@TempDir Path root) throws Exception {
        folder(root, "CREATE TABLE \"accounts\" (\"id\" SERIAL NOT NULL, \"name\" TEXT NOT NULL, "
                + "CONSTRAINT \"accounts_pkey\" PRIMARY KEY (\"id\"));\n",
                "SET lock_timeout = '2s';\nALTER TABLE \"accounts\" RENAME COLUMN \"name\" TO \"full_name\";\n");
        Files.writeString(root.resolve("prisma/schema.prisma"), """
                datasource db {
                  provider = "postgresql"
                }

                model Account {
                  id       Int    @id @default(autoincrement())
                  fullName String @map("full_name")

                  @@map("accounts")
                }
                """);
        Run r = run("lint", "--cwd", root.toString());
        assertThat(r.exit()).as(r.out()).isEqualTo(2);
        assertThat(r.out()).contains("migration.sql:2: renaming-column: renames column public.accounts.name to "
                + "full_name", "    keel plan rename-column Account.name full_name\n");
    }

    @Test
    void concurrentIndexBesideOtherStatementsFailsUnderPrismasRunnerOnly(@TempDir Path root) throws Exception {
        folder(root, INIT, "SET lock_timeout = '2s';\n"
                + "CREATE INDEX CONCURRENTLY IF NOT EXISTS \"User_id_email_idx\" ON \"User\"(\"id\", \"email\");\n");
        assertThat(run("lint", "--cwd", root.toString()).exit()).isEqualTo(0);
        Run prisma = run("lint", "--cwd", root.toString(), "--runner", "prisma");
        assertThat(prisma.exit()).isEqualTo(2);
        assertThat(prisma.out()).contains("20240101000001_m1/migration.sql:2: "
                + "ban-concurrent-index-creation-in-transaction: prisma migrate deploy sends the whole file as one "
                + "transaction");
    }
}
