package dev.keel.psl;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One edit that damages a schema text the way a typo, a bad merge, an editor or a hostile file would.
 * Positions are fractions of the current text ({@code 0..SCALE}) so a mutation stays meaningful (and shrinks
 * towards the start of the file) whatever the text it is applied to.
 */
sealed interface SchemaMutation {
    int SCALE = 1_000_000;

    String apply(String text);

    /** Strings (with escapes), comments, words, runs of blanks, then any single character. */
    Pattern TOKEN = Pattern.compile("\"(?:[^\"\\\\\\n]++|\\\\.)*+\"|//[^\\n]*|[A-Za-z0-9_]+|[ \\t]+|(?s:.)");

    record DeleteToken(int at) implements SchemaMutation {
        public String apply(String text) {
            List<int[]> tokens = tokens(text);
            if (tokens.isEmpty()) {
                return text;
            }
            int[] t = tokens.get(index(at, tokens.size()));
            return text.substring(0, t[0]) + text.substring(t[1]);
        }
    }

    record DuplicateToken(int at) implements SchemaMutation {
        public String apply(String text) {
            List<int[]> tokens = tokens(text);
            if (tokens.isEmpty()) {
                return text;
            }
            int[] t = tokens.get(index(at, tokens.size()));
            return text.substring(0, t[1]) + text.substring(t[0], t[1]) + text.substring(t[1]);
        }
    }

    record SwapTokens(int first, int second) implements SchemaMutation {
        public String apply(String text) {
            List<int[]> tokens = tokens(text);
            if (tokens.size() < 2) {
                return text;
            }
            int i = index(first, tokens.size());
            int j = index(second, tokens.size());
            if (i == j) {
                return text;
            }
            int[] a = tokens.get(Math.min(i, j));
            int[] b = tokens.get(Math.max(i, j));
            return text.substring(0, a[0]) + text.substring(b[0], b[1]) + text.substring(a[1], b[0])
                    + text.substring(a[0], a[1]) + text.substring(b[1]);
        }
    }

    record DeleteLine(int at) implements SchemaMutation {
        public String apply(String text) {
            List<String> lines = lines(text);
            lines.remove(index(at, lines.size()));
            return String.join("\n", lines);
        }
    }

    record DuplicateLine(int at) implements SchemaMutation {
        public String apply(String text) {
            List<String> lines = lines(text);
            int i = index(at, lines.size());
            lines.add(i, lines.get(i));
            return String.join("\n", lines);
        }
    }

    record SwapLines(int first, int second) implements SchemaMutation {
        public String apply(String text) {
            List<String> lines = lines(text);
            int i = index(first, lines.size());
            int j = index(second, lines.size());
            String a = lines.get(i);
            lines.set(i, lines.get(j));
            lines.set(j, a);
            return String.join("\n", lines);
        }
    }

    /** Cuts the file short: unclosed strings, argument lists and blocks. */
    record Truncate(int at) implements SchemaMutation {
        public String apply(String text) {
            return text.substring(0, index(at, text.length() + 1));
        }
    }

    /** Raw characters anywhere, including NUL, lone surrogates, {@code \r}, unicode spaces and BOMs. */
    record Insert(int at, String chars) implements SchemaMutation {
        public String apply(String text) {
            int i = index(at, text.length() + 1);
            return text.substring(0, i) + chars + text.substring(i);
        }

        @Override
        public String toString() {
            StringBuilder shown = new StringBuilder();
            chars.chars().forEach(c -> shown.append(c >= 0x20 && c < 0x7f ? String.valueOf((char) c)
                    : String.format("\\u%04x", c)));
            return "Insert[at=" + at + ", chars=\"" + shown + "\"]";
        }
    }

    /** {@code @default(f(f(...)))} or {@code @default([[[...]]])} {@code depth} deep at the end of a line. */
    record Nest(int at, int depth, boolean array, boolean closed) implements SchemaMutation {
        public String apply(String text) {
            String open = array ? "[" : "f(";
            String close = array ? "]" : ")";
            String value = open.repeat(depth) + "1" + (closed ? close.repeat(depth) + ")" : "");
            return insertAtLineEnd(text, at, " @default(" + value);
        }
    }

    /** A new line of about a megabyte, in one of a few shapes that make different parser rules run long. */
    record LongLine(int at, int shape) implements SchemaMutation {
        static final int SIZE = 1 << 20;
        static final int SHAPES = 9;

        public String apply(String text) {
            String line = switch (shape % SHAPES) {
                case 0 -> "a".repeat(SIZE);
                case 1 -> "  field String @default(\"" + "y".repeat(SIZE) + "\")";
                case 2 -> "  open String @default(\"" + "z".repeat(SIZE);
                case 3 -> "// " + "c".repeat(SIZE);
                case 4 -> "@".repeat(SIZE);
                case 5 -> "{".repeat(SIZE);
                case 6 -> "  deep Int @default(" + "f(".repeat(SIZE / 2);
                case 7 -> "\u00a0".repeat(SIZE) + "x";
                default -> "  list Int[] @default([" + "1, ".repeat(SIZE / 3) + "1])";
            };
            List<String> lines = lines(text);
            lines.add(index(at, lines.size() + 1), line);
            return String.join("\n", lines);
        }

        @Override
        public String toString() {
            return "LongLine[at=" + at + ", shape=" + (shape % SHAPES) + "]";
        }
    }

    private static String insertAtLineEnd(String text, int at, String insert) {
        List<String> lines = lines(text);
        int i = index(at, lines.size());
        lines.set(i, lines.get(i) + insert);
        return String.join("\n", lines);
    }

    private static int index(int fraction, int size) {
        return (int) ((long) fraction * size / (SCALE + 1L));
    }

    private static List<String> lines(String text) {
        return new ArrayList<>(List.of(text.split("\n", -1)));
    }

    private static List<int[]> tokens(String text) {
        List<int[]> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(new int[] {m.start(), m.end()});
        }
        return tokens;
    }
}
