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
import java.util.Optional;

/**
 * A field whose {@code @map} changed: Prisma's diff drops the old column and adds the new one, so every value of
 * the column is lost. Recognised when a table's only column changes are one dropped and one added column of the same
 * type and nullability, and the added column is a field's explicit {@code @map} (the new schema is all
 * {@code migrate dev} knows, so a field renamed without any {@code @map} is left to Prisma's data-loss warning).
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

    public static List<MapRename> find(Migration migration, PslSchema psl) {
        List<MapRename> out = new ArrayList<>();
        for (Step step : migration.steps()) {
            if (!(step instanceof Step.AlterTable alter)) {
                continue;
            }
            List<Column> dropped = new ArrayList<>();
            List<Column> added = new ArrayList<>();
            boolean other = false;
            for (TableChange c : alter.changes()) {
                if (c instanceof TableChange.DropColumn d) {
                    dropped.add(d.column());
                } else if (c instanceof TableChange.AddColumn a) {
                    added.add(a.column());
                } else {
                    other = true;
                }
            }
            if (other || dropped.size() != 1 || added.size() != 1) {
                continue;
            }
            Column from = dropped.get(0);
            Column to = added.get(0);
            if (!from.type().equals(to.type()) || from.nullable() != to.nullable()) {
                continue;
            }
            String table = alter.to().name().name();
            String schema = alter.to().name().schema();
            for (PslModel m : psl.models()) {
                if (!m.dbName().equals(table) || m.schema().filter(s -> !s.equals(schema)).isPresent()) {
                    continue;
                }
                Optional<ScalarField> f = m.scalarFields().stream()
                        .filter(x -> x.dbName().equals(to.name()) && !x.dbName().equals(x.name())).findFirst();
                f.ifPresent(x -> out.add(new MapRename(m.name(), x.name(), table, from.name(), to.name())));
            }
        }
        return List.copyOf(out);
    }
}
