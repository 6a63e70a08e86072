package dev.keel.safety.plan;

import dev.keel.diff.ColumnChange;
import dev.keel.diff.Migration;
import dev.keel.diff.Step;
import dev.keel.diff.TableChange;
import dev.keel.render.ScriptRenderer;
import dev.keel.render.Statement;
import dev.keel.render.StepRenderer;
import dev.keel.schema.Column;
import dev.keel.schema.ForeignKey;
import dev.keel.schema.Identifiers;
import dev.keel.schema.Index;
import dev.keel.schema.IndexKind;
import dev.keel.schema.QualifiedName;
import dev.keel.schema.Schema;
import dev.keel.schema.Table;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns a migration into a plan of migrations that never hold a lock blocking reads or writes on a live table
 * while PostgreSQL scans or rebuilds it (the guide's §7; strong_migrations' and pg-schema-diff's techniques):
 * <ul>
 *   <li>{@code CREATE [UNIQUE] INDEX} → {@code CONCURRENTLY IF NOT EXISTS}, one per non-transactional migration
 *       (so that {@code prisma migrate deploy}, which sends a file as one transaction, can run them too, and a
 *       failed build is retried by running the file again);</li>
 *   <li>{@code ADD UNIQUE} constraint → a concurrent unique index, then {@code ADD CONSTRAINT ... UNIQUE USING
 *       INDEX};</li>
 *   <li>{@code ADD FOREIGN KEY} → {@code NOT VALID}, then {@code VALIDATE CONSTRAINT} in a later transaction;</li>
 *   <li>{@code SET NOT NULL} → {@code CHECK (col IS NOT NULL) NOT VALID} → {@code VALIDATE} → {@code SET NOT NULL}
 *       (PostgreSQL 12+ proves it from the check without a scan) → drop the check.</li>
 * </ul>
 * Tables created by the same migration, and tables not in {@code live}, are exempt: nobody uses them yet. What
 * cannot be made safe here (a rewriting type change, a required column without default) is kept as Prisma writes
 * it and named in {@link SafePlan#notes()}.
 */
public final class SafePlanner {
    private SafePlanner() {
    }

    /** The plan when every table of the migration's source schema is live. */
    public static SafePlan plan(Migration m) {
        return plan(m, m.from().tables().stream().map(Table::name).collect(Collectors.toSet()));
    }

    /** {@code --unsafe}: Prisma's plain SQL as one migration, exactly as {@code migrate dev} would write it. */
    public static SafePlan unsafe(Migration m) {
        if (m.isEmpty()) {
            return new SafePlan(List.of(), List.of());
        }
        List<String> sql = ScriptRenderer.statements(m).stream().map(Statement::sql).toList();
        return new SafePlan(List.of(new PlannedMigration("", Phase.MAIN, ScriptRenderer.renderWithWarnings(m), sql)),
                List.of());
    }

    /** @param live the tables that exist in the target database and may have rows and traffic */
    public static SafePlan plan(Migration m, Set<QualifiedName> live) {
        return new Builder(m, live).build();
    }

    private static final class Builder {
        private final Migration m;
        private final Set<QualifiedName> live;
        private final StepRenderer renderer;
        private final Map<Phase, Script> phases = new EnumMap<>(Phase.class);
        private final List<Script> concurrent = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();

        Builder(Migration m, Set<QualifiedName> live) {
            this.m = m;
            Set<QualifiedName> created = new HashSet<>();
            for (Step s : m.steps()) {
                if (s instanceof Step.CreateTable c) {
                    created.add(c.table().name());
                }
            }
            Set<QualifiedName> l = new LinkedHashSet<>(live);
            l.removeAll(created);
            this.live = l;
            this.renderer = new StepRenderer(m.qualifiedNames());
            for (Phase p : Phase.values()) {
                phases.put(p, new Script());
            }
        }

        SafePlan build() {
            if (m.isEmpty()) {
                return new SafePlan(List.of(), List.of());
            }
            for (Step step : m.steps()) {
                if (step instanceof Step.CreateIndex c && live.contains(c.table()) && !c.onNewTable()) {
                    createIndex(c);
                } else if (step instanceof Step.AddForeignKey a && live.contains(a.table())) {
                    addForeignKey(a);
                } else if (step instanceof Step.AlterTable at && live.contains(at.from().name())) {
                    alterTable(at);
                } else {
                    main(step);
                }
            }
            // Without a concurrent index to wait for, NOT VALID constraints take their brief lock in the first
            // migration; otherwise they come after the indexes (a foreign key may need the new unique index).
            if (concurrent.isEmpty()) {
                phases.get(Phase.MAIN).addAll(phases.get(Phase.CONSTRAINTS));
                phases.put(Phase.CONSTRAINTS, new Script());
            }
            List<PlannedMigration> out = new ArrayList<>();
            int total = (phases.get(Phase.MAIN).isEmpty() ? 0 : 1) + concurrent.size()
                    + (int) phases.entrySet().stream()
                    .filter(e -> e.getKey() != Phase.MAIN && !e.getValue().isEmpty()).count();
            add(out, Phase.MAIN, phases.get(Phase.MAIN), "", total);
            for (int i = 0; i < concurrent.size(); i++) {
                add(out, Phase.CONCURRENT_INDEX, concurrent.get(i),
                        Phase.CONCURRENT_INDEX.suffix + (concurrent.size() > 1 ? "_" + (i + 1) : ""), total);
            }
            for (Phase p : List.of(Phase.CONSTRAINTS, Phase.VALIDATE, Phase.SET_NOT_NULL)) {
                add(out, p, phases.get(p), p.suffix, total);
            }
            return new SafePlan(out, notes);
        }

        private void add(List<PlannedMigration> out, Phase phase, Script s, String suffix, int total) {
            if (s.isEmpty()) {
                return;
            }
            StringBuilder sql = new StringBuilder();
            if (phase == Phase.MAIN && (!m.warnings().isEmpty() || !m.unexecutable().isEmpty())) {
                sql.append("/*\n  Warnings:\n\n");
                m.warnings().forEach(w -> sql.append("  - ").append(w).append('\n'));
                m.unexecutable().forEach(u -> sql.append("  - ").append(u).append('\n'));
                sql.append("\n*/\n");
            }
            if (total > 1) {
                sql.append("-- Keel safe plan, migration ").append(out.size() + 1).append(" of ").append(total)
                        .append(": ").append(HEADERS.get(phase)).append("\n\n");
            }
            sql.append(s.text());
            out.add(new PlannedMigration(suffix, phase, sql.toString(), s.statements));
        }

        private static final Map<Phase, String> HEADERS = Map.of(
                Phase.MAIN, "changes that take only brief locks.",
                Phase.CONCURRENT_INDEX, "builds an index without blocking writes. It runs outside a transaction;\n"
                        + "-- IF NOT EXISTS makes it safe to run again, and Keel drops an INVALID index left by a "
                        + "failed build first.",
                Phase.CONSTRAINTS, "adds constraints without checking existing rows (brief lock, no scan).",
                Phase.VALIDATE, "checks existing rows under SHARE UPDATE EXCLUSIVE: reads and writes go on.",
                Phase.SET_NOT_NULL, "SET NOT NULL, proven by the validated check without a scan; then the check "
                        + "is dropped.");

        private void main(Step step) {
            for (Statement s : renderer.render(step)) {
                phases.get(Phase.MAIN).add(step, step.description(), s.sql());
            }
        }

        private String table(QualifiedName t) {
            return m.qualifiedNames() ? q(t.schema()) + "." + q(t.name()) : q(t.name());
        }

        private static String q(String identifier) {
            return Identifiers.quote(identifier);
        }

        private void createIndex(Step.CreateIndex c) {
            Index index = c.index();
            boolean constraint = index.kind() == IndexKind.UNIQUE_CONSTRAINT;
            Index built = constraint ? new Index(index.name(), IndexKind.UNIQUE_INDEX, index.method(),
                    index.elements(), index.include(), index.predicate(), index.nullsNotDistinct()) : index;
            String sql = renderer.render(new Step.CreateIndex(c.table(), built, false)).get(0).sql();
            String prefix = built.isUnique() ? "CREATE UNIQUE INDEX " : "CREATE INDEX ";
            if (!sql.startsWith(prefix)) {
                throw new IllegalStateException("unexpected index statement: " + sql);
            }
            Script s = new Script();
            s.add("CreateIndex", prefix + "CONCURRENTLY IF NOT EXISTS " + sql.substring(prefix.length()));
            concurrent.add(s);
            if (constraint) {
                phases.get(Phase.CONSTRAINTS).add("AddUniqueConstraint", "ALTER TABLE " + table(c.table())
                        + " ADD CONSTRAINT " + q(index.name()) + " UNIQUE USING INDEX " + q(index.name()));
            }
        }

        private void addForeignKey(Step.AddForeignKey a) {
            ForeignKey fk = a.foreignKey();
            ForeignKey notValid = new ForeignKey(fk.name(), fk.columns(), fk.referencedTable(),
                    fk.referencedColumns(), fk.onDelete(), fk.onUpdate(), fk.deferral(), false);
            String sql = renderer.render(new Step.AddForeignKey(a.table(), notValid)).get(0).sql();
            phases.get(Phase.CONSTRAINTS).add("AddForeignKey", sql);
            if (fk.validated()) {
                phases.get(Phase.VALIDATE).add("ValidateForeignKey", "ALTER TABLE " + table(a.table())
                        + " VALIDATE CONSTRAINT " + q(fk.name()));
            }
        }

        private void alterTable(Step.AlterTable at) {
            List<TableChange> kept = new ArrayList<>();
            List<Column> notNull = new ArrayList<>();
            QualifiedName name = at.from().name();
            for (TableChange change : at.changes()) {
                if (change instanceof TableChange.AlterColumn ac && becomesRequired(ac)) {
                    notNull.add(ac.to());
                    var rest = new LinkedHashSet<>(ac.changes());
                    rest.remove(ColumnChange.ARITY);
                    if (!rest.isEmpty()) {
                        kept.add(new TableChange.AlterColumn(ac.from(), ac.to(), rest, ac.typeChange(),
                                ac.droppedSequence()));
                    }
                    noteTypeChange(name, ac);
                    continue;
                }
                if (change instanceof TableChange.AlterColumn ac) {
                    noteTypeChange(name, ac);
                } else if (change instanceof TableChange.AddColumn add && !add.column().nullable()
                        && add.column().defaultValue().isEmpty() && !add.column().isAutoincrement()
                        && !add.column().type().isArray()) {
                    notes.add("Column " + name + "." + add.column().name() + " is added as required without a "
                            + "default: the migration fails if the table has rows. Add a default, or add it "
                            + "optional, backfill, then make it required.");
                } else if (change instanceof TableChange.AddPrimaryKey) {
                    notes.add("The primary key of " + name + " is built under ACCESS EXCLUSIVE; on a large table "
                            + "build a unique index CONCURRENTLY first and add the key USING INDEX.");
                } else if (change instanceof TableChange.DropAndRecreateColumn dr) {
                    notes.add("Column " + name + "." + dr.from().name() + " is dropped and added again (no cast "
                            + "exists): its data is lost. Use keel plan change-type to keep it.");
                }
                kept.add(change);
            }
            if (!kept.isEmpty()) {
                Step.AlterTable rest = new Step.AlterTable(at.from(), at.to(), kept);
                for (Statement s : renderer.render(rest)) {
                    phases.get(Phase.MAIN).add(at, at.description(), s.sql());
                }
            }
            for (Column c : notNull) {
                String check = Identifiers.truncate(name.name() + "_" + c.name() + "_not_null");
                phases.get(Phase.MAIN).add("AddNotNullCheck", "ALTER TABLE " + table(name) + " ADD CONSTRAINT "
                        + q(check) + " CHECK (" + q(c.name()) + " IS NOT NULL) NOT VALID");
                phases.get(Phase.VALIDATE).add("ValidateNotNullCheck", "ALTER TABLE " + table(name)
                        + " VALIDATE CONSTRAINT " + q(check));
                phases.get(Phase.SET_NOT_NULL).add("SetNotNull", "ALTER TABLE " + table(name) + " ALTER COLUMN "
                        + q(c.name()) + " SET NOT NULL");
                phases.get(Phase.SET_NOT_NULL).add("DropNotNullCheck", "ALTER TABLE " + table(name)
                        + " DROP CONSTRAINT " + q(check));
            }
        }

        private void noteTypeChange(QualifiedName table, TableChange.AlterColumn ac) {
            if (ac.changes().contains(ColumnChange.TYPE)) {
                notes.add("Column " + table + "." + ac.from().name() + " changes type from "
                        + ac.from().type().prismaSql(false) + " to " + ac.to().type().prismaSql(false)
                        + ": unless PostgreSQL can reuse the stored values, it rewrites the table under ACCESS "
                        + "EXCLUSIVE. On a large table use keel plan change-type instead.");
            }
        }

        private static boolean becomesRequired(TableChange.AlterColumn ac) {
            return ac.changes().contains(ColumnChange.ARITY) && !ac.from().type().isArray()
                    && !ac.to().type().isArray() && ac.from().nullable() && !ac.to().nullable();
        }
    }

    /** Statements of one migration with Prisma's {@code -- Step} comment above each group. */
    private static final class Script {
        private final List<Object> groups = new ArrayList<>();
        private final List<String> descriptions = new ArrayList<>();
        private final List<String> statements = new ArrayList<>();

        /** A statement of its own step. */
        void add(String description, String sql) {
            add(new Object(), description, sql);
        }

        /** Statements added with the same {@code group} share one {@code -- Step} comment, as in Prisma. */
        void add(Object group, String description, String sql) {
            groups.add(group);
            descriptions.add(description);
            statements.add(sql);
        }

        void addAll(Script other) {
            groups.addAll(other.groups);
            descriptions.addAll(other.descriptions);
            statements.addAll(other.statements);
        }

        boolean isEmpty() {
            return statements.isEmpty();
        }

        String text() {
            StringBuilder sb = new StringBuilder();
            Object last = null;
            for (int i = 0; i < statements.size(); i++) {
                if (groups.get(i) != last) {
                    if (last != null) {
                        sb.append('\n');
                    }
                    sb.append("-- ").append(descriptions.get(i)).append('\n');
                    last = groups.get(i);
                }
                sb.append(statements.get(i)).append(";\n");
            }
            return sb.toString();
        }
    }
}
