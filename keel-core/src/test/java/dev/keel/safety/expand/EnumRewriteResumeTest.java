package dev.keel.safety.expand;

import dev.keel.introspect.Introspector;
import dev.keel.schema.QualifiedName;
import dev.keel.testing.PgExtension;
import dev.keel.testing.TestDb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The enum plan's rewrite resumes like the column backfill: each of its backfills records the last key it committed
 * in its own row of {@code "_keel"."backfills"}, so a cancelled rewrite called again goes on after that key instead
 * of walking the table again from the first. Every rewrite of a row is logged by a trigger (which also makes each
 * row cost a few ms, so that the paced rewrite is still running when it is cancelled).
 */
@ExtendWith(PgExtension.class)
class EnumRewriteResumeTest {
    private static final int ROWS = 200;

    @Test
    void aCancelledEnumRewriteResumesAfterTheLastCommittedBatch(TestDb db) throws Exception {
        db.execute("CREATE TYPE \"Status\" AS ENUM ('OLD', 'OTHER');"
                + "CREATE TABLE \"Acct\" (\"id\" INTEGER NOT NULL PRIMARY KEY, \"s\" \"Status\" NOT NULL);"
                + "INSERT INTO \"Acct\" SELECT g, 'OLD' FROM generate_series(1, " + ROWS + ") g;"
                + "CREATE TABLE \"rewrites\" (\"id\" INTEGER NOT NULL);"
                + "CREATE FUNCTION logged() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_sleep(0.004); "
                + "INSERT INTO \"rewrites\" VALUES (NEW.\"id\"); RETURN NEW; END $$;"
                + "CREATE TRIGGER logged BEFORE UPDATE ON \"Acct\" FOR EACH ROW EXECUTE FUNCTION logged();");
        ExpandContractPlan plan;
        try (Connection c = db.connect()) {
            plan = EnumPlans.renameValue(Introspector.introspect(c, List.of("public")),
                    new QualifiedName("public", "Status"), "OLD", "NEW");
        }
        db.execute(plan.release(1).migrations().get(0).sql());
        db.execute(plan.release(2).migrations().get(0).sql());
        String backfill = "backfill_" + plan.name() + "_1";
        String call = "CALL \"_keel\".\"" + backfill + "\"(batch_size => 20, pause_seconds => 0, nice_ratio => 2)";

        CancelledCall.runAndCancel(db, call, 1000);
        // Batches commit whole and in key order: rows 1..K are rewritten.
        int done = Integer.parseInt(db.column("SELECT count(*) FROM \"Acct\" WHERE \"s\" = 'NEW'").get(0));
        assertThat(done).isPositive().isLessThan(ROWS);
        assertThat(db.column("SELECT coalesce(max(\"id\"), 0) FROM \"Acct\" WHERE \"s\" = 'NEW'"))
                .containsExactly(String.valueOf(done));
        assertThat(db.column("SELECT \"backfill_rows\" || ' ' || (\"backfilled_at\" IS NULL) FROM \"_keel\".\"plans\""))
                .containsExactly(done + " true");

        // Row 1, behind the resume point, gets the old label again past every trigger: a walk from the first key
        // would rewrite it, the resumed walk does not reach it.
        db.execute("ALTER TABLE \"Acct\" DISABLE TRIGGER USER; UPDATE \"Acct\" SET \"s\" = 'OLD' WHERE \"id\" = 1;"
                + "ALTER TABLE \"Acct\" ENABLE TRIGGER USER");
        db.execute(call.replace("nice_ratio => 2", "nice_ratio => 0"));

        assertThat(db.column("SELECT \"s\"::text FROM \"Acct\" WHERE \"id\" = 1")).as("row 1, behind the resume point")
                .containsExactly("OLD");
        assertThat(db.column("SELECT count(*) FROM \"Acct\" WHERE \"id\" > 1 AND \"s\" <> 'NEW'")).containsExactly("0");
        // Every row rewritten exactly once over both calls.
        assertThat(db.column("SELECT count(*) || ' ' || count(DISTINCT \"id\") FROM \"rewrites\""))
                .containsExactly(ROWS + " " + ROWS);
        // Its resume point and count span both calls.
        assertThat(db.column("SELECT \"last_key\" || ' ' || \"rows_changed\" || ' ' || (\"finished_at\" IS NOT NULL) "
                + "FROM \"_keel\".\"backfills\" WHERE \"name\" = '" + backfill + "'"))
                .containsExactly("[" + ROWS + "] " + ROWS + " true");
        assertThat(db.column("SELECT \"backfill_rows\" || ' ' || (\"backfilled_at\" IS NOT NULL) FROM "
                + "\"_keel\".\"plans\"")).containsExactly(ROWS + " true");
    }
}
