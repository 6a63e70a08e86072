package dev.keel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code keel plan …} on a schema that does not validate reports it exactly as {@code keel validate} does (Prisma's
 * diagnostics with the file and line, the error count, exit 1), and with {@code --json} each diagnostic's file, line
 * and column; nothing is written into the migrations folder.
 */
class PlanInvalidSchemaTest {
    private static final String SCHEMA = """
            datasource db {
              provider = "postgresql"
            }

            model Wallet {
              id    Int    @id
              bal   Int
              state Status
              note  Strin
            }

            enum Status {
              OPEN
              SHUT
            }
            """;

    @ParameterizedTest
    @CsvSource({"rename-column,Wallet.bal,balance", "change-type,Wallet.bal,BigInt",
            "rename-enum-value,Status.OPEN,ACTIVE"})
    void printsValidatesDiagnostics(String command, String what, String to, @TempDir Path root) throws Exception {
        Path schema = root.resolve("prisma/schema.prisma");
        Files.createDirectories(root.resolve("prisma/migrations"));
        Files.writeString(schema, SCHEMA);

        Cli validate = Cli.run("validate", "--cwd", root.toString());
        assertThat(validate.exit()).isEqualTo(1);
        assertThat(validate.err()).contains("-->  prisma/schema.prisma:9", "Validation Error Count: 1");

        Cli plan = Cli.run("plan", command, what, to, "--cwd", root.toString());
        assertThat(plan.exit()).isEqualTo(validate.exit());
        // validate's report (Prisma's P1012 header, the diagnostics, then the count) is printed whole.
        assertThat(plan.err()).isEqualTo(validate.err())
                .startsWith("Error: Prisma schema validation\nError code: P1012\n");
        try (var files = Files.list(root.resolve("prisma/migrations"))) {
            assertThat(files).isEmpty();
        }

        Cli json = Cli.run("plan", command, what, to, "--cwd", root.toString(), "--json");
        assertThat(json.exit()).isEqualTo(1);
        JsonNode error = new ObjectMapper().readTree(json.out()).get("error");
        assertThat(error.get("code").asText()).isEqualTo("P1012");
        JsonNode d = error.get("diagnostics").get(0);
        assertThat(d.get("file").asText()).isEqualTo("prisma/schema.prisma");
        assertThat(d.get("line").asInt()).isEqualTo(9);
        assertThat(d.get("column").asInt()).isEqualTo(9);
        assertThat(d.get("message").asText()).startsWith("Type \"Strin\" is neither a built-in type");
    }
}
