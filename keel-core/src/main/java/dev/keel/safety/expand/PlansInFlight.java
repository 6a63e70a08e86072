package dev.keel.safety.expand;

import dev.keel.schema.Column;
import dev.keel.schema.ForeignKey;
import dev.keel.schema.Index;
import dev.keel.schema.IndexElement;
import dev.keel.schema.QualifiedName;
import dev.keel.schema.Schema;
import dev.keel.schema.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code migrate dev} while column plans are in flight (release 1 deployed, release 3 not yet): the database has
 * both the old and the new column, with the plan's copies of indexes and foreign keys, while the Prisma schema
 * maps the field to one of them — the old one until the code switches (release 2), the new one after. Diffed as
 * they are, Prisma's migration would drop the other column: the new one before the switch (undoing the plan),
 * the old one after it (while release 1 code may still write it). {@link #hide} removes from the migrations' side
 * the column the Prisma schema does not use yet or any more, with the indexes and foreign keys on it, and shows
 * the one it uses as release 3 will leave it, so the diff holds only the changes the developer made.
 */
public final class PlansInFlight {
    /** The suffix of a copy whose name waits for the old object's name (see {@link ColumnDependents}). */
    private static final String TEMPORARY = "_keel_new";

    private PlansInFlight() {
    }

    /** The column plans in {@code rows} that have started and not finished. */
    public static List<PlanRegistry.MovedColumn> columns(List<PlanRegistry.Row> rows) {
        return rows.stream().filter(r -> !r.finished()).flatMap(r -> r.column().stream()).toList();
    }

    /** {@code from} as {@code migrate dev} should diff it against {@code wanted}, given the plans in flight. */
    public static Schema hide(Schema from, Schema wanted, List<PlanRegistry.MovedColumn> plans) {
        Schema out = from;
        for (PlanRegistry.MovedColumn p : plans) {
            Optional<Table> have = out.table(p.table());
            Optional<Table> want = wanted.table(p.table());
            if (have.isEmpty() || want.isEmpty() || have.get().column(p.oldColumn()).isEmpty()
                    || have.get().column(p.newColumn()).isEmpty()) {
                continue;
            }
            boolean wantsOld = want.get().column(p.oldColumn()).isPresent();
            boolean wantsNew = want.get().column(p.newColumn()).isPresent();
            if (wantsOld == wantsNew) {
                continue;
            }
            String hidden = wantsOld ? p.newColumn() : p.oldColumn();
            String shown = wantsOld ? p.oldColumn() : p.newColumn();
            out = hide(out, p.table(), hidden, shown, wantsNew ? have.get().column(p.oldColumn()) : Optional.empty());
        }
        return out;
    }

    /**
     * Without {@code hidden} and what uses it; when {@code like} is given (the code has switched), {@code shown}
     * takes its nullability and default (release 3 sets them) and the copies take their final names.
     */
    private static Schema hide(Schema s, QualifiedName name, String hidden, String shown, Optional<Column> like) {
        List<Table> tables = new ArrayList<>();
        for (Table t : s.tables()) {
            List<ForeignKey> fks = new ArrayList<>();
            for (ForeignKey fk : t.foreignKeys()) {
                boolean refersHidden = fk.referencedTable().equals(name) && fk.referencedColumns().contains(hidden);
                boolean refersShown = fk.referencedTable().equals(name) && fk.referencedColumns().contains(shown);
                if (refersHidden || t.name().equals(name) && fk.columns().contains(hidden)) {
                    continue;
                }
                boolean own = t.name().equals(name) && fk.columns().contains(shown);
                fks.add(like.isPresent() && (own || refersShown) ? new ForeignKey(finalName(fk.name()), fk.columns(),
                        fk.referencedTable(), fk.referencedColumns(), fk.onDelete(), fk.onUpdate(), fk.deferral(), true)
                        : fk);
            }
            Table next = t.withForeignKeys(fks);
            if (t.name().equals(name)) {
                List<Column> columns = new ArrayList<>();
                for (Column c : t.columns()) {
                    if (c.name().equals(hidden)) {
                        continue;
                    }
                    if (c.name().equals(shown) && like.isPresent()) {
                        Column l = like.get();
                        Column n = new Column(c.name(), c.type(), l.nullable(), c.type().equals(l.type())
                                ? l.defaultValue() : c.defaultValue(), c.autoincrement(), c.generated(), c.collation());
                        columns.add(n);
                        continue;
                    }
                    columns.add(c);
                }
                List<Index> indexes = new ArrayList<>();
                for (Index i : t.indexes()) {
                    if (uses(i, hidden)) {
                        continue;
                    }
                    indexes.add(like.isPresent() && uses(i, shown) ? i.withName(finalName(i.name())) : i);
                }
                next = next.withColumns(columns).withIndexes(indexes);
            }
            tables.add(next);
        }
        return s.withTables(tables);
    }

    private static String finalName(String name) {
        return name.endsWith(TEMPORARY) ? name.substring(0, name.length() - TEMPORARY.length()) : name;
    }

    /** Whether the index uses the column: as a key, or named in an expression or the predicate. */
    private static boolean uses(Index index, String column) {
        Pattern named = Pattern.compile("(?<![A-Za-z0-9_$])\"?" + Pattern.quote(column) + "\"?(?![A-Za-z0-9_$])");
        for (IndexElement e : index.elements()) {
            if (e.isExpression() ? named.matcher(e.text()).find() : e.text().equals(column)) {
                return true;
            }
        }
        return index.include().contains(column) || index.predicate().map(p -> named.matcher(p).find()).orElse(false);
    }
}
