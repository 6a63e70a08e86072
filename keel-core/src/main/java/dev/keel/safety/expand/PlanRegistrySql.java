package dev.keel.safety.expand;

import dev.keel.schema.Identifiers;
import dev.keel.schema.QualifiedName;
import java.util.List;

/**
 * The SQL that keeps the state of expand/contract plans in {@code "_keel"."plans"} (Keel's schema, beside the
 * deploy journal, invisible to Prisma's introspection): one row per plan, its current release and the progress
 * marker of its backfill (last key done, rows changed), which is what makes the backfill resumable. A plan with
 * several backfills (an enum plan: one per column) keeps each one's resume point in {@code "_keel"."backfills"}, one
 * row per backfill, named like its procedure.
 */
final class PlanRegistrySql {
    static final String SCHEMA = "_keel";
    static final String TABLE = "\"_keel\".\"plans\"";
    static final String BACKFILLS = "\"_keel\".\"backfills\"";

    private PlanRegistrySql() {
    }

    static String create() {
        return "CREATE SCHEMA IF NOT EXISTS \"_keel\";\n"
                + "CREATE TABLE IF NOT EXISTS " + TABLE + " (\n"
                + "    \"name\" TEXT NOT NULL PRIMARY KEY,\n"
                + "    \"kind\" TEXT NOT NULL,\n"
                + "    \"table_name\" TEXT NOT NULL,\n"
                + "    \"summary\" TEXT NOT NULL,\n"
                + "    \"release\" INTEGER NOT NULL DEFAULT 1,\n"
                + "    \"backfill_last_key\" TEXT,\n"
                + "    \"backfill_rows\" BIGINT NOT NULL DEFAULT 0,\n"
                + "    \"backfilled_at\" TIMESTAMPTZ,\n"
                + "    \"started_at\" TIMESTAMPTZ NOT NULL DEFAULT now(),\n"
                + "    \"updated_at\" TIMESTAMPTZ NOT NULL DEFAULT now(),\n"
                + "    \"finished_at\" TIMESTAMPTZ\n"
                + ");\n"
                // What a column plan moves, for `migrate dev` to recognise the plan's objects while it is in flight.
                + "ALTER TABLE " + TABLE + " ADD COLUMN IF NOT EXISTS \"table_schema\" TEXT,\n"
                + "    ADD COLUMN IF NOT EXISTS \"old_column\" TEXT, ADD COLUMN IF NOT EXISTS \"new_column\" TEXT;\n";
    }

    /** {@code "_keel"."backfills"}, if it is not there yet (created by the first plan that has several backfills). */
    static String createBackfills() {
        return "CREATE TABLE IF NOT EXISTS " + BACKFILLS + " (\n"
                + "    \"name\" TEXT NOT NULL PRIMARY KEY,\n"
                + "    \"plan\" TEXT NOT NULL,\n"
                + "    \"last_key\" TEXT,\n"
                + "    \"rows_changed\" BIGINT NOT NULL DEFAULT 0,\n"
                + "    \"finished_at\" TIMESTAMPTZ,\n"
                + "    \"updated_at\" TIMESTAMPTZ NOT NULL DEFAULT now()\n"
                + ");\n";
    }

    /**
     * Records backfill {@code name} of {@code plan}. {@code restart}: from the first key even if a row of that name
     * exists (left by an earlier run of the plan that was rolled back); otherwise an existing row is kept, which is
     * how the procedure finds its resume point.
     */
    static String registerBackfill(String plan, String name, boolean restart) {
        return "INSERT INTO " + BACKFILLS + " (\"name\", \"plan\") VALUES (" + lit(name) + ", " + lit(plan) + ")\n"
                + "    ON CONFLICT (\"name\") DO " + (restart ? "UPDATE SET \"plan\" = EXCLUDED.\"plan\", "
                + "\"last_key\" = NULL, \"rows_changed\" = 0,\n        \"finished_at\" = NULL, \"updated_at\" = now()"
                : "NOTHING") + ";\n";
    }

    /**
     * Deletes the rows of {@code plan} in {@code "_keel"."backfills"} other than {@code names}: an earlier incarnation
     * of the plan may have left rows for backfills this one does not have (a column dropped since), and the plan's
     * backfill is only done once every row of the plan is.
     */
    static String keepOnlyBackfills(String plan, List<String> names) {
        return "DELETE FROM " + BACKFILLS + " WHERE \"plan\" = " + lit(plan)
                + (names.isEmpty() ? "" : " AND \"name\" NOT IN ("
                + String.join(", ", names.stream().map(PlanRegistrySql::lit).toList()) + ")") + ";\n";
    }

    /** Backfill {@code name} is done; the plan's backfill is done once every backfill registered for it is. */
    static String backfillFinished(String plan, String name) {
        return "UPDATE " + BACKFILLS + " SET \"finished_at\" = now(), \"updated_at\" = now() WHERE \"name\" = "
                + lit(name) + ";\n"
                + "UPDATE " + TABLE + " SET \"backfilled_at\" = now(), \"updated_at\" = now() WHERE \"name\" = "
                + lit(plan) + "\n    AND NOT EXISTS (SELECT 1 FROM " + BACKFILLS + " WHERE \"plan\" = " + lit(plan)
                + " AND \"finished_at\" IS NULL);\n";
    }

    /** Forgets the backfills of {@code plan}: the resume points, the rows counted, that they finished. */
    static String forgetBackfills(String plan) {
        return "DELETE FROM " + BACKFILLS + " WHERE \"plan\" = " + lit(plan) + ";\n"
                + "UPDATE " + TABLE + " SET \"backfill_rows\" = 0, \"backfilled_at\" = NULL, \"updated_at\" = now()"
                + " WHERE \"name\" = " + lit(plan) + ";\n";
    }

    /**
     * Registers {@code plan} in its release 1 ({@code subject}: what it changes, the enum value of an enum plan). A
     * row of that name left by an earlier incarnation of the same plan (rolled back, or finished, and the plan
     * created again) is replaced: release 1 runs once per incarnation, and the backfill starts from the first key
     * rather than resume from a stale one (walking again is always safe: the backfill only touches rows not yet
     * done). A row of that name that belongs to another plan still in flight is not: {@link #guard} refuses.
     */
    static String register(String plan, ExpandContractPlan.Kind kind, String table, String summary, String subject) {
        return guard(plan, kind, table, subject, summary)
                + "INSERT INTO " + TABLE + " (\"name\", \"kind\", \"table_name\", \"summary\", \"old_column\") "
                + "VALUES (" + lit(plan) + ", " + lit(kind.command) + ", " + lit(table) + ", " + lit(summary) + ", "
                + lit(subject) + ")\n"
                + "    ON CONFLICT (\"name\") DO UPDATE SET " + restarted() + ";\n";
    }

    /** A column plan: also which column of which table moves where. */
    static String register(String plan, ExpandContractPlan.Kind kind, QualifiedName table, String summary,
                           String oldColumn, String newColumn) {
        String tableName = table.schema() + "." + table.name();
        return guard(plan, kind, tableName, oldColumn, summary)
                + "INSERT INTO " + TABLE + " (\"name\", \"kind\", \"table_name\", \"summary\", \"table_schema\", "
                + "\"old_column\", \"new_column\") VALUES (" + lit(plan) + ", " + lit(kind.command) + ", "
                + lit(tableName) + ", " + lit(summary) + ", " + lit(table.schema()) + ", "
                + lit(oldColumn) + ", " + lit(newColumn) + ")\n"
                + "    ON CONFLICT (\"name\") DO UPDATE SET " + restarted() + ";\n";
    }

    /**
     * Refuses to go on when the row named {@code plan} belongs to a different plan (another kind, table or enum, or
     * another column or value of it: plan names are shortened and lower-cased, so two plans can share one) that has
     * not finished: replacing its row would lose its backfill progress and let its release 3 check the wrong plan.
     * A row written before Keel recorded the subject ({@code old_column} NULL) is taken on trust.
     */
    static String guard(String plan, ExpandContractPlan.Kind kind, String table, String subject, String summary) {
        return "DO $keel$\nDECLARE\n    other RECORD;\nBEGIN\n"
                + "    SELECT \"summary\", \"release\" INTO other FROM " + TABLE + " WHERE \"name\" = " + lit(plan)
                + " AND \"finished_at\" IS NULL\n        AND (\"kind\" IS DISTINCT FROM " + lit(kind.command)
                + " OR \"table_name\" IS DISTINCT FROM " + lit(table) + "\n"
                + "            OR (\"old_column\" IS NOT NULL AND \"old_column\" IS DISTINCT FROM " + lit(subject) + "));\n"
                + "    IF FOUND THEN\n"
                + "        RAISE EXCEPTION 'Keel plan %: the name is taken in \"_keel\".\"plans\" by another plan, still in "
                + "flight (%, release %); this plan (%) would replace its row.', " + lit(plan) + ", other.\"summary\", "
                + "other.\"release\", " + lit(summary) + "\n"
                + "            USING HINT = 'Finish that plan (its release 3) first; if it was rolled back, delete its "
                + "row: DELETE FROM \"_keel\".\"plans\" WHERE \"name\" = ' || quote_literal(" + lit(plan) + ") || ';';\n"
                + "    END IF;\nEND\n$keel$;\n";
    }

    /**
     * The SET list that makes an existing row a new incarnation: this definition (columns the INSERT leaves out are
     * NULL in EXCLUDED), release 1, no progress.
     */
    private static String restarted() {
        return "\"kind\" = EXCLUDED.\"kind\", \"table_name\" = EXCLUDED.\"table_name\",\n"
                + "        \"summary\" = EXCLUDED.\"summary\", \"table_schema\" = EXCLUDED.\"table_schema\",\n"
                + "        \"old_column\" = EXCLUDED.\"old_column\", \"new_column\" = EXCLUDED.\"new_column\",\n"
                + "        \"release\" = 1, \"backfill_last_key\" = NULL, \"backfill_rows\" = 0, \"backfilled_at\" = NULL,\n"
                + "        \"started_at\" = now(), \"updated_at\" = now(), \"finished_at\" = NULL";
    }

    static String release(String plan, int release, boolean finished) {
        return "UPDATE " + TABLE + " SET \"release\" = " + release + ", \"updated_at\" = now()"
                + (finished ? ", \"finished_at\" = now()" : "") + " WHERE \"name\" = " + lit(plan) + ";\n";
    }

    static String lit(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    static String q(String identifier) {
        return Identifiers.quote(identifier);
    }

    /** A Keel object name for the plan, within PostgreSQL's 63 bytes. */
    static String object(String prefix, String plan) {
        return Identifiers.truncate(prefix + plan);
    }
}
