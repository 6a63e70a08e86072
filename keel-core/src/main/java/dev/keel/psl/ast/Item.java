package dev.keel.psl.ast;

import dev.keel.diag.Span;

/** Anything at the top level of a file: a declaration, or a comment block, blank lines or an unreadable line. */
public sealed interface Item permits Top, Member.CommentBlock, Member.EmptyLines, Member.CatchAll {
    Span span();
}
