package dev.keel.schema;

import java.util.ArrayList;
import java.util.List;

/** Reading possibly-quoted, possibly-qualified SQL names ({@code "Schema"."My Seq"}, {@code public.t_id_seq}). */
final class PgTypeNames {
    private PgTypeNames() {
    }

    /** Parses a (schema.)name, folding unquoted parts to lower case as PostgreSQL does. */
    static QualifiedName qualified(String text, String defaultSchema) {
        List<String> parts = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        String s = text.strip();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == '.') {
                parts.add(cur.toString());
                cur.setLength(0);
            } else if (!Character.isWhitespace(c)) {
                cur.append(Character.toLowerCase(c));
            }
        }
        parts.add(cur.toString());
        if (parts.size() == 1) {
            return new QualifiedName(defaultSchema, parts.get(0));
        }
        return new QualifiedName(parts.get(parts.size() - 2), parts.get(parts.size() - 1));
    }
}
