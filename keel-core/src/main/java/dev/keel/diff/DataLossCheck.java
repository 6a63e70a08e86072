package dev.keel.diff;

import dev.keel.schema.Column;
import dev.keel.schema.Identifiers;
import dev.keel.schema.IndexElement;
import dev.keel.schema.QualifiedName;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Prisma's destructive-change checker with a database to look at (the engine's {@code evaluateDataLoss}, which
 * {@code migrate dev} runs against the development database): the same checks as {@link DestructiveChecks}, but a
 * check on an empty table or an all-NULL column says nothing, and the messages give the row and value counts.
 * Counts that cannot be read fall back to the count-free wording. Unexecutable steps first, then warnings, each in
 * step order, as the engine lists them.
 */
public final class DataLossCheck {
    /** What {@code migrate dev} shows before creating a migration. */
    public record Result(List<String> warnings, List<String> unexecutable) {
        public Result {
            warnings = List.copyOf(warnings);
            unexecutable = List.copyOf(unexecutable);
        }
    }

    private final Connection c;
    private final Map<QualifiedName, Optional<Long>> rows = new HashMap<>();
    private final Map<String, Optional<Long>> values = new HashMap<>();

    private DataLossCheck(Connection c) {
        this.c = c;
    }

    public static Result evaluate(Connection c, Migration m) {
        DataLossCheck check = new DataLossCheck(c);
        List<String> warnings = new ArrayList<>();
        List<String> unexecutable = new ArrayList<>();
        for (Step step : m.steps()) {
            check.step(step, warnings, unexecutable);
        }
        return new Result(warnings, unexecutable);
    }

    private void step(Step step, List<String> warnings, List<String> unexecutable) {
        if (step instanceof Step.AlterEnum ae) {
            if (!ae.droppedValues().isEmpty()) {
                warnings.add(DiffMessages.enumValueRemoval(ae.from().name().name(), ae.droppedValues()));
            }
        } else if (step instanceof Step.DropTable dt) {
            QualifiedName t = dt.table().name();
            Optional<Long> n = rows(t);
            if (n.isEmpty()) {
                warnings.add(DiffMessages.tableDrop(t.name()));
            } else if (n.get() > 0) {
                warnings.add("You are about to drop the `" + t.name() + "` table, which is not empty (" + n.get()
                        + " rows).");
            }
        } else if (step instanceof Step.CreateIndex ci) {
            if (!ci.onNewTable() && ci.index().isUnique()) {
                warnings.add(DiffMessages.uniqueAddition(ci.table().name(), ci.index().elements().stream()
                        .map(IndexElement::text).collect(Collectors.toList())));
            }
        } else if (step instanceof Step.AlterTable at) {
            alterTable(at, warnings, unexecutable);
        }
    }

    private void alterTable(Step.AlterTable at, List<String> warnings, List<String> unexecutable) {
        QualifiedName t = at.from().name();
        String table = t.name();
        for (TableChange change : at.changes()) {
            if (change instanceof TableChange.DropColumn dc) {
                String col = dc.column().name();
                Optional<Long> v = values(t, col);
                if (v.isEmpty()) {
                    warnings.add(DiffMessages.columnDrop(col, table));
                } else if (v.get() > 0) {
                    warnings.add("You are about to drop the column `" + col + "` on the `" + table
                            + "` table, which still contains " + v.get() + " non-null values.");
                }
            } else if (change instanceof TableChange.AddColumn ac) {
                Column col = ac.column();
                if (Differ.arity(col) == Differ.Arity.REQUIRED && col.defaultValue().isEmpty()
                        && !col.isAutoincrement() && col.generated().isEmpty()) {
                    ifRows(t, n -> "Added the required column `" + col.name() + "` to the `" + table + "` table "
                            + "without a default value. There are " + n + " rows in this table, it is not possible "
                            + "to execute this step.", DiffMessages.addedRequiredColumn(col.name(), table))
                            .ifPresent(unexecutable::add);
                }
            } else if (change instanceof TableChange.DropPrimaryKey) {
                if (rows(t).map(n -> n > 0).orElse(true)) {
                    warnings.add(DiffMessages.primaryKeyChange(table));
                }
            } else if (change instanceof TableChange.AlterColumn ac) {
                alterColumn(t, ac, warnings, unexecutable);
            } else if (change instanceof TableChange.DropAndRecreateColumn dr) {
                dropAndRecreate(t, dr, warnings, unexecutable);
            }
        }
    }

    private void alterColumn(QualifiedName t, TableChange.AlterColumn ac, List<String> warnings,
                             List<String> unexecutable) {
        String table = t.name();
        String col = ac.from().name();
        Differ.Arity pa = Differ.arity(ac.from());
        Differ.Arity na = Differ.arity(ac.to());
        if (ac.changes().contains(ColumnChange.ARITY) && pa == Differ.Arity.NULLABLE && na == Differ.Arity.REQUIRED) {
            Optional<Long> n = rows(t);
            Optional<Long> v = values(t, col);
            if (n.isEmpty() || v.isEmpty()) {
                unexecutable.add(DiffMessages.madeRequired(col, table));
            } else if (n.get() > 0 && n.get() - v.get() > 0) {
                unexecutable.add("Made the column `" + col + "` on table `" + table + "` required, but there are "
                        + (n.get() - v.get()) + " existing NULL values.");
            }
        }
        if (ac.changes().contains(ColumnChange.ARITY) && pa != Differ.Arity.LIST && na == Differ.Arity.LIST) {
            Optional<Long> v = values(t, col);
            if (v.isEmpty()) {
                unexecutable.add(DiffMessages.scalarToList(col, table));
            } else if (v.get() > 0) {
                unexecutable.add("Changed the column `" + col + "` on the `" + table + "` table from a scalar field "
                        + "to a list field. There are " + v.get() + " existing non-null values in that column, this "
                        + "step cannot be executed.");
            }
        }
        TypeChange tc = ac.typeChange().orElse(null);
        if (tc == TypeChange.RISKY_CAST || tc == TypeChange.NOT_CASTABLE) {
            String from = TypeCasts.display(ac.from());
            String to = TypeCasts.display(ac.to());
            Optional<Long> v = values(t, col);
            String fallback = tc == TypeChange.RISKY_CAST ? DiffMessages.riskyCast(col, table, from, to)
                    : DiffMessages.notCastable(col, table, from, to);
            if (v.isEmpty()) {
                warnings.add(fallback);
            } else if (v.get() > 0) {
                warnings.add("You are about to alter the column `" + col + "` on the `" + table + "` table, which "
                        + "contains " + v.get() + " non-null values. The data in that column will be cast from `" + from
                        + "` to `" + to + "`." + (tc == TypeChange.NOT_CASTABLE ? " This cast may fail. Please make "
                        + "sure the data in the column can be cast." : ""));
            }
        }
    }

    private void dropAndRecreate(QualifiedName t, TableChange.DropAndRecreateColumn dr, List<String> warnings,
                                 List<String> unexecutable) {
        String table = t.name();
        String col = dr.from().name();
        boolean nextRequired = Differ.arity(dr.to()) == Differ.Arity.REQUIRED && dr.to().defaultValue().isEmpty();
        if (dr.changes().contains(ColumnChange.ARITY) && Differ.arity(dr.from()) == Differ.Arity.NULLABLE
                && nextRequired) {
            ifRows(t, n -> "Added the required column `" + col + "` to the `" + table + "` table without a default "
                    + "value. There are " + n + " rows in this table, it is not possible to execute this step.",
                    DiffMessages.addedRequiredColumn(col, table)).ifPresent(unexecutable::add);
        } else if (nextRequired) {
            ifRows(t, n -> "Changed the type of `" + col + "` on the `" + table + "` table. No cast exists, the column "
                    + "would be dropped and recreated, which cannot be done since the column is required and there is "
                    + "data in the table.", DiffMessages.dropAndRecreateRequired(col, table))
                    .ifPresent(unexecutable::add);
        } else {
            Optional<Long> n = rows(t);
            Optional<Long> v = values(t, col);
            if (n.map(x -> x == 0).orElse(false) || v.map(x -> x == 0).orElse(false)) {
                return;
            }
            warnings.add(v.isEmpty() ? DiffMessages.dropAndRecreate(col, table) : "The `" + col + "` column on the `"
                    + table + "` table would be dropped and recreated. This will lead to data loss.");
        }
    }

    /** The message for a non-empty table, the count-free one when the count is unknown, nothing when empty. */
    private Optional<String> ifRows(QualifiedName t, Function<Long, String> counted, String unknown) {
        Optional<Long> n = rows(t);
        if (n.isEmpty()) {
            return Optional.of(unknown);
        }
        return n.get() == 0 ? Optional.empty() : Optional.of(counted.apply(n.get()));
    }

    private Optional<Long> rows(QualifiedName t) {
        return rows.computeIfAbsent(t, k -> count("SELECT COUNT(*) FROM " + k.quoted()));
    }

    private Optional<Long> values(QualifiedName t, String column) {
        return values.computeIfAbsent(t.quoted() + "." + Identifiers.quote(column),
                k -> count("SELECT COUNT(" + Identifiers.quote(column) + ") FROM " + t.quoted()));
    }

    /** Empty when the count cannot be read (the table is not there yet, no permission...): Prisma's "unknown". */
    private Optional<Long> count(String sql) {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return Optional.of(rs.getLong(1));
        } catch (SQLException e) {
            return Optional.empty();
        }
    }
}
