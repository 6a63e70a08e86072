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

    static PgType forScalar(ScalarType scalar) {
        return switch (scalar) {
            case String -> PgType.builtin("text");
            case Boolean -> PgType.builtin("boolean");
            case Int -> PgType.builtin("integer");
            case BigInt -> PgType.builtin("bigint");
            case Float -> PgType.builtin("double precision");
            case Decimal -> PgType.numeric(65, 30);
            case DateTime -> PgType.timestamp(3);
            case Json -> PgType.builtin("jsonb");
            case Bytes -> PgType.builtin("bytea");
        };
    }

    /** @param extensionSchema where extension types ({@code citext}) live: the schema Prisma's connection uses */
    static PgType forNative(NativeType nt, String extensionSchema) {
        List<String> a = nt.args();
        return switch (nt.name()) {
            case "Text" -> PgType.builtin("text");
            case "VarChar" -> a.isEmpty() ? PgType.builtin("character varying") : PgType.varchar(arg(a, 0));
            case "Char" -> PgType.character(a.isEmpty() ? 1 : arg(a, 0));
            case "Bit" -> PgType.builtin("bit").withLength(a.isEmpty() ? 1 : arg(a, 0));
            case "VarBit" -> a.isEmpty() ? PgType.builtin("bit varying")
                    : PgType.builtin("bit varying").withLength(arg(a, 0));
            case "Uuid" -> PgType.builtin("uuid");
            case "Xml" -> PgType.builtin("xml");
            case "Inet" -> PgType.builtin("inet");
            case "Citext" -> PgType.other(new QualifiedName(extensionSchema, "citext"));
            case "Integer" -> PgType.builtin("integer");
            case "SmallInt" -> PgType.builtin("smallint");
            case "Oid" -> PgType.builtin("oid");
            case "BigInt" -> PgType.builtin("bigint");
            case "DoublePrecision" -> PgType.builtin("double precision");
            case "Real" -> PgType.builtin("real");
            case "Decimal" -> a.isEmpty() ? PgType.builtin("numeric") : PgType.numeric(arg(a, 0), a.size() > 1
                    ? arg(a, 1) : 0);
            case "Money" -> PgType.builtin("money");
            case "Timestamp" -> a.isEmpty() ? PgType.builtin("timestamp without time zone") : PgType.timestamp(arg(a, 0));
            case "Timestamptz" -> a.isEmpty() ? PgType.builtin("timestamp with time zone")
                    : PgType.timestamptz(arg(a, 0));
            case "Date" -> PgType.builtin("date");
            case "Time" -> a.isEmpty() ? PgType.builtin("time without time zone")
                    : PgType.builtin("time without time zone").withPrecision(arg(a, 0));
            case "Timetz" -> a.isEmpty() ? PgType.builtin("time with time zone")
                    : PgType.builtin("time with time zone").withPrecision(arg(a, 0));
            case "Json" -> PgType.builtin("json");
            case "JsonB" -> PgType.builtin("jsonb");
            case "ByteA" -> PgType.builtin("bytea");
            case "Boolean" -> PgType.builtin("boolean");
            default -> PgType.parse(nt.name().toLowerCase());
        };
    }

    private static int arg(List<String> args, int i) {
        return Integer.parseInt(args.get(i).trim());
    }
}
