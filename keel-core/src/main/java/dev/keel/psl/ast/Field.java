package dev.keel.psl.ast;

import dev.keel.diag.Span;
import java.util.List;
import java.util.Optional;

/**
 * A field of a model, view or composite type. {@code type} is empty when the line has only a name
 * (the grammar allows it; validation reports it). {@code span} covers the line including its newline,
 * as Prisma's does.
 */
public record Field(Identifier name, Optional<FieldType> type, List<Attribute> attributes,
                    Optional<String> documentation, Optional<Comment> trailingComment, boolean legacyColon,
                    Span span) implements Member {
    public Field {
        attributes = List.copyOf(attributes);
    }

    public Optional<Attribute> attribute(String attributeName) {
        for (Attribute a : attributes) {
            if (a.name().name().equals(attributeName)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
