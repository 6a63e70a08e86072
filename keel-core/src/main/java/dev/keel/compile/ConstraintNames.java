package dev.keel.compile;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Prisma's default constraint names ({@code constraint_names.rs}), always built from database names and cut to fit
 * PostgreSQL's 63 bytes before the suffix, at a character boundary. Note Prisma cuts one byte earlier than it needs
 * to ({@code >= limit - suffix}); copied as is so the names match.
 */
final class ConstraintNames {
    static final int LIMIT = 63;

    private ConstraintNames() {
    }

    static String primaryKey(String table) {
        return cutIfAtLeast(table, LIMIT - 5) + "_pkey";
    }

    static String unique(String table, List<String> columns) {
        return index(table, columns, "_key");
    }

    static String nonUnique(String table, List<String> columns) {
        return index(table, columns, "_idx");
    }

    static String foreignKey(String table, List<String> columns) {
        return cutIfAtLeast(table + "_" + String.join("_", columns), LIMIT - 5) + "_fkey";
    }

    private static String index(String table, List<String> columns, String suffix) {
        return cutIfAtLeast(table + "_" + String.join("_", columns), LIMIT - suffix.length()) + suffix;
    }

    /** Cuts {@code s} to at most {@code bytes} UTF-8 bytes when it has {@code bytes} or more. */
    static String cutIfAtLeast(String s, int bytes) {
        if (utf8Length(s) < bytes) {
            return s;
        }
        return cutTo(s, bytes);
    }

    static String cutTo(String s, int bytes) {
        int used = 0;
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int len = utf8Length(new String(Character.toChars(cp)));
            if (used + len > bytes) {
                break;
            }
            used += len;
            i += Character.charCount(cp);
        }
        return s.substring(0, i);
    }

    /** The first {@code n} characters (code points), as Prisma's {@code chars().take(n)}. */
    static String takeChars(String s, int n) {
        int end = s.offsetByCodePoints(0, Math.min(n, s.codePointCount(0, s.length())));
        return s.substring(0, end);
    }

    static int utf8Length(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
