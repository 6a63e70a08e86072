package dev.keel.psl.ast;

import dev.keel.diag.Span;
import java.util.Optional;

/** One argument: positional ({@code name} empty) or named ({@code name: value}). */
public record Argument(Optional<Identifier> name, Expression value, Span span) {
    public boolean isPositional() {
        return name.isEmpty();
    }

    public String source() {
        return name.map(n -> n.name() + ": ").orElse("") + value.source();
    }
}
