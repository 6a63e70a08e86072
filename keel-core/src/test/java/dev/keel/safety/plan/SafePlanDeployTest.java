package dev.keel.safety.plan;

import dev.keel.api.DeployResult;
import dev.keel.api.Keel;
import dev.keel.diff.Differ;
import dev.keel.diff.Migration;
import dev.keel.introspect.Introspector;
import dev.keel.render.ScriptRenderer;
import dev.keel.schema.Schema;
import dev.keel.testing.PgExtension;
import dev.keel.testing.TestDb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The folders a safe plan writes are deployed by Keel's own {@code migrate deploy} (the index migrations outside a
 * transaction, statement by statement) and reach the schema Prisma's plain SQL reaches; running a concurrent
 * index migration again is harmless (IF NOT EXISTS).
 */
@ExtendWith(PgExtension.class)
class SafePlanDeployTest {
    @Test
    void planFoldersDeployAndMatchPrismasEndState(TestDb db, @TempDir Path tmp) throws Exception {
        SafePlannerTest.Case k = SafePlannerTest.CASES.stream().filter(c -> c.name().endsWith("all at once"))
                .findFirst().orElseThrow();
        Migration m;
        Schema prismaEnd;
        try (Connection c = db.connect()) {
            Schema v1 = SafePlannerTest.state(c, k.v1());
            Schema v2 = SafePlannerTest.state(c, k.v2());
            m = Differ.diff(v1, v2);
            prismaEnd = SafePlannerTest.state(c, k.v1(), k.rows(), ScriptRenderer.render(m));
            SafePlannerTest.state(c, "");
        }
        Path dir = tmp.resolve("migrations");
        Files.createDirectories(dir.resolve("20240101000000_init"));
        Files.writeString(dir.resolve("migration_lock.toml"), "provider = \"postgresql\"\n");
        Files.writeString(dir.resolve("20240101000000_init/migration.sql"),
                ScriptRenderer.render(Differ.diff(Schema.empty(), m.from())));
        Keel keel = Keel.configure().workingDir(tmp).migrationsDir(dir).databaseUrl(db.url().toString()).environment(java.util.Map.of()).build();
        assertThat(keel.deploy().failure()).isEmpty();
        db.execute(k.rows());

        SafePlan plan = SafePlanner.plan(m);
        List<Path> folders = plan.write(dir, LocalDateTime.of(2024, 2, 1, 12, 0, 0), "child_links");
        assertThat(folders).extracting(f -> f.getFileName().toString()).containsExactly(
                "20240201120000_child_links", "20240201120001_child_links_index_1",
                "20240201120002_child_links_index_2", "20240201120003_child_links_constraints",
                "20240201120004_child_links_validate", "20240201120005_child_links_not_null");
        DeployResult r = keel.deploy();
        assertThat(r.failure()).isEmpty();
        assertThat(r.applied()).hasSize(6);
        try (Connection c = db.connect()) {
            Schema end = Introspector.introspect(c, List.of("public"));
            assertThat(end.describe()).isEqualTo(prismaEnd.describe());
            for (String s : plan.migrations().get(1).statements()) {
                try (Statement st = c.createStatement()) {
                    st.execute(s);
                }
            }
        }
        assertThat(keel.deploy().applied()).isEmpty();
    }
}
