package dev.keel.psl.validate;

import dev.keel.psl.model.IndexAlgorithm;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** PostgreSQL operator classes Prisma knows ({@code ops:}), with the index type and native types each needs. */
final class OperatorClasses {
    private OperatorClasses() {
    }

    /** Operator class to the native types it supports (empty list: no native type requirement). */
    private static final Map<String, List<String>> BRIN = Map.ofEntries(
            Map.entry("BitMinMaxOps", List.of("Bit")),
            Map.entry("VarBitMinMaxOps", List.of("VarBit")),
            Map.entry("BpcharBloomOps", List.of("Char")),
            Map.entry("BpcharMinMaxOps", List.of("Char")),
            Map.entry("ByteaBloomOps", List.of()),
            Map.entry("ByteaMinMaxOps", List.of()),
            Map.entry("DateBloomOps", List.of("Date")),
            Map.entry("DateMinMaxOps", List.of("Date")),
            Map.entry("DateMinMaxMultiOps", List.of("Date")),
            Map.entry("Float4BloomOps", List.of("Real")),
            Map.entry("Float4MinMaxOps", List.of("Real")),
            Map.entry("Float4MinMaxMultiOps", List.of("Real")),
            Map.entry("Float8BloomOps", List.of()),
            Map.entry("Float8MinMaxOps", List.of()),
            Map.entry("Float8MinMaxMultiOps", List.of()),
            Map.entry("InetInclusionOps", List.of("Inet")),
            Map.entry("InetBloomOps", List.of("Inet")),
            Map.entry("InetMinMaxOps", List.of("Inet")),
            Map.entry("InetMinMaxMultiOps", List.of("Inet")),
            Map.entry("Int2BloomOps", List.of("SmallInt")),
            Map.entry("Int2MinMaxOps", List.of("SmallInt")),
            Map.entry("Int2MinMaxMultiOps", List.of("SmallInt")),
            Map.entry("Int4BloomOps", List.of()),
            Map.entry("Int4MinMaxOps", List.of()),
            Map.entry("Int4MinMaxMultiOps", List.of()),
            Map.entry("Int8BloomOps", List.of()),
            Map.entry("Int8MinMaxOps", List.of()),
            Map.entry("Int8MinMaxMultiOps", List.of()),
            Map.entry("NumericBloomOps", List.of()),
            Map.entry("NumericMinMaxOps", List.of()),
            Map.entry("NumericMinMaxMultiOps", List.of()),
            Map.entry("OidBloomOps", List.of("Oid")),
            Map.entry("OidMinMaxOps", List.of("Oid")),
            Map.entry("OidMinMaxMultiOps", List.of("Oid")),
            Map.entry("TextBloomOps", List.of()),
            Map.entry("TextMinMaxOps", List.of()),
            Map.entry("TimestampBloomOps", List.of()),
            Map.entry("TimestampMinMaxOps", List.of()),
            Map.entry("TimestampMinMaxMultiOps", List.of()),
            Map.entry("TimestampTzBloomOps", List.of("Timestamptz")),
            Map.entry("TimestampTzMinMaxOps", List.of("Timestamptz")),
            Map.entry("TimestampTzMinMaxMultiOps", List.of("Timestamptz")),
            Map.entry("TimeBloomOps", List.of("Time")),
            Map.entry("TimeMinMaxOps", List.of("Time")),
            Map.entry("TimeMinMaxMultiOps", List.of("Time")),
            Map.entry("TimeTzBloomOps", List.of("Timetz")),
            Map.entry("TimeTzMinMaxOps", List.of("Timetz")),
            Map.entry("TimeTzMinMaxMultiOps", List.of("Timetz")),
            Map.entry("UuidBloomOps", List.of("Uuid")),
            Map.entry("UuidMinMaxOps", List.of("Uuid")),
            Map.entry("UuidMinMaxMultiOps", List.of("Uuid")));

    private static final Set<String> OTHER = Set.of("InetOps", "JsonbOps", "JsonbPathOps", "ArrayOps", "TextOps");

    static boolean isKnown(String name) {
        return BRIN.containsKey(name) || OTHER.contains(name);
    }

    /** The index type an operator class belongs to. */
    static IndexAlgorithm algorithm(String name) {
        return switch (name) {
            case "InetOps" -> IndexAlgorithm.Gist;
            case "JsonbOps", "JsonbPathOps", "ArrayOps" -> IndexAlgorithm.Gin;
            case "TextOps" -> IndexAlgorithm.SpGist;
            default -> IndexAlgorithm.Brin;
        };
    }

    static Optional<List<String>> brinNativeTypes(String name) {
        return Optional.ofNullable(BRIN.get(name));
    }
}
