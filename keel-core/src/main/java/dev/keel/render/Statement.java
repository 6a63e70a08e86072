package dev.keel.render;

import dev.keel.diff.Step;
import dev.keel.safety.probe.LockMode;

import java.util.Objects;
import java.util.Optional;

/**
 * One rendered SQL statement (without the trailing semicolon), the step it comes from, how it may run with respect
 * to transactions, and the strongest table lock PostgreSQL takes for it ({@code lock} is empty for statements that
 * lock no table: types, schemas, transaction control). The safety layer reads these instead of re-parsing SQL.
 */
public record Statement(String sql, Step step, TxMode txMode, Optional<LockMode> lock) {
    public Statement {
        Objects.requireNonNull(sql);
        Objects.requireNonNull(step);
        Objects.requireNonNull(txMode);
        Objects.requireNonNull(lock);
    }
}
