package dev.keel.diff;

import dev.keel.schema.EnumType;
import dev.keel.schema.ForeignKey;
import dev.keel.schema.Index;
import dev.keel.schema.QualifiedName;
import dev.keel.schema.Schema;
import dev.keel.schema.Table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Positions of one schema's objects, as Prisma's ids would number them: tables and enums in source order, indexes
 * and foreign keys numbered globally (table by table, then in source order within the table).
 */
final class Ranks {
    private final Map<QualifiedName, Integer> tables = new HashMap<>();
    private final Map<QualifiedName, Integer> enums = new HashMap<>();
    private final Map<QualifiedName, Map<String, Integer>> indexes = new HashMap<>();
    private final Map<QualifiedName, Map<String, Integer>> fks = new HashMap<>();
    private final List<Table> orderedTables;

    Ranks(Schema schema, SourceOrder order) {
        orderedTables = ordered(schema.tables(), order.tables(), Table::name);
        for (int i = 0; i < orderedTables.size(); i++) {
            tables.put(orderedTables.get(i).name(), i);
        }
        List<EnumType> es = ordered(schema.enums(), order.enums(), EnumType::name);
        for (int i = 0; i < es.size(); i++) {
            enums.put(es.get(i).name(), i);
        }
        int ix = 0;
        int fx = 0;
        for (Table t : orderedTables) {
            Map<String, Integer> im = new HashMap<>();
            for (Index i : ordered(t.indexes(), order.indexes().getOrDefault(t.name(), List.of()), Index::name)) {
                im.put(i.name(), ix++);
            }
            indexes.put(t.name(), im);
            Map<String, Integer> fm = new HashMap<>();
            for (ForeignKey f : ordered(t.foreignKeys(), order.foreignKeys().getOrDefault(t.name(), List.of()),
                    ForeignKey::name)) {
                fm.put(f.name(), fx++);
            }
            fks.put(t.name(), fm);
        }
    }

    /** Items listed in {@code declared} first, in that order; the rest keep their (name) order. */
    private static <T, K> List<T> ordered(List<T> items, List<K> declared, java.util.function.Function<T, K> key) {
        if (declared.isEmpty()) {
            return items;
        }
        Map<K, Integer> pos = new HashMap<>();
        for (int i = 0; i < declared.size(); i++) {
            pos.putIfAbsent(declared.get(i), i);
        }
        // one look-up per item, then a stable sort of (position, original index) pairs
        long[] keyed = new long[items.size()];
        for (int i = 0; i < keyed.length; i++) {
            keyed[i] = ((long) pos.getOrDefault(key.apply(items.get(i)), Integer.MAX_VALUE) << 32) | i;
        }
        java.util.Arrays.sort(keyed);
        List<T> out = new ArrayList<>(keyed.length);
        for (long k : keyed) {
            out.add(items.get((int) k));
        }
        return out;
    }

    List<Table> tablesInOrder() {
        return orderedTables;
    }

    int table(QualifiedName name) {
        return tables.get(name);
    }

    int enumType(QualifiedName name) {
        return enums.get(name);
    }

    int index(QualifiedName table, String name) {
        return indexes.get(table).get(name);
    }

    int foreignKey(QualifiedName table, String name) {
        return fks.get(table).get(name);
    }
}
