package dev.keel.compile;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * A {@code DateTime} default as Prisma's engine writes it into SQL: it parses the schema's RFC 3339 text and prints
 * it the way its date library displays a date-time with offset ({@code 2020-01-02 03:04:05.120 +00:00}: a space
 * before the time and before the offset, fractional seconds only when non-zero, in 3, 6 or 9 digits).
 */
final class PrismaDateTime {
    private PrismaDateTime() {
    }

    static String display(String rfc3339) {
        OffsetDateTime t;
        try {
            t = OffsetDateTime.parse(rfc3339.replace(' ', 'T'));
        } catch (DateTimeParseException e) {
            return rfc3339;
        }
        StringBuilder sb = new StringBuilder(String.format("%04d-%02d-%02d %02d:%02d:%02d", t.getYear(),
                t.getMonthValue(), t.getDayOfMonth(), t.getHour(), t.getMinute(), t.getSecond()));
        int nanos = t.getNano();
        if (nanos != 0) {
            if (nanos % 1_000_000 == 0) {
                sb.append(String.format(".%03d", nanos / 1_000_000));
            } else if (nanos % 1_000 == 0) {
                sb.append(String.format(".%06d", nanos / 1_000));
            } else {
                sb.append(String.format(".%09d", nanos));
            }
        }
        int offset = t.getOffset().getTotalSeconds();
        int abs = Math.abs(offset);
        sb.append(' ').append(offset < 0 ? '-' : '+').append(String.format("%02d:%02d", abs / 3600, abs / 60 % 60));
        if (abs % 60 != 0) {
            sb.append(String.format(":%02d", abs % 60));
        }
        return sb.toString();
    }
}
