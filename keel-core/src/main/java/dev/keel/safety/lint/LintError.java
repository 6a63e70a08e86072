package dev.keel.safety.lint;

/** A file that could not be judged: unreadable, or a statement PostgreSQL rejected ({@code sqlState} then set). */
public record LintError(String file, int line, String message, String sqlState) {
}
