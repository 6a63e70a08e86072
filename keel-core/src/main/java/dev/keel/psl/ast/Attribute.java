package dev.keel.psl.ast;

import dev.keel.diag.Span;
import java.util.Optional;

/**
 * {@code @name(args)} on a field or enum value, or {@code @@name(args)} on a block. {@code name} is the path
 * without the at-signs ({@code id}, {@code db.VarChar}). {@code arguments} is empty-but-present when written
 * without parentheses; {@code hasParentheses} tells the two apart for the formatter.
 */
public record Attribute(Identifier name, ArgumentsList arguments, boolean hasParentheses, boolean isBlock,
                        Optional<String> trailingComment, Span span) {

    public String source() {
        return (isBlock ? "@@" : "@") + name.name() + (hasParentheses ? arguments.source() : "");
    }
}
