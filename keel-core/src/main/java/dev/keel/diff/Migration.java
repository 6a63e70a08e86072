package dev.keel.diff;

import dev.keel.schema.Schema;

import java.util.List;
import java.util.Objects;

/**
 * The result of {@link Differ#diff}: the ordered steps that turn {@code from} into {@code to}, Prisma's destructive
 * warnings and unexecutable-step messages (the variants without row counts), and whether object names are
 * schema-qualified when rendered (Prisma qualifies only in multi-schema projects).
 */
public record Migration(Schema from, Schema to, List<Step> steps, List<String> warnings,
                        List<String> unexecutable, boolean qualifiedNames) {
    public Migration {
        Objects.requireNonNull(from);
        Objects.requireNonNull(to);
        steps = List.copyOf(steps);
        warnings = List.copyOf(warnings);
        unexecutable = List.copyOf(unexecutable);
    }

    public boolean isEmpty() {
        return steps.isEmpty();
    }
}
