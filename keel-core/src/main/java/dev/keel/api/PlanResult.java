package dev.keel.api;

import java.nio.file.Path;
import java.util.List;

/**
 * What a {@code keel plan} command wrote: the plan's name and goal, the migration folders written (in order), the
 * plan file, the releases still to come, and what the plan leaves to the user.
 */
public record PlanResult(String name, String summary, List<Path> written, Path planFile,
                         List<Integer> pendingReleases, List<String> notes) {
    public PlanResult {
        written = List.copyOf(written);
        pendingReleases = List.copyOf(pendingReleases);
        notes = List.copyOf(notes);
    }
}
