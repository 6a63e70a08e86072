package dev.keel.diff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.keel.schema.Column;
import dev.keel.schema.DefaultValue;
import dev.keel.schema.PgType;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Prisma's {@code defaults_match}: when two column defaults count as the same. */
final class Defaults {
    /** Created on first use: most schemas have no Json default, and the mapper costs ~375 classes at start-up. */
    private static final class Lazy {
        static final ObjectMapper JSON = new ObjectMapper();
    }
    private static final Set<String> DATETIME_TYPES = Set.of("timestamp without time zone",
            "timestamp with time zone", "date", "time without time zone", "time with time zone");

    private Defaults() {
    }

    private static boolean isNow(DefaultValue d) {
        return d instanceof DefaultValue.Expression && ((DefaultValue.Expression) d).text().equals("CURRENT_TIMESTAMP");
    }

    /** An expression Prisma would see as {@code dbgenerated("...")}. */
    private static Optional<String> generatedText(DefaultValue d) {
        if (d instanceof DefaultValue.Expression && !isNow(d)) {
            return Optional.of(((DefaultValue.Expression) d).text());
        }
        if (d instanceof DefaultValue.DbGenerated) {
            return ((DefaultValue.DbGenerated) d).text();
        }
        return Optional.empty();
    }

    private static boolean isDateTime(PgType t) {
        return t.element().kind() == PgType.Kind.BUILTIN && DATETIME_TYPES.contains(t.element().name());
    }

    private static boolean isJson(PgType t) {
        return t.element().kind() == PgType.Kind.BUILTIN
                && (t.element().name().equals("json") || t.element().name().equals("jsonb"));
    }

    static boolean match(Column previous, Column next) {
        Optional<DefaultValue> p = previous.defaultValue();
        Optional<DefaultValue> n = next.defaultValue();
        if (p.isEmpty() && n.isEmpty()) {
            return true;
        }
        if (n.isPresent() && n.get() instanceof DefaultValue.DbGenerated
                && ((DefaultValue.DbGenerated) n.get()).text().isEmpty()) {
            // dbgenerated() without text: "some default Keel does not manage".
            return true;
        }
        if (p.isPresent() && p.get() instanceof DefaultValue.NextVal && n.isEmpty()) {
            return true;
        }
        if (n.isPresent() && n.get() instanceof DefaultValue.NextVal) {
            return p.isPresent() && p.get().equals(n.get()) || p.isEmpty();
        }
        if (p.isEmpty() || n.isEmpty()) {
            return false;
        }
        DefaultValue a = p.get();
        DefaultValue b = n.get();
        boolean datetime = isDateTime(previous.type()) || isDateTime(next.type());
        if (a instanceof DefaultValue.Literal && b instanceof DefaultValue.Literal) {
            if (datetime) {
                return true; // Prisma cannot compare datetime literals and treats them as equal
            }
            String x = ((DefaultValue.Literal) a).text();
            String y = ((DefaultValue.Literal) b).text();
            if (isJson(previous.type()) || isJson(next.type())) {
                return jsonEqual(x, y);
            }
            return x.equals(y);
        }
        if (datetime && (a instanceof DefaultValue.Literal || b instanceof DefaultValue.Literal)) {
            return true;
        }
        if (isNow(a) && isNow(b)) {
            return true;
        }
        Optional<String> ga = generatedText(a);
        Optional<String> gb = generatedText(b);
        if (ga.isPresent() && gb.isPresent()) {
            return ga.get().toLowerCase(Locale.ROOT).equals(gb.get().toLowerCase(Locale.ROOT));
        }
        return a.equals(b);
    }

    private static boolean jsonEqual(String x, String y) {
        Optional<String> sx = new DefaultValue.Literal(x).stringValue();
        Optional<String> sy = new DefaultValue.Literal(y).stringValue();
        if (sx.isEmpty() || sy.isEmpty()) {
            return x.equals(y);
        }
        try {
            return Lazy.JSON.readTree(sx.get()).equals(Lazy.JSON.readTree(sy.get()));
        } catch (JsonProcessingException e) {
            return true; // Prisma: unparsable JSON defaults count as equal
        }
    }
}
