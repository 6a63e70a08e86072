package dev.keel.safety.expand;

import dev.keel.api.Keel;
import dev.keel.introspect.Introspector;
import dev.keel.schema.QualifiedName;
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
 * {@code rename-enum-value} through its three releases on real PostgreSQL: release 1 only adds the label; release 2
 * maps every write of the old label (scalar and list columns) and rewrites existing rows; release 3 checks nothing
 * holds the old label, removes the triggers and ends the plan.
 */
@ExtendWith(PgExtension.class)
class EnumRenamePlanTest {
    @Test
    void renameEnumValueInThreeReleases(TestDb db, @TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("migrations");
        Files.createDirectories(dir.resolve("20240101000000_init"));
        Files.writeString(dir.resolve("migration_lock.toml"), "provider = \"postgresql\"\n");
        Files.writeString(dir.resolve("20240101000000_init/migration.sql"), """
                CREATE TYPE "Status" AS ENUM ('ACTIVE', 'SUSPENDED');
                CREATE TABLE "User" ("id" SERIAL NOT NULL, "status" "Status" NOT NULL DEFAULT 'ACTIVE',
                    "history" "Status"[], CONSTRAINT "User_pkey" PRIMARY KEY ("id"));
                INSERT INTO "User" ("status", "history") SELECT CASE WHEN g % 3 = 0 THEN 'SUSPENDED' ELSE 'ACTIVE'
                    END::"Status", ARRAY['ACTIVE', 'SUSPENDED']::"Status"[] FROM generate_series(1, 3000) g;
                """);
        Keel keel = Keel.configure().workingDir(tmp).migrationsDir(dir).databaseUrl(db.url().toString())
                .environment(Map.of()).build();
        assertThat(keel.deploy().failure()).isEmpty();
        ExpandContractPlan plan;
        try (Connection c = db.connect()) {
            plan = EnumPlans.renameValue(Introspector.introspect(c, List.of("public")),
                    new QualifiedName("public", "Status"), "SUSPENDED", "BLOCKED");
        }
        assertThat(plan.name()).isEqualTo("rename_status_suspended");

        PlanFiles.write(dir, LocalDateTime.of(2024, 5, 1, 0, 0), plan);
        assertThat(keel.deploy().failure()).isEmpty();
        assertThat(db.column("SELECT unnest(enum_range(NULL::\"Status\"))::text"))
                .containsExactly("ACTIVE", "SUSPENDED", "BLOCKED");
        db.execute("INSERT INTO \"User\" (\"status\") VALUES ('SUSPENDED')");
        assertThat(count(db, "\"status\" = 'SUSPENDED'")).isEqualTo(1001);

        assertThat(PlanFiles.advance(dir, LocalDateTime.of(2024, 5, 2, 0, 0), plan.name()))
                .extracting(p -> p.getFileName().toString())
                .containsExactly("20240502000000_rename_status_suspended_r2_map",
                        "20240502000001_rename_status_suspended_r2_backfill_1",
                        "20240502000002_rename_status_suspended_r2_backfill_2");
        assertThat(keel.deploy().failure()).isEmpty();
        assertThat(count(db, "\"status\" = 'SUSPENDED' OR 'SUSPENDED' = ANY(\"history\")")).isZero();
        assertThat(count(db, "\"status\" = 'BLOCKED'")).isEqualTo(1001);
        assertThat(count(db, "\"history\" = ARRAY['ACTIVE', 'BLOCKED']::\"Status\"[]")).isEqualTo(3000);
        // Writers that still send the old label are mapped.
        db.execute("INSERT INTO \"User\" (\"status\", \"history\") VALUES ('SUSPENDED', ARRAY['SUSPENDED']::\"Status\"[]);"
                + "UPDATE \"User\" SET \"status\" = 'SUSPENDED' WHERE \"id\" = 1");
        assertThat(count(db, "\"status\" = 'SUSPENDED' OR 'SUSPENDED' = ANY(\"history\")")).isZero();
        assertThat(count(db, "\"status\" = 'BLOCKED'")).isEqualTo(1003);

        PlanFiles.advance(dir, LocalDateTime.of(2024, 5, 3, 0, 0), plan.name());
        assertThat(keel.deploy().failure()).isEmpty();
        assertThat(db.column("SELECT count(*) FROM pg_trigger WHERE tgrelid = '\"User\"'::regclass AND NOT tgisinternal"))
                .containsExactly("0");
        try (Connection c = db.connect()) {
            assertThat(PlanRegistry.read(c)).singleElement().satisfies(r -> {
                assertThat(r.release()).isEqualTo(3);
                assertThat(r.finished()).isTrue();
            });
        }
    }

    /**
     * PLAN.md's way back for an enum plan (it used to tell how to drop "the new column", which an enum plan does not
     * have): its SQL, run after release 2, stops the mapping and writes the old label back, scalar and list columns.
     */
    @Test
    void planMdRollsBackReleaseTwo(TestDb db, @TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("migrations");
        Files.createDirectories(dir.resolve("20240101000000_init"));
        Files.writeString(dir.resolve("migration_lock.toml"), "provider = \"postgresql\"\n");
        Files.writeString(dir.resolve("20240101000000_init/migration.sql"), """
                CREATE TYPE "Status" AS ENUM ('ACTIVE', 'SUSPENDED');
                CREATE TABLE "User" ("id" SERIAL NOT NULL, "status" "Status" NOT NULL DEFAULT 'ACTIVE',
                    "history" "Status"[], CONSTRAINT "User_pkey" PRIMARY KEY ("id"));
                CREATE TABLE "Log" ("status" "Status");
                INSERT INTO "User" ("status", "history") SELECT CASE WHEN g % 3 = 0 THEN 'SUSPENDED' ELSE 'ACTIVE'
                    END::"Status", ARRAY['ACTIVE', 'SUSPENDED']::"Status"[] FROM generate_series(1, 300) g;
                INSERT INTO "Log" VALUES ('SUSPENDED'), ('ACTIVE');
                """);
        Keel keel = Keel.configure().workingDir(tmp).migrationsDir(dir).databaseUrl(db.url().toString())
                .environment(Map.of()).build();
        assertThat(keel.deploy().failure()).isEmpty();
        ExpandContractPlan plan;
        try (Connection c = db.connect()) {
            plan = EnumPlans.renameValue(Introspector.introspect(c, List.of("public")),
                    new QualifiedName("public", "Status"), "SUSPENDED", "BLOCKED");
        }
        PlanFiles.write(dir, LocalDateTime.of(2024, 5, 1, 0, 0), plan);
        assertThat(keel.deploy().failure()).isEmpty();
        PlanFiles.advance(dir, LocalDateTime.of(2024, 5, 2, 0, 0), plan.name());
        assertThat(keel.deploy().failure()).isEmpty();
        assertThat(count(db, "\"status\" = 'BLOCKED'")).isEqualTo(100);

        Path md;
        try (var files = Files.walk(dir)) {
            md = files.filter(p -> p.getFileName().toString().equals("PLAN.md")).findFirst().orElseThrow();
        }
        String text = Files.readString(md);
        String rollback = text.substring(text.indexOf("## Rolling back"));
        assertThat(rollback).doesNotContain("column").contains("`BLOCKED`", "`SUSPENDED`");
        String sql = rollback.substring(rollback.indexOf("```sql\n") + 7, rollback.lastIndexOf("```"));
        db.execute(sql);

        assertThat(count(db, "\"status\" = 'BLOCKED' OR 'BLOCKED' = ANY(\"history\")")).isZero();
        assertThat(count(db, "\"status\" = 'SUSPENDED'")).isEqualTo(100);
        assertThat(count(db, "\"history\" = ARRAY['ACTIVE', 'SUSPENDED']::\"Status\"[]")).isEqualTo(300);
        assertThat(db.column("SELECT \"status\"::text FROM \"Log\" ORDER BY 1")).containsExactly("ACTIVE", "SUSPENDED");
        // Writes of the old label are no longer mapped: release 1's code works as before release 2.
        db.execute("INSERT INTO \"User\" (\"status\") VALUES ('SUSPENDED')");
        assertThat(count(db, "\"status\" = 'SUSPENDED'")).isEqualTo(101);
        assertThat(db.column("SELECT count(*) FROM pg_trigger WHERE tgname LIKE '_keel_map_%'")).containsExactly("0");
        // Nothing of release 2 is left in "_keel": no trigger function, no backfill procedure, no resume point.
        assertThat(db.column("SELECT p.prokind::text || ' ' || p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = "
                + "p.pronamespace WHERE n.nspname = '_keel'")).isEmpty();
        assertThat(db.column("SELECT count(*) FROM \"_keel\".\"backfills\"")).containsExactly("0");
        assertThat(db.column("SELECT \"backfill_rows\" || ' ' || (\"backfilled_at\" IS NULL) FROM \"_keel\".\"plans\""))
                .containsExactly("0 true");

        // Release 2 deployed again rewrites every row again, from the first key.
        for (PlanMigration m : plan.release(2).migrations()) {
            db.execute(m.sql());
        }
        assertThat(count(db, "\"status\" = 'SUSPENDED' OR 'SUSPENDED' = ANY(\"history\")")).isZero();
        assertThat(count(db, "\"status\" = 'BLOCKED'")).isEqualTo(101);
        assertThat(db.column("SELECT \"status\"::text FROM \"Log\" ORDER BY 1")).containsExactly("ACTIVE", "BLOCKED");
        assertThat(db.column("SELECT (\"backfilled_at\" IS NOT NULL)::text FROM \"_keel\".\"plans\""))
                .containsExactly("true");
    }

    private static long count(TestDb db, String where) {
        return Long.parseLong(db.column("SELECT count(*) FROM \"User\" WHERE " + where).get(0));
    }
}
