package dev.keel.api;

import dev.keel.diff.Migration;
import dev.keel.diff.Step;
import java.util.List;
import java.util.Objects;

/**
 * What {@code keel migrate diff} found between two sources.
 *
 * @param from         the source the migration starts from, as given (passwords masked)
 * @param to           the source it ends at
 * @param migration    the ordered steps with the two models
 * @param script       the SQL, exactly as {@code prisma migrate diff --script} prints it (no warnings header;
 *                     {@code -- This is an empty migration.} when there is nothing to do)
 * @param summary      the readable summary, as {@code prisma migrate diff} prints it without {@code --script}
 *                     ({@code No difference detected.} when empty)
 * @param warnings     Prisma's data-loss warnings for destructive steps
 * @param unexecutable Prisma's messages for steps that cannot run on a table with rows
 */
public record DiffResult(String from, String to, Migration migration, String script, String summary,
                         List<String> warnings, List<String> unexecutable) {
    public DiffResult {
        Objects.requireNonNull(migration, "migration");
        warnings = List.copyOf(warnings);
        unexecutable = List.copyOf(unexecutable);
    }

    public List<Step> steps() {
        return migration.steps();
    }

    public boolean hasChanges() {
        return !migration.isEmpty();
    }
}
