package dev.keel.api;

import java.util.List;
import java.util.Optional;

/**
 * One expand/contract plan as {@code keel migrate status} reports it: from the migrations folder (releases written,
 * releases waiting for {@code keel plan advance}) and from the database ({@code "_keel"."plans"}: the release
 * deployed, backfill progress). {@code inFlight} until its last release is deployed.
 */
public record PlanStatus(String name, List<Integer> pendingReleases, Optional<Integer> deployedRelease,
                         long backfillRows, boolean backfilled, boolean finished, String summary) {
    public PlanStatus {
        pendingReleases = List.copyOf(pendingReleases);
    }

    public boolean inFlight() {
        return !finished;
    }
}
