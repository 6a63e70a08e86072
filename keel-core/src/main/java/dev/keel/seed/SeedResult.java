package dev.keel.seed;

import java.util.List;

/** What a declarative seed did, per table: rows inserted, updated (values changed) and left as they were. */
public record SeedResult(List<TableCount> tables) {
    public SeedResult {
        tables = List.copyOf(tables);
    }

    public record TableCount(String table, int inserted, int updated, int unchanged) {
    }

    public int inserted() {
        return tables.stream().mapToInt(TableCount::inserted).sum();
    }

    public int updated() {
        return tables.stream().mapToInt(TableCount::updated).sum();
    }

    public int unchanged() {
        return tables.stream().mapToInt(TableCount::unchanged).sum();
    }
}
