package dev.keel.ci;

import java.util.List;

/**
 * What {@code keel ci} found. {@link #exitCode()}: 0 when no check found an error, 2 otherwise (environment
 * failures are thrown, exit 1).
 *
 * @param steps    each check in the order it ran, with how many findings it had and how long it took
 * @param findings every finding, in check order
 */
public record CiResult(List<Step> steps, List<CiFinding> findings) {
    public CiResult {
        steps = List.copyOf(steps);
        findings = List.copyOf(findings);
    }

    public record Step(String name, Status status, int findings, long millis) {
        public enum Status { PASSED, FAILED, SKIPPED }
    }

    public boolean passed() {
        return findings.stream().noneMatch(f -> f.severity() == CiFinding.Severity.ERROR);
    }

    public int exitCode() {
        return passed() ? 0 : 2;
    }
}
