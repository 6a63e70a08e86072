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
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Indexes and constraints follow a moved column. The oracle is PostgreSQL itself: a twin of the schema (schema
 * {@code twin}) gets a plain {@code ALTER TABLE … RENAME COLUMN}, which carries every index, check and foreign key
 * to the new name; after all three releases of the plan the real tables must have the same definitions
 * ({@code pg_get_indexdef}, {@code pg_get_constraintdef}), with names that follow the column where they spelled it.
 */
@ExtendWith(PgExtension.class)
class ColumnDependentsTest {
    static final String INIT = """
            CREATE TABLE "Currency" ("code" TEXT NOT NULL, CONSTRAINT "Currency_pkey" PRIMARY KEY ("code"));
            CREATE TABLE "Account" (
                "id" SERIAL NOT NULL,
                "cur" TEXT NOT NULL,
                "ref" TEXT NOT NULL,
                "amount" INTEGER NOT NULL,
                CONSTRAINT "Account_pkey" PRIMARY KEY ("id"),
                CONSTRAINT "Account_ref_key" UNIQUE ("ref"),
                CONSTRAINT "ref_len" CHECK (length("ref") > 2 AND "amount" <> -13)
            );
            CREATE TABLE "Payment" ("id" SERIAL NOT NULL, "accountRef" TEXT NOT NULL,
                CONSTRAINT "Payment_pkey" PRIMARY KEY ("id"));
            ALTER TABLE "Account" ADD CONSTRAINT "Account_cur_fkey" FOREIGN KEY ("cur") REFERENCES "Currency"("code")
                ON DELETE RESTRICT ON UPDATE CASCADE;
            ALTER TABLE "Payment" ADD CONSTRAINT "Payment_accountRef_fkey" FOREIGN KEY ("accountRef")
                REFERENCES "Account"("ref") ON DELETE CASCADE ON UPDATE CASCADE;
            CREATE INDEX "Account_lower_ref_idx" ON "Account" (lower("ref") text_pattern_ops);
            CREATE INDEX "big_refs" ON "Account" ("ref", "id") INCLUDE ("amount") WHERE "amount" > 100;
            CREATE INDEX "Account_cur_idx" ON "Account" ("cur");
            CREATE INDEX "Account_cur_amount_idx" ON "Account" (upper("cur"), "amount") WHERE "cur" <> 'XXX';
            INSERT INTO "Currency" VALUES ('EUR'), ('USD'), ('CHF');
            INSERT INTO "Account" ("cur", "ref", "amount")
                SELECT (ARRAY['EUR', 'USD', 'CHF'])[g % 3 + 1], 'acct-' || g, g FROM generate_series(1, 3000) g;
            INSERT INTO "Payment" ("accountRef") SELECT 'acct-' || (g % 3000 + 1) FROM generate_series(1, 5000) g;
            """;

    /** The referenced, unique, expression-indexed, partially indexed and checked column {@code ref}. */
    @Test
    void aReferencedUniqueColumnWithExpressionAndPartialIndexes(TestDb db, @TempDir Path tmp) throws Exception {
        Keel keel = setUp(db, tmp);
        ExpandContractPlan plan = plan(db, "ref", "reference");
        String r1 = String.join("\n", plan.release(1).migrations().stream().map(PlanMigration::sql).toList());
        assertThat(r1).contains(
                "CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS \"Account_reference_key\" ON \"public\".\"Account\" "
                        + "USING btree (reference);",
                "CREATE INDEX CONCURRENTLY IF NOT EXISTS \"Account_lower_reference_idx\" ON \"public\".\"Account\" "
                        + "USING btree (lower(reference) text_pattern_ops);",
                "CREATE INDEX CONCURRENTLY IF NOT EXISTS \"big_refs_keel_new\" ON \"public\".\"Account\" USING btree "
                        + "(reference, id) INCLUDE (amount) WHERE (amount > 100);",
                "ALTER TABLE \"public\".\"Account\" ADD CONSTRAINT \"ref_len_keel_new\" CHECK (((length(reference) > 2)"
                        + " AND (amount <> '-13'::integer))) NOT VALID;",
                "ALTER TABLE \"public\".\"Payment\" ADD CONSTRAINT \"Payment_accountRef_fkey_keel_new\" FOREIGN KEY "
                        + "(\"accountRef\") REFERENCES \"public\".\"Account\"(\"reference\") ON UPDATE CASCADE ON "
                        + "DELETE CASCADE NOT VALID;");
        assertThat(plan.notes()).isEmpty();
        runAllReleases(db, tmp, keel, plan, "ref", "reference");

        // Writes after release 1: the new constraints hold for them, the referencing foreign key cascades.
        assertThatThrownBy(() -> db.execute("INSERT INTO \"Payment\" (\"accountRef\") VALUES ('nope')"))
                .hasMessageContaining("Payment_accountRef_fkey");
        assertThatThrownBy(() -> db.execute("INSERT INTO \"Account\" (\"cur\", \"reference\", \"amount\") VALUES "
                + "('EUR', 'x', 5)")).hasMessageContaining("ref_len");
        db.execute("DELETE FROM \"Account\" WHERE \"reference\" = 'acct-7'");
        assertThat(db.column("SELECT count(*) FROM \"Payment\" WHERE \"accountRef\" = 'acct-7'")).containsExactly("0");
        assertSameAsRename(db, "ref", "reference");
        assertThat(db.column("SELECT string_agg(relname, ',' ORDER BY relname) FROM pg_class WHERE relnamespace = "
                + "'public'::regnamespace AND relkind = 'i' AND relname NOT LIKE '\\_prisma%'")).containsExactly("Account_cur_amount_idx,"
                + "Account_cur_idx,Account_lower_reference_idx,Account_pkey,Account_reference_key,Currency_pkey,"
                + "Payment_pkey,big_refs");
        assertThat(db.column("SELECT string_agg(conname || ':' || contype::text, ',' ORDER BY conname) FROM pg_constraint "
                + "WHERE connamespace = 'public'::regnamespace AND conname NOT LIKE '\\_prisma%'")).containsExactly("Account_cur_fkey:f,Account_pkey:p,"
                + "Account_reference_key:u,Currency_pkey:p,Payment_accountRef_fkey:f,Payment_pkey:p,ref_len:c");
    }

    /** A column with a foreign key of its own and an expression index with a predicate. */
    @Test
    void aColumnWithItsOwnForeignKey(TestDb db, @TempDir Path tmp) throws Exception {
        Keel keel = setUp(db, tmp);
        ExpandContractPlan plan = plan(db, "cur", "currency_code");
        String r1 = String.join("\n", plan.release(1).migrations().stream().map(PlanMigration::sql).toList());
        assertThat(r1).contains("ALTER TABLE \"public\".\"Account\" ADD CONSTRAINT \"Account_currency_code_fkey\" "
                        + "FOREIGN KEY (\"currency_code\") REFERENCES \"public\".\"Currency\"(\"code\") ON UPDATE "
                        + "CASCADE ON DELETE RESTRICT NOT VALID;",
                "CREATE INDEX CONCURRENTLY IF NOT EXISTS \"Account_currency_code_amount_idx\" ON \"public\".\"Account\""
                        + " USING btree (upper(currency_code), amount) WHERE (currency_code <> 'XXX'::text);");
        runAllReleases(db, tmp, keel, plan, "cur", "currency_code");
        assertThatThrownBy(() -> db.execute("INSERT INTO \"Account\" (\"currency_code\", \"ref\", \"amount\") VALUES "
                + "('GBP', 'abcd', 5)")).hasMessageContaining("Account_currency_code_fkey");
        db.execute("UPDATE \"Currency\" SET \"code\" = 'EURO' WHERE \"code\" = 'EUR'");
        assertThat(db.column("SELECT count(*) FROM \"Account\" WHERE \"currency_code\" = 'EURO'")).containsExactly(
                "1000");
        assertSameAsRename(db, "cur", "currency_code");
    }

    /** A type change carries what PostgreSQL can carry and names what it cannot, with PostgreSQL's reason. */
    @Test
    void aTypeChangeNamesWhatCannotFollow(TestDb db, @TempDir Path tmp) throws Exception {
        setUp(db, tmp);
        ColumnDependents d;
        try (Connection c = db.connect()) {
            d = ColumnDependents.read(c, new QualifiedName("public", "Account"), "ref", "ref_bytes",
                    Optional.of("bytea"));
        }
        assertThat(d.indexes()).extracting(ColumnDependents.IndexCopy::oldName).containsExactlyInAnyOrder(
                "Account_ref_key", "big_refs");
        assertThat(d.notes()).hasSize(2).anySatisfy(n -> assertThat(n).contains("index Account_lower_ref_idx",
                "function lower(bytea) does not exist")).anySatisfy(n -> assertThat(n).contains(
                "foreign key Payment_accountRef_fkey", "cannot be implemented"));
        // length(bytea) exists: PostgreSQL carries the check, on the new type.
        assertThat(d.constraints()).singleElement().satisfies(k -> assertThat(k.definition()).isEqualTo(
                "CHECK (((length(ref_bytes) > 2) AND (amount <> '-13'::integer)))"));
        // Nothing of the probe is left behind, and the live table was only read.
        assertThat(db.column("SELECT count(*) FROM pg_class WHERE relname LIKE 'keel_plan_probe%'"))
                .containsExactly("0");
    }

    /**
     * Release 3 never drops what still depends on the old column: a view reading it is named in PLAN.md, and the
     * drop migration fails as a whole (nothing dropped, the old column and its data still there) until it is moved.
     */
    @Test
    void aViewOnTheOldColumnStopsReleaseThreeWithoutDroppingAnything(TestDb db, @TempDir Path tmp) throws Exception {
        Keel keel = setUp(db, tmp);
        db.execute("CREATE VIEW \"AccountRefs\" AS SELECT \"id\", \"ref\" FROM \"Account\"");
        ExpandContractPlan plan = plan(db, "ref", "reference");
        assertThat(plan.notes()).singleElement().satisfies(n -> assertThat(n).startsWith("View public.AccountRefs "
                + "reads ref; "));
        assertThat(plan.planMarkdown()).contains("View public.AccountRefs reads ref");
        Path dir = tmp.resolve("migrations");
        PlanFiles.write(dir, LocalDateTime.of(2024, 2, 1, 0, 0), plan);
        assertThat(keel.deploy().failure()).isEmpty();
        PlanFiles.advance(dir, LocalDateTime.of(2024, 3, 1, 0, 0), plan.name());
        assertThat(keel.deploy().failure()).hasValueSatisfying(f -> assertThat(f.message()).contains(
                "cannot drop column ref of table \"Account\" because other objects depend on it"));
        assertThat(db.column("SELECT count(\"ref\") FROM \"AccountRefs\"")).containsExactly("3000");
        assertThat(db.column("SELECT count(*) FROM pg_constraint WHERE conname = 'Payment_accountRef_fkey' AND "
                + "connamespace = 'public'::regnamespace"))
                .containsExactly("1");
        assertThat(db.column("SELECT count(*) FROM pg_trigger WHERE NOT tgisinternal")).containsExactly("1");
    }

    private static Keel setUp(TestDb db, Path tmp) throws Exception {
        Path dir = tmp.resolve("migrations");
        Files.createDirectories(dir.resolve("20240101000000_init"));
        Files.writeString(dir.resolve("migration_lock.toml"), "provider = \"postgresql\"\n");
        Files.writeString(dir.resolve("20240101000000_init/migration.sql"), INIT);
        Keel keel = Keel.configure().workingDir(tmp).migrationsDir(dir).databaseUrl(db.url().toString())
                .environment(Map.of()).build();
        assertThat(keel.deploy().failure()).isEmpty();
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA twin; SET search_path TO twin; " + INIT);
        }
        return keel;
    }

    private static ExpandContractPlan plan(TestDb db, String column, String newColumn) throws Exception {
        try (Connection c = db.connect()) {
            Table table = Introspector.introspect(c, List.of("public")).table(new QualifiedName("public", "Account"))
                    .orElseThrow();
            return ColumnPlans.renameColumn(table, column, newColumn,
                    ColumnDependents.read(c, table.name(), column, newColumn, Optional.empty()));
        }
    }

    private static void runAllReleases(TestDb db, Path tmp, Keel keel, ExpandContractPlan plan, String column,
                                       String newColumn) throws Exception {
        Path dir = tmp.resolve("migrations");
        PlanFiles.write(dir, LocalDateTime.of(2024, 2, 1, 0, 0), plan);
        assertThat(keel.deploy().failure()).isEmpty();
        // Release 2's code writes through the new name while release 1's code still writes through the old one.
        db.execute("INSERT INTO \"Account\" (\"cur\", \"ref\", \"amount\") VALUES ('USD', 'old-1', 200);"
                + "INSERT INTO \"Account\" (\"" + newColumn + "\", \"" + (column.equals("ref") ? "cur" : "ref")
                + "\", \"amount\") VALUES (" + (column.equals("ref") ? "'new-1', 'CHF'" : "'CHF', 'new-1'")
                + ", 300);");
        PlanFiles.advance(dir, LocalDateTime.of(2024, 3, 1, 0, 0), plan.name());
        assertThat(keel.deploy().failure()).isEmpty();
        assertThat(db.column("SELECT count(*) FROM pg_constraint WHERE NOT convalidated")).containsExactly("0");
        assertThat(db.column("SELECT count(*) FROM pg_index WHERE NOT indisvalid")).containsExactly("0");
    }

    /** The same indexes and constraints (definitions, not names) as PostgreSQL's own RENAME COLUMN gives. */
    private static void assertSameAsRename(TestDb db, String column, String newColumn) throws Exception {
        db.execute("ALTER TABLE twin.\"Account\" RENAME COLUMN \"" + column + "\" TO \"" + newColumn + "\"");
        for (String table : List.of("Account", "Payment", "Currency")) {
            assertThat(definitions(db, "public", table)).as(table).isEqualTo(definitions(db, "twin", table));
        }
    }

    private static List<String> definitions(TestDb db, String schema, String table) {
        String rel = "'" + schema + ".\"" + table + "\"'::regclass";
        return db.column("SELECT d FROM (SELECT substring(pg_get_indexdef(indexrelid) FROM ' USING .*$') || "
                + "CASE WHEN indisunique THEN ' unique' ELSE '' END AS d FROM pg_index WHERE indrelid = " + rel
                + " UNION ALL SELECT replace(pg_get_constraintdef(oid), 'twin.', '') FROM pg_constraint WHERE conrelid "
                + "= " + rel + " UNION ALL SELECT attname || ' ' || format_type(atttypid, atttypmod) || ' ' || attnotnull"
                + " FROM pg_attribute WHERE attrelid = " + rel + " AND attnum > 0 AND NOT attisdropped) x ORDER BY d");
    }
}
