package dev.keel.psl.ast;

import dev.keel.diag.Span;
import java.util.List;

/**
 * One entry inside a block, in source order. Kept whole (comments, blank lines, unparseable lines) so the
 * formatter can reproduce the file; validation reads only the typed members.
 */
public sealed interface Member permits Field, EnumValue, ConfigProperty, Member.CommentBlock, Member.EmptyLines,
        Member.CatchAll, Member.BlockAttributeMember {
    Span span();

    /** A run of comment lines with no blank line between them. */
    record CommentBlock(List<Comment> comments, Span span) implements Member, Item {
        public CommentBlock {
            comments = List.copyOf(comments);
        }
    }

    /** One or more blank lines; {@code count} is how many. */
    record EmptyLines(int count, Span span) implements Member, Item {
    }

    /** A line the grammar could not read; validation reports it, the formatter keeps it verbatim. */
    record CatchAll(String text, Span span) implements Member, Item {
    }

    record BlockAttributeMember(Attribute attribute) implements Member {
        public Span span() {
            return attribute.span();
        }
    }
}
