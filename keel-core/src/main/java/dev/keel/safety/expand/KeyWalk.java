package dev.keel.safety.expand;

import dev.keel.api.ErrorCode;
import dev.keel.api.KeelException;
import dev.keel.schema.Table;

import java.util.ArrayList;
import java.util.List;

import static dev.keel.safety.expand.PlanRegistrySql.q;

/**
 * The PL/pgSQL pieces of a backfill that walks a table's primary key in batches, for keys of any number of columns:
 * each batch is the key range {@code (k1, k2) > (last) AND (k1, k2) <= (batch end)} in key order. PostgreSQL
 * compares row values lexicographically and uses the primary key's btree for such a range, so every batch is an
 * index range scan and no batch locks more than its own rows. Variables: {@code last_i} (last key done),
 * {@code batch_i} (end of the current batch), {@code started} (whether {@code last_i} holds a key). Inside SQL
 * statements the key columns are qualified by the table's alias and the variables by the procedure's block label
 * ({@link BackfillProcedure#column}, {@link BackfillProcedure#variable}): a key column may be called {@code last_1}.
 */
final class KeyWalk {
    private final List<String> columns;
    private final List<String> types;

    private KeyWalk(List<String> columns, List<String> types) {
        this.columns = columns;
        this.types = types;
    }

    static KeyWalk of(Table table) {
        if (table.primaryKey().isEmpty()) {
            throw new KeelException(ErrorCode.USAGE, "Table " + table.name() + " needs a primary key for a batched "
                    + "backfill.");
        }
        List<String> columns = new ArrayList<>();
        List<String> types = new ArrayList<>();
        for (String c : table.primaryKey().get().columns()) {
            columns.add(q(c));
            types.add(table.column(c).orElseThrow().type().sql());
        }
        return new KeyWalk(List.copyOf(columns), List.copyOf(types));
    }

    /** The DECLARE lines. */
    String declare() {
        StringBuilder sb = new StringBuilder("    started boolean := false;\n");
        for (int i = 0; i < columns.size(); i++) {
            sb.append("    last_").append(i + 1).append(' ').append(types.get(i)).append(";\n")
                    .append("    batch_").append(i + 1).append(' ').append(types.get(i)).append(";\n");
        }
        return sb.toString();
    }

    /**
     * The end of the next batch: the key of the {@code batch_size}-th row after the last key done that still matches
     * {@code filter} ({@code EXIT} when no such row is left). Counting only rows that need the work keeps a batch's
     * cost proportional to its size even where most rows are done already; the scan locks no row. Two spellings
     * ({@code started} or not) instead of an OR, so that each is a plain key range whatever plan PL/pgSQL caches.
     */
    String end(String table, String filter, String batchSize) {
        return "        IF NOT started THEN\n" + end(table, filter, batchSize, false)
                + "        ELSE\n" + end(table, filter, batchSize, true)
                + "        END IF;\n";
    }

    private String end(String table, String filter, String batchSize, boolean after) {
        List<String> ks = new ArrayList<>();
        List<String> desc = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            ks.add(BackfillProcedure.column(columns.get(i)) + " AS k" + (i + 1));
            desc.add("b.k" + (i + 1) + " DESC");
        }
        return "            SELECT " + String.join(", ", vars("b.k")) + " INTO " + String.join(", ", vars("batch_"))
                + " FROM (SELECT " + String.join(", ", ks) + "\n                FROM " + table + " AS "
                + BackfillProcedure.ALIAS + " WHERE "
                + (after ? row(keys()) + " > " + row(variables("last_")) + " AND " : "") + filter
                + "\n                ORDER BY " + String.join(", ", keys()) + " LIMIT " + batchSize + ") AS b ORDER BY "
                + String.join(", ", desc) + " LIMIT 1;\n"
                + "            EXIT WHEN NOT FOUND;\n";
    }

    /** The batch found by {@link #end}: {@code UPDATE table SET set WHERE <key range> AND filter}. */
    String update(String table, String set, String filter, String indent) {
        return indent + "IF NOT started THEN\n" + update(table, set, filter, false, indent)
                + indent + "ELSE\n" + update(table, set, filter, true, indent)
                + indent + "END IF;\n";
    }

    private String update(String table, String set, String filter, boolean after, String indent) {
        String key = row(keys());
        return indent + "    UPDATE " + table + " AS " + BackfillProcedure.ALIAS + " SET " + set + "\n" + indent
                + "        WHERE " + (after ? key + " > " + row(variables("last_")) + " AND " : "") + key + " <= "
                + row(variables("batch_")) + " AND " + filter + ";\n";
    }

    /** After a batch: its end is the last key done. */
    String advance() {
        StringBuilder sb = new StringBuilder("        started := true;\n");
        for (int i = 1; i <= columns.size(); i++) {
            sb.append("        last_").append(i).append(" := batch_").append(i).append(";\n");
        }
        return sb.toString();
    }

    /** The last key done as text for {@code _keel.plans}: a JSON array, one element per key column. */
    String saved() {
        return "jsonb_build_array(" + String.join(", ", variables("last_")) + ")::text";
    }

    /** Restores the walk from {@link #saved()} text held in {@code variable} (NULL: start from the beginning). */
    String restore(String variable) {
        StringBuilder sb = new StringBuilder("    IF " + variable + " IS NOT NULL THEN\n        started := true;\n");
        for (int i = 0; i < columns.size(); i++) {
            sb.append("        last_").append(i + 1).append(" := (").append(variable).append("::jsonb ->> ").append(i)
                    .append(")::").append(types.get(i)).append(";\n");
        }
        return sb.append("    END IF;\n").toString();
    }

    private List<String> vars(String prefix) {
        List<String> out = new ArrayList<>();
        for (int i = 1; i <= columns.size(); i++) {
            out.add(prefix + i);
        }
        return out;
    }

    /** The key columns qualified by the table's alias. */
    private List<String> keys() {
        return columns.stream().map(BackfillProcedure::column).toList();
    }

    /** {@code prefix_i} as written inside SQL statements. */
    private List<String> variables(String prefix) {
        return vars(prefix).stream().map(BackfillProcedure::variable).toList();
    }

    private static String row(List<String> items) {
        return "(" + String.join(", ", items) + ")";
    }
}
