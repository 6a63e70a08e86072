package dev.keel.diag;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Errors and warnings collected in the order they were found (Prisma keeps the two lists apart). */
public final class Diagnostics {
    private final List<Diagnostic> errors = new ArrayList<>();
    private final List<Diagnostic> warnings = new ArrayList<>();

    public void add(Diagnostic d) {
        (d.isError() ? errors : warnings).add(d);
    }

    public void error(String message, Span span) {
        add(Diagnostic.error(message, span));
    }

    public void warning(String message, Span span) {
        add(Diagnostic.warning(message, span));
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public List<Diagnostic> errors() {
        return Collections.unmodifiableList(errors);
    }

    public List<Diagnostic> warnings() {
        return Collections.unmodifiableList(warnings);
    }

    /** Warnings first, then errors: the order Prisma prints them in. */
    public List<Diagnostic> all() {
        List<Diagnostic> all = new ArrayList<>(warnings);
        all.addAll(errors);
        return List.copyOf(all);
    }

    public void addAll(Diagnostics other) {
        errors.addAll(other.errors);
        warnings.addAll(other.warnings);
    }
}
