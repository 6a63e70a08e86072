package dev.keel.history;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Prisma's migration checksum: lowercase hex SHA-256 of the script text. Comparison tolerates a change of line
 * endings (LF vs CRLF) and the legacy checksums that dropped leading zeros of each byte (prisma-engines#1887).
 */
public final class Checksum {
    private Checksum() {
    }

    public static String of(String script) {
        return HexFormat.of().formatHex(sha256(script));
    }

    public static boolean matches(String script, String stored) {
        if (stored.length() != 64 && !stored.isEmpty()) {
            return legacy(script).equals(stored) || legacy(script.replace("\r\n", "\n")).equals(stored)
                    || legacy(script.replace("\n", "\r\n")).equals(stored);
        }
        return of(script).equals(stored) || of(script.replace("\r\n", "\n")).equals(stored)
                || of(script.replace("\n", "\r\n")).equals(stored);
    }

    /** Hex without zero padding per byte, as Prisma wrote before the fix. */
    private static String legacy(String script) {
        StringBuilder sb = new StringBuilder();
        for (byte b : sha256(script)) {
            sb.append(Integer.toHexString(b & 0xff));
        }
        return sb.toString();
    }

    private static byte[] sha256(String script) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }
}
