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
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code change-type} through its releases on real PostgreSQL: integer → bigint through a new column. Writes through
 * either column are cast into the other, existing rows (NULLs included) are backfilled, and release 3 leaves the new
 * column alone with every value.
 */
@ExtendWith(PgExtension.class)
class ChangeTypePlanTest {
    @Test
    void integerToBigintThroughANewColumn(TestDb db, @TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("migrations");
        Files.createDirectories(dir.resolve("20240101000000_init"));
        Files.writeString(dir.resolve("migration_lock.toml"), "provider = \"postgresql\"\n");
        Files.writeString(dir.resolve("20240101000000_init/migration.sql"), """
                CREATE TABLE "Order" ("id" INTEGER NOT NULL, "amount" INTEGER, CONSTRAINT "Order_pkey" PRIMARY KEY ("id"));
                INSERT INTO "Order" SELECT g, CASE WHEN g % 10 = 0 THEN NULL ELSE g * 3 END FROM generate_series(1, 5000) g;
                """);
        Keel keel = Keel.configure().workingDir(tmp).migrationsDir(dir).databaseUrl(db.url().toString())
                .environment(Map.of()).build();
        assertThat(keel.deploy().failure()).isEmpty();
        Table table;
        try (Connection c = db.connect()) {
            table = Introspector.introspect(c, List.of("public")).table(new QualifiedName("public", "Order"))
                    .orElseThrow();
        }
        ExpandContractPlan plan = ColumnPlans.changeType(table, "amount", "bigint", "amount_big",
                ColumnDependents.none());
        PlanFiles.write(dir, LocalDateTime.of(2024, 6, 1, 0, 0), plan);
        assertThat(keel.deploy().failure()).isEmpty();

        db.execute("UPDATE \"Order\" SET \"amount\" = 7 WHERE \"id\" = 1;"
                + "UPDATE \"Order\" SET \"amount_big\" = 8 WHERE \"id\" = 2;"
                + "INSERT INTO \"Order\" (\"id\", \"amount\") VALUES (10001, 11);"
                + "INSERT INTO \"Order\" (\"id\", \"amount_big\") VALUES (10002, 12);");
        assertThat(db.column("SELECT count(*) FROM \"Order\" WHERE \"amount\"::bigint IS DISTINCT FROM \"amount_big\""))
                .containsExactly("0");
        assertThat(db.column("SELECT \"amount\" || '/' || \"amount_big\" FROM \"Order\" WHERE \"id\" IN (1, 2, 10001, 10002)"
                + " ORDER BY \"id\"")).containsExactly("7/7", "8/8", "11/11", "12/12");

        PlanFiles.advance(dir, LocalDateTime.of(2024, 7, 1, 0, 0), plan.name());
        assertThat(keel.deploy().failure()).isEmpty();
        assertThat(db.column("SELECT data_type FROM information_schema.columns WHERE table_name = 'Order' AND "
                + "column_name IN ('amount', 'amount_big') ORDER BY column_name")).containsExactly("bigint");
        assertThat(db.column("SELECT sum(\"amount_big\") FROM \"Order\"")).containsExactly(
                String.valueOf(sumOfSeeded() - 3 - 6 + 7 + 8 + 11 + 12));
        assertThat(db.column("SELECT count(*) FROM \"Order\" WHERE \"amount_big\" IS NULL")).containsExactly("500");
    }

    /**
     * integer → bigint of a referenced, unique, checked column: PostgreSQL carries the unique index (the copy gets
     * the new column's name), the check and the foreign key of the other table to bigint, release 3 validates them
     * and drops the old foreign key before the old column; the referencing rows still join.
     */
    @Test
    void dependentsFollowTheNewType(TestDb db, @TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("migrations");
        Files.createDirectories(dir.resolve("20240101000000_init"));
        Files.writeString(dir.resolve("migration_lock.toml"), "provider = \"postgresql\"\n");
        Files.writeString(dir.resolve("20240101000000_init/migration.sql"), """
                CREATE TABLE "Order" ("id" INTEGER NOT NULL, "ref" INTEGER NOT NULL, CONSTRAINT "Order_pkey" PRIMARY KEY ("id"),
                    CONSTRAINT "Order_ref_check" CHECK ("ref" > 0));
                CREATE UNIQUE INDEX "Order_ref_key" ON "Order"("ref");
                CREATE TABLE "Line" ("id" INTEGER NOT NULL, "orderRef" BIGINT NOT NULL, CONSTRAINT "Line_pkey" PRIMARY KEY ("id"));
                ALTER TABLE "Line" ADD CONSTRAINT "Line_orderRef_fkey" FOREIGN KEY ("orderRef") REFERENCES "Order"("ref");
                INSERT INTO "Order" SELECT g, g * 10 FROM generate_series(1, 2000) g;
                INSERT INTO "Line" SELECT g, (g % 2000 + 1) * 10 FROM generate_series(1, 4000) g;
                """);
        Keel keel = Keel.configure().workingDir(tmp).migrationsDir(dir).databaseUrl(db.url().toString())
                .environment(Map.of()).build();
        assertThat(keel.deploy().failure()).isEmpty();
        ExpandContractPlan plan;
        try (Connection c = db.connect()) {
            Table table = Introspector.introspect(c, List.of("public")).table(new QualifiedName("public", "Order"))
                    .orElseThrow();
            plan = ColumnPlans.changeType(table, "ref", "bigint", "ref_big", ColumnDependents.read(c, table.name(),
                    "ref", "ref_big", Optional.of("bigint")));
        }
        assertThat(plan.notes()).isEmpty();
        PlanFiles.write(dir, LocalDateTime.of(2024, 6, 1, 0, 0), plan);
        assertThat(keel.deploy().failure()).isEmpty();
        db.execute("INSERT INTO \"Order\" (\"id\", \"ref\") VALUES (5001, 50010);"
                + "INSERT INTO \"Order\" (\"id\", \"ref_big\") VALUES (5002, 50020);"
                + "INSERT INTO \"Line\" VALUES (9001, 50020)");
        PlanFiles.advance(dir, LocalDateTime.of(2024, 7, 1, 0, 0), plan.name());
        assertThat(keel.deploy().failure()).isEmpty();
        assertThat(db.column("SELECT conname || ' ' || pg_get_constraintdef(oid) || ' ' || convalidated FROM "
                + "pg_constraint WHERE conrelid IN ('\"Order\"'::regclass, '\"Line\"'::regclass) AND contype <> 'p' "
                + "ORDER BY conname")).containsExactly(
                "Line_orderRef_fkey FOREIGN KEY (\"orderRef\") REFERENCES \"Order\"(ref_big) true",
                "Order_ref_big_check CHECK ((ref_big > 0)) true");
        assertThat(db.column("SELECT pg_get_indexdef('\"Order_ref_big_key\"'::regclass)")).containsExactly(
                "CREATE UNIQUE INDEX \"Order_ref_big_key\" ON public.\"Order\" USING btree (ref_big)");
        assertThat(db.column("SELECT count(*) FROM \"Line\" l JOIN \"Order\" o ON o.\"ref_big\" = l.\"orderRef\""))
                .containsExactly("4001");
    }

    private static long sumOfSeeded() {
        long s = 0;
        for (int g = 1; g <= 5000; g++) {
            if (g % 10 != 0) {
                s += g * 3L;
            }
        }
        return s;
    }
}
