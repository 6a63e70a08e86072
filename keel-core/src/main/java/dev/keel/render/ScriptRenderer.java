package dev.keel.render;

import dev.keel.diff.Migration;
import dev.keel.diff.Step;

import java.util.ArrayList;
import java.util.List;

/**
 * A migration as Prisma's migration script: {@code -- StepName} then each statement followed by {@code ;}, steps
 * separated by a blank line, no trailing blank line; {@code -- This is an empty migration.} when there is nothing
 * to do.
 */
public final class ScriptRenderer {
    public static final String EMPTY = "-- This is an empty migration.";

    private ScriptRenderer() {
    }

    /** Every statement of the migration with its metadata, in order. */
    public static List<Statement> statements(Migration m) {
        StepRenderer r = new StepRenderer(m.qualifiedNames(), m.spellings());
        List<Statement> out = new ArrayList<>();
        for (Step s : m.steps()) {
            out.addAll(r.render(s));
        }
        return out;
    }

    /**
     * The script without a warnings header, exactly as {@code prisma migrate diff --script} prints it (that
     * command ends its output with a newline, which an empty migration does not otherwise have).
     */
    public static String render(Migration m) {
        String script = script(m, false);
        return script.endsWith("\n") ? script : script + "\n";
    }

    /**
     * The script as {@code migrate dev} writes it to {@code migration.sql}: with the {@code Warnings:} header
     * when the migration has destructive warnings or unexecutable steps, and no newline after an empty migration.
     */
    public static String renderWithWarnings(Migration m) {
        return script(m, true);
    }

    private static String script(Migration m, boolean warnings) {
        if (m.steps().isEmpty()) {
            return EMPTY;
        }
        StepRenderer r = new StepRenderer(m.qualifiedNames(), m.spellings());
        // render first, then copy once into a builder of the right size (a large script otherwise regrows it
        // a dozen times)
        List<List<Statement>> rendered = new ArrayList<>(m.steps().size());
        int size = 64;
        for (Step step : m.steps()) {
            List<Statement> statements = r.render(step);
            rendered.add(statements);
            size += step.description().length() + 5;
            for (Statement st : statements) {
                size += st.sql().length() + 2;
            }
        }
        StringBuilder sb = new StringBuilder(size);
        if (warnings && (!m.warnings().isEmpty() || !m.unexecutable().isEmpty())) {
            sb.append("/*\n  Warnings:\n\n");
            for (String w : m.warnings()) {
                sb.append("  - ").append(w).append('\n');
            }
            for (String u : m.unexecutable()) {
                sb.append("  - ").append(u).append('\n');
            }
            sb.append("\n*/\n");
        }
        boolean first = true;
        for (int i = 0; i < rendered.size(); i++) {
            Step step = m.steps().get(i);
            List<Statement> statements = rendered.get(i);
            if (statements.isEmpty()) {
                continue;
            }
            if (!first) {
                sb.append('\n');
            }
            first = false;
            sb.append("-- ").append(step.description()).append('\n');
            for (Statement s : statements) {
                sb.append(s.sql()).append(";\n");
            }
        }
        return sb.toString();
    }
}
