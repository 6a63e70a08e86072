package dev.keel.safety.expand;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.introspect.Introspector;
import dev.keel.schema.EnumType;
import dev.keel.schema.QualifiedName;
import dev.keel.schema.Schema;
import dev.keel.testing.PgExtension;
import dev.keel.testing.TestDb;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An enum plan over two columns, rolled back after its release 2 while one rewrite was still unfinished, then created
 * again once one of the columns is gone: the new incarnation's release 2 drops the rows the first one left in
 * {@code "_keel"."backfills"} (here the unfinished one of the column that no longer exists), so its own rewrite
 * marks the plan backfilled and release 3 runs.
 */
@ExtendWith(PgExtension.class)
class EnumPlanRestartTest {
    @Test
    void aRecreatedEnumPlanForgetsTheBackfillsOfItsEarlierIncarnation(TestDb db) throws Exception {
        db.execute("CREATE TYPE \"Status\" AS ENUM ('OLD', 'OTHER');"
                + "CREATE TABLE \"A\" (\"id\" INTEGER PRIMARY KEY, \"s\" \"Status\" NOT NULL);"
                + "CREATE TABLE \"B\" (\"id\" INTEGER PRIMARY KEY, \"s\" \"Status\" NOT NULL);"
                + "INSERT INTO \"A\" SELECT g, 'OLD' FROM generate_series(1, 300) g;"
                + "INSERT INTO \"B\" SELECT g, 'OLD' FROM generate_series(1, 300) g;");
        ExpandContractPlan first = plan(db);
        List<PlanMigration> release2 = first.release(2).migrations();
        assertThat(release2).extracting(PlanMigration::suffix)
                .containsExactly("_r2_map", "_r2_backfill_1", "_r2_backfill_2");
        db.execute(first.release(1).migrations().get(0).sql());
        db.execute(release2.get(0).sql());
        db.execute(unpaced(release2.get(1).sql())); // "A" rewritten; "B"'s rewrite never ran
        assertThat(db.column("SELECT \"name\" || ' ' || (\"finished_at\" IS NOT NULL) FROM \"_keel\".\"backfills\" "
                + "ORDER BY 1")).containsExactly("backfill_" + first.name() + "_1 true",
                "backfill_" + first.name() + "_2 false");

        // Rolled back with the SQL of PLAN.md, except its last step (forget the backfills' progress), which a
        // rollback done by hand or written from an older PLAN.md may well leave out; then "B"."s" goes away.
        String undo = between(first.planMarkdown(), "## Rolling back", "```sql\n", "```");
        String forget = PlanRegistrySql.forgetBackfills(first.name());
        assertThat(undo).endsWith(forget);
        db.execute(undo.substring(0, undo.length() - forget.length()));
        assertThat(db.column("SELECT count(*) FROM \"A\" WHERE \"s\" = 'OLD'")).containsExactly("300");
        db.execute("ALTER TABLE \"B\" DROP COLUMN \"s\"");

        ExpandContractPlan again = plan(db);
        assertThat(again.name()).isEqualTo(first.name());
        List<PlanMigration> release2Again = again.release(2).migrations();
        assertThat(release2Again).extracting(PlanMigration::suffix).containsExactly("_r2_map", "_r2_backfill");
        db.execute(again.release(1).migrations().get(0).sql());
        db.execute(release2Again.get(0).sql());
        db.execute(unpaced(release2Again.get(1).sql()));

        assertThat(db.column("SELECT \"name\" || ' ' || (\"finished_at\" IS NOT NULL) FROM \"_keel\".\"backfills\""))
                .containsExactly("backfill_" + again.name() + "_1 true");
        assertThat(db.column("SELECT \"release\" || ' ' || \"backfill_rows\" || ' ' || (\"backfilled_at\" IS NOT NULL)"
                + " FROM \"_keel\".\"plans\"")).containsExactly("2 300 true");
        db.execute(again.release(3).migrations().get(0).sql());
        assertThat(db.column("SELECT \"release\" || ' ' || (\"finished_at\" IS NOT NULL) FROM \"_keel\".\"plans\""))
                .containsExactly("3 true");
        assertThat(db.column("SELECT count(*) FROM \"A\" WHERE \"s\" = 'OLD'")).containsExactly("0");
    }

    /**
     * The plan as {@code keel plan} makes it from the Prisma schema, whose enum lacks {@code NEW} again after the
     * rollback (the database keeps the label: PostgreSQL cannot drop it).
     */
    private static ExpandContractPlan plan(TestDb db) throws Exception {
        QualifiedName status = new QualifiedName("public", "Status");
        try (Connection c = db.connect()) {
            Schema schema = Introspector.introspect(c, List.of("public"));
            return EnumPlans.renameValue(schema.withEnums(List.of(new EnumType(status, List.of("OLD", "OTHER")))),
                    status, "OLD", "NEW");
        }
    }

    private static String unpaced(String backfill) {
        String paced = "nice_ratio => " + ColumnPlans.DEFAULT_NICE_RATIO + ",";
        assertThat(backfill).contains(paced);
        return backfill.replace(paced, "nice_ratio => 0,");
    }

    private static String between(String text, String section, String start, String end) {
        int from = text.indexOf(start, text.indexOf(section)) + start.length();
        return text.substring(from, text.indexOf(end, from));
    }
}
