package dev.keel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.db.DatabaseUrl;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Prisma 7 command lines keep working with Keel (https://www.prisma.io/docs/cli/migrate, /docs/cli/db/seed):
 * {@code --config} is accepted and explained, {@code db seed -- args} reaches the seed command, Prisma 6's
 * {@code --from-schema-datamodel} is still understood.
 */
@ExtendWith(TempDatabase.class)
class PrismaParityTest {
    private static final String SCHEMA = "datasource db {\n  provider = \"postgresql\"\n}\n\nmodel A {\n  id Int @id\n}\n";

    @Test
    void configIsAcceptedExplainedAndChangesNothing(@TempDir Path root, DatabaseUrl url) throws Exception {
        Files.createDirectories(root.resolve("prisma/migrations"));
        Files.writeString(root.resolve("prisma/schema.prisma"), SCHEMA);
        Files.writeString(root.resolve("prisma.config.ts"), "export default {}\n");
        String[] at = {"--cwd", root.toString(), "--url", url.toString()};

        for (String[] command : new String[][] {{"migrate", "deploy"}, {"migrate", "status"}, {"db", "seed"}}) {
            Cli plain = Cli.run(Cli.args(command, at));
            Cli withConfig = Cli.run(Cli.args(command, at, "--config", "prisma.config.ts"));
            assertThat(withConfig.exit()).as(String.join(" ", command)).isEqualTo(plain.exit());
            assertThat(withConfig.out()).isEqualTo(plain.out());
            assertThat(withConfig.err()).startsWith("Note: --config prisma.config.ts is ignored: Keel cannot run "
                    + "prisma.config.ts.");
        }
        Cli validate = Cli.run("validate", "--cwd", root.toString(), "--config", "prisma.config.ts");
        assertThat(validate.exit()).isZero();
    }

    @Test
    void seedArgumentsAfterDoubleDashReachTheCommand(@TempDir Path root, DatabaseUrl url) throws Exception {
        Files.createDirectories(root.resolve("prisma"));
        Files.writeString(root.resolve("prisma/schema.prisma"), SCHEMA);
        // Each argument arrives as one word, spaces and quotes included: the shell never re-parses them.
        Files.writeString(root.resolve("keel.toml"), "[seed]\ncommand = \"printf '%s|' > args.txt\"\n");
        Cli seed = Cli.run("db", "seed", "--cwd", root.toString(), "--url", url.toString(), "--", "--arg1", "value 1",
                "it's", "--json");
        assertThat(seed.exit()).as(seed.err()).isZero();
        assertThat(seed.out()).contains("The seed command has been executed.");
        assertThat(Files.readString(root.resolve("args.txt"))).isEqualTo("--arg1|value 1|it's|--json|");

        Cli noArgs = Cli.run("db", "seed", "--cwd", root.toString(), "--url", url.toString());
        assertThat(noArgs.exit()).isZero();
        assertThat(Files.readString(root.resolve("args.txt"))).isEqualTo("|");

        // A flag meant for the script without --: one line saying where it belongs, as Prisma does.
        Cli unknown = Cli.run("db", "seed", "--cwd", root.toString(), "--url", url.toString(), "--arg1");
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.err()).contains("Unknown option: '--arg1'", "put them after --: keel db seed -- --arg");
        assertThat(unknown.err().lines()).hasSize(1);
    }

    @Test
    void prisma6SchemaDatamodelFlagsAreTheSchemaSource(@TempDir Path root) throws Exception {
        Path schema = root.resolve("schema.prisma");
        Files.writeString(schema, SCHEMA);
        Cli v6 = Cli.run("migrate", "diff", "--from-empty", "--to-schema-datamodel", schema.toString(), "--script");
        Cli v7 = Cli.run("migrate", "diff", "--from-empty", "--to-schema", schema.toString(), "--script");
        assertThat(v6.exit()).isZero();
        assertThat(v6.out()).isEqualTo(v7.out()).contains("CREATE TABLE \"A\"");
        Cli down = Cli.run("migrate", "diff", "--from-schema-datamodel", schema.toString(), "--to-empty", "--script");
        assertThat(down.out()).contains("DROP TABLE \"A\";");
    }

    /** An invalid schema stops the commands that compile it with P1012 and Prisma's diagnostics, as validate. */
    @Test
    void invalidSchemaShowsTheDiagnosticsEverywhere(@TempDir Path root, DatabaseUrl url) throws Exception {
        Files.createDirectories(root.resolve("prisma/migrations"));
        Files.writeString(root.resolve("prisma/schema.prisma"), SCHEMA.replace("id Int @id", "id Strin @id"));
        Cli validate = Cli.run("validate", "--cwd", root.toString());
        assertThat(validate.exit()).isEqualTo(1);
        String diagnostics = validate.err().substring(0, validate.err().indexOf("Validation Error Count"));
        String first = null;
        for (String[] command : new String[][] {{"migrate", "dev", "--url", url.toString()},
                {"drift", "--schema", "prisma/schema.prisma", "--url", url.toString()},
                {"migrate", "diff", "--from-empty", "--to-schema", "prisma/schema.prisma"},
                {"plan", "rename-column", "A.id", "key"}}) {
            Cli r = Cli.run(Cli.args(command, "--cwd", root.toString()));
            assertThat(r.exit()).as(String.join(" ", command)).isEqualTo(1);
            assertThat(r.err()).as(String.join(" ", command)).contains(diagnostics.strip(),
                    "Validation Error Count: 1").startsWith("Error: P1012 ").endsWith(validate.err());
            // One layout: the same text whichever command found the schema invalid.
            first = first == null ? r.err() : first;
            assertThat(r.err()).as(String.join(" ", command)).isEqualTo(first);
        }
    }

    @Test
    void exclusiveFlagsAreOneLineWithOneErrorPrefix() {
        Cli both = Cli.run("drift", "--schema", "a.prisma", "--migrations", "m");
        assertThat(both.exit()).isEqualTo(1);
        assertThat(both.err()).isEqualTo("Error: --schema=FILE, --migrations=DIR are mutually exclusive (specify only "
                + "one) (see `keel drift --help`)\n");
    }
}
