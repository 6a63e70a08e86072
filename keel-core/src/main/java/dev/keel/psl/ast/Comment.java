package dev.keel.psl.ast;

import dev.keel.diag.Span;

/**
 * One comment. {@code doc} is a {@code ///} documentation comment; {@code multiLine} is a {@code /* ... *}{@code /}
 * comment (which may span lines). {@code text} is what follows the slashes up to the end of the line, or what lies
 * between {@code /*} and {@code *}{@code /}, untrimmed.
 */
public record Comment(boolean doc, String text, Span span, boolean multiLine) {

    public Comment(boolean doc, String text, Span span) {
        this(doc, text, span, false);
    }

    public String source() {
        if (multiLine) {
            return "/*" + text + "*/";
        }
        return (doc ? "///" : "//") + text;
    }

    /** The documentation this comment contributes, as Prisma reads it; empty for a plain {@code //} comment. */
    public java.util.Optional<String> documentation() {
        if (multiLine) {
            return java.util.Optional.of(text.trim());
        }
        return doc ? java.util.Optional.of(text.trim()) : java.util.Optional.empty();
    }
}
