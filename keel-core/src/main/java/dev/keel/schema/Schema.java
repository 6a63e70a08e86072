package dev.keel.schema;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The one PostgreSQL schema model every source turns into (compiled Prisma schema, live database, replayed
 * migrations folder). Immutable; every list is sorted at construction (namespaces and extensions by name, the
 * rest by {@link QualifiedName}), so {@code equals()} is structural and {@link #describe()} is stable.
 * Lookups are binary searches on those sorted lists.
 */
public record Schema(List<Namespace> namespaces, List<Table> tables, List<EnumType> enums,
                     List<Sequence> sequences, List<View> views, List<Extension> extensions) {

    public Schema {
        namespaces = sortedUnique(namespaces, Comparator.naturalOrder(), Namespace::name);
        tables = sortedUnique(tables, Comparator.comparing(Table::name), Table::name);
        enums = sortedUnique(enums, Comparator.comparing(EnumType::name), EnumType::name);
        sequences = sortedUnique(sequences, Comparator.comparing(Sequence::name), Sequence::name);
        views = sortedUnique(views, Comparator.comparing(View::name), View::name);
        extensions = sortedUnique(extensions, Comparator.naturalOrder(), Extension::name);
    }

    public static Schema empty() {
        return new Schema(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    private static <T, K> List<T> sortedUnique(List<T> items, Comparator<T> order, Function<T, K> key) {
        // models arrive sorted more often than not (Normalize rebuilds a sorted schema): sort only when needed
        boolean sorted = true;
        T previous = null;
        for (T item : items) {
            Objects.requireNonNull(item);
            if (previous != null && sorted && order.compare(previous, item) > 0) {
                sorted = false;
            }
            previous = item;
        }
        List<T> out = sorted ? List.copyOf(items) : items.stream().sorted(order).toList();
        for (int i = 1; i < out.size(); i++) {
            if (order.compare(out.get(i - 1), out.get(i)) == 0) {
                throw new IllegalArgumentException("duplicate " + key.apply(out.get(i)));
            }
        }
        return out;
    }

    private static <T, K extends Comparable<K>> Optional<T> find(List<T> sorted, Function<T, K> key, K wanted) {
        int lo = 0;
        int hi = sorted.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = key.apply(sorted.get(mid)).compareTo(wanted);
            if (c < 0) {
                lo = mid + 1;
            } else if (c > 0) {
                hi = mid - 1;
            } else {
                return Optional.of(sorted.get(mid));
            }
        }
        return Optional.empty();
    }

    public Optional<Table> table(QualifiedName name) {
        return find(tables, Table::name, name);
    }

    public Optional<Table> table(String schema, String name) {
        return table(new QualifiedName(schema, name));
    }

    public Optional<EnumType> enumType(QualifiedName name) {
        return find(enums, EnumType::name, name);
    }

    public Optional<Sequence> sequence(QualifiedName name) {
        return find(sequences, Sequence::name, name);
    }

    public Optional<View> view(QualifiedName name) {
        return find(views, View::name, name);
    }

    public Optional<Extension> extension(String name) {
        return find(extensions, Extension::name, name);
    }

    public boolean hasNamespace(String name) {
        return find(namespaces, Namespace::name, name).isPresent();
    }

    /** Tables in {@code schema}, in name order. */
    public List<Table> tablesIn(String schema) {
        return tables.stream().filter(t -> t.name().schema().equals(schema)).toList();
    }

    /** Foreign keys anywhere in the schema that reference {@code table}, as (owning table, key) pairs. */
    public List<java.util.Map.Entry<Table, ForeignKey>> foreignKeysReferencing(QualifiedName table) {
        return tables.stream()
                .flatMap(t -> t.foreignKeys().stream().filter(fk -> fk.referencedTable().equals(table))
                        .map(fk -> java.util.Map.entry(t, fk)))
                .toList();
    }

    /** Columns whose type is {@code enumName} or an array of it, as (table, column) pairs in table order. */
    public List<java.util.Map.Entry<Table, Column>> columnsUsing(QualifiedName enumName) {
        return tables.stream()
                .flatMap(t -> t.columns().stream().filter(c -> c.type().enumRef().filter(enumName::equals).isPresent())
                        .map(c -> java.util.Map.entry(t, c)))
                .toList();
    }

    public Schema withTables(List<Table> ts) {
        return new Schema(namespaces, ts, enums, sequences, views, extensions);
    }

    public Schema withEnums(List<EnumType> es) {
        return new Schema(namespaces, tables, es, sequences, views, extensions);
    }

    public Schema withSequences(List<Sequence> ss) {
        return new Schema(namespaces, tables, enums, ss, views, extensions);
    }

    /** A deterministic, human-readable dump, one object per line; for test failure messages and golden files. */
    public String describe() {
        return Describe.of(this);
    }
}
