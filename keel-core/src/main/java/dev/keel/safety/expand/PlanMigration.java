package dev.keel.safety.expand;

import java.util.Objects;

/** One migration of an expand/contract plan: the suffix of its folder name and its {@code migration.sql}. */
public record PlanMigration(String suffix, String sql) {
    public PlanMigration {
        Objects.requireNonNull(suffix);
        Objects.requireNonNull(sql);
    }
}
