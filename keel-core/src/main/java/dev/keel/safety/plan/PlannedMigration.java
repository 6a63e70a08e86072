package dev.keel.safety.plan;

import java.util.List;
import java.util.Objects;

/**
 * One migration of a plan: the suffix to append to the user's migration name (empty for the first one), its
 * phase, and the script to write to {@code migration.sql}. {@code statements} are the same statements without
 * the comments, in order.
 */
public record PlannedMigration(String suffix, Phase phase, String sql, List<String> statements) {
    public PlannedMigration {
        Objects.requireNonNull(suffix);
        Objects.requireNonNull(phase);
        Objects.requireNonNull(sql);
        statements = List.copyOf(statements);
    }

    public boolean transactional() {
        return phase.transactional;
    }
}
