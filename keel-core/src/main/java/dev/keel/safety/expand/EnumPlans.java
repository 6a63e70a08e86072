package dev.keel.safety.expand;

import dev.keel.api.ErrorCode;
import dev.keel.api.KeelException;
import dev.keel.schema.Column;
import dev.keel.schema.EnumType;
import dev.keel.schema.QualifiedName;
import dev.keel.schema.Schema;
import dev.keel.schema.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import static dev.keel.safety.expand.PlanRegistrySql.lit;
import static dev.keel.safety.expand.PlanRegistrySql.object;
import static dev.keel.safety.expand.PlanRegistrySql.q;

/**
 * {@code keel plan rename-enum-value Enum.OLD NEW}: the guide's two-step enum rollout (map old → new, then clean).
 * Release 1 adds the new label (code that knows both ships with it); release 2, once no instance of the old code
 * runs, maps every write of the old label to the new one with a trigger per column and rewrites existing rows in
 * batches, each column's rewrite resumable from its own row of {@code "_keel"."backfills"} (behind its resume point
 * no row can hold the old label again: the trigger maps every write); release 3 checks that no row holds the old
 * label and removes the triggers. PostgreSQL cannot drop an enum label without rewriting every column of the type,
 * so the old label stays in the type (unused, and written by nobody since the trigger maps it); PLAN.md says how to
 * remove it in a maintenance window.
 */
public final class EnumPlans {
    private EnumPlans() {
    }

    public static ExpandContractPlan renameValue(Schema schema, QualifiedName enumName, String oldValue,
                                                 String newValue) {
        EnumType e = schema.enumType(enumName).orElseThrow(() -> new KeelException(ErrorCode.USAGE,
                "No enum " + enumName.name() + " in the schema."));
        if (!e.values().contains(oldValue)) {
            throw new KeelException(ErrorCode.USAGE, "Enum " + enumName.name() + " has no value `" + oldValue + "`.");
        }
        if (e.values().contains(newValue)) {
            throw new KeelException(ErrorCode.USAGE, "Enum " + enumName.name() + " already has a value `" + newValue
                    + "`.");
        }
        String plan = ("rename_" + enumName.name() + "_" + oldValue).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9_]+", "_");
        plan = plan.length() > 48 ? plan.substring(0, 48) : plan;
        String type = q(enumName.schema()) + "." + q(enumName.name());
        String summary = "rename value " + oldValue + " of enum " + enumName.schema() + "." + enumName.name()
                + " to " + newValue;
        List<String> notes = new ArrayList<>();

        String release1 = "-- Keel expand/contract plan " + plan + ", release 1: add the new label (see PLAN.md).\n\n"
                + "-- KeelPlans\n" + PlanRegistrySql.create()
                + PlanRegistrySql.register(plan, ExpandContractPlan.Kind.RENAME_ENUM_VALUE,
                enumName.schema() + "." + enumName.name(), summary, oldValue) + "\n"
                + "-- AlterEnum\nALTER TYPE " + type + " ADD VALUE IF NOT EXISTS " + lit(newValue) + " AFTER "
                + lit(oldValue) + ";\n";

        StringBuilder map = new StringBuilder();
        map.append("-- Keel expand/contract plan ").append(plan).append(", release 2: map ").append(oldValue)
                .append(" to ").append(newValue).append(" on every write, and rewrite existing rows.\n\n");
        // Each backfill CALL commits, so it must be the only statement of its migration (PostgreSQL refuses
        // transaction control inside a multi-statement transaction).
        List<String> backfills = new ArrayList<>();
        List<String> procs = new ArrayList<>();
        StringBuilder verify = new StringBuilder("-- Keel expand/contract plan " + plan + ", release 3: clean up "
                + "(refuses to run while a row still holds " + oldValue + ").\n\n-- VerifyBackfill\nDO $keel$\nBEGIN\n");
        StringBuilder drop = new StringBuilder("\n-- DropMapping\n");
        StringBuilder undo = new StringBuilder();
        StringBuilder register = new StringBuilder();
        List<String> names = new ArrayList<>();
        int i = 0;
        for (Map.Entry<Table, Column> tc : schema.columnsUsing(enumName)) {
            i++;
            Table t = tc.getKey();
            Column c = tc.getValue();
            String table = q(t.name().schema()) + "." + q(t.name().name());
            String col = q(c.name());
            String suffix = plan + "_" + i;
            String fn = q("_keel") + "." + q(object("map_", suffix));
            String trigger = q(object("_keel_map_", suffix));
            String backfill = object("backfill_", suffix);
            String proc = q("_keel") + "." + q(backfill);
            boolean array = c.type().isArray();
            // Each takes the column as written where it is used: NEW."col" in the trigger, t."col" in the backfill.
            UnaryOperator<String> holdsOld = ref -> array ? lit(oldValue) + " = ANY(" + ref + ")"
                    : ref + " = " + lit(oldValue);
            UnaryOperator<String> mapped = ref -> array ? "array_replace(" + ref + ", " + lit(oldValue) + "::" + type
                    + ", " + lit(newValue) + "::" + type + ")" : lit(newValue);
            map.append("-- MapOnWrite ").append(t.name().name()).append('.').append(c.name()).append('\n')
                    .append("CREATE OR REPLACE FUNCTION ").append(fn).append("() RETURNS trigger LANGUAGE plpgsql AS "
                            + "$keel$\nBEGIN\n    IF ").append(holdsOld.apply("NEW." + col))
                    .append(" THEN\n        NEW.").append(col).append(" := ").append(mapped.apply("NEW." + col))
                    .append(";\n    END IF;\n    RETURN NEW;\nEND\n$keel$;\n")
                    .append("DROP TRIGGER IF EXISTS ").append(trigger).append(" ON ").append(table).append(";\n")
                    .append("CREATE TRIGGER ").append(trigger).append(" BEFORE INSERT OR UPDATE ON ").append(table)
                    .append(" FOR EACH ROW EXECUTE FUNCTION ").append(fn).append("();\n");
            // Registered before any backfill runs: the plan's backfill is done when all of them are.
            register.append(PlanRegistrySql.registerBackfill(plan, backfill, true));
            names.add(backfill);
            if (t.primaryKey().isPresent()) {
                String alias = BackfillProcedure.column(col);
                map.append(BackfillProcedure.create(proc, plan, KeyWalk.of(t), table, col + " = "
                        + mapped.apply(alias), holdsOld.apply(alias), new BackfillProcedure.Progress.OwnRow(backfill)))
                        .append('\n');
                backfills.add("-- Keel expand/contract plan " + plan + ", release 2: backfill " + t.name().name()
                        + "." + c.name() + " in batches, one transaction each, resumable, paced (PLAN.md: Pacing the "
                        + "backfill).\n\n-- Backfill\n" + BackfillProcedure.call(proc));
                procs.add(proc);
            } else {
                notes.add("Table " + t.name().name() + " has no primary key: its rows are mapped in one UPDATE.");
                backfills.add("-- Keel expand/contract plan " + plan + ", release 2: backfill " + t.name().name()
                        + "." + c.name() + " in one UPDATE (the table has no primary key to walk).\n\n-- Backfill\n"
                        + "UPDATE " + table + " SET " + col + " = " + mapped.apply(col) + " WHERE "
                        + holdsOld.apply(col) + ";\n" + PlanRegistrySql.backfillFinished(plan, backfill));
            }
            // Qualified: a column may be called like PL/pgSQL's own variable FOUND.
            verify.append("    IF EXISTS (SELECT 1 FROM ").append(table).append(" AS t WHERE ")
                    .append(holdsOld.apply("t." + col))
                    .append(") THEN\n        RAISE EXCEPTION 'Keel plan ").append(plan).append(": ")
                    .append(t.name().name()).append('.').append(c.name().replace("'", "''"))
                    .append(" still holds ").append(oldValue.replace("'", "''")).append("';\n    END IF;\n");
            // The way back from release 2 (or 3): stop mapping, then write the old label back.
            String holdsNew = array ? lit(newValue) + " = ANY(" + col + ")" : col + " = " + lit(newValue);
            String unmapped = array ? "array_replace(" + col + ", " + lit(newValue) + "::" + type + ", "
                    + lit(oldValue) + "::" + type + ")" : lit(oldValue);
            undo.append("DROP TRIGGER IF EXISTS ").append(trigger).append(" ON ").append(table).append(";\n")
                    .append("DROP FUNCTION IF EXISTS ").append(fn).append("();\n")
                    .append(t.primaryKey().isPresent() ? BackfillProcedure.drop(proc) : "")
                    .append("UPDATE ").append(table).append(" SET ").append(col).append(" = ").append(unmapped)
                    .append(" WHERE ").append(holdsNew).append(";\n");
            drop.append("DROP TRIGGER IF EXISTS ").append(trigger).append(" ON ").append(table).append(";\n")
                    .append("DROP FUNCTION IF EXISTS ").append(fn).append("();\n")
                    .append(BackfillProcedure.drop(proc));
        }
        verify.append("END\n$keel$;\n");
        map.append("-- KeelPlans (each backfill's resume point, from the first key)\n")
                .append(PlanRegistrySql.createBackfills()).append(PlanRegistrySql.keepOnlyBackfills(plan, names))
                .append(register)
                .append(PlanRegistrySql.release(plan, 2, false));
        drop.append("\n-- KeelPlans\n").append("DELETE FROM ").append(PlanRegistrySql.BACKFILLS)
                .append(" WHERE \"plan\" = ").append(lit(plan)).append(";\n")
                .append(PlanRegistrySql.release(plan, 3, true));
        undo.append(PlanRegistrySql.forgetBackfills(plan));
        notes.add("PostgreSQL cannot drop an enum label in place: " + oldValue + " stays in the type, unused. To "
                + "remove it, drop it from the Prisma enum in a maintenance window; the next migration swaps the "
                + "type, which rewrites every table using it under ACCESS EXCLUSIVE.");

        List<PlanMigration> release2 = new ArrayList<>();
        release2.add(new PlanMigration("_r2_map", map.toString()));
        for (int k = 0; k < backfills.size(); k++) {
            release2.add(new PlanMigration("_r2_backfill" + (backfills.size() > 1 ? "_" + (k + 1) : ""),
                    backfills.get(k)));
        }
        List<Release> releases = List.of(
                new Release(1, "expand", "Add `" + newValue + "` to the Prisma enum (keep `" + oldValue + "`) and ship "
                        + "code that treats both as the same value, with this migration.",
                        List.of(new PlanMigration("_r1_expand", release1))),
                new Release(2, "map old to new", "Once every instance runs release 1 (so every reader knows `"
                        + newValue + "`): `keel plan advance " + plan + "`, deploy, and ship code that writes `"
                        + newValue + "` only. The trigger maps writes of `" + oldValue + "` from any instance; the "
                        + "backfill rewrites existing rows.", release2),
                new Release(3, "clean up", "`keel plan advance " + plan + "`, deploy: it checks that no row holds `"
                        + oldValue + "` and removes the triggers. Then code may stop handling `" + oldValue + "`.",
                        List.of(new PlanMigration("_r3_clean", verify + drop.toString()))));
        return new ExpandContractPlan(plan, ExpandContractPlan.Kind.RENAME_ENUM_VALUE,
                enumName.schema() + "." + enumName.name(), summary, releases, notes,
                PlanMarkdown.render(plan, summary, releases, notes,
                        procs.isEmpty() ? Optional.empty() : Optional.of(PlanMarkdown.pacing(procs.get(0))),
                        rollback(oldValue, newValue, undo.toString())));
    }

    /**
     * An enum plan adds a label and maps writes; it has no second column to drop. PostgreSQL cannot remove a label,
     * so release 1 is undone by leaving it unused; releases 2 and 3 by removing the mapping and writing the old label
     * back, which only code that knows both labels (release 1's) can live with meanwhile.
     */
    private static String rollback(String oldValue, String newValue, String undo) {
        return "After release 1 nothing is lost: PostgreSQL cannot remove the label `" + newValue + "` again, so "
                + "leave it in the type, unused (it costs nothing), and keep the old code.\n\n"
                + "After release 2 or 3, roll back to release 1's code (it knows both labels), never further, then "
                + "stop the mapping (triggers, their functions and the backfill procedures), write `" + oldValue
                + "` back where rows hold `" + newValue + "` (each `UPDATE` rewrites its rows in one transaction: on a "
                + "large table run it in batches) and forget the backfills' progress, so that release 2, deployed "
                + "again, rewrites from the first key:\n\n"
                + "```sql\n" + undo + "```\n\n"
                + "The plan stays recorded at the release it reached in `\"_keel\".\"plans\"`; code older than "
                + "release 1 may run again once no row holds `" + newValue + "`.\n";
    }
}
