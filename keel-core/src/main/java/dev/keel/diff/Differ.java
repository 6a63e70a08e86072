package dev.keel.diff;

import dev.keel.schema.Autoincrement;
import dev.keel.schema.Column;
import dev.keel.schema.DefaultValue;
import dev.keel.schema.EnumType;
import dev.keel.schema.Extension;
import dev.keel.schema.ForeignKey;
import dev.keel.schema.Index;
import dev.keel.schema.IndexElement;
import dev.keel.schema.Namespace;
import dev.keel.schema.PrimaryKey;
import dev.keel.schema.QualifiedName;
import dev.keel.schema.Schema;
import dev.keel.schema.Sequence;
import dev.keel.schema.Table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Compares two schema models and produces the steps that turn one into the other, the way Prisma's
 * {@code sql_schema_differ} does for PostgreSQL: objects are paired by name only (a changed name is a drop and an
 * add, never a guessed rename), except indexes and foreign keys, which are paired by definition so that a changed
 * constraint name becomes a rename.
 */
public final class Differ {
    private Differ() {
    }

    /** The diff with every object in name order and names qualified only outside a lone {@code public} schema. */
    public static Migration diff(Schema from, Schema to) {
        return diff(from, SourceOrder.natural(), to, SourceOrder.natural(), defaultQualified(from, to));
    }

    /**
     * The diff with the sources' declaration order (for Prisma's exact step order) and an explicit choice of
     * schema-qualified names (Prisma qualifies exactly when the datasource lists {@code schemas}).
     */
    public static Migration diff(Schema from, SourceOrder fromOrder, Schema to, SourceOrder toOrder,
                                 boolean qualifiedNames) {
        Run run = new Run(from, new Ranks(from, fromOrder), to, new Ranks(to, toOrder));
        run.extensions();
        run.namespaces();
        run.createdTables();
        run.droppedTables();
        run.tablePairs();
        run.enums();
        List<Step> steps = StepOrder.sort(run.steps);
        DestructiveChecks checks = DestructiveChecks.of(steps);
        return new Migration(from, to, steps, checks.warnings(), checks.unexecutable(), qualifiedNames,
                toOrder.spellings());
    }

    /** Qualified when anything lives outside {@code public}. */
    public static boolean defaultQualified(Schema from, Schema to) {
        for (Schema s : List.of(from, to)) {
            if (s.namespaces().stream().anyMatch(n -> !n.name().equals("public"))
                    || s.tables().stream().anyMatch(t -> !t.name().schema().equals("public"))
                    || s.enums().stream().anyMatch(e -> !e.name().schema().equals("public"))) {
                return true;
            }
        }
        return false;
    }

    /** Arity as Prisma sees it: lists are never required. */
    enum Arity { REQUIRED, NULLABLE, LIST }

    static Arity arity(Column c) {
        if (c.type().isArray()) {
            return Arity.LIST;
        }
        return c.nullable() ? Arity.NULLABLE : Arity.REQUIRED;
    }

    /** What differs between two versions of a column, and how its type changes. */
    record Changes(Set<ColumnChange> changes, Optional<TypeChange> typeChange) {
        boolean any() {
            return !changes.isEmpty();
        }
    }

    static Changes columnChanges(Column previous, Column next) {
        Set<ColumnChange> set = EnumSet.noneOf(ColumnChange.class);
        Optional<TypeChange> type = TypeCasts.change(previous, next);
        if (arity(previous) != arity(next)) {
            set.add(ColumnChange.ARITY);
        }
        if (type.isPresent()) {
            set.add(ColumnChange.TYPE);
        }
        if (!Defaults.match(previous, next)) {
            set.add(ColumnChange.DEFAULT);
        }
        if (previous.isAutoincrement() != next.isAutoincrement()) {
            set.add(ColumnChange.AUTOINCREMENT);
        }
        return new Changes(set, type);
    }

    /** One differ run: collects steps with Prisma's sort keys. */
    private static final class Run {
        final Schema from;
        final Schema to;
        final Ranks rf;
        final Ranks rt;
        final List<StepOrder.Keyed> steps = new ArrayList<>();

        Run(Schema from, Ranks rf, Schema to, Ranks rt) {
            this.from = from;
            this.to = to;
            this.rf = rf;
            this.rt = rt;
        }

        void add(Step step, int... key) {
            steps.add(new StepOrder.Keyed(step, key));
        }

        void extensions() {
            List<Extension> next = to.extensions();
            for (int i = 0; i < next.size(); i++) {
                Extension e = next.get(i);
                Optional<Extension> prev = from.extension(e.name());
                if (prev.isEmpty()) {
                    add(new Step.CreateExtension(e), i);
                    continue;
                }
                Extension p = prev.get();
                boolean version = !p.version().isEmpty() && !e.version().isEmpty() && !p.version().equals(e.version());
                boolean schema = !p.schema().isEmpty() && !e.schema().isEmpty() && !p.schema().equals(e.schema());
                if (version || schema) {
                    add(new Step.AlterExtension(p, e, version, schema), from.extensions().indexOf(p), i);
                }
            }
        }

        void namespaces() {
            List<Namespace> next = to.namespaces();
            for (int i = 0; i < next.size(); i++) {
                if (!from.hasNamespace(next.get(i).name())) {
                    add(new Step.CreateSchema(next.get(i).name()), i);
                }
            }
        }

        void createdTables() {
            for (Table t : rt.tablesInOrder()) {
                if (from.table(t.name()).isPresent()) {
                    continue;
                }
                add(new Step.CreateTable(t), rt.table(t.name()));
                for (ForeignKey fk : t.foreignKeys()) {
                    add(new Step.AddForeignKey(t.name(), fk), rt.foreignKey(t.name(), fk.name()));
                }
                for (Index i : t.indexes()) {
                    add(new Step.CreateIndex(t.name(), i, true), -1, rt.table(t.name()), rt.index(t.name(), i.name()),
                            0);
                }
            }
        }

        void droppedTables() {
            for (Table t : rf.tablesInOrder()) {
                if (to.table(t.name()).isPresent()) {
                    continue;
                }
                add(new Step.DropTable(t), rf.table(t.name()));
                for (ForeignKey fk : t.foreignKeys()) {
                    add(new Step.DropForeignKey(t.name(), fk), rf.foreignKey(t.name(), fk.name()));
                }
            }
        }

        void tablePairs() {
            for (Table prev : rf.tablesInOrder()) {
                Optional<Table> next = to.table(prev.name());
                if (next.isPresent()) {
                    tablePair(prev, next.get());
                }
            }
        }

        void tablePair(Table prev, Table next) {
            QualifiedName name = prev.name();
            // Prisma keys columns by name in a B-tree: dropped, added and paired columns come in name order.
            TreeMap<String, Column[]> byName = new TreeMap<>();
            for (Column c : prev.columns()) {
                byName.computeIfAbsent(c.name(), k -> new Column[2])[0] = c;
            }
            for (Column c : next.columns()) {
                byName.computeIfAbsent(c.name(), k -> new Column[2])[1] = c;
            }
            Map<String, Changes> changes = new TreeMap<>();
            for (Map.Entry<String, Column[]> e : byName.entrySet()) {
                if (e.getValue()[0] != null && e.getValue()[1] != null) {
                    changes.put(e.getKey(), columnChanges(e.getValue()[0], e.getValue()[1]));
                }
            }
            Set<String> recreated = new HashSet<>();
            changes.forEach((col, ch) -> {
                if (ch.typeChange().orElse(null) == TypeChange.NOT_CASTABLE) {
                    recreated.add(col);
                }
            });

            // Indexes: dropped, created, recreated with a dropped-and-added column, renamed.
            for (Index i : prev.indexes()) {
                if (next.indexes().stream().noneMatch(n -> indexesMatch(i, n))) {
                    add(new Step.DropIndex(name, i), rf.index(name, i.name()));
                }
            }
            for (Index i : next.indexes()) {
                if (prev.indexes().stream().noneMatch(p -> indexesMatch(p, i))) {
                    add(new Step.CreateIndex(name, i, false), rf.table(name), rt.table(name), rt.index(name, i.name()),
                            0);
                }
            }
            List<Index[]> indexPairs = indexPairs(prev, next);
            for (Index[] pair : indexPairs) {
                boolean coversRecreated = pair[1].elements().stream()
                        .anyMatch(el -> el.column().map(recreated::contains).orElse(false));
                if (coversRecreated) {
                    add(new Step.CreateIndex(name, pair[1], false), rf.table(name), rt.table(name),
                            rt.index(name, pair[1].name()), 1);
                }
            }

            // Foreign keys.
            for (ForeignKey fk : next.foreignKeys()) {
                if (prev.foreignKeys().stream().noneMatch(p -> fksMatch(p, fk, changes))) {
                    add(new Step.AddForeignKey(name, fk), rt.foreignKey(name, fk.name()));
                }
            }
            for (ForeignKey fk : prev.foreignKeys()) {
                if (next.foreignKeys().stream().noneMatch(n -> fksMatch(fk, n, changes))) {
                    add(new Step.DropForeignKey(name, fk), rf.foreignKey(name, fk.name()));
                }
            }
            Set<String> seen = new HashSet<>();
            for (ForeignKey p : prev.foreignKeys()) {
                Optional<ForeignKey> n = next.foreignKeys().stream()
                        .filter(x -> !seen.contains(x.name()) && fksMatch(p, x, changes)).findFirst();
                if (n.isEmpty()) {
                    continue;
                }
                seen.add(n.get().name());
                if (!p.name().equals(n.get().name()) && !(isImplicitManyToMany(prev) && isImplicitManyToMany(next))) {
                    add(new Step.RenameForeignKey(name, p, n.get()), rf.foreignKey(name, p.name()),
                            rt.foreignKey(name, n.get().name()));
                }
            }
            for (Index[] pair : indexPairs) {
                if (!pair[0].name().equals(pair[1].name())) {
                    add(new Step.RenameIndex(name, pair[0], pair[1]), rf.index(name, pair[0].name()),
                            rt.index(name, pair[1].name()));
                }
            }

            // Columns and the primary key, in Prisma's clause order.
            List<TableChange> tableChanges = new ArrayList<>();
            Optional<PrimaryKey> pp = prev.primaryKey();
            Optional<PrimaryKey> np = next.primaryKey();
            boolean pkChanged = pp.isPresent() && np.isPresent() && primaryKeyChanged(pp.get(), np.get(), changes);
            if ((pp.isPresent() && np.isEmpty()) || pkChanged) {
                tableChanges.add(new TableChange.DropPrimaryKey(pp.get()));
            }
            if (pp.isPresent() && np.isPresent() && !pp.get().name().equals(np.get().name())) {
                tableChanges.add(new TableChange.RenamePrimaryKey(pp.get(), np.get()));
            }
            for (Column[] pair : byName.values()) {
                if (pair[1] == null) {
                    tableChanges.add(new TableChange.DropColumn(pair[0]));
                }
            }
            for (Column[] pair : byName.values()) {
                if (pair[0] == null) {
                    tableChanges.add(new TableChange.AddColumn(pair[1]));
                }
            }
            List<Column> prevCols = prev.columns();
            List<String> altered = new ArrayList<>();
            changes.forEach((col, ch) -> {
                if (ch.any()) {
                    altered.add(col);
                }
            });
            altered.sort(Comparator.comparingInt(col -> indexOfColumn(prevCols, col)));
            for (String col : altered) {
                Column[] pair = byName.get(col);
                Changes ch = changes.get(col);
                if (ch.typeChange().orElse(null) == TypeChange.NOT_CASTABLE) {
                    tableChanges.add(new TableChange.DropAndRecreateColumn(pair[0], pair[1], ch.changes()));
                } else {
                    tableChanges.add(new TableChange.AlterColumn(pair[0], pair[1], ch.changes(), ch.typeChange(),
                            droppedSequence(prev, pair[0], pair[1], ch)));
                }
            }
            if ((pp.isEmpty() && np.isPresent()) || pkChanged) {
                tableChanges.add(new TableChange.AddPrimaryKey(np.get()));
            }
            if (!tableChanges.isEmpty()) {
                add(new Step.AlterTable(prev, next, tableChanges), rf.table(name), rt.table(name));
            }
        }

        /**
         * The sequence to drop with the column's default: its own SERIAL sequence when it stops being
         * autoincrementing, or a {@code nextval()} sequence no other column of the target uses.
         */
        Optional<QualifiedName> droppedSequence(Table table, Column prev, Column next, Changes ch) {
            boolean dropsDefault = (ch.changes().contains(ColumnChange.DEFAULT) && next.defaultValue().isEmpty())
                    || (ch.changes().contains(ColumnChange.AUTOINCREMENT) && prev.isAutoincrement());
            if (!dropsDefault) {
                return Optional.empty();
            }
            if (prev.autoincrement() == Autoincrement.SERIAL) {
                Sequence.ColumnRef ref = new Sequence.ColumnRef(table.name(), prev.name());
                return from.sequences().stream().filter(s -> s.ownedBy().equals(Optional.of(ref)))
                        .map(Sequence::name).findFirst();
            }
            if (prev.defaultValue().isPresent() && prev.defaultValue().get() instanceof DefaultValue.NextVal) {
                DefaultValue d = prev.defaultValue().get();
                boolean stillUsed = to.tables().stream().anyMatch(t -> t.columns().stream()
                        .anyMatch(c -> c.defaultValue().equals(Optional.of(d))
                                && !(t.name().equals(table.name()) && c.name().equals(next.name()))));
                return stillUsed ? Optional.empty() : Optional.of(((DefaultValue.NextVal) d).sequence());
            }
            return Optional.empty();
        }

        void enums() {
            List<EnumType> prevEnums = new ArrayList<>(from.enums());
            prevEnums.sort(Comparator.comparingInt(e -> rf.enumType(e.name())));
            for (EnumType p : prevEnums) {
                Optional<EnumType> n = to.enumType(p.name());
                if (n.isEmpty()) {
                    continue;
                }
                List<String> added = n.get().values().stream().filter(v -> !p.values().contains(v)).toList();
                List<String> dropped = p.values().stream().filter(v -> !n.get().values().contains(v)).toList();
                if (added.isEmpty() && dropped.isEmpty()) {
                    continue;
                }
                add(new Step.AlterEnum(p, n.get(), added, dropped, enumColumns(n.get()), enumDefaults(p, n.get())),
                        rf.enumType(p.name()), rt.enumType(n.get().name()));
            }
            for (EnumType e : to.enums()) {
                if (from.enumType(e.name()).isEmpty()) {
                    add(new Step.CreateEnum(e), rt.enumType(e.name()));
                }
            }
            for (EnumType e : from.enums()) {
                if (to.enumType(e.name()).isEmpty()) {
                    add(new Step.DropEnum(e), rf.enumType(e.name()));
                }
            }
        }

        private static boolean usesEnum(Column c, EnumType e) {
            return c.type().enumRef().map(r -> r.equals(e.name())).orElse(false);
        }

        /**
         * Columns of the target that have the enum's type, in table then column order. Unlike Prisma, columns of
         * tables this migration creates are left out: their CREATE TABLE comes after the swap (Prisma's ALTER
         * of a table that does not exist yet would fail).
         */
        List<Step.EnumColumn> enumColumns(EnumType next) {
            List<Step.EnumColumn> out = new ArrayList<>();
            for (Table t : rt.tablesInOrder()) {
                if (from.table(t.name()).isEmpty()) {
                    continue;
                }
                for (Column c : t.columns()) {
                    if (usesEnum(c, next)) {
                        out.add(new Step.EnumColumn(t.name(), c));
                    }
                }
            }
            return out;
        }

        /** Prisma's {@code previous_usages_as_default}, in its order. */
        List<Step.EnumDefault> enumDefaults(EnumType prev, EnumType next) {
            List<Step.EnumDefault> out = new ArrayList<>();
            for (Table t : rf.tablesInOrder()) {
                if (to.table(t.name()).isEmpty()) {
                    for (Column c : t.columns()) {
                        if (usesEnum(c, prev) && c.defaultValue().isPresent()) {
                            out.add(new Step.EnumDefault(t.name(), c, Optional.empty()));
                        }
                    }
                }
            }
            for (Table t : rf.tablesInOrder()) {
                Optional<Table> nt = to.table(t.name());
                if (nt.isEmpty()) {
                    continue;
                }
                TreeMap<String, Column> prevCols = new TreeMap<>();
                t.columns().forEach(c -> prevCols.put(c.name(), c));
                for (Column c : prevCols.values()) {
                    if (nt.get().column(c.name()).isEmpty() && usesEnum(c, prev) && c.defaultValue().isPresent()) {
                        out.add(new Step.EnumDefault(t.name(), c, Optional.empty()));
                    }
                }
                for (Column c : prevCols.values()) {
                    Optional<Column> nc = nt.get().column(c.name());
                    if (nc.isPresent() && usesEnum(c, prev) && c.defaultValue().isPresent()) {
                        Optional<Column> reinstall = nc.filter(x -> usesEnum(x, next) && x.defaultValue().isPresent());
                        out.add(new Step.EnumDefault(t.name(), c, reinstall));
                    }
                }
            }
            return out;
        }
    }

    private static int indexOfColumn(List<Column> columns, String name) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(name)) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    /** Two indexes that differ at most in name (Prisma's {@code indexes_match}, plus what Keel's model adds). */
    static boolean indexesMatch(Index a, Index b) {
        if (a.elements().size() != b.elements().size() || a.isUnique() != b.isUnique() || a.method() != b.method()) {
            return false;
        }
        for (int i = 0; i < a.elements().size(); i++) {
            IndexElement x = a.elements().get(i);
            IndexElement y = b.elements().get(i);
            if (x.key() != y.key() || !x.text().equals(y.text()) || x.order() != y.order()
                    || !x.opclass().equals(y.opclass()) || !x.length().equals(y.length()) || x.nulls() != y.nulls()) {
                return false;
            }
        }
        return Predicates.same(a.predicate(), b.predicate()) && a.include().equals(b.include())
                && a.nullsNotDistinct() == b.nullsNotDistinct()
                && (a.kind() == b.kind() || !a.isUnique());
    }

    /**
     * Index pairs that may be renamed: previous indexes with no twin on the same columns and kind, matched to a
     * next index of the same definition.
     */
    private static List<Index[]> indexPairs(Table prev, Table next) {
        List<Index[]> out = new ArrayList<>();
        for (Index p : prev.indexes()) {
            long twins = prev.indexes().stream()
                    .filter(o -> o.elements().stream().map(IndexElement::text).toList()
                            .equals(p.elements().stream().map(IndexElement::text).toList())
                            && o.isUnique() == p.isUnique())
                    .count();
            if (twins != 1) {
                continue;
            }
            next.indexes().stream().filter(n -> indexesMatch(p, n)).findFirst()
                    .ifPresent(n -> out.add(new Index[] {p, n}));
        }
        return out;
    }

    /** Prisma's {@code foreign_keys_match}: same columns (whose types did not change), target and actions. */
    private static boolean fksMatch(ForeignKey a, ForeignKey b, Map<String, Changes> changes) {
        if (!a.referencedTable().name().equals(b.referencedTable().name())
                || a.columns().size() != b.columns().size()
                || a.referencedColumns().size() != b.referencedColumns().size()) {
            return false;
        }
        for (int i = 0; i < a.columns().size(); i++) {
            String col = a.columns().get(i);
            if (!col.equals(b.columns().get(i))) {
                return false;
            }
            Changes ch = changes.get(col);
            if (ch != null && ch.changes().contains(ColumnChange.TYPE)) {
                return false;
            }
        }
        return a.referencedColumns().equals(b.referencedColumns()) && a.onDelete() == b.onDelete()
                && a.onUpdate() == b.onUpdate() && a.deferral() == b.deferral()
                && a.referencedTable().schema().equals(b.referencedTable().schema());
    }

    private static boolean isImplicitManyToMany(Table t) {
        return t.columns().size() == 2 && t.column("A").isPresent() && t.column("B").isPresent();
    }

    private static boolean primaryKeyChanged(PrimaryKey a, PrimaryKey b, Map<String, Changes> changes) {
        if (!a.columns().equals(b.columns())) {
            return true;
        }
        return a.columns().stream().anyMatch(c -> changes.containsKey(c)
                && changes.get(c).changes().contains(ColumnChange.TYPE));
    }
}
