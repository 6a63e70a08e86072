package dev.keel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CiCommandTest {
    @Test
    void aSchemaChangeWithoutMigrationFails(@TempDir Path tmp) throws Exception {
        Path root = Go4uExampleTest.copy(tmp.resolve("p"));
        Path schema = root.resolve("prisma/schema.prisma");
        Files.writeString(schema, Files.readString(schema).replace("  confirmedAt DateTime?\n",
                "  confirmedAt DateTime?\n  note        String?\n"));

        Cli text = Cli.run("ci", "--cwd", root.toString());
        assertThat(text.exit()).isEqualTo(2);
        assertThat(text.out()).contains("error[schema-vs-migrations]: Schema change without a migration "
                + "(prisma/schema.prisma:34)", "[*] Changed the `Deal` table", "[+] Added column `note`",
                "ALTER TABLE \"Deal\" ADD COLUMN     \"note\" TEXT;", "✘ schema-vs-migrations", "keel ci: failed, 1 error");

        Cli gh = Cli.run("ci", "--format", "github", "--cwd", root.toString());
        assertThat(gh.exit()).isEqualTo(2);
        assertThat(gh.out().lines().findFirst().orElseThrow()).startsWith("::error file=prisma/schema.prisma,line=34,"
                + "title=keel schema-vs-migrations%3A Schema change without a migration::The schema differs from what "
                + "the migrations create.").doesNotContain("\n");

        Cli json = Cli.run("ci", "--json", "--cwd", root.toString());
        assertThat(json.exit()).isEqualTo(2);
        JsonNode j = new ObjectMapper().readTree(json.out());
        assertThat(j.path("passed").asBoolean()).isFalse();
        assertThat(j.path("findings").get(0).path("check").asText()).isEqualTo("schema-vs-migrations");
        assertThat(j.path("steps").size()).isEqualTo(4);
    }

    @Test
    void brokenSqlBadNamesAndInvalidSchemaArePinpointed(@TempDir Path tmp) throws Exception {
        Path root = Go4uExampleTest.copy(tmp.resolve("p"));
        Path bad = Files.createDirectories(root.resolve("prisma/migrations/20251001000000_2025-10-01-wallet-fix"));
        Files.writeString(bad.resolve("migration.sql"), "-- a typo on line 3\n\nALTER TABLE \"Wallet\" ADD COLUMN "
                + "\"x\" INTEGR;\n");
        Path misnamed = Files.createDirectories(root.resolve("prisma/migrations/20251002000000_fix_wallets"));
        Files.writeString(misnamed.resolve("migration.sql"), "SELECT 1;\n");
        Cli gh = Cli.run("ci", "--format", "github", "--cwd", root.toString());
        assertThat(gh.exit()).isEqualTo(2);
        assertThat(gh.out()).contains("::error file=prisma/migrations/20251002000000_fix_wallets/migration.sql,line=1,"
                + "title=keel migrations%3A Migration name breaks the naming convention::`20251002000000_fix_wallets`");
        assertThat(gh.out()).contains("::error file=prisma/migrations/20251001000000_2025-10-01-wallet-fix/"
                + "migration.sql,line=3,title=keel replay%3A Migration fails on a fresh database::Migration "
                + "`20251001000000_2025-10-01-wallet-fix` failed to apply cleanly to a fresh database (SQLSTATE "
                + "42704): ERROR: type \"integr\" does not exist");
        assertThat(gh.out()).contains("- schema-vs-migrations (skipped)");

        Files.writeString(root.resolve("prisma/schema.prisma"), "model A {\n  id Int @id\n  b  Strin\n}\n");
        Cli invalid = Cli.run("ci", "--format", "github", "--cwd", root.toString());
        assertThat(invalid.exit()).isEqualTo(2);
        assertThat(invalid.out()).contains("::error file=prisma/schema.prisma,line=3,title=keel validate%3A Schema "
                + "validation error::");
    }

    @Test
    void duplicateNamesFailSharedTimestampsWarn(@TempDir Path tmp) throws Exception {
        Path root = Go4uExampleTest.copy(tmp.resolve("p"));
        Path m = root.resolve("prisma/migrations");
        for (String name : new String[] {"20251001000000_2025-10-01-deals-a", "20251001000000_2025-10-01-deals-b"}) {
            Files.createDirectories(m.resolve(name));
            Files.writeString(m.resolve(name).resolve("migration.sql"), "SELECT 1;\n");
        }
        Cli shared = Cli.run("ci", "--cwd", root.toString());
        assertThat(shared.exit()).as(shared.out()).isZero();
        assertThat(shared.out()).contains("warning[migrations]: Migrations share a timestamp (prisma/migrations)",
                "20251001000000_2025-10-01-deals-a, 20251001000000_2025-10-01-deals-b", "keel ci: passed");

        // Git on Linux keeps both; a Mac checkout keeps one of them.
        Files.createDirectories(m.resolve("20251001000000_2025-10-01-Deals-a"));
        Files.writeString(m.resolve("20251001000000_2025-10-01-Deals-a/migration.sql"), "SELECT 1;\n");
        Cli dup = Cli.run("ci", "--cwd", root.toString());
        assertThat(dup.exit()).isEqualTo(2);
        assertThat(dup.out()).contains("error[migrations]: Duplicate migration names (prisma/migrations)",
                "20251001000000_2025-10-01-Deals-a, 20251001000000_2025-10-01-deals-a",
                "- replay (skipped)");
    }

    @Test
    void aMissingSchemaIsAnErrorNotAFinding(@TempDir Path root) {
        Cli r = Cli.run("ci", "--cwd", root.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err().lines().count()).isEqualTo(1);
    }
}
