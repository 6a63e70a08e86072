package dev.keel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.db.DatabaseUrl;
import dev.keel.db.EmbeddedPostgresServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class MigrateCommandsTest {
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

    @Test
    void deployStatusResolveRoundTrip(@TempDir Path root) throws Exception {
        DatabaseUrl url = EmbeddedPostgresServer.get().createDatabase("cli_migrate");
        Path dir = root.resolve("migrations");
        Files.createDirectories(dir.resolve("20240101000000_init"));
        Files.writeString(dir.resolve("20240101000000_init/migration.sql"), "CREATE TABLE \"A\" (id int);");
        String[] common = {"--url", url.toString(), "--migrations-dir", dir.toString()};

        Run status = run(concat(new String[] {"migrate", "status"}, common));
        assertThat(status.exit()).isEqualTo(1);
        // As Prisma 6.19: with no table, the pending check comes first.
        assertThat(status.out()).contains("1 migration found in ",
                "Following migration have not yet been applied:\n20240101000000_init\n");

        Run deploy = run(concat(new String[] {"migrate", "deploy"}, common));
        assertThat(deploy.exit()).isEqualTo(0);
        assertThat(deploy.out()).startsWith("Datasource \"db\": PostgreSQL database \"" + url.database()
                + "\", schema \"public\" at \"" + url.host() + ":" + url.port() + "\"\n");
        assertThat(deploy.out()).contains("1 migration found in ", "Applying migration `20240101000000_init`",
                "The following migration(s) have been applied:\n\nmigrations/\n  └─ 20240101000000_init/\n"
                        + "    └─ migration.sql\n", "All migrations have been successfully applied.");
        assertThat(run(concat(new String[] {"migrate", "deploy"}, common)).out())
                .contains("No pending migrations to apply.");
        assertThat(run(concat(new String[] {"migrate", "status"}, common)).out())
                .contains("Database schema is up to date!");

        Files.createDirectories(dir.resolve("20240102000000_bad"));
        Files.writeString(dir.resolve("20240102000000_bad/migration.sql"), "SELECT 1/0;");
        Run failed = run(concat(new String[] {"migrate", "deploy"}, common));
        assertThat(failed.exit()).isEqualTo(1);
        assertThat(failed.err()).startsWith("Error: P3018\n\nA migration failed to apply.")
                .contains("Migration name: 20240102000000_bad", "Database error code: 22012");
        Run blocked = run(concat(new String[] {"migrate", "deploy"}, common));
        assertThat(blocked.exit()).isEqualTo(1);
        assertThat(blocked.err()).startsWith("Error: P3009\n\nmigrate found failed migrations");
        Run st = run(concat(new String[] {"migrate", "status"}, common));
        assertThat(st.exit()).isEqualTo(1);
        assertThat(st.err()).contains("Following migration have failed:\n20240102000000_bad");

        Run both = run(concat(new String[] {"migrate", "resolve", "--applied", "x", "--rolled-back", "y"}, common));
        assertThat(both.exit()).isEqualTo(1);
        assertThat(both.err()).contains("Pass either --applied or --rolled-back, not both.");
        Run rb = run(concat(new String[] {"migrate", "resolve", "--rolled-back", "20240102000000_bad"}, common));
        assertThat(rb.exit()).isEqualTo(0);
        assertThat(rb.out()).contains("Migration 20240102000000_bad marked as rolled back.");
        Run p3012 = run(concat(new String[] {"migrate", "resolve", "--rolled-back", "20240101000000_init"}, common));
        assertThat(p3012.exit()).isEqualTo(1);
        assertThat(p3012.err()).isEqualTo("Error: P3012\n\nMigration `20240101000000_init` cannot be rolled back "
                + "because it is not in a failed state.\n");
        Files.writeString(dir.resolve("20240102000000_bad/migration.sql"), "SELECT 1;");
        assertThat(run(concat(new String[] {"migrate", "deploy"}, common)).exit()).isEqualTo(0);
        assertThat(deploy.out() + deploy.err()).doesNotContain("password");
    }

    @Test
    void schemaGivesTheUrlAndTheMigrationsFolder(@TempDir Path root) throws Exception {
        DatabaseUrl url = EmbeddedPostgresServer.get().createDatabase("cli_schema");
        Path prisma = root.resolve("prisma");
        Files.createDirectories(prisma.resolve("migrations/20240101000000_init"));
        Files.writeString(prisma.resolve("migrations/20240101000000_init/migration.sql"), "CREATE TABLE \"A\" (id int);");
        Files.createDirectories(prisma.resolve("migrations/20240102000000_empty"));
        // Prisma 5/6 style: the URL in the datasource block (a literal here; env("X") is read the same way).
        Files.writeString(prisma.resolve("schema.prisma"), "datasource db {\n  provider = \"postgresql\"\n  url      = \""
                + url + "\"\n}\n");
        String schema = prisma.resolve("schema.prisma").toString();
        Run status = run("migrate", "status", "--schema", schema);
        assertThat(status.exit()).isEqualTo(1);
        assertThat(status.out()).contains("2 migrations found in ", "Following migrations have not yet been applied:\n"
                + "20240101000000_init\n20240102000000_empty\n");
        assertThat(status.err()).contains("Warning: the migration folder 20240102000000_empty has no readable "
                + "migration.sql");
        Run deploy = run("migrate", "deploy", "--schema", schema);
        assertThat(deploy.exit()).isEqualTo(1);
        assertThat(deploy.out()).contains("Applying migration `20240101000000_init`");
        assertThat(deploy.err()).startsWith("Error: P3015\n\nCould not find the migration file at ")
                .contains("20240102000000_empty");
    }

    private static String[] concat(String[] a, String[] b) {
        String[] r = new String[a.length + b.length];
        System.arraycopy(a, 0, r, 0, a.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
