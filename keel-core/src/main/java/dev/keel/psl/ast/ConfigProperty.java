package dev.keel.psl.ast;

import dev.keel.diag.Span;
import java.util.Optional;

/** {@code key = value} inside a datasource or generator block; the value may be missing ({@code key =}). */
public record ConfigProperty(Identifier name, Optional<Expression> value, Optional<Comment> trailingComment, Span span)
        implements Member {
}
