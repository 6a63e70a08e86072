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
