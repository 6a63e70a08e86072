package dev.keel.diff;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * When two partial-index predicates are the same. A schema's {@code where: raw("\"deleted\" IS NULL")} comes back
 * from PostgreSQL as {@code (deleted IS NULL)} ({@code pg_get_expr} drops needless quotes, adds parentheses and
 * casts such as {@code 'a'::text}); Prisma's differ sees no change there, so predicates are compared without
 * quotes around plain identifiers, casts to named types, parentheses, white space and letter case.
 */
public final class Predicates {
    private static final Pattern QUOTED_PLAIN = Pattern.compile("\"([a-z_][a-z0-9_]*)\"");
    private static final Pattern CAST = Pattern.compile("::\\s*\"?[A-Za-z_][A-Za-z0-9_ ]*\"?(\\[\\])?");
    private static final Pattern NOISE = Pattern.compile("[()\\s]");

    private Predicates() {
    }

    /** The comparison form of a predicate. */
    public static String canonical(String predicate) {
        String s = QUOTED_PLAIN.matcher(predicate).replaceAll("$1");
        s = CAST.matcher(s).replaceAll("");
        return NOISE.matcher(s).replaceAll("").toLowerCase(Locale.ROOT);
    }

    static boolean same(Optional<String> a, Optional<String> b) {
        return a.map(Predicates::canonical).equals(b.map(Predicates::canonical));
    }
}
