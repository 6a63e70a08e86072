package dev.keel.diag;

/**
 * A half-open range of UTF-16 offsets {@code [start, end)} in one source file.
 * Offsets, not line/column: lines are computed from the {@link SourceFile} only when printing.
 */
public record Span(int fileId, int start, int end) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    public static Span of(int fileId, int start, int end) {
        return new Span(fileId, start, end);
    }

    /** The smallest span covering both. */
    public Span to(Span other) {
        return new Span(fileId, Math.min(start, other.start), Math.max(end, other.end));
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }
}
