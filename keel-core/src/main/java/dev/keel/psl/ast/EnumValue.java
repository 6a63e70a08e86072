package dev.keel.psl.ast;

import dev.keel.diag.Span;
import java.util.List;
import java.util.Optional;

public record EnumValue(Identifier name, List<Attribute> attributes, Optional<String> documentation,
                        Optional<Comment> trailingComment, Span span) implements Member {
    public EnumValue {
        attributes = List.copyOf(attributes);
    }
}
