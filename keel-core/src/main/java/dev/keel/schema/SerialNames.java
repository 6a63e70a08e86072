package dev.keel.schema;

import java.nio.charset.StandardCharsets;

/** PostgreSQL's {@code makeObjectName(table, column, "seq")}: shortens the longer part first to fit 63 bytes. */
final class SerialNames {
    private SerialNames() {
    }

    static String sequenceName(String table, String column) {
        String suffix = "seq";
        int overhead = 2 + suffix.length(); // two underscores
        int t = bytes(table);
        int c = bytes(column);
        while (t + c + overhead > Identifiers.MAX_BYTES) {
            if (t > c) {
                t--;
            } else {
                c--;
            }
        }
        return cut(table, t) + "_" + cut(column, c) + "_" + suffix;
    }

    private static int bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    /** The longest prefix of {@code s} of at most {@code max} bytes, at a character boundary. */
    private static String cut(String s, int max) {
        int used = 0;
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int len = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (used + len > max) {
                break;
            }
            used += len;
            i += Character.charCount(cp);
        }
        return s.substring(0, i);
    }
}
