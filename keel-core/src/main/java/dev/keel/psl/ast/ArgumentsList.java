package dev.keel.psl.ast;

import dev.keel.diag.Span;
import java.util.List;
import java.util.Optional;

/**
 * The parenthesised arguments of an attribute or function. {@code emptyArguments} are {@code name:} with no value,
 * which the grammar accepts (for editor completion) and validation rejects.
 */
public record ArgumentsList(List<Argument> arguments, List<Identifier> emptyArguments,
                            Optional<Span> trailingComma, Span span) {
    public ArgumentsList {
        arguments = List.copyOf(arguments);
        emptyArguments = List.copyOf(emptyArguments);
    }

    public static ArgumentsList empty(Span at) {
        return new ArgumentsList(List.of(), List.of(), Optional.empty(), at);
    }

    public String source() {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < arguments.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(arguments.get(i).source());
        }
        return sb.append(')').toString();
    }
}
