package dev.keel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.db.DatabaseUrl;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code migrate deploy} checks in the schema before touching the database, as Prisma 6/7 do: their deploy
 * reads the schema through get-config ({@code loadSchemaContext}), which reports syntax errors anywhere and errors in
 * the datasource and generator blocks as P1012 (prisma-engines {@code prisma-fmt/src/get_config.rs}: a field without
 * a type is an error, a model rule is not checked), and the schema engine only parses the configuration again. So a
 * schema that cannot be read stops the deploy before anything is applied; a model that would fail {@code validate}
 * does not, and Prisma 5/6's {@code url = env("DATABASE_URL")} stays accepted.
 */
@ExtendWith(TempDatabase.class)
class DeploySchemaCheckTest {
    private static final String INIT = "CREATE TABLE \"A\" (\"id\" INTEGER NOT NULL);";

    private static Path project(Path root, String schema) throws Exception {
        Files.createDirectories(root.resolve("prisma/migrations/20240101000000_init"));
        Files.writeString(root.resolve("prisma/schema.prisma"), schema);
        Files.writeString(root.resolve("prisma/migrations/20240101000000_init/migration.sql"), INIT);
        return root;
    }

    private static boolean hasHistory(DatabaseUrl url) throws Exception {
        try (Connection c = url.connect();
             ResultSet rs = c.createStatement().executeQuery("SELECT to_regclass('public._prisma_migrations')")) {
            rs.next();
            return rs.getString(1) != null;
        }
    }

    @Test
    void syntaxErrorStopsDeployWithValidatesDiagnostics(@TempDir Path root, DatabaseUrl url) throws Exception {
        project(root, """
                datasource db {
                  provider = "postgresql"
                }

                model A {
                  id Int @id
                  name
                }
                """);
        Cli validate = Cli.run("validate", "--cwd", root.toString());
        Cli deploy = Cli.run("migrate", "deploy", "--cwd", root.toString(), "--url", url.toString());
        assertThat(deploy.exit()).isEqualTo(1);
        assertThat(deploy.err()).isEqualTo(validate.err())
                .startsWith("Error: Prisma schema validation\nError code: P1012\n")
                .contains("This field declaration is invalid. It is either missing a name or a type.",
                        "-->  prisma/schema.prisma:7");
        assertThat(deploy.out()).doesNotContain("Applying migration");
        assertThat(hasHistory(url)).isFalse();
    }

    @Test
    void generatorWithoutProviderStopsDeploy(@TempDir Path root, DatabaseUrl url) throws Exception {
        project(root, """
                generator client {
                  output = "./client"
                }

                datasource db {
                  provider = "postgresql"
                }
                """);
        Cli deploy = Cli.run("migrate", "deploy", "--cwd", root.toString(), "--url", url.toString(), "--json");
        assertThat(deploy.exit()).isEqualTo(1);
        assertThat(deploy.out()).contains("\"code\" : \"P1012\"",
                "Argument \\\"provider\\\" is missing in generator block \\\"client\\\".", "\"line\" : 1");
        assertThat(hasHistory(url)).isFalse();
    }

    @Test
    void modelRuleErrorsDoNotStopDeployAsInPrisma(@TempDir Path root, DatabaseUrl url) throws Exception {
        project(root, """
                datasource db {
                  provider = "postgresql"
                  url      = env("DATABASE_URL")
                }

                model A {
                  id   Int @id
                  kind Strin
                }
                """);
        assertThat(Cli.run("validate", "--cwd", root.toString()).exit()).isEqualTo(1);
        Cli deploy = Cli.run("migrate", "deploy", "--cwd", root.toString(), "--url", url.toString());
        assertThat(deploy.exit()).as(deploy.err()).isZero();
        assertThat(deploy.out()).contains("Applying migration `20240101000000_init`");
        assertThat(hasHistory(url)).isTrue();
    }
}
