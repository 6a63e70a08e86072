package dev.keel.diff;

import dev.keel.schema.Column;
import dev.keel.schema.PgType;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether and how a column's type changes, with Prisma's PostgreSQL cast table
 * ({@code postgres_native_type_change_riskyness}): which changes are safe casts, risky casts, or need the column
 * dropped and recreated.
 */
final class TypeCasts {
    private TypeCasts() {
    }

    /** A Prisma native type: its name and up to two numeric arguments (null when absent). */
    record Native(String name, Integer a, Integer b) {
        boolean is(String n) {
            return name.equals(n);
        }
    }

    private static final Map<String, String> NATIVE_NAMES = Map.ofEntries(
            Map.entry("smallint", "SmallInt"), Map.entry("integer", "Integer"), Map.entry("bigint", "BigInt"),
            Map.entry("numeric", "Decimal"), Map.entry("real", "Real"),
            Map.entry("double precision", "DoublePrecision"), Map.entry("character varying", "VarChar"),
            Map.entry("character", "Char"), Map.entry("text", "Text"), Map.entry("bytea", "ByteA"),
            Map.entry("date", "Date"), Map.entry("timestamp without time zone", "Timestamp"),
            Map.entry("timestamp with time zone", "Timestamptz"), Map.entry("time without time zone", "Time"),
            Map.entry("time with time zone", "Timetz"), Map.entry("boolean", "Boolean"), Map.entry("bit", "Bit"),
            Map.entry("bit varying", "VarBit"), Map.entry("uuid", "Uuid"), Map.entry("xml", "Xml"),
            Map.entry("json", "Json"), Map.entry("jsonb", "JsonB"), Map.entry("oid", "Oid"),
            Map.entry("inet", "Inet"), Map.entry("money", "Money"));

    /** The Prisma native type of a column's element type, or empty for types Prisma has none for. */
    static Optional<Native> nativeOf(PgType type) {
        PgType t = type.element();
        if (t.kind() == PgType.Kind.OTHER && t.name().equals("citext")) {
            return Optional.of(new Native("Citext", null, null));
        }
        if (t.kind() != PgType.Kind.BUILTIN || !NATIVE_NAMES.containsKey(t.name())) {
            return Optional.empty();
        }
        String n = NATIVE_NAMES.get(t.name());
        Integer a = t.length().or(t::precision).orElse(null);
        Integer b = t.scale().orElse(null);
        return Optional.of(new Native(n, a, b));
    }

    /** Prisma's {@code native_type_to_string}, used in warnings: {@code VarChar(191)}, {@code Decimal(65,30)}. */
    static String display(Column c) {
        Optional<Native> n = nativeOf(c.type());
        if (n.isEmpty()) {
            return c.type().enumRef().isPresent() ? "Enum" : "Unsupported(\"" + c.type().element().sql() + "\")";
        }
        Native t = n.get();
        if (t.a() == null) {
            return t.name();
        }
        return t.name() + "(" + t.a() + (t.b() != null ? "," + t.b() : "") + ")";
    }

    static Optional<TypeChange> change(Column previous, Column next) {
        PgType p = previous.type();
        PgType n = next.type();
        Optional<?> pe = p.enumRef();
        Optional<?> ne = n.enumRef();
        if (pe.isPresent() || ne.isPresent()) {
            return pe.equals(ne) && p.isArray() == n.isArray() ? Optional.empty() : Optional.of(TypeChange.NOT_CASTABLE);
        }
        boolean listToScalar = p.isArray() && !n.isArray();
        boolean scalarToList = !p.isArray() && n.isArray();
        Optional<Native> pn = nativeOf(p);
        Optional<Native> nn = nativeOf(n);
        if (listToScalar && nn.isPresent()) {
            Native x = nn.get();
            if (x.is("Text") || (x.is("VarChar") && x.a() == null)) {
                return Optional.of(TypeChange.SAFE_CAST);
            }
            if (x.is("VarChar") || x.is("Char")) {
                return Optional.of(TypeChange.RISKY_CAST);
            }
        }
        if (listToScalar || scalarToList) {
            return Optional.of(TypeChange.NOT_CASTABLE);
        }
        if (pn.isPresent() && nn.isPresent()) {
            return Optional.ofNullable(riskiness(pn.get(), nn.get()));
        }
        if (pn.isEmpty() && nn.isEmpty()) {
            // Prisma never sees a change between two unsupported types; Keel compares them and calls it risky.
            return p.element().equals(n.element()) ? Optional.empty() : Optional.of(TypeChange.RISKY_CAST);
        }
        return Optional.of(TypeChange.RISKY_CAST);
    }

    private static final TypeChange SAFE = TypeChange.SAFE_CAST;
    private static final TypeChange RISKY = TypeChange.RISKY_CAST;
    private static final TypeChange NONE_CAST = TypeChange.NOT_CASTABLE;

    private static boolean isCharLike(Native n) {
        return n.is("VarChar") || n.is("Char");
    }

    /** Null when the types are the same (no change). */
    @SuppressWarnings("checkstyle:CyclomaticComplexity")
    static TypeChange riskiness(Native prev, Native next) {
        if (prev.equals(next)) {
            return null;
        }
        boolean nextIsChar = next.is("Char");
        Integer nl = next.a();
        switch (prev.name()) {
            case "Inet":
                return next.is("Citext") || next.is("Text") || next.is("VarChar") ? SAFE : NONE_CAST;
            case "Money":
                return next.is("Citext") || next.is("Text") || next.is("VarChar") ? SAFE : RISKY;
            case "Citext":
                return next.is("Text") || next.is("VarChar") ? SAFE : RISKY;
            case "Oid":
                return next.is("Text") || next.is("VarChar") || next.is("BigInt") || next.is("Integer")
                        ? SAFE : NONE_CAST;
            case "SmallInt":
                return intCast(next, 3, 4, nextIsChar, Map.of("Integer", SAFE, "BigInt", SAFE));
            case "Integer":
                return intCast(next, 10, 11, nextIsChar, Map.of("SmallInt", RISKY, "BigInt", SAFE));
            case "BigInt":
                return intCast(next, 19, 20, nextIsChar, Map.of("SmallInt", RISKY, "Integer", RISKY));
            case "Decimal":
                return decimalCast(prev, next, nextIsChar);
            case "Real":
            case "DoublePrecision": {
                boolean dbl = prev.is("DoublePrecision");
                switch (next.name()) {
                    case "SmallInt": case "Integer": case "BigInt": case "Decimal":
                        return RISKY;
                    case "Real":
                        return dbl ? RISKY : SAFE;
                    case "DoublePrecision":
                        return SAFE;
                    case "VarChar": case "Char":
                        if (nl != null && nl < (dbl ? 317 : 47)) {
                            return RISKY;
                        }
                        return nl == null && nextIsChar ? RISKY : SAFE;
                    case "Text":
                        return SAFE;
                    default:
                        return NONE_CAST;
                }
            }
            case "VarChar":
            case "Char": {
                if (next.is("Text")) {
                    return SAFE;
                }
                if (!isCharLike(next)) {
                    return NONE_CAST;
                }
                Integer ol = prev.a();
                if (prev.is("Char") && ol == null) {
                    return SAFE;
                }
                if (ol == null && nl == null) {
                    return nextIsChar ? RISKY : SAFE;
                }
                if (ol == null) {
                    return RISKY;
                }
                if (nl == null) {
                    if (ol == 1) {
                        return SAFE;
                    }
                    return nextIsChar ? RISKY : SAFE;
                }
                return ol > nl ? RISKY : SAFE;
            }
            case "Text":
                if (next.is("Text") || (next.is("VarChar") && nl == null) || next.is("Citext")) {
                    return SAFE;
                }
                return isCharLike(next) ? RISKY : NONE_CAST;
            case "ByteA":
                if (next.is("Text") || (next.is("VarChar") && nl == null)) {
                    return SAFE;
                }
                return isCharLike(next) && nl != null && nl > 2 ? RISKY : NONE_CAST;
            case "Timestamp":
            case "Timestamptz": {
                int min = prev.is("Timestamp") ? 22 : 27;
                if (next.is("Text") || (next.is("VarChar") && nl == null)) {
                    return SAFE;
                }
                if (isCharLike(next) && nl != null && nl > min) {
                    return SAFE;
                }
                if (next.is(prev.name()) && (nl == null || prev.a() == null || prev.a().equals(nl))) {
                    return null;
                }
                return next.is("Timestamp") || next.is("Timestamptz") || next.is("Date") || next.is("Time")
                        || next.is("Timetz") ? SAFE : NONE_CAST;
            }
            case "Date":
                if (next.is("Text") || (next.is("VarChar") && nl == null)) {
                    return SAFE;
                }
                if (isCharLike(next) && nl != null && nl > 27) {
                    return SAFE;
                }
                return next.is("Timestamp") || next.is("Timestamptz") ? SAFE : NONE_CAST;
            case "Time":
            case "Timetz": {
                int min = prev.is("Time") ? 13 : 18;
                if (next.is("Text") || (next.is("VarChar") && nl == null)) {
                    return SAFE;
                }
                if (isCharLike(next) && nl != null && nl > min) {
                    return SAFE;
                }
                if (next.is(prev.name()) && (nl == null || prev.a() == null || prev.a().equals(nl))) {
                    return null;
                }
                if (prev.is("Time")) {
                    return next.is("Timetz") ? SAFE : NONE_CAST;
                }
                return next.is("Timetz") || next.is("Time") ? SAFE : NONE_CAST;
            }
            case "Boolean":
                if (next.is("Text") || next.is("VarChar")) {
                    return SAFE;
                }
                if (next.is("Char") && nl != null && nl > 4) {
                    return SAFE;
                }
                return next.is("Char") && nl != null && nl > 3 ? RISKY : NONE_CAST;
            case "Bit": {
                Integer ol = prev.a();
                if (ol == null) {
                    return next.is("Text") || isCharLike(next) || next.is("VarBit") ? SAFE : NONE_CAST;
                }
                if (next.is("Text") || (next.is("VarChar") && nl == null) || (next.is("VarBit") && nl == null)) {
                    return SAFE;
                }
                if ((next.is("VarChar") || next.is("VarBit") || next.is("Char")) && nl != null && nl >= ol) {
                    return SAFE;
                }
                return NONE_CAST;
            }
            case "VarBit": {
                Integer ol = prev.a();
                if (ol == null) {
                    if (next.is("Text") || (next.is("VarChar") && nl == null)) {
                        return SAFE;
                    }
                    return isCharLike(next) || next.is("Bit") ? RISKY : NONE_CAST;
                }
                if (next.is("Text") || (next.is("VarChar") && nl == null) || (next.is("VarBit") && nl == null)) {
                    return SAFE;
                }
                if (next.is("VarBit") && nl != null && nl > ol) {
                    return SAFE;
                }
                if (isCharLike(next) && nl != null && nl >= ol) {
                    return SAFE;
                }
                if (next.is("Bit") && (nl == null || nl <= ol)) {
                    return RISKY;
                }
                return isCharLike(next) ? RISKY : NONE_CAST;
            }
            case "Uuid":
                if (next.is("Text") || (next.is("VarChar") && nl == null)) {
                    return SAFE;
                }
                return isCharLike(next) && nl != null && nl > 31 ? SAFE : NONE_CAST;
            case "Xml":
                if (next.is("Text") || (next.is("VarChar") && nl == null)) {
                    return SAFE;
                }
                return isCharLike(next) ? RISKY : NONE_CAST;
            case "Json":
            case "JsonB":
                if (next.is("Text") || next.is(prev.is("Json") ? "JsonB" : "Json")
                        || (next.is("VarChar") && nl == null)) {
                    return SAFE;
                }
                return isCharLike(next) ? RISKY : NONE_CAST;
            default:
                return NONE_CAST;
        }
    }

    private static TypeChange intCast(Native next, int digits, int chars, boolean nextIsChar,
                                      Map<String, TypeChange> ints) {
        if (ints.containsKey(next.name())) {
            return ints.get(next.name());
        }
        switch (next.name()) {
            case "Decimal":
                if (next.a() != null && next.b() != null && next.a() - next.b() < digits) {
                    return RISKY;
                }
                return SAFE;
            case "Real": case "DoublePrecision": case "Text":
                return SAFE;
            case "VarChar": case "Char":
                if (next.a() != null && next.a() < chars) {
                    return RISKY;
                }
                return next.a() == null && nextIsChar ? RISKY : SAFE;
            default:
                return NONE_CAST;
        }
    }

    private static TypeChange decimalCast(Native prev, Native next, boolean nextIsChar) {
        Integer p = prev.a();
        Integer s = prev.b();
        switch (next.name()) {
            case "SmallInt": case "Integer": case "BigInt": {
                int max = next.is("SmallInt") ? 2 : next.is("Integer") ? 9 : 18;
                if (p == null) {
                    return RISKY;
                }
                int scale = Objects.requireNonNullElse(s, 0);
                if (scale > 0 || p > max) {
                    return RISKY;
                }
                return SAFE;
            }
            case "Decimal": {
                Integer pn = next.a();
                Integer sn = next.b();
                if (p != null && pn == null) {
                    return SAFE;
                }
                if (p == null && pn != null) {
                    return RISKY;
                }
                if (p != null) {
                    int so = Objects.requireNonNullElse(s, 0);
                    int snn = Objects.requireNonNullElse(sn, 0);
                    if (p - so > pn - snn || so > snn) {
                        return RISKY;
                    }
                }
                return SAFE;
            }
            case "Real": case "DoublePrecision":
                return RISKY;
            case "VarChar": case "Char": {
                Integer len = next.a();
                int scale = Objects.requireNonNullElse(s, 0);
                if (len != null && p != null && scale == 0 && p + 1 > len) {
                    return RISKY;
                }
                if (len != null && p != null && scale > 0 && p + 2 > len) {
                    return RISKY;
                }
                if (len != null && p == null && len < 131073) {
                    return RISKY;
                }
                if (len == null && nextIsChar) {
                    return RISKY;
                }
                return SAFE;
            }
            case "Text":
                return SAFE;
            default:
                return NONE_CAST;
        }
    }
}
