package dev.keel.safety.lint;

import dev.keel.safety.probe.StatementProbe;
import java.util.Optional;

/** One statement of a linted file with what the probe saw (empty for statements Keel does not run). */
public record StatementReport(int line, String excerpt, Optional<StatementProbe> probe) {
}
