package dev.keel.history;

import java.util.List;

/**
 * One statement of a hand-written migration file. {@code sql} is the statement text without the terminating
 * semicolon (comments inside it kept, surrounding whitespace trimmed); {@code offset} and {@code line} locate its
 * first character in the file (line 1-based). {@code words} are its leading tokens outside comments and strings:
 * bare words upper-cased, quoted identifiers with their quotes, punctuation as single characters. They are enough
 * to classify the statement without a full parser.
 */
public record SqlStatement(String sql, int offset, int line, List<String> words) {
    public SqlStatement {
        words = List.copyOf(words);
    }

    /** The {@code i}-th leading token, or the empty string when the statement is shorter. */
    public String word(int i) {
        return i < words.size() ? words.get(i) : "";
    }

    public boolean startsWith(String... tokens) {
        for (int i = 0; i < tokens.length; i++) {
            if (!word(i).equals(tokens[i])) {
                return false;
            }
        }
        return true;
    }
}
