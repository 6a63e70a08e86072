package dev.keel.safety.lint;

import java.util.List;
import java.util.Optional;

/**
 * The verdict on one file: findings, findings silenced by a {@code -- keel:allow} comment (with its reason),
 * each statement with its probe, and the error that stopped it, if any.
 */
public record FileReport(String file, List<Finding> findings, List<Suppressed> suppressed,
                         List<StatementReport> statements, Optional<LintError> error) {
    public FileReport {
        findings = List.copyOf(findings);
        suppressed = List.copyOf(suppressed);
        statements = List.copyOf(statements);
    }

    public record Suppressed(Finding finding, String reason) {
    }
}
