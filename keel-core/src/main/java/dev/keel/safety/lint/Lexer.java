package dev.keel.safety.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * PostgreSQL's lexical rules for one statement (as split by {@link dev.keel.history.SqlSplitter}), keeping every
 * token with its position: the classifier looks at keywords outside strings and comments, and the fixes insert
 * {@code CONCURRENTLY} or {@code IF NOT EXISTS} at exact positions of the user's own statement. The splitter keeps
 * only 24 leading words without positions, which is enough for transaction rules but not for rewriting.
 */
public final class Lexer {
    private Lexer() {
    }

    public static List<Token> tokens(String s) {
        List<Token> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '-' && i + 1 < n && s.charAt(i + 1) == '-') {
                while (i < n && s.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < n && s.charAt(i + 1) == '*') {
                int depth = 0;
                while (i < n) {
                    if (s.startsWith("/*", i)) {
                        depth++;
                        i += 2;
                    } else if (s.startsWith("*/", i)) {
                        depth--;
                        i += 2;
                        if (depth == 0) {
                            break;
                        }
                    } else {
                        i++;
                    }
                }
            } else if (c == '\'') {
                boolean escapes = i > 0 && (s.charAt(i - 1) == 'E' || s.charAt(i - 1) == 'e');
                int end = quoted(s, i, '\'', escapes);
                out.add(tok(Token.Kind.STRING, s, i, end));
                i = end;
            } else if (c == '"') {
                int end = quoted(s, i, '"', false);
                out.add(tok(Token.Kind.QUOTED_IDENT, s, i, end));
                i = end;
            } else if (c == '$' && dollarTagEnd(s, i) > 0) {
                int tagEnd = dollarTagEnd(s, i);
                String tag = s.substring(i, tagEnd);
                int close = s.indexOf(tag, tagEnd);
                int end = close < 0 ? n : close + tag.length();
                out.add(tok(Token.Kind.STRING, s, i, end));
                i = end;
            } else if (Character.isDigit(c)) {
                int j = i;
                while (j < n && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '.' || s.charAt(j) == '_')) {
                    j++;
                }
                out.add(tok(Token.Kind.NUMBER, s, i, j));
                i = j;
            } else if (Character.isLetter(c) || c == '_' || c > 127) {
                int j = i;
                while (j < n && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_' || s.charAt(j) == '$'
                        || s.charAt(j) > 127)) {
                    j++;
                }
                if (j < n && s.charAt(j) == '\'' && j - i == 1) {
                    // E'...', B'...', X'...' prefixes belong to the string that follows.
                    int end = quoted(s, j, '\'', c == 'E' || c == 'e');
                    out.add(tok(Token.Kind.STRING, s, i, end));
                    i = end;
                } else {
                    out.add(tok(Token.Kind.WORD, s, i, j));
                    i = j;
                }
            } else {
                out.add(tok(Token.Kind.PUNCT, s, i, i + 1));
                i++;
            }
        }
        return List.copyOf(out);
    }

    private static Token tok(Token.Kind kind, String s, int start, int end) {
        String text = s.substring(start, end);
        return new Token(kind, text, kind == Token.Kind.WORD ? text.toUpperCase(Locale.ROOT) : text, start, end);
    }

    private static int quoted(String s, int i, char q, boolean backslash) {
        int j = i + 1;
        while (j < s.length()) {
            char c = s.charAt(j);
            if (backslash && c == '\\') {
                j += 2;
                continue;
            }
            if (c == q) {
                if (j + 1 < s.length() && s.charAt(j + 1) == q) {
                    j += 2;
                    continue;
                }
                return j + 1;
            }
            j++;
        }
        return s.length();
    }

    private static int dollarTagEnd(String s, int i) {
        if (i > 0 && (Character.isLetterOrDigit(s.charAt(i - 1)) || s.charAt(i - 1) == '_')) {
            return -1;
        }
        int j = i + 1;
        if (j < s.length() && s.charAt(j) == '$') {
            return j + 1;
        }
        if (j >= s.length() || !(Character.isLetter(s.charAt(j)) || s.charAt(j) == '_')) {
            return -1;
        }
        while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_')) {
            j++;
        }
        return j < s.length() && s.charAt(j) == '$' ? j + 1 : -1;
    }
}
