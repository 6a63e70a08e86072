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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --json} of every command: stdout is exactly one JSON object (errors too), the exit code is the text
 * mode's, and the fields say what the database really holds afterwards.
 */
@ExtendWith(TempDatabase.class)
class JsonOutputTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static final String SCHEMA = """
            datasource db {
              provider = "postgresql"
            }

            model Flag {
              key     String  @id
              enabled Boolean @map("is_enabled")

              @@map("feature_flags")
            }
            """;

    /** Runs the command; its stdout must parse as one JSON object and nothing may go to stderr. */
    private static JsonNode json(Cli run) throws Exception {
        JsonNode node = MAPPER.readTree(run.out());
        assertThat(node.isObject()).as(run.out()).isTrue();
        assertThat(run.err()).as("stderr of a --json run").isEmpty();
        return node;
    }

    private static List<String> rows(DatabaseUrl url, String sql) throws Exception {
        try (Connection c = url.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            List<String> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.isObject() ? n.get("name").asText() : n.asText()));
        return out;
    }

    private static void migration(Path dir, String name, String sql) throws Exception {
        Files.createDirectories(dir.resolve(name));
        Files.writeString(dir.resolve(name).resolve("migration.sql"), sql);
    }

    @Test
    void deployStatusResolveReportWhatTheHistoryTableHolds(@TempDir Path root, DatabaseUrl url) throws Exception {
        Path dir = root.resolve("migrations");
        migration(dir, "20240101000000_a", "CREATE TABLE \"A\" (id int);");
        migration(dir, "20240102000000_b", "CREATE TABLE \"B\" (id int);");
        String[] at = {"--url", url.toString(), "--migrations-dir", dir.toString(), "--json"};

        Cli pending = Cli.run(Cli.args("migrate", "status", at));
        JsonNode st = json(pending);
        assertThat(pending.exit()).isEqualTo(1);
        assertThat(st.get("upToDate").asBoolean()).isFalse();
        assertThat(st.get("hasMigrationsTable").asBoolean()).isFalse();
        assertThat(texts(st.get("unapplied"))).containsExactly("20240101000000_a", "20240102000000_b");

        Cli deploy = Cli.run(Cli.args("migrate", "deploy", at));
        JsonNode d = json(deploy);
        assertThat(deploy.exit()).isZero();
        assertThat(d.get("succeeded").asBoolean()).isTrue();
        assertThat(d.get("found").asInt()).isEqualTo(2);
        assertThat(d.get("error").isNull()).isTrue();
        assertThat(texts(d.get("applied"))).isEqualTo(rows(url,
                "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY started_at"));
        assertThat(d.get("applied").get(0).get("mode").asText()).isEqualTo("transaction");
        assertThat(d.get("database").asText()).isEqualTo(url.toString());

        Cli synced = Cli.run(Cli.args("migrate", "status", at));
        assertThat(synced.exit()).isZero();
        JsonNode s2 = json(synced);
        assertThat(s2.get("upToDate").asBoolean()).isTrue();
        assertThat(s2.get("state").asText()).isEqualTo("in_sync");
        assertThat(texts(s2.get("localMigrations"))).isEqualTo(rows(url,
                "SELECT migration_name FROM _prisma_migrations ORDER BY migration_name"));

        migration(dir, "20240103000000_bad", "SELECT 1/0;");
        Cli failed = Cli.run(Cli.args("migrate", "deploy", at));
        assertThat(failed.exit()).isEqualTo(1);
        JsonNode f = json(failed);
        assertThat(f.get("succeeded").asBoolean()).isFalse();
        assertThat(f.get("applied")).isEmpty();
        assertThat(f.get("error").get("code").asText()).isEqualTo("P3018");
        assertThat(f.get("error").get("keelCode").asText()).isEqualTo("KEEL_MIGRATION_FAILED");
        assertThat(f.get("error").get("migration").asText()).isEqualTo("20240103000000_bad");
        assertThat(f.get("error").get("databaseErrorCode").asText()).isEqualTo("22012");

        Cli stFailed = Cli.run(Cli.args("migrate", "status", at));
        assertThat(stFailed.exit()).isEqualTo(1);
        assertThat(texts(json(stFailed).get("failed"))).isEqualTo(rows(url, "SELECT migration_name FROM "
                + "_prisma_migrations WHERE finished_at IS NULL AND rolled_back_at IS NULL"));

        Cli resolved = Cli.run(Cli.args("migrate", "resolve", "--rolled-back", "20240103000000_bad", at));
        assertThat(resolved.exit()).isZero();
        JsonNode r = json(resolved);
        assertThat(r.get("action").asText()).isEqualTo("rolled_back");
        assertThat(r.get("migration").asText()).isEqualTo("20240103000000_bad");
        assertThat(r.get("rolledBackRows").asInt()).isEqualTo(1);
        assertThat(rows(url, "SELECT migration_name FROM _prisma_migrations WHERE rolled_back_at IS NOT NULL"))
                .containsExactly("20240103000000_bad");

        // A refused resolve is a JSON error with Prisma's code and the text mode's exit code.
        Cli p3012 = Cli.run(Cli.args("migrate", "resolve", "--rolled-back", "20240101000000_a", at));
        assertThat(p3012.exit()).isEqualTo(1);
        assertThat(json(p3012).get("error").get("code").asText()).isEqualTo("P3012");

        Cli both = Cli.run(Cli.args("migrate", "resolve", "--applied", "x", "--rolled-back", "y", at));
        assertThat(both.exit()).isEqualTo(1);
        assertThat(json(both).get("error").get("code").asText()).isEqualTo("KEEL_USAGE");
    }

    @Test
    void errorsAreJsonWithTheCodeAndNoPassword() throws Exception {
        // Nothing listens on port 1.
        Cli unreachable = Cli.run("migrate", "deploy", "--json", "--url",
                "postgresql://keel:s3cr3t-pw@127.0.0.1:1/app");
        assertThat(unreachable.exit()).isEqualTo(1);
        JsonNode e = json(unreachable).get("error");
        assertThat(e.get("code").asText()).isEqualTo("P1001");
        assertThat(e.get("keelCode").asText()).isEqualTo("KEEL_DB_UNREACHABLE");
        assertThat(unreachable.out()).doesNotContain("s3cr3t-pw");

        Cli badFlag = Cli.run("migrate", "status", "--json", "--no-such-flag");
        assertThat(badFlag.exit()).isEqualTo(1);
        assertThat(json(badFlag).get("error").get("message").asText()).contains("--no-such-flag");

        Cli diffArgs = Cli.run("migrate", "diff", "--json", "--from-empty");
        assertThat(diffArgs.exit()).isEqualTo(1);
        assertThat(json(diffArgs).get("error").get("message").asText())
                .isEqualTo("0 `--to-...` parameter(s) provided. 1 must be provided.");
    }

    @Test
    void validateFormatAndDiff(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("prisma"));
        Path schema = root.resolve("prisma/schema.prisma");
        Files.writeString(schema, SCHEMA.replace("key     String  @id", "key String @id"));
        String[] at = {"--cwd", root.toString(), "--json"};

        Cli valid = Cli.run(Cli.args("validate", at));
        assertThat(valid.exit()).isZero();
        JsonNode v = json(valid);
        assertThat(v.get("valid").asBoolean()).isTrue();
        assertThat(v.get("errorCount").asInt()).isZero();

        Cli check = Cli.run(Cli.args("format", "--check", at));
        assertThat(check.exit()).isEqualTo(1);
        JsonNode c = json(check);
        assertThat(c.get("anyChanged").asBoolean()).isTrue();
        assertThat(c.get("written").asBoolean()).isFalse();
        assertThat(Files.readString(schema)).contains("key String @id");

        Cli format = Cli.run(Cli.args("format", at));
        assertThat(format.exit()).isZero();
        assertThat(json(format).get("written").asBoolean()).isTrue();
        assertThat(Files.readString(schema)).isEqualTo(SCHEMA);

        Cli diff = Cli.run(Cli.args("migrate", "diff", "--from-empty", "--to-schema", schema.toString(), at));
        assertThat(diff.exit()).isZero();
        JsonNode df = json(diff);
        assertThat(df.get("hasChanges").asBoolean()).isTrue();
        List<String> kinds = new ArrayList<>();
        df.get("steps").forEach(n -> kinds.add(n.get("kind").asText()));
        assertThat(kinds).contains("CreateTable");
        // Prisma 7's engine starts a script from empty so (golden/diff/generated/*.empty-v1.sql).
        assertThat(df.get("script").asText()).isEqualTo("""
                -- CreateSchema
                CREATE SCHEMA IF NOT EXISTS "public";

                -- CreateTable
                CREATE TABLE "feature_flags" (
                    "key" TEXT NOT NULL,
                    "is_enabled" BOOLEAN NOT NULL,

                    CONSTRAINT "feature_flags_pkey" PRIMARY KEY ("key")
                );
                """);

        Files.writeString(schema, "datasource db {\n  provider = \"postgresql\"\n}\n\nmodel X {\n  id Nope @id\n}\n");
        Cli invalid = Cli.run(Cli.args("validate", at));
        assertThat(invalid.exit()).isEqualTo(1);
        JsonNode iv = json(invalid);
        assertThat(iv.get("valid").asBoolean()).isFalse();
        assertThat(iv.get("diagnostics").get(0).get("line").asInt()).isEqualTo(6);
        assertThat(iv.get("diagnostics").get(0).get("severity").asText()).isEqualTo("error");

        Cli invalidDiff = Cli.run(Cli.args("migrate", "diff", "--from-empty", "--to-schema", schema.toString(), at));
        assertThat(invalidDiff.exit()).isEqualTo(1);
        JsonNode err = json(invalidDiff).get("error");
        assertThat(err.get("code").asText()).isEqualTo("P1012");
        assertThat(err.get("diagnostics").get(0).get("line").asInt()).isEqualTo(6);
    }

    @Test
    void devResetAndSeed(@TempDir Path root, DatabaseUrl url) throws Exception {
        Files.createDirectories(root.resolve("prisma/seed"));
        Files.writeString(root.resolve("prisma/schema.prisma"), SCHEMA);
        Files.writeString(root.resolve("prisma/seed/flags.json"),
                "{\"Flag\": [{\"key\": \"holds\", \"enabled\": false}, {\"key\": \"payouts\", \"enabled\": true}]}");
        String[] at = {"--cwd", root.toString(), "--url", url.toString(), "--json"};

        Cli unnamed = Cli.run(Cli.args("migrate", "dev", at));
        assertThat(unnamed.exit()).isEqualTo(1);
        JsonNode u = json(unnamed);
        assertThat(u.get("outcome").asText()).isEqualTo("needs_name");
        assertThat(u.get("error").get("code").asText()).isEqualTo("KEEL_DEV_NAME_REQUIRED");

        Cli dev = Cli.run(Cli.args("migrate", "dev", "--area", "core", "--name", "flags", at));
        assertThat(dev.exit()).as(dev.out()).isZero();
        JsonNode d = json(dev);
        assertThat(d.get("outcome").asText()).isEqualTo("created_and_applied");
        List<String> folders;
        try (Stream<Path> s = Files.list(root.resolve("prisma/migrations"))) {
            folders = s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertThat(texts(d.get("migrations"))).isEqualTo(folders)
                .isEqualTo(rows(url, "SELECT migration_name FROM _prisma_migrations ORDER BY migration_name"));
        // The database was created by this run? No: TempDatabase made it; so no seed ran, as Prisma.
        assertThat(d.get("databaseCreated").asBoolean()).isFalse();

        Cli seed = Cli.run(Cli.args("db", "seed", at));
        assertThat(seed.exit()).isZero();
        JsonNode sd = json(seed);
        assertThat(sd.get("declarative").get("inserted").asInt()).isEqualTo(Integer.parseInt(
                rows(url, "SELECT count(*) FROM feature_flags").get(0)));
        assertThat(json(Cli.run(Cli.args("db", "seed", at))).get("declarative").get("unchanged").asInt())
                .isEqualTo(2);

        Cli refused = Cli.run(Cli.args("migrate", "reset", at));
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(json(refused).get("error").get("code").asText()).isEqualTo("KEEL_NEEDS_FORCE");
        assertThat(rows(url, "SELECT count(*) FROM feature_flags")).containsExactly("2");

        try (Connection c = url.connect(); Statement st = c.createStatement()) {
            st.execute("UPDATE feature_flags SET is_enabled = NOT is_enabled");
        }
        Cli reset = Cli.run(Cli.args("migrate", "reset", "--force", at));
        assertThat(reset.exit()).isZero();
        JsonNode rs = json(reset);
        assertThat(texts(rs.get("schemas"))).containsExactly("public");
        assertThat(texts(rs.get("deploy").get("applied"))).isEqualTo(rows(url,
                "SELECT migration_name FROM _prisma_migrations ORDER BY migration_name"));
        assertThat(rs.get("seed").get("declarative").get("inserted").asInt()).isEqualTo(2);
        assertThat(rows(url, "SELECT key FROM feature_flags WHERE is_enabled")).containsExactly("payouts");
    }
}
