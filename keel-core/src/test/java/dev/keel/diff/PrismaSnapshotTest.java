package dev.keel.diff;

import dev.keel.render.ScriptRenderer;
import dev.keel.render.Statement;
import dev.keel.render.SummaryRenderer;
import dev.keel.render.TxMode;
import dev.keel.safety.probe.LockMode;
import dev.keel.schema.Column;
import dev.keel.schema.DefaultValue;
import dev.keel.schema.EnumType;
import dev.keel.schema.ForeignKey;
import dev.keel.schema.Index;
import dev.keel.schema.IndexKind;
import dev.keel.schema.Namespace;
import dev.keel.schema.PgType;
import dev.keel.schema.PrimaryKey;
import dev.keel.schema.QualifiedName;
import dev.keel.schema.ReferentialAction;
import dev.keel.schema.Schema;
import dev.keel.schema.Table;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hand-built models for Prisma's documented outputs: the create_migration snapshots quoted in the spec (§5.8),
 * the warnings header of a real migration, and drift summaries as Prisma prints them (its docs and real CLI
 * output). Every expected text is Prisma's.
 */
class PrismaSnapshotTest {
    static final PgType TEXT = PgType.builtin("text");
    static final PgType INT = PgType.builtin("integer");

    static QualifiedName pub(String n) {
        return QualifiedName.of("public", n);
    }

    static Schema schema(List<Table> tables, List<EnumType> enums) {
        return new Schema(List.of(new Namespace("public")), tables, enums, List.of(), List.of(), List.of());
    }

    static final Schema PUBLIC_ONLY = schema(List.of(), List.of());

    @Test
    void implicitConstraintNames() {
        // create_constraint_name_tests_w_implicit_names
        Table a = new Table(pub("A"), List.of(Column.of("id", INT, false), Column.of("name", TEXT, false),
                Column.of("a", TEXT, false), Column.of("b", TEXT, false)),
                Optional.of(new PrimaryKey("A_pkey", List.of("id"))),
                List.of(Index.of("A_name_key", IndexKind.UNIQUE_INDEX, "name"), Index.of("A_a_idx", IndexKind.INDEX, "a"),
                        Index.of("A_a_b_key", IndexKind.UNIQUE_INDEX, "a", "b")), List.of(), List.of());
        Table b = new Table(pub("B"), List.of(Column.of("a", TEXT, false), Column.of("b", TEXT, false),
                Column.of("aId", INT, false)), Optional.of(new PrimaryKey("B_pkey", List.of("a", "b"))),
                List.of(Index.of("B_a_b_idx", IndexKind.INDEX, "a", "b")),
                List.of(ForeignKey.of("B_aId_fkey", List.of("aId"), pub("A"), List.of("id"),
                        ReferentialAction.RESTRICT, ReferentialAction.CASCADE)), List.of());
        SourceOrder order = new SourceOrder(List.of(pub("A"), pub("B")), List.of(),
                Map.of(pub("A"), List.of("A_name_key", "A_a_idx", "A_a_b_key")), Map.of());
        Migration m = Differ.diff(PUBLIC_ONLY, SourceOrder.natural(), schema(List.of(a, b), List.of()), order, false);
        assertThat(ScriptRenderer.renderWithWarnings(m)).isEqualTo("""
                -- CreateTable
                CREATE TABLE "A" (
                    "id" INTEGER NOT NULL,
                    "name" TEXT NOT NULL,
                    "a" TEXT NOT NULL,
                    "b" TEXT NOT NULL,

                    CONSTRAINT "A_pkey" PRIMARY KEY ("id")
                );

                -- CreateTable
                CREATE TABLE "B" (
                    "a" TEXT NOT NULL,
                    "b" TEXT NOT NULL,
                    "aId" INTEGER NOT NULL,

                    CONSTRAINT "B_pkey" PRIMARY KEY ("a","b")
                );

                -- CreateIndex
                CREATE UNIQUE INDEX "A_name_key" ON "A"("name");

                -- CreateIndex
                CREATE INDEX "A_a_idx" ON "A"("a");

                -- CreateIndex
                CREATE UNIQUE INDEX "A_a_b_key" ON "A"("a", "b");

                -- CreateIndex
                CREATE INDEX "B_a_b_idx" ON "B"("a", "b");

                -- AddForeignKey
                ALTER TABLE "B" ADD CONSTRAINT "B_aId_fkey" FOREIGN KEY ("aId") REFERENCES "A"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
                """);
    }

    @Test
    void createEnum() {
        // create_enum_renders_correctly
        EnumType mood = new EnumType(pub("Mood"), List.of("HUNGRY", "SLEEPY"));
        Table cat = new Table(pub("Cat"), List.of(Column.of("id", INT, false),
                Column.of("mood", PgType.enumType(pub("Mood")), false)),
                Optional.of(new PrimaryKey("Cat_pkey", List.of("id"))), List.of(), List.of(), List.of());
        Migration m = Differ.diff(PUBLIC_ONLY, schema(List.of(cat), List.of(mood)));
        assertThat(ScriptRenderer.render(m)).isEqualTo("""
                -- CreateEnum
                CREATE TYPE "Mood" AS ENUM ('HUNGRY', 'SLEEPY');

                -- CreateTable
                CREATE TABLE "Cat" (
                    "id" INTEGER NOT NULL,
                    "mood" "Mood" NOT NULL,

                    CONSTRAINT "Cat_pkey" PRIMARY KEY ("id")
                );
                """);
    }

    static Table products(Column c) {
        return new Table(pub("products"), List.of(Column.of("id", INT, false), c),
                Optional.of(new PrimaryKey("products_pkey", List.of("id"))), List.of(), List.of(), List.of());
    }

    @Test
    void warningsHeader() {
        // A migration.sql as migrate dev writes it (spec §5.8 c).
        Migration m = Differ.diff(schema(List.of(products(Column.of("dame", TEXT, true))), List.of()),
                schema(List.of(products(Column.of("name", TEXT, false))), List.of()));
        assertThat(ScriptRenderer.renderWithWarnings(m)).isEqualTo("""
                /*
                  Warnings:

                  - You are about to drop the column `dame` on the `products` table. All the data in the column will be lost.
                  - Added the required column `name` to the `products` table without a default value. This is not possible if the table is not empty.

                */
                -- AlterTable
                ALTER TABLE "products" DROP COLUMN "dame",
                ADD COLUMN     "name" TEXT NOT NULL;
                """);
        // migrate diff --script prints no header.
        assertThat(ScriptRenderer.render(m)).startsWith("-- AlterTable\n");
    }

    @Test
    void emptyMigration() {
        Migration m = Differ.diff(PUBLIC_ONLY, PUBLIC_ONLY);
        assertThat(ScriptRenderer.render(m)).isEqualTo("-- This is an empty migration.\n");
        assertThat(ScriptRenderer.renderWithWarnings(m)).isEqualTo("-- This is an empty migration.");
        assertThat(SummaryRenderer.render(m)).isEqualTo("No difference detected.");
    }

    @Test
    void summaryOfAddedColumnAndForeignKey() {
        // Real `migrate dev` drift output: a column and its foreign key added to `users`.
        Table stations = new Table(pub("stations"), List.of(Column.of("id", INT, false)),
                Optional.of(new PrimaryKey("stations_pkey", List.of("id"))), List.of(), List.of(), List.of());
        Table users = new Table(pub("users"), List.of(Column.of("id", INT, false)),
                Optional.of(new PrimaryKey("users_pkey", List.of("id"))), List.of(), List.of(), List.of());
        Table users2 = users.withColumns(List.of(Column.of("id", INT, false), Column.of("station_id", INT, true)))
                .withForeignKeys(List.of(ForeignKey.of("users_station_id_fkey", List.of("station_id"),
                        pub("stations"), List.of("id"), ReferentialAction.SET_NULL, ReferentialAction.CASCADE)));
        Migration m = Differ.diff(schema(List.of(stations, users), List.of()),
                schema(List.of(stations, users2), List.of()));
        assertThat(SummaryRenderer.render(m)).isEqualTo("""

                [*] Changed the `users` table
                  [+] Added column `station_id`
                  [+] Added foreign key on columns (station_id)
                """);
    }

    @Test
    void summaryOfChangedEnum() {
        // Prisma's docs (shadow database, drift detection): the `Color` enum lost RED and gained TRANSPARENT.
        EnumType before = new EnumType(pub("Color"), List.of("RED", "GREEN"));
        EnumType after = new EnumType(pub("Color"), List.of("GREEN", "TRANSPARENT"));
        Migration m = Differ.diff(schema(List.of(), List.of(before)), schema(List.of(), List.of(after)));
        assertThat(SummaryRenderer.render(m)).isEqualTo("""

                [*] Changed the `Color` enum
                  [+] Added variant `TRANSPARENT`
                  [-] Removed variant `RED`
                """);
        assertThat(m.warnings()).containsExactly("The values [RED] on the enum `Color` will be removed. If these "
                + "variants are still used in the database, this will fail.");
    }

    @Test
    void enumSwapStatementsCarryTransactionControl() {
        EnumType before = new EnumType(pub("Color"), List.of("RED", "GREEN"));
        EnumType after = new EnumType(pub("Color"), List.of("GREEN"));
        Table t = new Table(pub("Paint"), List.of(Column.of("id", INT, false),
                Column.of("color", PgType.enumType(pub("Color")), false).withDefault(DefaultValue.Literal.ofString("GREEN"))),
                Optional.of(new PrimaryKey("Paint_pkey", List.of("id"))), List.of(), List.of(), List.of());
        Migration m = Differ.diff(schema(List.of(t), List.of(before)), schema(List.of(t), List.of(after)));
        assertThat(ScriptRenderer.render(m)).isEqualTo("""
                -- AlterEnum
                BEGIN;
                CREATE TYPE "Color_new" AS ENUM ('GREEN');
                ALTER TABLE "Paint" ALTER COLUMN "color" DROP DEFAULT;
                ALTER TABLE "Paint" ALTER COLUMN "color" TYPE "Color_new" USING ("color"::text::"Color_new");
                ALTER TYPE "Color" RENAME TO "Color_old";
                ALTER TYPE "Color_new" RENAME TO "Color";
                DROP TYPE "Color_old";
                ALTER TABLE "Paint" ALTER COLUMN "color" SET DEFAULT 'GREEN';
                COMMIT;
                """);
        List<Statement> st = ScriptRenderer.statements(m);
        assertThat(st.get(0).txMode()).isEqualTo(TxMode.TRANSACTION_CONTROL);
        assertThat(st.get(st.size() - 1).txMode()).isEqualTo(TxMode.TRANSACTION_CONTROL);
        assertThat(st.get(3).lock()).contains(LockMode.ACCESS_EXCLUSIVE);
        assertThat(st).allSatisfy(s -> assertThat(s.step()).isInstanceOf(Step.AlterEnum.class));
    }

    @Test
    void multiSchemaNamesAreQualifiedAndQuotesEscaped() {
        Table t = new Table(QualifiedName.of("auth", "we\"ird"), List.of(Column.of("id", INT, false)),
                Optional.of(new PrimaryKey("we\"ird_pkey", List.of("id"))),
                List.of(Index.of("we\"ird_id_key", IndexKind.UNIQUE_INDEX, "id")), List.of(), List.of());
        Schema to = new Schema(List.of(new Namespace("auth")), List.of(t), List.of(), List.of(), List.of(), List.of());
        Migration m = Differ.diff(Schema.empty(), to);
        assertThat(m.qualifiedNames()).isTrue();
        assertThat(ScriptRenderer.render(m)).isEqualTo("""
                -- CreateSchema
                CREATE SCHEMA IF NOT EXISTS "auth";

                -- CreateTable
                CREATE TABLE "auth"."we""ird" (
                    "id" INTEGER NOT NULL,

                    CONSTRAINT "we""ird_pkey" PRIMARY KEY ("id")
                );

                -- CreateIndex
                CREATE UNIQUE INDEX "we""ird_id_key" ON "auth"."we""ird"("id");
                """);
        assertThat(ScriptRenderer.statements(m).get(2).lock()).contains(LockMode.SHARE);
    }
}
