package dev.keel.history;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a PostgreSQL script into statements the way psql does: semicolons inside single-quoted strings (also
 * {@code E''} strings with backslash escapes), quoted identifiers, dollar-quoted bodies with or without tags,
 * {@code --} comments and nested {@code /* *}{@code /} comments do not end a statement, and neither do those in a
 * SQL-standard function body ({@code CREATE FUNCTION … BEGIN ATOMIC … END}). Statements that are only comments or
 * whitespace are dropped.
 */
public final class SqlSplitter {
    /** How many leading tokens each statement keeps for classification. */
    private static final int WORDS_KEPT = 24;

    private final String s;
    private final List<SqlStatement> out = new ArrayList<>();
    private int pos;
    private int line = 1;

    // State of the statement being read.
    private int stmtStart = -1;
    private int stmtLine;
    private final List<String> words = new ArrayList<>();
    private int atomicDepth;

    private SqlSplitter(String script) {
        this.s = script;
    }

    public static List<SqlStatement> split(String script) {
        SqlSplitter sp = new SqlSplitter(script);
        sp.run();
        return List.copyOf(sp.out);
    }

    private void run() {
        int n = s.length();
        while (pos < n) {
            char c = s.charAt(pos);
            if (c == '\n') {
                line++;
                pos++;
            } else if (Character.isWhitespace(c)) {
                pos++;
            } else if (c == '-' && peek(1) == '-') {
                skipLineComment();
            } else if (c == '/' && peek(1) == '*') {
                skipBlockComment();
            } else if (c == ';') {
                if (atomicDepth > 0) {
                    mark();
                    pos++;
                } else {
                    finish(pos);
                    pos++;
                }
            } else if (c == '\'') {
                mark();
                boolean escapes = pos > 0 && isEscapeStringPrefix(pos);
                skipQuoted('\'', escapes);
            } else if (c == '"') {
                mark();
                int start = pos;
                skipQuoted('"', false);
                word(s.substring(start, pos));
            } else if (c == '$' && dollarTagEnd(pos) > 0 && !isIdentPart(prev())) {
                mark();
                skipDollarQuoted();
            } else if (isIdentStart(c)) {
                mark();
                int start = pos;
                while (pos < n && isIdentPart(s.charAt(pos))) {
                    pos++;
                }
                // E'...', U&'...', B'...', X'...' prefixes are handled by the quote branch looking back.
                String w = s.substring(start, pos).toUpperCase(java.util.Locale.ROOT);
                trackAtomic(w);
                word(w);
            } else {
                mark();
                word(String.valueOf(c));
                pos++;
            }
        }
        finish(n);
    }

    /** psql's rule: inside CREATE FUNCTION/PROCEDURE, BEGIN … END (and CASE … END within it) nest. */
    private void trackAtomic(String w) {
        if (w.equals("BEGIN") && isRoutineDefinition()) {
            atomicDepth++;
        } else if (w.equals("CASE") && atomicDepth > 0) {
            atomicDepth++;
        } else if (w.equals("END") && atomicDepth > 0) {
            atomicDepth--;
        }
    }

    private boolean isRoutineDefinition() {
        if (words.isEmpty() || !words.get(0).equals("CREATE")) {
            return false;
        }
        int i = 1;
        if (words.size() > 2 && words.get(1).equals("OR") && words.get(2).equals("REPLACE")) {
            i = 3;
        }
        return words.size() > i && (words.get(i).equals("FUNCTION") || words.get(i).equals("PROCEDURE"));
    }

    private void mark() {
        if (stmtStart < 0) {
            stmtStart = pos;
            stmtLine = line;
        }
    }

    private void word(String w) {
        if (words.size() < WORDS_KEPT) {
            words.add(w);
        }
    }

    private void finish(int end) {
        if (stmtStart >= 0) {
            String text = s.substring(stmtStart, end).strip();
            out.add(new SqlStatement(text, stmtStart, stmtLine, words));
        }
        stmtStart = -1;
        words.clear();
        atomicDepth = 0;
    }

    private char peek(int ahead) {
        int i = pos + ahead;
        return i < s.length() ? s.charAt(i) : '\0';
    }

    private char prev() {
        return pos > 0 ? s.charAt(pos - 1) : '\0';
    }

    private void skipLineComment() {
        while (pos < s.length() && s.charAt(pos) != '\n') {
            pos++;
        }
    }

    private void skipBlockComment() {
        int depth = 0;
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (c == '/' && peek(1) == '*') {
                depth++;
                pos += 2;
            } else if (c == '*' && peek(1) == '/') {
                depth--;
                pos += 2;
                if (depth == 0) {
                    return;
                }
            } else {
                if (c == '\n') {
                    line++;
                }
                pos++;
            }
        }
    }

    /** {@code E'…'} (or {@code e'…'}) directly before the quote, and not the end of a longer identifier. */
    private boolean isEscapeStringPrefix(int quoteAt) {
        char p = s.charAt(quoteAt - 1);
        if (p != 'E' && p != 'e') {
            return false;
        }
        return quoteAt < 2 || !isIdentPart(s.charAt(quoteAt - 2));
    }

    private void skipQuoted(char quote, boolean backslashEscapes) {
        pos++;
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (c == '\n') {
                line++;
            }
            if (backslashEscapes && c == '\\') {
                if (peek(1) == '\n') {
                    line++;
                }
                pos += 2;
                continue;
            }
            if (c == quote) {
                if (peek(1) == quote) {
                    pos += 2;
                    continue;
                }
                pos++;
                return;
            }
            pos++;
        }
    }

    /** If a dollar-quote opener ({@code $$} or {@code $tag$}) starts at {@code i}, the index after it, else -1. */
    private int dollarTagEnd(int i) {
        int j = i + 1;
        if (j < s.length() && s.charAt(j) == '$') {
            return j + 1;
        }
        if (j >= s.length() || !isIdentStart(s.charAt(j)) ) {
            return -1;
        }
        while (j < s.length() && isTagPart(s.charAt(j))) {
            j++;
        }
        return j < s.length() && s.charAt(j) == '$' ? j + 1 : -1;
    }

    private void skipDollarQuoted() {
        int tagEnd = dollarTagEnd(pos);
        String tag = s.substring(pos, tagEnd);
        int close = s.indexOf(tag, tagEnd);
        int end = close < 0 ? s.length() : close + tag.length();
        for (int i = pos; i < end; i++) {
            if (s.charAt(i) == '\n') {
                line++;
            }
        }
        pos = end;
    }

    private static boolean isIdentStart(char c) {
        return Character.isLetter(c) || c == '_' || c > 127;
    }

    private static boolean isIdentPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c > 127;
    }

    private static boolean isTagPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c > 127;
    }
}
