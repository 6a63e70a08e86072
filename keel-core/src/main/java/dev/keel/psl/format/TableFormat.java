package dev.keel.psl.format;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows of columns aligned to the widest cell of each column (Prisma measures widths in UTF-8 bytes), each row with
 * an optional suffix (a trailing comment) that does not take part in the layout. Interleaved rows are written as
 * they are and do not influence the layout either.
 */
final class TableFormat {
    private final List<Row> rows = new ArrayList<>();

    private static final class Row {
        final List<StringBuilder> columns = new ArrayList<>();
        final StringBuilder suffix = new StringBuilder();
        /** Non-null for an interleaved (verbatim) row. */
        final StringBuilder interleaved;

        Row(StringBuilder interleaved) {
            this.interleaved = interleaved;
        }
    }

    void startNewLine() {
        rows.add(new Row(null));
    }

    void interleave(String text) {
        rows.add(new Row(new StringBuilder(text)));
    }

    /** The cell at {@code index} of the current row, creating empty cells up to it. */
    StringBuilder column(int index) {
        Row row = current();
        if (row.interleaved != null) {
            return row.interleaved;
        }
        while (row.columns.size() <= index) {
            row.columns.add(new StringBuilder());
        }
        while (row.columns.size() > index + 1) {
            row.columns.remove(row.columns.size() - 1);
        }
        return row.columns.get(index);
    }

    void appendSuffix(String text) {
        Row row = current();
        if (row.interleaved != null) {
            row.interleaved.append(text);
        } else {
            row.suffix.append(text);
        }
    }

    private Row current() {
        if (rows.isEmpty()) {
            startNewLine();
        }
        return rows.get(rows.size() - 1);
    }

    void render(Renderer target) {
        List<Integer> widths = new ArrayList<>();
        for (Row row : rows) {
            if (row.interleaved != null) {
                continue;
            }
            while (!row.columns.isEmpty() && row.columns.get(row.columns.size() - 1).length() == 0) {
                row.columns.remove(row.columns.size() - 1);
            }
            for (int i = 0; i < row.columns.size(); i++) {
                int w = utf8Length(row.columns.get(i));
                if (i >= widths.size()) {
                    widths.add(w);
                } else if (w > widths.get(i)) {
                    widths.set(i, w);
                }
            }
        }
        for (Row row : rows) {
            if (row.interleaved != null) {
                target.write(row.interleaved.toString());
            } else {
                for (int i = 0; i < row.columns.size(); i++) {
                    String col = row.columns.get(i).toString();
                    int spacing = i == row.columns.size() - 1 ? 0 : widths.get(i) - utf8Length(col) + 1;
                    target.write(col);
                    target.write(" ".repeat(spacing));
                }
                if (row.suffix.length() > 0) {
                    if (!row.columns.isEmpty()) {
                        target.write(" ");
                    }
                    target.write(row.suffix.toString());
                }
            }
            target.endLine();
        }
        rows.clear();
    }

    private static int utf8Length(CharSequence s) {
        return s.toString().getBytes(StandardCharsets.UTF_8).length;
    }
}
