package dev.keel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.db.DatabaseUrl;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(TempDatabase.class)
class MigrateDevCommandTest {
    private static long folders(Path root) throws Exception {
        try (Stream<Path> s = Files.list(root.resolve("prisma/migrations"))) {
            return s.filter(Files::isDirectory).count();
        }
    }

    @Test
    void theTeamWorkflow(@TempDir Path tmp, DatabaseUrl url) throws Exception {
        Path root = Go4uExampleTest.copy(tmp.resolve("go4u"));
        String[] at = {"--cwd", root.toString(), "--url", url.toString()};

        // First run on an empty database: the two migrations are applied, nothing new is needed.
        Cli first = Cli.run(Cli.args("migrate", "dev", at));
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out()).contains("The following migration(s) have been applied:\n\nmigrations/\n"
                + "  └─ 20250901090000_2025-09-01-wallet-init/\n", "Your database is now in sync with your schema.");

        Path schema = root.resolve("prisma/schema.prisma");
        Files.writeString(schema, Files.readString(schema).replace("  confirmedAt DateTime?\n",
                "  confirmedAt DateTime?\n  releasedAt  DateTime?\n"));

        // A name that breaks the convention: one line, exit 1, nothing written.
        Cli bad = Cli.run(Cli.args("migrate", "dev", "--name", "add-released-at", at));
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.err()).isEqualTo("Error: The migration name `add-released-at` does not follow the naming "
                + "convention: expected <yyyy-mm-dd>-<area>-<short-change> in lower case, e.g. "
                + "2025-09-25-wallet-add-holds.\n");
        assertThat(folders(root)).isEqualTo(2);

        Cli unnamed = Cli.run(Cli.args("migrate", "dev", at));
        assertThat(unnamed.exit()).isEqualTo(1);
        assertThat(unnamed.err()).startsWith("Error: A migration name is required by the naming convention");
        assertThat(folders(root)).isEqualTo(2);

        Cli created = Cli.run(Cli.args("migrate", "dev", "--area", "deals", "--name", "add-released-at", at));
        assertThat(created.exit()).as(created.err()).isZero();
        String name = "_" + LocalDate.now(ZoneOffset.UTC) + "-deals-add-released-at";
        assertThat(created.out()).contains("The following migration(s) have been created and applied from new schema "
                + "changes:\n\nprisma/migrations/\n  └─ ", name + "/\n    └─ migration.sql\n",
                "Your database is now in sync with your schema.");
        assertThat(folders(root)).isEqualTo(3);

        Cli synced = Cli.run(Cli.args("migrate", "dev", at));
        assertThat(synced.out()).contains("Already in sync, no schema change or pending migration was found.");

        // Drift: a table made by hand. Non-interactive: explained, exit 1, database untouched.
        try (Connection c = url.connect(); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE \"hotfix\" (\"id\" INTEGER)");
        }
        Cli drift = Cli.run(Cli.args("migrate", "dev", at));
        assertThat(drift.exit()).isEqualTo(1);
        assertThat(drift.out()).contains("Drift detected: Your database schema is not in sync with your migration "
                + "history.", "[+] Added tables\n  - hotfix", "We need to reset the \"public\" schema at \""
                + url.host() + ":" + url.port() + "\"", "You may use keel migrate reset to drop the development "
                + "database.\nAll data will be lost.");
        assertThat(drift.err()).startsWith("Error: ");

        // Create-only writes and does not apply.
        try (Connection c = url.connect(); Statement st = c.createStatement()) {
            st.execute("DROP TABLE \"hotfix\"");
        }
        Files.writeString(schema, Files.readString(schema).replace("  releasedAt  DateTime?\n",
                "  releasedAt  DateTime?\n  memo        String?\n"));
        Cli draft = Cli.run(Cli.args("migrate", "dev", "--create-only", "--name", "2030-01-01-deals-add-memo", at));
        assertThat(draft.exit()).as(draft.err()).isZero();
        assertThat(draft.out()).containsPattern("Keel created the following migration without applying it "
                + "\\d{14}_2030-01-01-deals-add-memo\n\nYou can now edit it and apply it by running keel migrate dev.");
        Cli status = Cli.run(Cli.args("migrate", "status", at));
        assertThat(status.exit()).isEqualTo(1);
        assertThat(status.out()).contains("have not yet been applied");
    }

    /** Lint's findings on an {@code --unsafe} migration are printed after the tree; they do not change the exit. */
    @Test
    void lintFindingsFollowTheTree(@TempDir Path root, DatabaseUrl url) throws Exception {
        String[] at = {"--cwd", root.toString(), "--url", url.toString()};
        Path schema = Files.createDirectories(root.resolve("prisma")).resolve("schema.prisma");
        String v1 = "datasource db {\n  provider = \"postgresql\"\n}\n\nmodel Account {\n  id   Int @id\n  code String\n}\n";
        Files.writeString(schema, v1);
        Cli init = Cli.run(Cli.args("migrate", "dev", "--name", "2025-09-01-wallet-init", at));
        assertThat(init.exit()).as(init.err()).isZero();
        assertThat(init.out()).doesNotContain("keel lint");
        try (Connection c = url.connect(); Statement st = c.createStatement()) {
            st.execute("INSERT INTO \"Account\" SELECT g, 'c' || g FROM generate_series(1, 1000) g");
        }
        Files.writeString(schema, v1.replace("  code String\n}", "  code String\n\n  @@index([code])\n}"));

        Cli plain = Cli.run(Cli.args("migrate", "dev", "--unsafe", "--name", "2025-09-25-wallet-code-index", at));

        assertThat(plain.exit()).as(plain.err()).isZero();
        String out = plain.out();
        int tree = out.indexOf("    └─ migration.sql\n");
        int lint = out.indexOf("keel lint: 1 finding in the new migration (warnings; each names its safe alternative):\n");
        assertThat(tree).isPositive();
        assertThat(lint).isGreaterThan(tree);
        assertThat(out.substring(lint)).containsPattern("prisma/migrations/\\d{14}_2025-09-25-wallet-code-index/"
                + "migration\\.sql:\\d+: require-concurrent-index-creation: ")
                .contains("  fix:\n", "CREATE INDEX CONCURRENTLY");
    }

    /** A changed @map: one line naming the plan command, exit 1, nothing written, the rows kept. */
    @Test
    void aChangedMapNamesTheRenamePlan(@TempDir Path root, DatabaseUrl url) throws Exception {
        String[] at = {"--cwd", root.toString(), "--url", url.toString()};
        Path schema = Files.createDirectories(root.resolve("prisma")).resolve("schema.prisma");
        String v1 = "datasource db {\n  provider = \"postgresql\"\n}\n\nmodel Account {\n  id   Int    @id\n"
                + "  code String\n}\n";
        Files.writeString(schema, v1);
        Cli init = Cli.run(Cli.args("migrate", "dev", "--name", "2025-09-01-wallet-init", at));
        assertThat(init.exit()).as(init.err()).isZero();
        try (Connection c = url.connect(); Statement st = c.createStatement()) {
            st.execute("INSERT INTO \"Account\" SELECT g, 'c' || g FROM generate_series(1, 10) g");
        }
        Files.writeString(schema, v1.replace("  code String\n", "  code String @map(\"account_code\")\n"));

        Cli r = Cli.run(Cli.args("migrate", "dev", "--name", "2025-09-25-wallet-rename-code", at));

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("Error: Field `Account.code` now maps to column `account_code` instead of "
                + "`code`: Prisma's migration would drop `code` and add `account_code`, losing its data. Put back "
                + "@map(\"code\") and run `keel plan rename-column Account.code account_code` (a rename in three "
                + "releases), or pass --unsafe to drop and re-add the column.\n");
        assertThat(folders(root)).isEqualTo(1);
        try (Connection c = url.connect(); Statement st = c.createStatement();
             java.sql.ResultSet rs = st.executeQuery("SELECT count(code) FROM \"Account\"")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(10);
        }
    }
}
