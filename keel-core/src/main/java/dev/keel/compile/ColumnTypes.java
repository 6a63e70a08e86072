package dev.keel.compile;

import dev.keel.psl.model.NativeType;
import dev.keel.psl.model.ScalarType;
import dev.keel.schema.PgType;
import dev.keel.schema.QualifiedName;
import java.util.List;

/**
 * PostgreSQL column types for Prisma scalars: the connector's defaults ({@code String} is {@code text},
 * {@code DateTime} is {@code timestamp(3)}, {@code Decimal} is {@code numeric(65,30)}...) and every {@code @db.*}
 * native type.
 */
final class ColumnTypes {
    private ColumnTypes() {
    }

    // Types are immutable values: one instance per common type, shared by every column of a compiled schema (each
    // PgType.builtin call canonicalises its name).
    private static final PgType TEXT = PgType.builtin("text");
    private static final PgType BOOLEAN = PgType.builtin("boolean");
    private static final PgType INTEGER = PgType.builtin("integer");
    private static final PgType SMALLINT = PgType.builtin("smallint");
    private static final PgType BIGINT = PgType.builtin("bigint");
    private static final PgType DOUBLE = PgType.builtin("double precision");
    private static final PgType REAL = PgType.builtin("real");
    private static final PgType NUMERIC = PgType.builtin("numeric");
    private static final PgType DECIMAL_DEFAULT = PgType.numeric(65, 30);
    private static final PgType TIMESTAMP_3 = PgType.timestamp(3);
    private static final PgType TIMESTAMPTZ_3 = PgType.timestamptz(3);
    private static final PgType JSON = PgType.builtin("json");
    private static final PgType JSONB = PgType.builtin("jsonb");
    private static final PgType BYTEA = PgType.builtin("bytea");
    private static final PgType UUID = PgType.builtin("uuid");
    private static final PgType DATE = PgType.builtin("date");
    private static final PgType VARCHAR = PgType.builtin("character varying");

    static PgType forScalar(ScalarType scalar) {
        return switch (scalar) {
            case String -> TEXT;
            case Boolean -> BOOLEAN;
            case Int -> INTEGER;
            case BigInt -> BIGINT;
            case Float -> DOUBLE;
            case Decimal -> DECIMAL_DEFAULT;
            case DateTime -> TIMESTAMP_3;
            case Json -> JSONB;
            case Bytes -> BYTEA;
        };
    }

    /** @param extensionSchema where extension types ({@code citext}) live: the schema Prisma's connection uses */
    static PgType forNative(NativeType nt, String extensionSchema) {
        List<String> a = nt.args();
        return switch (nt.name()) {
            case "Text" -> TEXT;
            case "VarChar" -> a.isEmpty() ? VARCHAR : PgType.varchar(arg(a, 0));
            case "Char" -> PgType.character(a.isEmpty() ? 1 : arg(a, 0));
            case "Bit" -> PgType.builtin("bit").withLength(a.isEmpty() ? 1 : arg(a, 0));
            case "VarBit" -> a.isEmpty() ? PgType.builtin("bit varying")
                    : PgType.builtin("bit varying").withLength(arg(a, 0));
            case "Uuid" -> UUID;
            case "Xml" -> PgType.builtin("xml");
            case "Inet" -> PgType.builtin("inet");
            case "Citext" -> PgType.other(new QualifiedName(extensionSchema, "citext"));
            case "Integer" -> INTEGER;
            case "SmallInt" -> SMALLINT;
            case "Oid" -> PgType.builtin("oid");
            case "BigInt" -> BIGINT;
            case "DoublePrecision" -> DOUBLE;
            case "Real" -> REAL;
            case "Decimal" -> a.isEmpty() ? NUMERIC : PgType.numeric(arg(a, 0), a.size() > 1
                    ? arg(a, 1) : 0);
            case "Money" -> PgType.builtin("money");
            case "Timestamp" -> a.isEmpty() ? PgType.builtin("timestamp without time zone") : PgType.timestamp(arg(a, 0));
            case "Timestamptz" -> a.isEmpty() ? PgType.builtin("timestamp with time zone")
                    : a.size() == 1 && a.get(0).equals("3") ? TIMESTAMPTZ_3 : PgType.timestamptz(arg(a, 0));
            case "Date" -> DATE;
            case "Time" -> a.isEmpty() ? PgType.builtin("time without time zone")
                    : PgType.builtin("time without time zone").withPrecision(arg(a, 0));
            case "Timetz" -> a.isEmpty() ? PgType.builtin("time with time zone")
                    : PgType.builtin("time with time zone").withPrecision(arg(a, 0));
            case "Json" -> JSON;
            case "JsonB" -> JSONB;
            case "ByteA" -> BYTEA;
            case "Boolean" -> BOOLEAN;
            default -> PgType.parse(nt.name().toLowerCase());
        };
    }

    private static int arg(List<String> args, int i) {
        return Integer.parseInt(args.get(i).trim());
    }
}
