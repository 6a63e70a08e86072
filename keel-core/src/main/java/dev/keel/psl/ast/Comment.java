package dev.keel.psl.ast;

import dev.keel.diag.Span;

/**
 * One comment line. {@code doc} is a {@code ///} documentation comment; {@code text} is what follows
 * the slashes, untrimmed.
 */
public record Comment(boolean doc, String text, Span span) {
    public String source() {
        return (doc ? "///" : "//") + text;
    }
}
