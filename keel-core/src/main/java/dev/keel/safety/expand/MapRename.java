package dev.keel.safety.expand;

import dev.keel.diff.Migration;
import dev.keel.diff.Step;
import dev.keel.diff.TableChange;
import dev.keel.psl.model.PslModel;
import dev.keel.psl.model.PslSchema;
import dev.keel.psl.model.ScalarField;
import dev.keel.schema.Column;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A field whose {@code @map} changed: Prisma's diff drops the old column and adds the new one, so every value of
 * the column is lost. Found per table among the dropped and added columns of the diff, as many as there are:
 * <ul>
 *   <li>with the mapping {@code migrate dev} recorded last time ({@link FieldColumns}), exactly: a field that existed
 *       and mapped to a dropped column now maps to an added one (an {@code @map} added, changed or removed); a field
 *       that did not exist is new, whatever columns were dropped beside it;</li>
 *   <li>without it (a database {@code migrate dev} never recorded), from the new schema alone: a field named like a
 *       dropped column now maps elsewhere (an {@code @map} added), or else the only dropped and the only added
 *       column of one type and nullability where the added one is a field's explicit {@code @map}.</li>
 * </ul>
 * The zero-downtime way is {@code keel plan rename-column}, run while the field still maps to the old column.
 */
public record MapRename(String model, String field, String table, String oldColumn, String newColumn) {
    /** The expand/contract plan to run instead, once the field maps to {@link #oldColumn} again. */
    public String command() {
        return "keel plan rename-column " + model + "." + field + " " + newColumn;
    }

    /** One line: what changed, what Prisma's SQL would do, what to do instead. */
    public String explanation() {
        return "Field `" + model + "." + field + "` now maps to column `" + newColumn + "` instead of `" + oldColumn
                + "`: Prisma's migration would drop `" + oldColumn + "` and add `" + newColumn + "`, losing its data. "
                + "Put back @map(\"" + oldColumn + "\") and run `" + command() + "` (a rename in three releases), "
                + "or pass --unsafe to drop and re-add the column.";
    }

    /** From the new schema alone (see the class comment). */
    public static List<MapRename> find(Migration migration, PslSchema psl) {
        return find(migration, psl, Optional.empty());
    }

    /** With the mapping {@code migrate dev} recorded last time, when there is one. */
    public static List<MapRename> find(Migration migration, PslSchema psl, Optional<FieldColumns> previous) {
        List<MapRename> out = new ArrayList<>();
        for (Step step : migration.steps()) {
            if (!(step instanceof Step.AlterTable alter)) {
                continue;
            }
            List<Column> dropped = new ArrayList<>();
            List<Column> added = new ArrayList<>();
            for (TableChange c : alter.changes()) {
                if (c instanceof TableChange.DropColumn d) {
                    dropped.add(d.column());
                } else if (c instanceof TableChange.AddColumn a) {
                    added.add(a.column());
                }
            }
            if (dropped.isEmpty() || added.isEmpty()) {
                continue;
            }
            String table = alter.to().name().name();
            String schema = alter.to().name().schema();
            for (PslModel m : psl.models()) {
                if (!m.dbName().equals(table) || m.schema().filter(s -> !s.equals(schema)).isPresent()) {
                    continue;
                }
                List<Column> left = new ArrayList<>(dropped);
                List<Map.Entry<ScalarField, Column>> fields = new ArrayList<>();
                for (Column to : added) {
                    m.scalarFields().stream().filter(x -> x.dbName().equals(to.name())).findFirst()
                            .ifPresent(f -> fields.add(Map.entry(f, to)));
                }
                if (previous.isPresent()) {
                    for (Map.Entry<ScalarField, Column> f : fields) {
                        previous.get().column(m.name(), f.getKey().name())
                                .flatMap(was -> take(left, c -> c.name().equals(was)))
                                .ifPresent(from -> out.add(rename(m, f.getKey(), table, from, f.getValue())));
                    }
                    continue;
                }
                List<Map.Entry<ScalarField, Column>> unpaired = new ArrayList<>();
                for (Map.Entry<ScalarField, Column> f : fields) {
                    Optional<Column> from = take(left, c -> c.name().equals(f.getKey().name())
                            && alike(c, f.getValue()));
                    if (from.isPresent()) {
                        out.add(rename(m, f.getKey(), table, from.get(), f.getValue()));
                    } else {
                        unpaired.add(f);
                    }
                }
                for (Map.Entry<ScalarField, Column> f : unpaired) {
                    Column to = f.getValue();
                    List<Column> sameDropped = left.stream().filter(c -> alike(c, to)).toList();
                    long sameAdded = unpaired.stream().filter(x -> alike(x.getValue(), to)).count();
                    if (sameDropped.size() == 1 && sameAdded == 1 && !f.getKey().dbName().equals(f.getKey().name())) {
                        left.remove(sameDropped.get(0));
                        out.add(rename(m, f.getKey(), table, sameDropped.get(0), to));
                    }
                }
            }
        }
        return List.copyOf(out);
    }

    private static boolean alike(Column a, Column b) {
        return a.type().equals(b.type()) && a.nullable() == b.nullable();
    }

    private static Optional<Column> take(List<Column> columns, java.util.function.Predicate<Column> p) {
        Optional<Column> c = columns.stream().filter(p).findFirst();
        c.ifPresent(columns::remove);
        return c;
    }

    private static MapRename rename(PslModel m, ScalarField f, String table, Column from, Column to) {
        return new MapRename(m.name(), f.name(), table, from.name(), to.name());
    }
}
