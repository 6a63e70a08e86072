package dev.keel.safety.expand;

import java.util.List;
import java.util.Objects;

/**
 * A change split over releases (the guide's §5 and §12.2). For a column: release 1 adds the new column, a
 * dual-write trigger that keeps old and new in sync both ways, and a batched, resumable backfill; release 2 is a
 * code change only (reads and writes move to the new column); release 3 drops the trigger and the old column.
 * {@code name} identifies the plan in {@code _keel.plans} and in folder names; {@code planMarkdown} is PLAN.md.
 */
public record ExpandContractPlan(String name, Kind kind, String table, String summary, List<Release> releases,
                                 List<String> notes, String planMarkdown) {
    public enum Kind {
        RENAME_COLUMN("rename-column"),
        CHANGE_TYPE("change-type"),
        RENAME_ENUM_VALUE("rename-enum-value");

        public final String command;

        Kind(String command) {
            this.command = command;
        }
    }

    public ExpandContractPlan {
        Objects.requireNonNull(name);
        Objects.requireNonNull(kind);
        releases = List.copyOf(releases);
        notes = List.copyOf(notes);
    }

    public Release release(int number) {
        return releases.stream().filter(r -> r.number() == number).findFirst().orElseThrow();
    }
}
