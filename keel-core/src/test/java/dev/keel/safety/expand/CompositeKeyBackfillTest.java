package dev.keel.safety.expand;

import dev.keel.api.Keel;
import dev.keel.introspect.Introspector;
import dev.keel.schema.QualifiedName;
import dev.keel.schema.Table;
import dev.keel.testing.PgExtension;
import dev.keel.testing.TestDb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The backfill walks a composite primary key ({@code (tenant, seq)}, text then integer) in key order with row-value
 * ranges: every row is copied once, a stopped walk resumes after the last key it recorded (and does not touch the
 * rows before it), and the enum plan's batched rewrite works on the same kind of key.
 */
@ExtendWith(PgExtension.class)
class CompositeKeyBackfillTest {
    @Test
    void walksAndResumesACompositeKey(TestDb db, @TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("migrations");
        Files.createDirectories(dir.resolve("20240101000000_init"));
        Files.writeString(dir.resolve("migration_lock.toml"), "provider = \"postgresql\"\n");
        Files.writeString(dir.resolve("20240101000000_init/migration.sql"), """
                CREATE TABLE "Line" ("tenant" TEXT NOT NULL, "seq" INTEGER NOT NULL, "qty" INTEGER NOT NULL,
                    CONSTRAINT "Line_pkey" PRIMARY KEY ("tenant", "seq"));
                INSERT INTO "Line" SELECT 't' || (g % 7), g, g FROM generate_series(1, 3000) g;
                """);
        Keel keel = Keel.configure().workingDir(tmp).migrationsDir(dir).databaseUrl(db.url().toString())
                .environment(Map.of()).build();
        assertThat(keel.deploy().failure()).isEmpty();
        Table table;
        try (Connection c = db.connect()) {
            table = Introspector.introspect(c, List.of("public")).table(new QualifiedName("public", "Line"))
                    .orElseThrow();
        }
        ExpandContractPlan plan = ColumnPlans.renameColumn(table, "qty", "quantity", ColumnDependents.none());
        String expand = plan.release(1).migrations().get(0).sql();
        assertThat(expand).contains("WHERE (t.\"tenant\", t.\"seq\") > (keel.last_1, keel.last_2) AND "
                + "(t.\"tenant\", t.\"seq\") <= (keel.batch_1, keel.batch_2)");

        // Only the expand migration: the walk is driven by hand, first up to a key in the middle of tenant t3.
        List<Path> written = PlanFiles.write(dir, LocalDateTime.of(2024, 2, 1, 0, 0), plan);
        for (Path p : written.subList(1, written.size())) {
            Files.delete(p.resolve("migration.sql"));
            Files.delete(p);
        }
        assertThat(keel.deploy().failure()).isEmpty();
        String proc = "\"_keel\".\"backfill_" + plan.name() + "\"";
        db.execute("UPDATE \"_keel\".\"plans\" SET \"backfill_last_key\" = '[\"t3\", 1500]' WHERE \"name\" = '"
                + plan.name() + "'");
        db.execute("CALL " + proc + "(97)");
        // Rows up to ("t3", 1500) in key order were skipped, as a resumed walk must; every later row is copied.
        assertThat(db.column("SELECT count(*) FROM \"Line\" WHERE \"quantity\" IS NULL")).containsExactly(
                db.column("SELECT count(*) FROM \"Line\" WHERE (\"tenant\", \"seq\") <= ('t3', 1500)").get(0));
        assertThat(db.column("SELECT count(*) FROM \"Line\" WHERE (\"tenant\", \"seq\") > ('t3', 1500) AND "
                + "\"quantity\" IS DISTINCT FROM \"qty\"")).containsExactly("0");
        assertThat(db.column("SELECT \"backfill_last_key\" FROM \"_keel\".\"plans\"")).containsExactly("[\"t6\", 2995]");

        db.execute("UPDATE \"_keel\".\"plans\" SET \"backfill_last_key\" = NULL, \"backfill_rows\" = 0");
        db.execute("CALL " + proc + "(97)");
        assertThat(db.column("SELECT count(*) FROM \"Line\" WHERE \"quantity\" IS DISTINCT FROM \"qty\""))
                .containsExactly("0");
        assertThat(db.column("SELECT \"backfill_rows\" FROM \"_keel\".\"plans\"")).containsExactly(
                db.column("SELECT count(*) FROM \"Line\" WHERE (\"tenant\", \"seq\") <= ('t3', 1500)").get(0));
    }

    @Test
    void enumRewriteWalksACompositeKey(TestDb db) throws Exception {
        db.execute("CREATE TYPE \"Status\" AS ENUM ('OLD', 'B');"
                + "CREATE TABLE \"Item\" (\"a\" INTEGER NOT NULL, \"b\" UUID NOT NULL, \"s\" \"Status\" NOT NULL,"
                + " PRIMARY KEY (\"a\", \"b\"));"
                + "INSERT INTO \"Item\" SELECT g % 5, gen_random_uuid(), CASE WHEN g % 2 = 0 THEN 'OLD' ELSE 'B' END"
                + "::\"Status\" FROM generate_series(1, 2000) g;");
        dev.keel.schema.Schema s;
        try (Connection c = db.connect()) {
            s = Introspector.introspect(c, List.of("public"));
        }
        ExpandContractPlan plan = EnumPlans.renameValue(s, new QualifiedName("public", "Status"), "OLD", "NEW");
        assertThat(plan.notes()).noneMatch(n -> n.contains("primary key"));
        db.execute(plan.release(1).migrations().get(0).sql());
        db.execute(plan.release(2).migrations().get(0).sql());
        String call = plan.release(2).migrations().get(1).sql();
        assertThat(call).contains("CALL \"_keel\".\"backfill_rename_status_old_1\"(batch_size => 100,");
        db.execute(call.replace("batch_size => 100,", "batch_size => 33,").replace("target_batch_ms => 20",
                "target_batch_ms => 0"));
        assertThat(db.column("SELECT s::text || ':' || count(*) FROM \"Item\" GROUP BY s ORDER BY s::text"))
                .containsExactly("B:1000", "NEW:1000");
    }
}
