package dev.keel.diff;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Prisma's step order: by step kind (an order chosen so that each kind only depends on kinds before it: types
 * before tables, drops before creates that could clash, indexes after columns, foreign keys after the unique
 * indexes they need), then by the objects' positions in their source. One dependency the kind order cannot express
 * is handled as Prisma does: a unique index dropped from a table without primary key moves after the
 * {@code ALTER TABLE} that adds a primary key on the same columns.
 */
final class StepOrder {
    private StepOrder() {
    }

    /** A step with its position key (Prisma's object ids). */
    record Keyed(Step step, int[] key) {
    }

    private static final Map<Class<?>, Integer> KIND = Map.ofEntries(
            Map.entry(Step.CreateSchema.class, 0), Map.entry(Step.DropExtension.class, 1),
            Map.entry(Step.CreateExtension.class, 2), Map.entry(Step.AlterExtension.class, 3),
            Map.entry(Step.CreateEnum.class, 7), Map.entry(Step.AlterEnum.class, 8),
            Map.entry(Step.DropForeignKey.class, 9), Map.entry(Step.DropIndex.class, 10),
            Map.entry(Step.AlterTable.class, 11), Map.entry(Step.DropTable.class, 13),
            Map.entry(Step.DropEnum.class, 14), Map.entry(Step.CreateTable.class, 15),
            Map.entry(Step.CreateIndex.class, 17), Map.entry(Step.RenameForeignKey.class, 18),
            Map.entry(Step.AddForeignKey.class, 19), Map.entry(Step.RenameIndex.class, 20));

    static int kind(Step s) {
        return KIND.get(s.getClass());
    }

    /** The rank of a step kind, or null if it has none (a new kind someone forgot to place). */
    static Integer kindOf(Class<?> stepClass) {
        return KIND.get(stepClass);
    }

    static List<Step> sort(List<Keyed> keyed) {
        List<Keyed> sorted = new ArrayList<>(keyed);
        sorted.sort(Comparator.<Keyed>comparingInt(k -> kind(k.step())).thenComparing(Keyed::key, Arrays::compare));
        List<Step> steps = new ArrayList<>(sorted.stream().map(Keyed::step).toList());
        moveUniqueDropsAfterPrimaryKeys(steps);
        return steps;
    }

    private static void moveUniqueDropsAfterPrimaryKeys(List<Step> steps) {
        for (int i = 0; i < steps.size(); i++) {
            if (!(steps.get(i) instanceof Step.DropIndex)) {
                continue;
            }
            Step.DropIndex drop = (Step.DropIndex) steps.get(i);
            if (!drop.index().isUnique()) {
                continue;
            }
            for (int j = i + 1; j < steps.size(); j++) {
                if (!(steps.get(j) instanceof Step.AlterTable)) {
                    continue;
                }
                Step.AlterTable at = (Step.AlterTable) steps.get(j);
                if (!at.from().name().equals(drop.table()) || at.from().primaryKey().isPresent()) {
                    continue;
                }
                boolean addsPk = at.changes().stream().anyMatch(c -> c instanceof TableChange.AddPrimaryKey);
                List<String> idxCols = drop.index().elements().stream().map(e -> e.text()).toList();
                boolean keepsCols = at.changes().stream().noneMatch(c ->
                        (c instanceof TableChange.DropColumn
                                && idxCols.contains(((TableChange.DropColumn) c).column().name()))
                        || (c instanceof TableChange.DropAndRecreateColumn
                                && idxCols.contains(((TableChange.DropAndRecreateColumn) c).from().name())));
                boolean samePk = at.to().primaryKey().map(pk -> pk.columns().equals(idxCols)).orElse(false);
                if (addsPk && keepsCols && samePk) {
                    steps.add(j, steps.remove(i));
                    i--;
                    break;
                }
            }
        }
    }
}
