package dev.keel.diff;

import dev.keel.schema.Column;
import dev.keel.schema.IndexElement;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Prisma's destructive-change checker without a database to count rows in: the message variants Prisma prints when
 * the counts are unknown (as in {@code migrate diff} and {@code migrate dev --create-only}). Warnings and
 * unexecutable steps come in step order.
 */
record DestructiveChecks(List<String> warnings, List<String> unexecutable) {

    static DestructiveChecks of(List<Step> steps) {
        List<String> warnings = new ArrayList<>();
        List<String> unexecutable = new ArrayList<>();
        for (Step step : steps) {
            if (step instanceof Step.AlterEnum) {
                Step.AlterEnum ae = (Step.AlterEnum) step;
                if (!ae.droppedValues().isEmpty()) {
                    warnings.add(DiffMessages.enumValueRemoval(ae.from().name().name(), ae.droppedValues()));
                }
            } else if (step instanceof Step.DropTable) {
                warnings.add(DiffMessages.tableDrop(((Step.DropTable) step).table().name().name()));
            } else if (step instanceof Step.CreateIndex) {
                Step.CreateIndex ci = (Step.CreateIndex) step;
                if (!ci.onNewTable() && ci.index().isUnique()) {
                    warnings.add(DiffMessages.uniqueAddition(ci.table().name(), ci.index().elements().stream()
                            .map(IndexElement::text).collect(Collectors.toList())));
                }
            } else if (step instanceof Step.AlterTable) {
                alterTable((Step.AlterTable) step, warnings, unexecutable);
            }
        }
        return new DestructiveChecks(warnings, unexecutable);
    }

    private static void alterTable(Step.AlterTable at, List<String> warnings, List<String> unexecutable) {
        String table = at.from().name().name();
        for (TableChange c : at.changes()) {
            if (c instanceof TableChange.DropColumn) {
                warnings.add(DiffMessages.columnDrop(((TableChange.DropColumn) c).column().name(), table));
            } else if (c instanceof TableChange.AddColumn) {
                Column col = ((TableChange.AddColumn) c).column();
                if (Differ.arity(col) == Differ.Arity.REQUIRED && col.defaultValue().isEmpty()
                        && !col.isAutoincrement() && col.generated().isEmpty()) {
                    unexecutable.add(DiffMessages.addedRequiredColumn(col.name(), table));
                }
            } else if (c instanceof TableChange.DropPrimaryKey) {
                warnings.add(DiffMessages.primaryKeyChange(table));
            } else if (c instanceof TableChange.AlterColumn) {
                TableChange.AlterColumn ac = (TableChange.AlterColumn) c;
                Differ.Arity pa = Differ.arity(ac.from());
                Differ.Arity na = Differ.arity(ac.to());
                if (ac.changes().contains(ColumnChange.ARITY) && pa == Differ.Arity.NULLABLE
                        && na == Differ.Arity.REQUIRED) {
                    unexecutable.add(DiffMessages.madeRequired(ac.from().name(), table));
                }
                if (ac.changes().contains(ColumnChange.ARITY) && pa != Differ.Arity.LIST && na == Differ.Arity.LIST) {
                    unexecutable.add(DiffMessages.scalarToList(ac.from().name(), table));
                }
                TypeChange tc = ac.typeChange().orElse(null);
                if (tc == TypeChange.RISKY_CAST) {
                    warnings.add(DiffMessages.riskyCast(ac.from().name(), table, TypeCasts.display(ac.from()),
                            TypeCasts.display(ac.to())));
                } else if (tc == TypeChange.NOT_CASTABLE) {
                    warnings.add(DiffMessages.notCastable(ac.from().name(), table, TypeCasts.display(ac.from()),
                            TypeCasts.display(ac.to())));
                }
            } else if (c instanceof TableChange.DropAndRecreateColumn) {
                TableChange.DropAndRecreateColumn dr = (TableChange.DropAndRecreateColumn) c;
                boolean nextRequired = Differ.arity(dr.to()) == Differ.Arity.REQUIRED
                        && dr.to().defaultValue().isEmpty();
                if (dr.changes().contains(ColumnChange.ARITY) && Differ.arity(dr.from()) == Differ.Arity.NULLABLE
                        && nextRequired) {
                    unexecutable.add(DiffMessages.addedRequiredColumn(dr.from().name(), table));
                } else if (nextRequired) {
                    unexecutable.add(DiffMessages.dropAndRecreateRequired(dr.from().name(), table));
                } else {
                    warnings.add(DiffMessages.dropAndRecreate(dr.from().name(), table));
                }
            }
        }
    }
}
