package dev.keel.api;

import dev.keel.diff.Migration;
import dev.keel.diff.Step;
import dev.keel.render.ScriptRenderer;
import dev.keel.render.SummaryRenderer;
import java.util.List;
import java.util.Objects;

/**
 * What {@code keel migrate diff} found between two sources: the ordered steps, and the two ways of printing them
 * (rendered on request, since a caller wants one or the other and each costs as much as the diff on a large schema).
 *
 * @param from      the source the migration starts from, as given (passwords masked)
 * @param to        the source it ends at
 * @param migration the ordered steps with the two models, Prisma's warnings and unexecutable-step messages
 */
public record DiffResult(String from, String to, Migration migration) {
    public DiffResult {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(migration, "migration");
    }

    public List<Step> steps() {
        return migration.steps();
    }

    public boolean hasChanges() {
        return !migration.isEmpty();
    }

    /**
     * The SQL exactly as {@code prisma migrate diff --script} prints it (no warnings header; ends with a newline;
     * {@code -- This is an empty migration.} when there is nothing to do).
     */
    public String script() {
        return ScriptRenderer.render(migration);
    }

    /** The SQL as {@code migrate dev} writes it to {@code migration.sql}: with Prisma's {@code Warnings:} header. */
    public String scriptWithWarnings() {
        return ScriptRenderer.renderWithWarnings(migration);
    }

    /** The readable summary, as {@code prisma migrate diff} prints it ({@code No difference detected.} when empty). */
    public String summary() {
        return SummaryRenderer.render(migration);
    }

    /** Prisma's data-loss warnings for destructive steps. */
    public List<String> warnings() {
        return migration.warnings();
    }

    /** Prisma's messages for steps that cannot run on a table with rows. */
    public List<String> unexecutable() {
        return migration.unexecutable();
    }
}
