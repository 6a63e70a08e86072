package dev.keel.schema;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A column type. {@code name} is the base type in PostgreSQL's canonical spelling as {@code format_type} prints it
 * without modifiers ({@code integer}, {@code character varying}, {@code timestamp without time zone}); modifiers
 * live in {@code length} (character, character varying, bit, bit varying), {@code precision} (numeric, time,
 * timestamp, interval) and {@code scale} (numeric). Enums and other non-built-in types carry their schema. For
 * {@link Kind#OTHER} types with modifiers PostgreSQL does not expose as numbers (PostGIS {@code geometry(Point,4326)},
 * pgvector {@code vector(3)}) the modifier stays in {@code name}.
 */
public record PgType(String name, Kind kind, Optional<String> schema, Optional<Integer> length,
                     Optional<Integer> precision, Optional<Integer> scale, int arrayDimensions) {

    public enum Kind {
        /** A type from {@code pg_catalog}. */
        BUILTIN,
        /** A {@code CREATE TYPE ... AS ENUM}; {@link #schema()} is set. */
        ENUM,
        /** Anything else: extension types (citext, geometry), domains, composites, ranges from user schemas. */
        OTHER
    }

    private static final Set<String> LENGTH_TYPES = Set.of("character varying", "character", "bit", "bit varying");
    private static final Set<String> PRECISION_TYPES = Set.of("numeric", "timestamp without time zone",
            "timestamp with time zone", "time without time zone", "time with time zone", "interval");

    public PgType {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(length, "length");
        Objects.requireNonNull(precision, "precision");
        Objects.requireNonNull(scale, "scale");
        if (kind == Kind.ENUM && schema.isEmpty()) {
            throw new IllegalArgumentException("an enum type needs its schema: " + name);
        }
        if (kind == Kind.BUILTIN && schema.isPresent()) {
            throw new IllegalArgumentException("a built-in type has no schema: " + name);
        }
        if (arrayDimensions < 0) {
            throw new IllegalArgumentException("negative array dimensions");
        }
    }

    // ---- construction ------------------------------------------------------------------------------------

    /** A built-in type without modifiers; {@code name} may be an alias ({@code int4}, {@code varchar}). */
    public static PgType builtin(String name) {
        return new PgType(Normalize.typeName(name), Kind.BUILTIN, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), 0);
    }

    public static PgType varchar(int length) {
        return builtin("character varying").withLength(length);
    }

    public static PgType character(int length) {
        return builtin("character").withLength(length);
    }

    public static PgType numeric(int precision, int scale) {
        return builtin("numeric").withPrecision(precision).withScale(scale);
    }

    public static PgType timestamp(int precision) {
        return builtin("timestamp without time zone").withPrecision(precision);
    }

    public static PgType timestamptz(int precision) {
        return builtin("timestamp with time zone").withPrecision(precision);
    }

    public static PgType enumType(QualifiedName name) {
        return new PgType(name.name(), Kind.ENUM, Optional.of(name.schema()), Optional.empty(), Optional.empty(),
                Optional.empty(), 0);
    }

    public static PgType other(QualifiedName name) {
        return new PgType(name.name(), Kind.OTHER, Optional.of(name.schema()), Optional.empty(), Optional.empty(),
                Optional.empty(), 0);
    }

    public PgType withLength(int n) {
        return new PgType(name, kind, schema, Optional.of(n), precision, scale, arrayDimensions);
    }

    public PgType withPrecision(int p) {
        return new PgType(name, kind, schema, length, Optional.of(p), scale, arrayDimensions);
    }

    public PgType withScale(int s) {
        return new PgType(name, kind, schema, length, precision, Optional.of(s), arrayDimensions);
    }

    public PgType withArrayDimensions(int dims) {
        return new PgType(name, kind, schema, length, precision, scale, dims);
    }

    /** This type as a one-dimensional array. */
    public PgType array() {
        return withArrayDimensions(1);
    }

    /** The element type of an array (or this type). */
    public PgType element() {
        return withArrayDimensions(0);
    }

    public boolean isArray() {
        return arrayDimensions > 0;
    }

    /** The enum this column type refers to, if it is one (or an array of one). */
    public Optional<QualifiedName> enumRef() {
        return kind == Kind.ENUM ? Optional.of(new QualifiedName(schema.orElseThrow(), name)) : Optional.empty();
    }

    /** The referenced user-defined type (enum or other), if any. */
    public Optional<QualifiedName> userTypeRef() {
        return schema.map(s -> new QualifiedName(s, name));
    }

    // ---- parsing ------------------------------------------------------------------------------------------

    private static final Pattern ARRAY_SUFFIX = Pattern.compile("\\s*\\[\\s*\\d*\\s*\\]\\s*$");
    private static final Pattern BUILTIN_SPELLING = Pattern.compile(
            "^([a-z_][a-z0-9_]*(?:\\s+[a-z_][a-z0-9_]*)*?)\\s*(?:\\(\\s*([0-9]+)\\s*(?:,\\s*(-?[0-9]+)\\s*)?\\))?"
                    + "\\s*(with time zone|without time zone)?$");

    /**
     * Parses a type as SQL spells it ({@code VARCHAR(255)}, {@code int4[]}, {@code timestamptz(3)},
     * {@code TIMESTAMP(3) WITH TIME ZONE}, {@code "public"."Mood"}, {@code double precision}), resolving aliases.
     * Unquoted names that are not built-in types become {@link Kind#OTHER} with no schema (as in Prisma's
     * {@code Unsupported("geometry(Point,4326)")}); quoted names are {@link Kind#OTHER} too, since text alone cannot
     * say whether a name is an enum.
     */
    public static PgType parse(String sql) {
        String s = sql.trim();
        int dims = 0;
        Matcher m;
        while ((m = ARRAY_SUFFIX.matcher(s)).find()) {
            dims++;
            s = s.substring(0, m.start());
        }
        if (s.toLowerCase(Locale.ROOT).endsWith(" array")) {
            dims++;
            s = s.substring(0, s.length() - " array".length()).trim();
        }
        if (s.startsWith("\"") || s.contains(".")) {
            QualifiedName q = PgTypeNames.qualified(s, "");
            PgType t = q.schema().isEmpty()
                    ? new PgType(q.name(), Kind.OTHER, Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), 0)
                    : other(q);
            return Normalize.type(t.withArrayDimensions(dims));
        }
        String lower = s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        Matcher b = BUILTIN_SPELLING.matcher(lower);
        if (b.matches()) {
            String base = b.group(1);
            String tz = b.group(4);
            String canonical = Normalize.typeName(tz == null ? base : base + " " + tz);
            if (Normalize.isBuiltinTypeName(canonical)) {
                PgType t = builtin(canonical);
                if (b.group(2) != null) {
                    int first = Integer.parseInt(b.group(2));
                    if (canonical.equals("float")) {
                        t = builtin(first <= 24 ? "real" : "double precision");
                    } else if (LENGTH_TYPES.contains(canonical)) {
                        t = t.withLength(first);
                    } else if (PRECISION_TYPES.contains(canonical)) {
                        t = t.withPrecision(first);
                        if (b.group(3) != null) {
                            t = t.withScale(Integer.parseInt(b.group(3)));
                        }
                    } else {
                        return Normalize.type(new PgType(s, Kind.OTHER, Optional.empty(), Optional.empty(),
                                Optional.empty(), Optional.empty(), dims));
                    }
                } else if (canonical.equals("float")) {
                    t = builtin("double precision");
                }
                return Normalize.type(t.withArrayDimensions(dims));
            }
        }
        return Normalize.type(new PgType(s, Kind.OTHER, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), dims));
    }

    // ---- rendering ----------------------------------------------------------------------------------------

    /**
     * PostgreSQL's canonical spelling, as {@code format_type()} prints it, except that user-defined types are
     * always schema-qualified and quoted: {@code character varying(255)}, {@code timestamp(3) without time zone},
     * {@code numeric(65,30)}, {@code integer[]}, {@code "public"."Mood"[]}.
     */
    public String sql() {
        StringBuilder sb = new StringBuilder();
        if (kind == Kind.BUILTIN) {
            sb.append(builtinWithModifiers());
        } else if (schema.isPresent()) {
            sb.append(Identifiers.quote(schema.get())).append('.').append(kind == Kind.ENUM
                    ? Identifiers.quote(name) : quoteUnlessModified(name));
        } else {
            sb.append(name);
        }
        sb.append("[]".repeat(arrayDimensions));
        return sb.toString();
    }

    private static String quoteUnlessModified(String n) {
        return n.contains("(") ? n : Identifiers.quote(n);
    }

    private String builtinWithModifiers() {
        String mods = modifierText();
        if (name.endsWith(" with time zone") || name.endsWith(" without time zone")) {
            int cut = name.indexOf(" with");
            return name.substring(0, cut) + mods + name.substring(cut);
        }
        return name + mods;
    }

    private String modifierText() {
        if (length.isPresent()) {
            return "(" + length.get() + ")";
        }
        if (precision.isPresent()) {
            return "(" + precision.get() + scale.map(s -> "," + s).orElse("") + ")";
        }
        return "";
    }

    private static final Map<String, String> PRISMA_NAMES = Map.ofEntries(
            Map.entry("smallint", "SMALLINT"), Map.entry("integer", "INTEGER"), Map.entry("bigint", "BIGINT"),
            Map.entry("numeric", "DECIMAL"), Map.entry("real", "REAL"),
            Map.entry("double precision", "DOUBLE PRECISION"), Map.entry("character varying", "VARCHAR"),
            Map.entry("character", "CHAR"), Map.entry("text", "TEXT"), Map.entry("bytea", "BYTEA"),
            Map.entry("date", "DATE"), Map.entry("timestamp without time zone", "TIMESTAMP"),
            Map.entry("timestamp with time zone", "TIMESTAMPTZ"), Map.entry("time without time zone", "TIME"),
            Map.entry("time with time zone", "TIMETZ"), Map.entry("boolean", "BOOLEAN"), Map.entry("bit", "BIT"),
            Map.entry("bit varying", "VARBIT"), Map.entry("uuid", "UUID"), Map.entry("xml", "XML"),
            Map.entry("json", "JSON"), Map.entry("jsonb", "JSONB"), Map.entry("oid", "OID"),
            Map.entry("inet", "INET"), Map.entry("money", "MONEY"));

    /** True when Prisma has a native type for this base type (so it renders it in upper case). */
    public boolean isPrismaNative() {
        return (kind == Kind.BUILTIN && PRISMA_NAMES.containsKey(name))
                || (kind == Kind.OTHER && name.equals("citext"));
    }

    /**
     * How Prisma's migration renderer spells this type: {@code TEXT}, {@code VARCHAR(255)}, {@code TIMESTAMP(3)},
     * {@code DECIMAL(65,30)}, {@code INTEGER[]}, {@code CITEXT}; enums as {@code "Mood"} or, with
     * {@code qualifyUserTypes}, {@code "users"."Mood"}; types without a Prisma native type as PostgreSQL spells
     * them ({@code tsvector}, {@code point}). SERIAL spellings are the renderer's business (see {@link Column}).
     */
    public String prismaSql(boolean qualifyUserTypes) {
        String base;
        if (kind == Kind.ENUM) {
            base = (qualifyUserTypes ? Identifiers.quote(schema.orElseThrow()) + "." : "") + Identifiers.quote(name);
        } else if (kind == Kind.OTHER && name.equals("citext")) {
            base = "CITEXT";
        } else if (kind == Kind.BUILTIN) {
            String prisma = PRISMA_NAMES.get(name);
            if (prisma != null) {
                base = length.isEmpty() && precision.isEmpty() ? prisma : prisma + modifierText();
            } else {
                base = builtinWithModifiers();
            }
        } else {
            base = name;
        }
        // rendered for every column of a script: no copy for the common plain type
        return arrayDimensions == 0 ? base : base + "[]".repeat(arrayDimensions);
    }

    @Override
    public String toString() {
        return sql();
    }
}
