package dev.keel.diff;

import dev.keel.schema.Schema;

import java.util.List;
import java.util.Objects;

/**
 * The result of {@link Differ#diff}: the ordered steps that turn {@code from} into {@code to}, Prisma's destructive
 * warnings and unexecutable-step messages (the variants without row counts), and whether object names are
 * schema-qualified when rendered (Prisma qualifies only in multi-schema projects), and the target source's own
 * spellings ({@link Spellings}) for the renderer.
 */
public record Migration(Schema from, Schema to, List<Step> steps, List<String> warnings,
                        List<String> unexecutable, boolean qualifiedNames, Spellings spellings) {
    public Migration {
        Objects.requireNonNull(from);
        Objects.requireNonNull(to);
        steps = List.copyOf(steps);
        warnings = List.copyOf(warnings);
        unexecutable = List.copyOf(unexecutable);
        Objects.requireNonNull(spellings, "spellings");
    }

    /** A migration rendered in the model's own spellings. */
    public Migration(Schema from, Schema to, List<Step> steps, List<String> warnings, List<String> unexecutable,
                     boolean qualifiedNames) {
        this(from, to, steps, warnings, unexecutable, qualifiedNames, Spellings.none());
    }

    public boolean isEmpty() {
        return steps.isEmpty();
    }
}
