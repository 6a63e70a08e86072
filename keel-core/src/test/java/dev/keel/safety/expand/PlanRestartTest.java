package dev.keel.safety.expand;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.introspect.Introspector;
import dev.keel.schema.QualifiedName;
import dev.keel.schema.Table;
import dev.keel.testing.PgExtension;
import dev.keel.testing.TestDb;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A column plan rolled back before release 3 (as its PLAN.md says: trigger, function, procedure and new column
 * dropped, the plan's row left in {@code "_keel"."plans"}) and then started again under the same name walks every
 * row again: release 1 registers a new incarnation of the plan, so its backfill does not resume from the first
 * incarnation's last key.
 */
@ExtendWith(PgExtension.class)
class PlanRestartTest {
    @Test
    void releaseOneAgainAfterARollbackBackfillsEveryRow(TestDb db) throws Exception {
        db.execute("CREATE TABLE \"Acct\" (\"id\" INTEGER PRIMARY KEY, \"qty\" INTEGER NOT NULL);"
                + "INSERT INTO \"Acct\" SELECT g, g * 10 FROM generate_series(1, 1000) g;");
        Table table;
        try (Connection c = db.connect()) {
            table = Introspector.introspect(c, List.of("public")).table(new QualifiedName("public", "Acct"))
                    .orElseThrow();
        }
        ExpandContractPlan plan = ColumnPlans.renameColumn(table, "qty", "quantity", ColumnDependents.none());
        assertThat(plan.planMarkdown()).contains("## Rolling back\n\nBefore release 3 nothing is lost: drop the "
                + "trigger, its function and the backfill procedure").contains("The plan's row in `\"_keel\".\"plans\"` may "
                + "stay: if the plan is created again under the same name, its release 1 replaces the row and the backfill "
                + "starts from the first key.");

        deployReleaseOne(db, plan);
        assertThat(db.column("SELECT count(*) FROM \"Acct\" WHERE \"quantity\" IS DISTINCT FROM \"qty\""))
                .containsExactly("0");
        assertThat(db.column("SELECT \"backfill_last_key\" || ' ' || \"backfill_rows\" || ' ' || "
                + "(\"backfilled_at\" IS NOT NULL) FROM \"_keel\".\"plans\"")).containsExactly("[1000] 1000 true");

        // Rolled back per PLAN.md; the plan's row stays.
        db.execute("DROP TRIGGER \"_keel_sync_" + plan.name() + "\" ON \"Acct\";"
                + "DROP FUNCTION \"_keel\".\"sync_" + plan.name() + "\"();"
                + "DROP PROCEDURE \"_keel\".\"backfill_" + plan.name() + "\"" + BackfillProcedure.SIGNATURE + ";"
                + "ALTER TABLE \"Acct\" DROP COLUMN \"quantity\";");
        db.execute("INSERT INTO \"Acct\" SELECT g, g * 10 FROM generate_series(1001, 1200) g;");

        deployReleaseOne(db, plan);
        assertThat(db.column("SELECT count(*) FROM \"Acct\" WHERE \"quantity\" IS DISTINCT FROM \"qty\""))
                .containsExactly("0");
        assertThat(db.column("SELECT \"release\" || ' ' || \"backfill_last_key\" || ' ' || \"backfill_rows\" || ' ' "
                + "|| (\"backfilled_at\" IS NOT NULL) || ' ' || (\"finished_at\" IS NULL) FROM \"_keel\".\"plans\""))
                .containsExactly("1 [1200] 1200 true true");
    }

    /** Release 1's expand migration, then its backfill (unpaced: nice_ratio 0). */
    private static void deployReleaseOne(TestDb db, ExpandContractPlan plan) {
        List<PlanMigration> release1 = plan.release(1).migrations();
        db.execute(release1.get(0).sql());
        String backfill = release1.get(1).sql();
        assertThat(backfill).contains("nice_ratio => " + ColumnPlans.DEFAULT_NICE_RATIO + ",");
        db.execute(backfill.replace("nice_ratio => " + ColumnPlans.DEFAULT_NICE_RATIO + ",", "nice_ratio => 0,"));
    }
}
