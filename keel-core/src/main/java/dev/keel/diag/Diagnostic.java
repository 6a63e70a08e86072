package dev.keel.diag;

/**
 * One finding about user input: a schema error or warning, a lint finding.
 * {@code code} is a stable identifier for JSON output and suppression; the message keeps Prisma's wording.
 */
public record Diagnostic(Severity severity, String code, String message, Span span) {

    public static Diagnostic error(String message, Span span) {
        return new Diagnostic(Severity.ERROR, "E_SCHEMA", message, span);
    }

    public static Diagnostic error(String code, String message, Span span) {
        return new Diagnostic(Severity.ERROR, code, message, span);
    }

    public static Diagnostic warning(String message, Span span) {
        return new Diagnostic(Severity.WARNING, "W_SCHEMA", message, span);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
