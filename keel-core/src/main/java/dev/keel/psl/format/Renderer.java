package dev.keel.psl.format;

/** The output stream of the formatter: indentation is added when a line's first text is written, never otherwise. */
final class Renderer {
    private final StringBuilder stream = new StringBuilder();
    private final int indentWidth;
    private int indent;

    Renderer(int indentWidth) {
        this.indentWidth = indentWidth;
    }

    void write(String text) {
        if (stream.length() == 0 || stream.charAt(stream.length() - 1) == '\n') {
            stream.append(" ".repeat(indent * indentWidth));
        }
        stream.append(text);
    }

    void endLine() {
        stream.append('\n');
    }

    void indentUp() {
        indent++;
    }

    void indentDown() {
        if (indent > 0) {
            indent--;
        }
    }

    boolean endsWithNewline() {
        return stream.length() > 0 && stream.charAt(stream.length() - 1) == '\n';
    }

    String text() {
        return stream.toString();
    }
}
