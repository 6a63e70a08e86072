package dev.keel.schema;

import java.util.Objects;

/**
 * A CHECK constraint. {@code expression} is the condition without the {@code CHECK (...)} wrapper, as
 * {@code pg_get_constraintdef} prints it inside the outer parentheses. {@code validated} is false for NOT VALID.
 */
public record CheckConstraint(String name, String expression, boolean validated) {
    public CheckConstraint {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(expression, "expression");
    }
}
