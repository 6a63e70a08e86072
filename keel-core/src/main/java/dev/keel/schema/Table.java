package dev.keel.schema;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A table. Columns keep their ordinal order (it is visible in {@code SELECT *} and in rendered DDL); indexes,
 * foreign keys and checks are sorted by name at construction, so two tables with the same content are equal.
 */
public record Table(QualifiedName name, List<Column> columns, Optional<PrimaryKey> primaryKey, List<Index> indexes,
                   List<ForeignKey> foreignKeys, List<CheckConstraint> checks) {
    public Table {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        Objects.requireNonNull(primaryKey, "primaryKey");
        indexes = sorted(indexes, Comparator.comparing(Index::name));
        foreignKeys = sorted(foreignKeys, Comparator.comparing(ForeignKey::name));
        checks = sorted(checks, Comparator.comparing(CheckConstraint::name));
        requireUniqueColumns(name, columns);
    }

    private static void requireUniqueColumns(QualifiedName name, List<Column> columns) {
        int n = columns.size();
        if (n <= 32) {
            // tables are built and rebuilt by the thousand; a hash set per table cost more than this scan
            for (int i = 1; i < n; i++) {
                String c = columns.get(i).name();
                for (int j = 0; j < i; j++) {
                    if (c.equals(columns.get(j).name())) {
                        throw new IllegalArgumentException("duplicate column " + c + " in " + name);
                    }
                }
            }
            return;
        }
        Set<String> seen = new HashSet<>();
        for (Column c : columns) {
            if (!seen.add(c.name())) {
                throw new IllegalArgumentException("duplicate column " + c.name() + " in " + name);
            }
        }
    }

    private static <T> List<T> sorted(List<T> items, Comparator<T> order) {
        // tables are rebuilt often (with*, Normalize) from lists that are already in order: skip the sort then
        for (int i = 1; i < items.size(); i++) {
            if (order.compare(items.get(i - 1), items.get(i)) > 0) {
                return items.stream().sorted(order).toList();
            }
        }
        return List.copyOf(items); // no copy when the list is already an immutable one
    }

    /** A table with only columns. */
    public static Table of(QualifiedName name, List<Column> columns) {
        return new Table(name, columns, Optional.empty(), List.of(), List.of(), List.of());
    }

    public Optional<Column> column(String columnName) {
        for (Column c : columns) {
            if (c.name().equals(columnName)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    public Optional<Index> index(String indexName) {
        return indexes.stream().filter(i -> i.name().equals(indexName)).findFirst();
    }

    public Optional<ForeignKey> foreignKey(String fkName) {
        return foreignKeys.stream().filter(f -> f.name().equals(fkName)).findFirst();
    }

    public Optional<CheckConstraint> check(String checkName) {
        return checks.stream().filter(c -> c.name().equals(checkName)).findFirst();
    }

    public Table withColumns(List<Column> cs) {
        return new Table(name, cs, primaryKey, indexes, foreignKeys, checks);
    }

    public Table withPrimaryKey(PrimaryKey pk) {
        return new Table(name, columns, Optional.of(pk), indexes, foreignKeys, checks);
    }

    public Table withIndexes(List<Index> is) {
        return new Table(name, columns, primaryKey, is, foreignKeys, checks);
    }

    public Table withForeignKeys(List<ForeignKey> fks) {
        return new Table(name, columns, primaryKey, indexes, fks, checks);
    }

    public Table withChecks(List<CheckConstraint> cs) {
        return new Table(name, columns, primaryKey, indexes, foreignKeys, cs);
    }
}
