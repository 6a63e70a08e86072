package dev.keel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.db.DatabaseUrl;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(TempDatabase.class)
class ResetAndSeedTest {
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

    private static Path project(Path root) throws Exception {
        Files.createDirectories(root.resolve("prisma/migrations/20250101000000_2025-01-01-core-flags"));
        Files.writeString(root.resolve("prisma/schema.prisma"), SCHEMA);
        Files.writeString(root.resolve("prisma/migrations/20250101000000_2025-01-01-core-flags/migration.sql"),
                "CREATE TABLE \"feature_flags\" (\"key\" TEXT NOT NULL, \"is_enabled\" BOOLEAN NOT NULL, "
                        + "CONSTRAINT \"feature_flags_pkey\" PRIMARY KEY (\"key\"));\n");
        Files.createDirectories(root.resolve("prisma/seed"));
        Files.writeString(root.resolve("prisma/seed/flags.json"),
                "{\"Flag\": [{\"key\": \"holds\", \"enabled\": false}, {\"key\": \"payouts\", \"enabled\": true}]}");
        return root;
    }

    private static String query(DatabaseUrl url, String sql) throws Exception {
        try (Connection c = url.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            StringBuilder sb = new StringBuilder();
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= n; i++) {
                    sb.append(i > 1 ? "|" : "").append(rs.getString(i));
                }
                sb.append('\n');
            }
            return sb.toString();
        }
    }

    @Test
    void resetRefusesWithoutForceWhenNotInteractive(DatabaseUrl url, @TempDir Path root) throws Exception {
        project(root);
        assertThat(Cli.run("migrate", "deploy", "--cwd", root.toString(), "--url", url.toString()).exit()).isZero();
        query(url, "SELECT 1"); // reachable
        try (Connection c = url.connect(); Statement st = c.createStatement()) {
            st.execute("INSERT INTO feature_flags VALUES ('x', true); CREATE TABLE stray (id int)");
        }

        Cli refused = Cli.run("migrate", "reset", "--cwd", root.toString(), "--url", url.toString());
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).isEqualTo("Error: Prisma Migrate has detected that the environment is "
                + "non-interactive. It is recommended to run this command in an interactive environment.\n\n"
                + "Use --force to run this command without user interaction.\n"
                + "See https://www.prisma.io/docs/reference/api-reference/command-reference#migrate-reset\n");
        assertThat(query(url, "SELECT key FROM feature_flags")).isEqualTo("x\n");

        Cli reset = Cli.run("migrate", "reset", "--force", "--cwd", root.toString(), "--url", url.toString());
        assertThat(reset.exit()).as(reset.err()).isZero();
        assertThat(reset.out()).contains("Database reset successful", "20250101000000_2025-01-01-core-flags",
                "2 inserted, 0 updated, 0 unchanged");
        // Everything else is gone, the history is the folder's, the seed ran through the @map names.
        assertThat(query(url, "SELECT key, is_enabled FROM feature_flags ORDER BY key")).isEqualTo(
                "holds|f\npayouts|t\n");
        assertThat(query(url, "SELECT to_regclass('stray')")).isEqualTo("null\n");
        assertThat(query(url, "SELECT migration_name, finished_at IS NOT NULL FROM _prisma_migrations"))
                .isEqualTo("20250101000000_2025-01-01-core-flags|t\n");

        Cli skip = Cli.run("migrate", "reset", "-f", "--skip-seed", "--cwd", root.toString(), "--url", url.toString());
        assertThat(skip.exit()).isZero();
        assertThat(query(url, "SELECT count(*) FROM feature_flags")).isEqualTo("0\n");
    }

    @Test
    void seedCommandFromKeelTomlGetsTheDatabaseUrl(DatabaseUrl url, @TempDir Path root) throws Exception {
        project(root);
        Files.delete(root.resolve("prisma/seed/flags.json"));
        Files.writeString(root.resolve("keel.toml"), "[seed]\ncommand = \"printf '%s' \\\"$DATABASE_URL\\\" > seen.txt\"\n");
        Cli none = Cli.run("db", "seed", "--cwd", root.toString(), "--url", url.toString());
        assertThat(none.exit()).as(none.err()).isZero();
        assertThat(none.out()).contains("The seed command has been executed.");
        assertThat(Files.readString(root.resolve("seen.txt"))).isEqualTo(url.toString());

        Files.writeString(root.resolve("keel.toml"), "[seed]\ncommand = \"exit 3\"\n");
        Cli failed = Cli.run("db", "seed", "--cwd", root.toString(), "--url", url.toString());
        assertThat(failed.exit()).isEqualTo(1);
        assertThat(failed.err()).startsWith("Error: An error occurred while running the seed command:\n");

        // package.json's prisma.seed is the fallback, as in Prisma.
        Files.delete(root.resolve("keel.toml"));
        Files.writeString(root.resolve("package.json"), "{\"prisma\": {\"seed\": \"touch from-package-json\"}}");
        assertThat(Cli.run("db", "seed", "--cwd", root.toString(), "--url", url.toString()).exit()).isZero();
        assertThat(root.resolve("from-package-json")).exists();

        Files.delete(root.resolve("package.json"));
        Cli nothing = Cli.run("db", "seed", "--cwd", root.toString(), "--url", url.toString());
        assertThat(nothing.exit()).isZero();
        assertThat(nothing.out()).startsWith("No seed configured");
    }

    @Test
    void dotEnvGivesTheDatabaseUrl(DatabaseUrl url, @TempDir Path root) throws Exception {
        project(root);
        Files.writeString(root.resolve(".env"), "# local\nDATABASE_URL=\"" + url + "\"\n");
        Cli deploy = Cli.run("migrate", "deploy", "--cwd", root.toString());
        assertThat(deploy.exit()).as(deploy.err()).isZero();
        assertThat(deploy.out()).contains("PostgreSQL database \"" + url.database() + "\"");
    }
}
