package dev.keel.diag;

import java.util.List;

/**
 * Prints diagnostics in the layout of Prisma's {@code pretty_print.rs}: title, {@code -->  file:line},
 * and a gutter with the line before, the offending line and any further lines the span covers.
 * With colour on, the ANSI codes are Prisma's, so fixture expectations compare byte for byte.
 */
public final class DiagnosticPrinter {
    private static final String RESET = "\u001b[0m";
    private static final String BLUE = "\u001b[1;94m";
    private final boolean colour;

    public DiagnosticPrinter(boolean colour) {
        this.colour = colour;
    }

    public String print(List<Diagnostic> diagnostics, List<SourceFile> files) {
        StringBuilder out = new StringBuilder();
        for (Diagnostic d : diagnostics) {
            print(out, d, files.get(d.span().fileId()));
        }
        return out.toString();
    }

    public String print(Diagnostic d, SourceFile file) {
        StringBuilder out = new StringBuilder();
        print(out, d, file);
        return out.toString();
    }

    private void print(StringBuilder out, Diagnostic d, SourceFile file) {
        String text = file.text();
        Span span = d.span();
        int spanStart = Math.min(span.start(), text.length());
        int spanEnd = Math.min(span.end(), text.length());
        int startLine = file.line(spanStart) - 1;
        int endLine = file.line(spanEnd) - 1;
        String line = file.lineText(startLine + 1);
        int lineStart = spanStart - (file.column(spanStart) - 1);
        int startInLine = spanStart - lineStart;
        int endInLine = Math.min(startInLine + (spanEnd - spanStart), line.length());
        String prefix = line.substring(0, startInLine);
        String offending = line.substring(startInLine, endInLine);
        String suffix = line.substring(endInLine);
        String primary = d.isError() ? "\u001b[1;91m" : "\u001b[1;93m";
        String title = d.isError() ? "error" : "warning";

        out.append(paint(primary, title)).append(": ").append(paint("\u001b[1m", d.message())).append('\n');
        out.append("  ").append(paint(BLUE, "-->")).append("  ")
                .append(paint("\u001b[4m", file.name() + ":" + (startLine + 1))).append('\n');
        out.append(gutter(0)).append('\n');
        out.append(gutterWithLine(startLine, file)).append('\n');
        out.append(gutter(startLine + 1)).append(prefix).append(paint(primary, offending)).append(suffix).append('\n');
        if (offending.isEmpty()) {
            out.append(gutter(0)).append(" ".repeat(startInLine)).append(paint(primary, "^ Unexpected token."))
                    .append('\n');
        }
        for (int n = startLine + 2; n < endLine + 2; n++) {
            out.append(gutterWithLine(n, file)).append('\n');
        }
        out.append(gutter(0)).append('\n');
    }

    private String gutterWithLine(int lineNumber, SourceFile file) {
        if (lineNumber > 0 && lineNumber <= file.lineCount()) {
            return gutter(lineNumber) + file.lineText(lineNumber);
        }
        return gutter(lineNumber);
    }

    private String gutter(int lineNumber) {
        String g = lineNumber <= 0 ? "   | " : lineNumber < 10 ? " " + lineNumber + " | " : lineNumber + " | ";
        return paint(BLUE, g);
    }

    /** Colours a piece as the Rust {@code colored} crate does: nothing at all around an empty string. */
    private String paint(String code, String s) {
        if (!colour || s.isEmpty()) {
            return s;
        }
        return code + s + RESET;
    }
}
