package dev.keel.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrateTargetTest {
    private static final String SCHEMA = "datasource db {\n  provider = \"postgresql\"\n  url      = env(\"MY_DB\")\n}\n";

    @Test
    void urlPrecedenceIsFlagThenDatabaseUrlThenSchemaEnv(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("prisma"));
        Files.writeString(root.resolve("prisma/schema.prisma"), SCHEMA);
        KeelConfig.Builder b = Keel.configure().workingDir(root);

        MigrateTarget fromSchema = MigrateTarget.resolve(b.environment(Map.of("MY_DB",
                "postgresql://u:secret@h:5433/fromschema?schema=app")).buildConfig());
        assertThat(fromSchema.url().database()).isEqualTo("fromschema");
        assertThat(fromSchema.url().schema()).isEqualTo("app");
        assertThat(fromSchema.url().toString()).doesNotContain("secret");
        assertThat(fromSchema.migrationsDir()).isEqualTo(root.resolve("prisma/migrations").toAbsolutePath().normalize());

        MigrateTarget fromEnv = MigrateTarget.resolve(b.environment(Map.of("MY_DB", "postgresql://h/fromschema",
                "DATABASE_URL", "postgresql://h/fromenv")).buildConfig());
        assertThat(fromEnv.url().database()).isEqualTo("fromenv");

        MigrateTarget fromFlag = MigrateTarget.resolve(b.databaseUrl("postgresql://h/fromflag").buildConfig());
        assertThat(fromFlag.url().database()).isEqualTo("fromflag");

        assertThatThrownBy(() -> MigrateTarget.resolve(Keel.configure().workingDir(root).environment(Map.of())
                .buildConfig())).isInstanceOf(KeelException.class).hasMessage("Environment variable not found: MY_DB.");
    }

    @Test
    void noSchemaNeedsAUrl(@TempDir Path root) {
        assertThatThrownBy(() -> MigrateTarget.resolve(Keel.configure().workingDir(root).environment(Map.of())
                .buildConfig())).isInstanceOf(KeelException.class).hasMessageStartingWith("No database URL");
        MigrateTarget t = MigrateTarget.resolve(Keel.configure().workingDir(root).environment(
                Map.of("DATABASE_URL", "postgres://h/x")).buildConfig());
        assertThat(t.migrationsDir()).isEqualTo(root.resolve("prisma/migrations").toAbsolutePath().normalize());
        assertThat(t.provider()).isEqualTo("postgresql");
    }
}
