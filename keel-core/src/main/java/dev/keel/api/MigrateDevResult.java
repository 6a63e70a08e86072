package dev.keel.api;

import dev.keel.history.MigrationFailure;
import dev.keel.safety.expand.MapRename;
import dev.keel.safety.lint.Finding;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What {@code keel migrate dev} did or why it stopped.
 *
 * @param outcome          how it ended
 * @param resetReason      Prisma's text for why a reset is needed (drift with its summary, edited or failed
 *                         migrations, diverging histories); present for {@code RESET_REQUIRED} and after a reset
 * @param schemas          the schemas a reset drops (for "We need to reset the … schema")
 * @param appliedPending   migrations of the folder that were not applied yet and now are
 * @param migrationName    the folder of the new migration (the first one when the safe plan wrote several)
 * @param migrationFile    its {@code migration.sql}
 * @param script           its text
 * @param migrationNames   every folder written, in order: one, or several when the safe plan split the change
 *                         (e.g. a concurrent index build in its own non-transactional migration)
 * @param planNotes        what the safe plan could not make lock-free (a rewriting type change, …), one line each
 * @param warnings         data-loss warnings of the new migration (Prisma's wording)
 * @param unexecutable     steps that cannot run on the current data (Prisma's wording)
 * @param failure          a migration that failed to apply to the database
 * @param lintFindings     what {@code keel lint} says about the migrations written (each judged after the ones
 *                         before it, against the development database's tables); warnings, they never block
 * @param renames          for {@code RENAME_NEEDS_PLAN}: the fields whose {@code @map} changed, with the
 *                         {@code keel plan rename-column} command to run instead
 */
public record MigrateDevResult(String database, String migrationsDir, Outcome outcome, boolean databaseCreated,
                               boolean wasReset, Optional<String> resetReason, List<String> schemas,
                               List<String> appliedPending, Optional<String> migrationName,
                               Optional<Path> migrationFile, Optional<String> script, List<String> migrationNames,
                               List<String> planNotes, List<String> warnings,
                               List<String> unexecutable, Optional<MigrationFailure> failure,
                               Optional<SeedRunResult> seed, List<Finding> lintFindings,
                               List<MapRename> renames) {
    public MigrateDevResult {
        migrationNames = List.copyOf(migrationNames);
        planNotes = List.copyOf(planNotes);
        schemas = List.copyOf(schemas);
        appliedPending = List.copyOf(appliedPending);
        warnings = List.copyOf(warnings);
        unexecutable = List.copyOf(unexecutable);
        lintFindings = List.copyOf(lintFindings);
        renames = List.copyOf(renames);
    }

    public enum Outcome {
        /** Nothing to apply, nothing to create: "Already in sync". */
        ALREADY_IN_SYNC,
        /** Only pending migrations of the folder were applied; the schema needed no new one. */
        APPLIED_PENDING,
        /** {@code --create-only}: the migration was written, not applied. */
        CREATED,
        /** The migration was written and applied. */
        CREATED_AND_APPLIED,
        /** A reset is needed and was not agreed to; nothing was changed. */
        RESET_REQUIRED,
        /** A migration is needed and the naming convention wants a name; nothing was written (pending
         * migrations of the folder were applied). */
        NEEDS_NAME,
        /** The new migration would lose data and that was not agreed to; nothing was written. */
        NEEDS_CONFIRMATION,
        /** The new migration has steps that cannot run (e.g. a required column without default on a filled
         * table); nothing was written (use {@code --create-only} and edit the SQL). */
        UNEXECUTABLE,
        /** A field's {@code @map} changed: Prisma's drop and add would lose the column's data, so nothing was
         * written; {@code renames} names the {@code keel plan rename-column} to run ({@code --unsafe}: Prisma's SQL). */
        RENAME_NEEDS_PLAN,
        /** A migration failed to apply to the database (the file, if new, is kept as Prisma keeps it). */
        FAILED
    }

    public boolean succeeded() {
        return switch (outcome) {
            case ALREADY_IN_SYNC, APPLIED_PENDING, CREATED, CREATED_AND_APPLIED ->
                    seed.map(SeedRunResult::succeeded).orElse(true);
            default -> false;
        };
    }
}
