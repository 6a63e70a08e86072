package dev.keel.safety.expand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.keel.introspect.Introspector;
import dev.keel.schema.QualifiedName;
import dev.keel.schema.Schema;
import dev.keel.testing.PgExtension;
import dev.keel.testing.TestDb;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Plan names are shortened and lower-cased, so two different plans can share one: renaming column {@code status} of
 * table {@code public.User} and renaming value {@code status} of enum {@code app.User} are both
 * {@code rename_user_status}. While the first is in flight, the second's release 1 must not replace its row in
 * {@code "_keel"."plans"} (its backfill progress, the release its checks expect): it fails with both plans named, and
 * changes nothing. Once the first plan is finished, the name is free again. (The same plan created again after a
 * rollback replaces its own row: {@link PlanRestartTest}.)
 */
@ExtendWith(PgExtension.class)
class PlanNameClashTest {
    @Test
    void releaseOneRefusesToReplaceTheRowOfAnotherPlanInFlight(TestDb db) throws Exception {
        db.execute("CREATE SCHEMA \"app\";"
                + "CREATE TYPE \"app\".\"User\" AS ENUM ('status', 'other');"
                + "CREATE TABLE \"User\" (\"id\" INTEGER PRIMARY KEY, \"status\" TEXT NOT NULL, \"kind\" \"app\".\"User\");"
                + "INSERT INTO \"User\" SELECT g, 'on', 'status' FROM generate_series(1, 500) g;");
        Schema schema;
        try (Connection c = db.connect()) {
            schema = Introspector.introspect(c, List.of("public", "app"));
        }
        ExpandContractPlan column = ColumnPlans.renameColumn(schema.table(new QualifiedName("public", "User"))
                .orElseThrow(), "status", "state", ColumnDependents.none());
        ExpandContractPlan value = EnumPlans.renameValue(schema, new QualifiedName("app", "User"), "status", "active");
        assertThat(value.name()).isEqualTo(column.name()).isEqualTo("rename_user_status");

        db.execute(column.release(1).migrations().get(0).sql());
        db.execute(unpaced(column.release(1).migrations().get(1).sql()));
        String row = "SELECT \"kind\" || ' ' || \"table_name\" || ' ' || \"release\" || ' ' || \"backfill_rows\" || ' ' "
                + "|| (\"backfilled_at\" IS NOT NULL) FROM \"_keel\".\"plans\"";
        assertThat(db.column(row)).containsExactly("rename-column public.User 1 500 true");

        Throwable refused = catchThrowable(() -> db.execute(value.release(1).migrations().get(0).sql()));
        assertThat(refused).hasMessageContaining("Keel plan rename_user_status: the name is taken in "
                + "\"_keel\".\"plans\" by another plan, still in flight (rename column public.User.status to state, "
                + "release 1); this plan (rename value status of enum app.User to active) would replace its row.");
        assertThat(db.column(row)).containsExactly("rename-column public.User 1 500 true");
        assertThat(db.column("SELECT count(*) FROM pg_enum WHERE enumlabel = 'active'")).containsExactly("0");

        // Finished, the first plan gives its name up.
        for (int r = 2; r <= column.releases().size(); r++) {
            for (PlanMigration m : column.release(r).migrations()) {
                db.execute(m.sql());
            }
        }
        assertThat(db.column("SELECT (\"finished_at\" IS NOT NULL)::text FROM \"_keel\".\"plans\"")).containsExactly("true");
        db.execute(value.release(1).migrations().get(0).sql());
        assertThat(db.column(row)).containsExactly("rename-enum-value app.User 1 0 false");
    }

    @Test
    void twoColumnsWhoseNamesShareTheShortenedPlanNameClash(TestDb db) throws Exception {
        String prefix = "a_very_long_column_name_that_goes_on_and_on_";
        db.execute("CREATE TABLE \"T\" (\"id\" INTEGER PRIMARY KEY, \"" + prefix + "one\" INTEGER, \"" + prefix
                + "two\" INTEGER);");
        Schema schema;
        try (Connection c = db.connect()) {
            schema = Introspector.introspect(c, List.of("public"));
        }
        var table = schema.table(new QualifiedName("public", "T")).orElseThrow();
        ExpandContractPlan one = ColumnPlans.renameColumn(table, prefix + "one", "one", ColumnDependents.none());
        ExpandContractPlan two = ColumnPlans.renameColumn(table, prefix + "two", "two", ColumnDependents.none());
        assertThat(one.name()).isEqualTo(two.name());
        db.execute(one.release(1).migrations().get(0).sql());
        assertThat(catchThrowable(() -> db.execute(two.release(1).migrations().get(0).sql())))
                .hasMessageContaining("the name is taken in \"_keel\".\"plans\" by another plan, still in flight");
        assertThat(db.column("SELECT \"old_column\" FROM \"_keel\".\"plans\"")).containsExactly(prefix + "one");
    }

    private static String unpaced(String backfill) {
        String paced = "nice_ratio => " + ColumnPlans.DEFAULT_NICE_RATIO + ",";
        assertThat(backfill).contains(paced);
        return backfill.replace(paced, "nice_ratio => 0,");
    }
}
