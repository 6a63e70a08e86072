package dev.keel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.db.DatabaseUrl;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
                    "Validation Error Count: 1").isEqualTo(validate.err());
            // One layout: the same text whichever command found the schema invalid.
            first = first == null ? r.err() : first;
            assertThat(r.err()).as(String.join(" ", command)).isEqualTo(first);
        }
    }

    /**
     * Two syntax errors and one model error (an unknown type; a model defined twice): Prisma 7.10.1's
     * {@code migrate dev} reports P1012 with the errors its configuration check finds (the parser's two, not the model
     * error), before it connects; {@code validate} reports all three. Keel prints the same errors, in validate's layout
     * (Prisma's get-config check puts two blank lines between its errors), and exits 1 as Prisma does, never reaching
     * the server (the URL is a closed port). Expectations: {@code cli/README-prisma-cli.md}.
     */
    @ParameterizedTest
    @ValueSource(strings = {"dev-syntax-and-type-errors", "dev-syntax-and-duplicate-model"})
    void migrateDevReportsTheSchemaErrorsPrismasDoes(String name, @TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("prisma/migrations"));
        Files.writeString(root.resolve("prisma/schema.prisma"), resource(name + ".prisma"));
        String prisma = resource(name + ".prisma-migrate-dev.txt");
        Cli dev = Cli.run("migrate", "dev", "--name", "2025-09-25-wallet-add-holds", "--url",
                "postgresql://u:secret@127.0.0.1:1/db", "--cwd", root.toString());
        assertThat(dev.exit()).isEqualTo(1);
        assertThat(dev.out()).isEmpty();
        assertThat(dev.err()).startsWith("Error: Prisma schema validation\nError code: P1012\nerror: ");
        assertThat(errorBlocks(dev.err())).hasSize(2).isEqualTo(errorBlocks(prisma));
        assertThat(countLine(dev.err())).isEqualTo(countLine(prisma)).isEqualTo("Validation Error Count: 2");

        Cli json = Cli.run("migrate", "dev", "--name", "2025-09-25-wallet-add-holds", "--url",
                "postgresql://u:secret@127.0.0.1:1/db", "--cwd", root.toString(), "--json");
        assertThat(json.exit()).isEqualTo(1);
        var error = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.out()).get("error");
        assertThat(error.get("code").asText()).isEqualTo("P1012");
        assertThat(error.get("diagnostics")).hasSize(2);
    }

    /**
     * {@code validate} reports what Prisma's does past syntax errors: a model defined twice, an unknown type, unknown
     * attributes and a bad relation (not the model rules, which Prisma checks only on a schema without errors).
     */
    @ParameterizedTest
    @ValueSource(strings = {"dev-syntax-and-duplicate-model", "dev-syntax-and-type-errors",
            "validate-syntax-attribute-and-relation-errors"})
    void validateReportsSyntaxAndModelErrorsAsPrismas(String name, @TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("prisma"));
        Files.writeString(root.resolve("prisma/schema.prisma"), resource(name + ".prisma"));
        String prisma = resource(name + ".prisma-validate.txt");
        Cli validate = Cli.run("validate", "--cwd", root.toString());
        assertThat(validate.exit()).isEqualTo(1);
        String from = prisma.substring(prisma.indexOf("Error code: P1012"), prisma.indexOf("[Context: validate]"));
        assertThat(validate.err()).isEqualTo("Error: Prisma schema validation\n" + from);
        assertThat(errorBlocks(validate.err())).hasSizeGreaterThanOrEqualTo(3);
    }

    /** Each {@code error:} block of a P1012 report, without the blank lines Prisma's get-config puts between them. */
    private static java.util.List<String> errorBlocks(String report) {
        String body = report.substring(report.indexOf("\nerror: ") + 1, report.indexOf("Validation Error Count"));
        return java.util.Arrays.stream(body.split("(?m)^(?=error: )")).map(String::strip).toList();
    }

    private static String countLine(String report) {
        return report.lines().filter(l -> l.startsWith("Validation Error Count: ")).findFirst().orElseThrow();
    }

    private static String resource(String name) throws java.io.IOException {
        try (var in = PrismaParityTest.class.getResourceAsStream("/cli/" + name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
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
