package dev.keel.ci;

import java.util.List;

/**
 * A step of {@code keel ci} beyond the built-in ones (validate, migrations folder, replay, schema vs migrations).
 * This is the hook for the lint step: pass extra checks to {@code Keel.ci(List)}; each runs after the built-in
 * steps, with the replayed folder still available in the context, and its findings join the report.
 */
public interface CiCheck {
    /** Short name shown in the report and in annotations ("lint"). */
    String name();

    List<CiFinding> run(CiContext context);
}
