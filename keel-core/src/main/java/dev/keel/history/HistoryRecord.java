package dev.keel.history;

import java.time.OffsetDateTime;
import java.util.Optional;

/** One row of {@code _prisma_migrations}. */
public record HistoryRecord(String id, String checksum, Optional<OffsetDateTime> finishedAt, String migrationName,
                            Optional<String> logs, Optional<OffsetDateTime> rolledBackAt, OffsetDateTime startedAt,
                            int appliedStepsCount) {

    public enum State {
        /** Started and never finished, not rolled back: blocks deploy (P3009). */
        FAILED,
        APPLIED,
        /** Ignored for every purpose but the audit trail; the migration counts as not applied. */
        ROLLED_BACK
    }

    public State state() {
        if (rolledBackAt.isPresent()) {
            return State.ROLLED_BACK;
        }
        return finishedAt.isPresent() ? State.APPLIED : State.FAILED;
    }
}
