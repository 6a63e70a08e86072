package dev.keel.safety.lint;

/**
 * One lexical token of a statement: {@code text} as written, {@code upper} the upper-cased bare word (quoted
 * identifiers and strings keep their quotes), {@code start}/{@code end} its character range in the statement text.
 */
public record Token(Kind kind, String text, String upper, int start, int end) {
    public enum Kind { WORD, QUOTED_IDENT, STRING, NUMBER, PUNCT }

    public boolean is(String word) {
        return kind == Kind.WORD && upper.equals(word);
    }
}
