package dev.keel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.keel.db.DatabaseUrl;
import dev.keel.db.EmbeddedPostgresServer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * {@code keel drift} on a real database deployed from the {@code source/shop} migrations (which leave
 * {@code _prisma_migrations} and Keel's {@code _keel} journal behind: both must be ignored).
 */
class DriftCommandTest {
    static final Path SHOP = MigrateDiffCommandTest.SHOP;
    static final String MIGRATIONS = SHOP.resolve("migrations").toString();
    static final String SCHEMA = SHOP.resolve("schema.prisma").toString();

    static DatabaseUrl deployed(String name) {
        DatabaseUrl url = EmbeddedPostgresServer.get().createDatabase(name);
        MigrateDiffCommandTest.Run r = MigrateDiffCommandTest.run("migrate", "deploy", "--url", url.toString(),
                "--migrations-dir", MIGRATIONS, "--schema", SCHEMA);
        assertThat(r.exit()).as(r.err()).isZero();
        return url;
    }

    static java.util.List<String> tables(DatabaseUrl url) {
        java.util.List<String> out = new java.util.ArrayList<>();
        try (Connection c = url.connect(); Statement st = c.createStatement();
             java.sql.ResultSet rs = st.executeQuery("SELECT schemaname || '.' || tablename FROM pg_tables")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    static void sql(DatabaseUrl url, String sql) throws Exception {
        try (Connection c = url.connect(); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    @Test
    void noDriftAgainstMigrationsAndSchema() {
        DatabaseUrl url = deployed("drift_none");
        assertThat(tables(url)).contains("public._prisma_migrations").anyMatch(t -> t.startsWith("_keel."));
        MigrateDiffCommandTest.Run m = MigrateDiffCommandTest.run("drift", "--url", url.toString(), "--migrations",
                MIGRATIONS);
        assertThat(m.exit()).as(m.err()).isZero();
        assertThat(m.out()).isEqualTo("No drift: the database " + url + " matches migrations " + MIGRATIONS + ".\n");
        MigrateDiffCommandTest.Run s = MigrateDiffCommandTest.run("drift", "--url", url.toString(), "--schema", SCHEMA);
        assertThat(s.exit()).as(s.err()).isZero();
    }

    @Test
    void columnAddedByHand() throws Exception {
        DatabaseUrl url = deployed("drift_column");
        sql(url, "ALTER TABLE \"User\" ADD COLUMN \"nickname\" TEXT");
        MigrateDiffCommandTest.Run r = MigrateDiffCommandTest.run("drift", "--url", url.toString(), "--migrations",
                MIGRATIONS);
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).startsWith("Drift detected: the database " + url + " differs from migrations "
                + MIGRATIONS + ".\n\n[*] Changed the `User` table\n  [+] Added column `nickname`\n")
                .contains("-- AlterTable\nALTER TABLE \"User\" DROP COLUMN \"nickname\";");

        MigrateDiffCommandTest.Run j = MigrateDiffCommandTest.run("drift", "--url", url.toString(), "--schema", SCHEMA,
                "--json");
        assertThat(j.exit()).isEqualTo(2);
        JsonNode json = JsonMapper.builder().build().readTree(j.out());
        assertThat(json.get("drift").asBoolean()).isTrue();
        assertThat(json.get("database").asText()).isEqualTo(url.toString());
        assertThat(json.get("changes")).hasSize(1);
        assertThat(json.get("changes").get(0).get("kind").asText()).isEqualTo("AlterTable");
        assertThat(json.get("changes").get(0).get("sql").get(0).asText())
                .isEqualTo("ALTER TABLE \"User\" ADD COLUMN     \"nickname\" TEXT");
        assertThat(json.get("repairScript").asText()).contains("ALTER TABLE \"User\" DROP COLUMN \"nickname\";");
    }

    @Test
    void indexDroppedByHand() throws Exception {
        DatabaseUrl url = deployed("drift_index");
        sql(url, "DROP INDEX \"orders_userId_status_idx\"");
        MigrateDiffCommandTest.Run r = MigrateDiffCommandTest.run("drift", "--url", url.toString(), "--migrations",
                MIGRATIONS);
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).contains("[*] Changed the `orders` table\n  [-] Removed index on columns (userId, status)\n",
                "CREATE INDEX \"orders_userId_status_idx\" ON \"orders\"(\"userId\", \"status\");");
        MigrateDiffCommandTest.Run j = MigrateDiffCommandTest.run("drift", "--url", url.toString(), "--migrations",
                MIGRATIONS, "--json");
        assertThat(j.out()).contains("\"kind\" : \"DropIndex\"");
    }

    /** Without --schema/--migrations: the migrations folder beside the schema Prisma's lookup finds. */
    @Test
    void defaultsToTheMigrationsBesideTheSchema(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        Path prisma = tmp.resolve("prisma");
        java.nio.file.Files.createDirectories(prisma);
        java.nio.file.Files.copy(SHOP.resolve("schema.prisma"), prisma.resolve("schema.prisma"));
        try (var files = java.nio.file.Files.walk(SHOP.resolve("migrations"))) {
            for (Path p : files.toList()) {
                Path target = prisma.resolve("migrations").resolve(SHOP.resolve("migrations").relativize(p).toString());
                if (java.nio.file.Files.isDirectory(p)) {
                    java.nio.file.Files.createDirectories(target);
                } else {
                    java.nio.file.Files.copy(p, target);
                }
            }
        }
        DatabaseUrl url = deployed("drift_default");
        MigrateDiffCommandTest.Run r = MigrateDiffCommandTest.run("drift", "--url", url.toString(), "--cwd",
                tmp.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("matches migrations ", "prisma/migrations");
    }

    @Test
    void errorsAreOneLine() {
        MigrateDiffCommandTest.Run r = MigrateDiffCommandTest.run("drift", "--url",
                "postgresql://u:topsecret@127.0.0.1:1/db", "--schema", SCHEMA);
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("Error: " + PrismaTexts.get("P1001").replace("{location}", "127.0.0.1:1")
                + "\n").doesNotContain("topsecret");
        MigrateDiffCommandTest.Run both = MigrateDiffCommandTest.run("drift", "--url", "postgresql://x@h/d",
                "--schema", SCHEMA, "--migrations", MIGRATIONS);
        assertThat(both.exit()).isEqualTo(1);
        assertThat(both.err()).hasLineCount(1).contains("mutually exclusive");
    }
}
