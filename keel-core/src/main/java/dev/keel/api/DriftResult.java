package dev.keel.api;

import dev.keel.diff.Migration;
import java.util.List;
import java.util.Objects;

/**
 * What {@code keel drift} found: how the live database differs from what it should be (a Prisma schema or the
 * migrations folder replayed). Keel's and Prisma's bookkeeping ({@code _prisma_migrations}, schema {@code _keel})
 * is never part of it.
 *
 * @param database     the live database (password masked)
 * @param expected     what it was compared with ({@code migrations prisma/migrations}, {@code schema ...})
 * @param drift        the steps that turn the expected schema into the live one, i.e. what was changed by hand
 * @param summary      those changes in Prisma's drift-summary wording ({@code No difference detected.} when none)
 * @param changes      each of those steps with its SQL, in order
 * @param repairScript the SQL that would bring the database back to the expected schema (Prisma's layout, with
 *                     its data-loss warnings header); for review, never run by Keel
 */
public record DriftResult(String database, String expected, Migration drift, String summary, List<Change> changes,
                          String repairScript) {
    /** One drifted step: Prisma's step name ({@code AlterTable}, {@code DropIndex}...) and the SQL it stands for. */
    public record Change(String kind, List<String> sql) {
        public Change {
            sql = List.copyOf(sql);
        }
    }

    public DriftResult {
        Objects.requireNonNull(drift, "drift");
        changes = List.copyOf(changes);
    }

    public boolean hasDrift() {
        return !drift.isEmpty();
    }
}
