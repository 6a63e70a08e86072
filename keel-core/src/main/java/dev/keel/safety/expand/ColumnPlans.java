package dev.keel.safety.expand;

import dev.keel.api.ErrorCode;
import dev.keel.api.KeelException;
import dev.keel.schema.Column;
import dev.keel.schema.Identifiers;
import dev.keel.schema.QualifiedName;
import dev.keel.schema.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.function.UnaryOperator;

import static dev.keel.safety.expand.PlanRegistrySql.lit;
import static dev.keel.safety.expand.PlanRegistrySql.object;
import static dev.keel.safety.expand.PlanRegistrySql.q;

/**
 * Expand/contract plans that move a column's data to a new column: a rename ({@link #renameColumn}) or a type
 * change ({@link #changeType}). Both use the same machinery, written as plain SQL so that {@code prisma migrate
 * deploy} can run the files too:
 * <ul>
 *   <li>a BEFORE INSERT OR UPDATE trigger keeps the two columns in sync whichever one a writer uses: on INSERT the
 *       new column wins when it was written (it has no default, so NULL means "not written"), on UPDATE the column
 *       whose value changed wins (the new one when both changed), and an UPDATE that changes neither copies
 *       old → new (which is also how the backfill fills a row);</li>
 *   <li>a backfill procedure ({@link BackfillProcedure}) walks the primary key (of one or more columns, see
 *       {@link KeyWalk}) in batches, touches only rows whose new column is still NULL while the old one is not (so
 *       it never overwrites a write made through the new column), records the last key and row count in
 *       {@code _keel.plans} and commits after every batch: a crashed or cancelled backfill resumes where it
 *       stopped, and no batch holds row locks for long.</li>
 * </ul>
 */
public final class ColumnPlans {
    /** The backfill's default {@code nice_ratio} ({@link BackfillProcedure}). */
    public static final String DEFAULT_NICE_RATIO = BackfillProcedure.DEFAULT_NICE_RATIO;

    private ColumnPlans() {
    }

    /**
     * {@code keel plan rename-column}: {@code column} of {@code table} becomes {@code newColumn}. {@code dependents}:
     * the column's indexes and constraints carried to the new name ({@link ColumnDependents#read}, on the database
     * or on a replay of its migrations), rebuilt in release 1 and given their final names in release 3.
     */
    public static ExpandContractPlan renameColumn(Table table, String column, String newColumn,
                                                 ColumnDependents dependents) {
        Column old = column(table, column);
        if (table.column(newColumn).isPresent()) {
            throw new KeelException(ErrorCode.USAGE, "Table " + table.name() + " already has a column `" + newColumn
                    + "`.");
        }
        String plan = planName("rename", table.name().name(), column);
        return build(plan, ExpandContractPlan.Kind.RENAME_COLUMN, table, old, old.withName(newColumn),
                "rename column " + label(table) + "." + column + " to " + newColumn, x -> x, x -> x, dependents);
    }

    /**
     * {@code keel plan change-type}: the data of {@code column} moves to {@code newColumn} of type
     * {@code newTypeSql} (cast with {@code ::}, and cast back for writers that still use the old column).
     */
    public static ExpandContractPlan changeType(Table table, String column, String newTypeSql, String newColumn,
                                               ColumnDependents dependents) {
        Column old = column(table, column);
        if (table.column(newColumn).isPresent()) {
            throw new KeelException(ErrorCode.USAGE, "Table " + table.name() + " already has a column `" + newColumn
                    + "`; pass another name with --column.");
        }
        String oldType = old.type().sql();
        String plan = planName("retype", table.name().name(), column);
        Column next = old.withName(newColumn).withType(dev.keel.schema.PgType.parse(newTypeSql)).withoutDefault();
        return build(plan, ExpandContractPlan.Kind.CHANGE_TYPE, table, old, next,
                "change type of " + label(table) + "." + column + " from " + oldType + " to " + newTypeSql
                        + " (new column " + newColumn + ")",
                x -> "(" + x + ")::" + newTypeSql, x -> "(" + x + ")::" + oldType, dependents);
    }

    private static Column column(Table table, String column) {
        Column c = table.column(column).orElseThrow(() -> new KeelException(ErrorCode.USAGE, "Table "
                + table.name() + " has no column `" + column + "`."));
        if (table.primaryKey().map(pk -> pk.columns().contains(column)).orElse(false)) {
            throw new KeelException(ErrorCode.USAGE, "Column `" + column + "` is part of the primary key of "
                    + table.name() + "; an expand/contract plan cannot move it.");
        }
        if (c.generated().isPresent()) {
            throw new KeelException(ErrorCode.USAGE, "Column `" + column + "` is generated; change its expression "
                    + "instead.");
        }
        return c;
    }

    private static String qualified(QualifiedName name) {
        return q(name.schema()) + "." + q(name.name());
    }

    private static String label(Table table) {
        return table.name().schema() + "." + table.name().name();
    }

    static String planName(String verb, String table, String column) {
        String s = (verb + "_" + table + "_" + column).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]+", "_");
        return s.length() > 48 ? s.substring(0, 48) : s;
    }

    private static ExpandContractPlan build(String plan, ExpandContractPlan.Kind kind, Table table, Column old,
                                            Column next, String summary, UnaryOperator<String> up,
                                            UnaryOperator<String> down, ColumnDependents dependents) {
        KeyWalk walk = KeyWalk.of(table);
        String t = q(table.name().schema()) + "." + q(table.name().name());
        String o = q(old.name());
        String n = q(next.name());
        String fn = q("_keel") + "." + q(object("sync_", plan));
        String trigger = q(object("_keel_sync_", plan));
        String proc = q("_keel") + "." + q(object("backfill_", plan));
        String check = Identifiers.truncate(table.name().name() + "_" + next.name() + "_not_null");
        boolean required = !old.nullable() && !old.type().isArray();
        List<String> notes = new ArrayList<>();

        // ---- release 1: expand ----
        StringBuilder expand = new StringBuilder();
        expand.append("-- Keel expand/contract plan ").append(plan)
                .append(", release 1: add the new column, the dual-write trigger and the backfill procedure "
                        + "(see PLAN.md).\n")
                .append("-- ").append(summary).append("\n\n");
        expand.append("-- KeelPlans\n").append(PlanRegistrySql.create())
                .append(PlanRegistrySql.register(plan, kind, table.name(), summary, old.name(), next.name()))
                .append('\n');
        expand.append("-- AddColumn (nullable, no default: NULL means \"not written through the new column\")\n")
                .append("ALTER TABLE ").append(t).append(" ADD COLUMN IF NOT EXISTS ").append(n).append(' ')
                .append(next.type().sql()).append(";\n");
        if (required) {
            // Checked for every new write at once (the trigger fills the column), for old rows in release 3.
            expand.append("ALTER TABLE ").append(t).append(" ADD CONSTRAINT ").append(q(check)).append(" CHECK (")
                    .append(n).append(" IS NOT NULL) NOT VALID;\n");
        }
        expand.append('\n');
        // The trigger names columns only as NEW."col" / OLD."col" and runs no query, so no column name can clash
        // with a PL/pgSQL variable in it (the backfill procedure's queries qualify theirs, see BackfillProcedure).
        expand.append("-- DualWrite: keeps ").append(o).append(" and ").append(n).append(" in sync both ways\n")
                .append("CREATE OR REPLACE FUNCTION ").append(fn).append("() RETURNS trigger LANGUAGE plpgsql AS "
                        + "$keel$\nBEGIN\n")
                .append("    IF TG_OP = 'INSERT' THEN\n")
                .append("        IF NEW.").append(n).append(" IS NULL THEN\n")
                .append("            NEW.").append(n).append(" := ").append(up.apply("NEW." + o)).append(";\n")
                .append("        ELSE\n")
                .append("            NEW.").append(o).append(" := ").append(down.apply("NEW." + n)).append(";\n")
                .append("        END IF;\n")
                .append("    ELSIF NEW.").append(n).append(" IS DISTINCT FROM OLD.").append(n).append(" THEN\n")
                .append("        NEW.").append(o).append(" := ").append(down.apply("NEW." + n)).append(";\n")
                .append("    ELSE\n")
                .append("        NEW.").append(n).append(" := ").append(up.apply("NEW." + o)).append(";\n")
                .append("    END IF;\n")
                .append("    RETURN NEW;\nEND\n$keel$;\n")
                .append("DROP TRIGGER IF EXISTS ").append(trigger).append(" ON ").append(t).append(";\n")
                .append("CREATE TRIGGER ").append(trigger).append(" BEFORE INSERT OR UPDATE ON ").append(t)
                .append(" FOR EACH ROW EXECUTE FUNCTION ").append(fn).append("();\n\n");
        expand.append("-- BackfillProcedure: key-ordered batches sized to a target duration, one transaction each\n")
                .append(BackfillProcedure.create(proc, plan, walk, t, o + " = " + BackfillProcedure.column(o),
                        BackfillProcedure.column(n) + " IS NULL AND " + BackfillProcedure.column(o) + " IS NOT NULL",
                        new BackfillProcedure.Progress.PlanRow()));
        String backfill = "-- Keel expand/contract plan " + plan + ", release 1: copy the existing rows in batches, resumable (see PLAN.md).\n"
                + "-- Runs alone, outside a transaction: it commits every batch and records its progress in\n"
                + "-- \"_keel\".\"plans\"; if it stops, deploy again and it resumes after the last key done.\n"
                + "-- Paced (PLAN.md: Pacing the backfill): each batch is sized to hold its row locks about\n"
                + "-- target_batch_ms, gives way after lock_wait_ms to an application transaction holding one of its\n"
                + "-- rows, and is followed by a rest of nice_ratio times as long as it took.\n\n"
                + "-- Backfill\n" + BackfillProcedure.call(proc);

        List<PlanMigration> release1 = new ArrayList<>();
        release1.add(new PlanMigration("_r1_expand", expand.toString()));
        release1.add(new PlanMigration("_r1_backfill", backfill));
        // Built after the backfill, when every row holds its value in the new column (a unique index is then
        // exactly as unique as the old one); each is a migration of its own, as CONCURRENTLY needs.
        int i = 0;
        for (ColumnDependents.IndexCopy index : dependents.indexes()) {
            i++;
            release1.add(new PlanMigration("_r1_index_" + i, "-- Keel expand/contract plan " + plan
                    + ", release 1: index " + index.oldName() + " again on the new column, built without blocking "
                    + "writes.\n\n-- CreateIndex\nCREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX CONCURRENTLY "
                    + "IF NOT EXISTS " + q(index.name()) + " ON " + t + " USING " + index.body() + ";\n"));
        }
        // NOT VALID: only new writes are checked now (the trigger keeps them equal to the old column's, which pass
        // the old constraint); existing rows are validated in release 3 under SHARE UPDATE EXCLUSIVE.
        if (!dependents.constraints().isEmpty()) {
            StringBuilder add = new StringBuilder("-- Keel expand/contract plan " + plan + ", release 1: the column's "
                    + "checks and foreign keys again on the new column, NOT VALID (validated in release 3).\n");
            for (ColumnDependents.ConstraintCopy k : dependents.constraints()) {
                add.append("\n-- AddConstraint (").append(k.kind() == ColumnDependents.ConstraintCopy.Kind.CHECK
                                ? "check" : "foreign key").append(" ").append(k.oldName()).append(")\n")
                        .append("ALTER TABLE ").append(qualified(k.table())).append(" ADD CONSTRAINT ")
                        .append(q(k.name())).append(' ').append(k.definition()).append(" NOT VALID;\n");
            }
            release1.add(new PlanMigration("_r1_constraints", add.toString()));
        }
        notes.addAll(dependents.notes());

        // ---- release 3: contract ----
        List<PlanMigration> release3 = new ArrayList<>();
        StringBuilder verify = new StringBuilder();
        verify.append("-- Keel expand/contract plan ").append(plan)
                .append(", release 3: check that every row is backfilled")
                .append(required ? ", then validate the NOT NULL check" : "").append(" (see PLAN.md).\n")
                .append("-- Refuses to run while rows are not backfilled: nothing is dropped before the new column "
                        + "holds every value.\n\n")
                // Columns qualified: a column may be called like PL/pgSQL's own variable FOUND.
                .append("-- VerifyBackfill\nDO $keel$\nBEGIN\n")
                .append("    IF EXISTS (SELECT 1 FROM ").append(t).append(" AS t WHERE t.").append(n)
                .append(" IS NULL AND t.").append(o).append(" IS NOT NULL) THEN\n")
                .append("        RAISE EXCEPTION 'Keel plan ").append(plan.replace("'", "''"))
                .append(": some rows are not backfilled yet; deploy the release 1 backfill first';\n")
                .append("    END IF;\nEND\n$keel$;\n");
        if (required) {
            verify.append("\n-- ValidateNotNullCheck (SHARE UPDATE EXCLUSIVE: reads and writes go on)\n")
                    .append("ALTER TABLE ").append(t).append(" VALIDATE CONSTRAINT ").append(q(check)).append(";\n");
        }
        for (ColumnDependents.ConstraintCopy k : dependents.constraints()) {
            verify.append("\n-- ValidateConstraint ").append(k.name())
                    .append(" (SHARE UPDATE EXCLUSIVE: reads and writes go on)\n")
                    .append("ALTER TABLE ").append(qualified(k.table())).append(" VALIDATE CONSTRAINT ")
                    .append(q(k.name())).append(";\n");
        }
        release3.add(new PlanMigration("_r3_contract", verify.toString()));
        StringBuilder drop = new StringBuilder();
        drop.append("-- Keel expand/contract plan ").append(plan).append(", release 3: drop the trigger and the old "
                        + "column (brief ACCESS EXCLUSIVE, no scan).\n\n")
                .append("-- DropDualWrite\nDROP TRIGGER IF EXISTS ").append(trigger).append(" ON ").append(t)
                .append(";\nDROP FUNCTION IF EXISTS ").append(fn).append("();\nDROP PROCEDURE IF EXISTS ")
                .append(proc).append(BackfillProcedure.SIGNATURE).append(";\n\n");
        drop.append("-- AlterTable\n");
        if (required) {
            drop.append("ALTER TABLE ").append(t).append(" ALTER COLUMN ").append(n).append(" SET NOT NULL;\n")
                    .append("ALTER TABLE ").append(t).append(" DROP CONSTRAINT ").append(q(check)).append(";\n");
        }
        if (kind == ExpandContractPlan.Kind.RENAME_COLUMN && old.defaultValue().isPresent()) {
            old.prismaDefaultSql(true).ifPresent(d -> drop.append("ALTER TABLE ").append(t)
                    .append(" ALTER COLUMN ").append(n).append(" SET DEFAULT ").append(d).append(";\n"));
        } else if (old.defaultValue().isPresent()) {
            notes.add("Column " + old.name() + " has a default; set the default of " + next.name() + " in release 3 "
                    + "(its type differs, so the plan does not copy it).");
        }
        // Foreign keys of other tables that reference the old column are dropped by name first (their copies on
        // the new column are validated by now): DROP COLUMN never cascades, so it fails rather than drop anything
        // else that still depends on the column (a view, say).
        for (ColumnDependents.ConstraintCopy k : dependents.constraints()) {
            if (k.kind() == ColumnDependents.ConstraintCopy.Kind.REFERENCING_FOREIGN_KEY) {
                drop.append("ALTER TABLE ").append(qualified(k.table())).append(" DROP CONSTRAINT ")
                        .append(q(k.oldName())).append(";\n");
            }
        }
        drop.append("ALTER TABLE ").append(t).append(" DROP COLUMN ").append(o).append(";\n");
        // The copies take the names the old objects had when those could not follow the column's name.
        for (ColumnDependents.IndexCopy index : dependents.indexes()) {
            if (!index.name().equals(index.finalName())) {
                drop.append("ALTER INDEX ").append(q(table.name().schema())).append('.').append(q(index.name()))
                        .append(" RENAME TO ").append(q(index.finalName())).append(";\n");
            }
            index.uniqueConstraint().ifPresent(u -> drop.append("ALTER TABLE ").append(t).append(" ADD CONSTRAINT ")
                    .append(q(u)).append(" UNIQUE USING INDEX ").append(q(index.finalName())).append(";\n"));
        }
        for (ColumnDependents.ConstraintCopy k : dependents.constraints()) {
            if (!k.name().equals(k.finalName())) {
                drop.append("ALTER TABLE ").append(qualified(k.table())).append(" RENAME CONSTRAINT ")
                        .append(q(k.name())).append(" TO ").append(q(k.finalName())).append(";\n");
            }
        }
        drop.append("\n-- KeelPlans\n").append(PlanRegistrySql.release(plan, 3, true));
        release3.add(new PlanMigration("_r3_drop", drop.toString()));

        List<Release> releases = List.of(
                new Release(1, "expand", "Deploy these migrations with the current code (it keeps using `"
                        + old.name() + "`). Writes through either column are mirrored to the other by the "
                        + "trigger; the backfill copies existing rows in batches. Leave the Prisma schema as it is "
                        + "(the new column is Keel's until release 2).", release1),
                new Release(2, "switch reads and writes", "Ship code that reads and writes `" + next.name()
                        + "` (in the Prisma schema: map the field to the new column with `@map(\"" + next.name()
                        + "\")`" + (kind == ExpandContractPlan.Kind.CHANGE_TYPE ? " and give it its new type" : "")
                        + "). No migration: instances of release 1 still running keep working, the trigger "
                        + "mirrors their writes.", List.of()),
                new Release(3, "contract", "Once no instance of release 1 runs any more: `keel plan advance "
                        + plan + "` writes these migrations into the migrations folder; deploy them. They check "
                        + "the backfill is complete and validate the constraints copied to the new column, then drop "
                        + "the trigger, the foreign keys that still reference the old column, and the old column "
                        + "(without CASCADE: anything else that depends on it makes the drop fail instead).",
                        release3));
        String md = PlanMarkdown.render(plan, summary, releases, notes, Optional.of(PlanMarkdown.pacing(proc)));
        return new ExpandContractPlan(plan, kind, label(table), summary, releases, notes, md);
    }
}
