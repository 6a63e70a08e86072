package dev.keel.history;

import dev.keel.api.ErrorCode;
import dev.keel.api.KeelException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * Folder names of new migrations, as {@code prisma migrate dev} makes them: {@code <UTC yyyyMMddHHmmss>_<slug>}.
 * The slug is {@code @sindresorhus/slugify(name, {separator: '_'})} cut to 200 characters: transliterated to
 * ASCII, camelCase split into words, lower-cased, every run of other characters one {@code _}, no {@code _} at
 * either end.
 */
public final class MigrationName {
    public static final int MAX_NAME_BYTES = 200;
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    /** Letters NFD does not decompose, spelled as slugify's transliteration table spells them. */
    private static final Map<Character, String> LETTERS = Map.ofEntries(Map.entry('ß', "ss"), Map.entry('æ', "ae"),
            Map.entry('Æ', "AE"), Map.entry('ø', "o"), Map.entry('Ø', "O"), Map.entry('œ', "oe"), Map.entry('Œ', "OE"),
            Map.entry('đ', "d"), Map.entry('Đ', "D"), Map.entry('ł', "l"), Map.entry('Ł', "L"), Map.entry('þ', "th"),
            Map.entry('Þ', "TH"), Map.entry('ð', "d"), Map.entry('Ð', "D"), Map.entry('ħ', "h"), Map.entry('ı', "i"));

    private MigrationName() {
    }

    public static String timestamp(ZonedDateTime now) {
        return now.withZoneSameInstant(ZoneOffset.UTC).format(TIMESTAMP);
    }

    public static String folder(ZonedDateTime now, String slug) {
        return timestamp(now) + "_" + slug;
    }

    /** Prisma's slug of a user-given migration name. */
    public static String slugify(String name) {
        String s = name.replace("&", " and ");
        StringBuilder ascii = new StringBuilder();
        for (char ch : Normalizer.normalize(s, Normalizer.Form.NFD).toCharArray()) {
            if (Character.getType(ch) == Character.NON_SPACING_MARK) {
                continue;
            }
            ascii.append(LETTERS.getOrDefault(ch, String.valueOf(ch)));
        }
        s = ascii.toString();
        // slugify's decamelize: split acronym-digit, word-acronym, lower-upper and acronym-Word boundaries.
        s = s.replaceAll("([A-Z]{2,})(\\d+)", "$1 $2")
                .replaceAll("([a-z\\d]+)([A-Z]{2,})", "$1 $2")
                .replaceAll("([a-z\\d])([A-Z])", "$1 $2")
                .replaceAll("([A-Z]+)([A-Z][a-rt-z\\d]+)", "$1 $2");
        s = s.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z\\d]+", "_");
        s = s.replaceAll("^_+|_+$", "");
        return s.length() > MAX_NAME_BYTES ? s.substring(0, MAX_NAME_BYTES) : s;
    }

    /** P3010 for a name over 200 bytes (only reachable with a name the slug does not shorten). */
    public static void checkLength(String name) {
        if (name.getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES) {
            throw new KeelException(ErrorCode.NAME_TOO_LONG, "The name of the migration is too long. It must not be "
                    + "longer than 200 characters (bytes).");
        }
    }
}
