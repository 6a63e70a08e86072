package dev.keel.schema;

import java.nio.charset.StandardCharsets;

/** PostgreSQL identifier rules the model needs: quoting and the 63-byte limit (NAMEDATALEN - 1). */
public final class Identifiers {
    /** PostgreSQL silently truncates longer identifiers to this many bytes. */
    public static final int MAX_BYTES = 63;

    private Identifiers() {
    }

    /** Always double-quoted, inner quotes doubled. */
    public static String quote(String identifier) {
        // Renderers call this for every name they print; most names have no quote to double.
        if (identifier.indexOf('"') < 0) {
            return "\"" + identifier + "\"";
        }
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    /** What PostgreSQL stores for {@code identifier}: cut to 63 bytes of UTF-8 at a character boundary. */
    public static String truncate(String identifier) {
        // every name of every model passes here: no UTF-8 encoding when the name cannot be longer than the limit
        if (identifier.length() * 3 <= MAX_BYTES || fitsAscii(identifier)) {
            return identifier;
        }
        byte[] bytes = identifier.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= MAX_BYTES) {
            return identifier;
        }
        int used = 0;
        int i = 0;
        while (i < identifier.length()) {
            int cp = identifier.codePointAt(i);
            int len = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (used + len > MAX_BYTES) {
                break;
            }
            used += len;
            i += Character.charCount(cp);
        }
        return identifier.substring(0, i);
    }

    private static boolean fitsAscii(String identifier) {
        if (identifier.length() > MAX_BYTES) {
            return false;
        }
        for (int i = 0; i < identifier.length(); i++) {
            if (identifier.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
