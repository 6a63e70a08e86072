package dev.keel.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keel.api.Keel;
import dev.keel.api.KeelConfig;
import dev.keel.api.KeelException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectFileTest {
    @Test
    void readsEverySetting(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("keel.toml"), """
                schema = "db/schema.prisma"
                [migrations]
                path = "db/migrations"
                lock_timeout = 2.5
                shadow_database_url = 'env("SHADOW")'
                [deploy]
                max_parallel_maintenance_workers = 4
                [naming]
                enforce = false
                pattern = '[a-z]+'
                [seed]
                command = "node seed.js"
                """);
        Files.writeString(dir.resolve(".env"), "SHADOW=postgresql://localhost/shadow\nDATABASE_URL=postgresql://f/db\n");
        KeelConfig c = Keel.configure().workingDir(dir).environment(Map.of("DATABASE_URL", "postgresql://e/db"))
                .buildConfig();
        assertThat(c.schema()).contains(dir.resolve("db/schema.prisma"));
        assertThat(c.migrationsDir()).contains(dir.resolve("db/migrations"));
        assertThat(c.lockTimeout()).isEqualTo(Duration.ofMillis(2500));
        assertThat(c.naming().enforced()).isFalse();
        assertThat(c.naming().pattern().pattern()).isEqualTo("[a-z]+");
        assertThat(c.seedCommand()).contains("node seed.js");
        assertThat(c.effectiveShadowDatabaseUrl()).contains("postgresql://localhost/shadow");
        assertThat(c.environment()).containsEntry("DATABASE_URL", "postgresql://e/db");
        assertThat(c.projectFile()).contains(dir.resolve("keel.toml"));
        assertThat(c.deployGuard()).isEqualTo(dev.keel.history.DeployGuard.DEFAULT.withMaintenanceWorkers(4));

        // Builder values win over the file.
        KeelConfig explicit = Keel.configure().workingDir(dir).lockTimeout(Duration.ofSeconds(3))
                .naming(NamingRule.DEFAULT).buildConfig();
        assertThat(explicit.lockTimeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(explicit.naming().enforced()).isTrue();
        assertThat(Keel.configure().workingDir(dir).deployGuard(dev.keel.history.DeployGuard.DEFAULT).buildConfig()
                .deployGuard().maintenanceWorkers()).isZero();
    }

    @Test
    void defaultsWithoutAFile(@TempDir Path dir) {
        KeelConfig c = Keel.configure().workingDir(dir).environment(Map.of()).buildConfig();
        assertThat(c.naming().enforced()).isTrue();
        assertThat(c.lockTimeout()).isEqualTo(KeelConfig.DEFAULT_LOCK_TIMEOUT);
        assertThat(c.projectFile()).isEmpty();
        assertThat(c.effectiveShadowDatabaseUrl()).isEmpty();
        assertThat(c.deployGuard()).isEqualTo(dev.keel.history.DeployGuard.DEFAULT);
        assertThat(c.deployGuard().maintenanceWorkers()).isZero();
    }

    @Test
    void mistakesAreOneLine(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("keel.toml");
        Files.writeString(f, "[naming]\nenforced = true\n");
        assertThatThrownBy(() -> ProjectFile.read(f)).isInstanceOf(KeelException.class)
                .hasMessage(f + ": unknown key `naming.enforced` (known: enforce, pattern).");
        Files.writeString(f, "[migrations]\nlock_timeout = \"10s\"\n");
        assertThatThrownBy(() -> ProjectFile.read(f))
                .hasMessage(f + ": `migrations.lock_timeout` must be a positive number of seconds.");
        Files.writeString(f, "[deploy]\nmax_parallel_maintenance_workers = -1\n");
        assertThatThrownBy(() -> ProjectFile.read(f)).hasMessage(f
                + ": `deploy.max_parallel_maintenance_workers` must be a whole number from 0 to 1024.");
        Files.writeString(f, "[deploy]\nlock_timeout = 1\n");
        assertThatThrownBy(() -> ProjectFile.read(f))
                .hasMessage(f + ": unknown key `deploy.lock_timeout` (known: deadlock_timeout, max_parallel_maintenance_workers).");
        Files.writeString(f, "schema = \n");
        assertThatThrownBy(() -> ProjectFile.read(f)).hasMessageStartingWith(f + " is not valid TOML: ")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        Files.writeString(f, "[naming]\npattern = '('\n");
        assertThatThrownBy(() -> ProjectFile.read(f)).hasMessageStartingWith(
                "keel.toml: [naming] pattern is not a valid regular expression");
        assertThat(ProjectFile.find(dir.resolve("nowhere"))).isEqualTo(ProjectFile.NONE);
        assertThat(ProjectFile.NONE.schema()).isEqualTo(Optional.empty());
    }
}
