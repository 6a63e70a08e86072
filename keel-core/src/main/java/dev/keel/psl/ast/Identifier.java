package dev.keel.psl.ast;

import dev.keel.diag.Span;

/** A name as written in the schema, with where it was written. */
public record Identifier(String name, Span span) {
}
