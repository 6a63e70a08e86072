package dev.keel.diag;

import java.util.Arrays;

/** A schema file's name and text, with a line table for turning offsets into line and column. */
public final class SourceFile {
    private final String name;
    private final String text;
    /** Built on first use: only printing a diagnostic needs it, and a valid schema prints none. */
    private volatile int[] lineStarts;

    public SourceFile(String name, String text) {
        this.name = name;
        this.text = text;
    }

    private int[] lineStarts() {
        int[] starts = lineStarts;
        if (starts == null) {
            starts = computeLineStarts(text);
            lineStarts = starts;
        }
        return starts;
    }

    private static int[] computeLineStarts(String text) {
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        int[] starts = new int[count];
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts[line++] = i + 1;
            }
        }
        return starts;
    }

    public String name() {
        return name;
    }

    public String text() {
        return text;
    }

    /** 1-based line of an offset; lines are separated by {@code \n} as Prisma counts them. */
    public int line(int offset) {
        int idx = Arrays.binarySearch(lineStarts(), offset);
        return (idx >= 0 ? idx : -idx - 2) + 1;
    }

    /** 1-based column (in UTF-16 units) of an offset. */
    public int column(int offset) {
        return offset - lineStarts()[line(offset) - 1] + 1;
    }

    public int lineCount() {
        return lineStarts().length;
    }

    /** Text of a 1-based line, without its {@code \n}. */
    public String lineText(int line) {
        int[] starts = lineStarts();
        int start = starts[line - 1];
        int end = line < starts.length ? starts[line] - 1 : text.length();
        return text.substring(start, end);
    }
}
