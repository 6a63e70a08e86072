package dev.keel.psl.validate;

import dev.keel.diag.Diagnostics;
import dev.keel.psl.ast.Argument;
import dev.keel.psl.ast.Attribute;
import dev.keel.psl.model.FieldTypeRef;
import dev.keel.psl.model.NativeType;
import dev.keel.psl.model.ScalarType;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** PostgreSQL's {@code @db.*} types: arguments and the scalar type each maps to (postgres native_types.rs). */
final class NativeTypes {
    private NativeTypes() {
    }

    enum Args {
        NONE,
        OPTIONAL_ONE,
        OPTIONAL_TWO
    }

    record Spec(ScalarType scalar, Args args) {
    }

    static final Map<String, Spec> POSTGRES = Map.ofEntries(
            Map.entry("SmallInt", new Spec(ScalarType.Int, Args.NONE)),
            Map.entry("Integer", new Spec(ScalarType.Int, Args.NONE)),
            Map.entry("BigInt", new Spec(ScalarType.BigInt, Args.NONE)),
            Map.entry("Decimal", new Spec(ScalarType.Decimal, Args.OPTIONAL_TWO)),
            Map.entry("Money", new Spec(ScalarType.Decimal, Args.NONE)),
            Map.entry("Inet", new Spec(ScalarType.String, Args.NONE)),
            Map.entry("Oid", new Spec(ScalarType.Int, Args.NONE)),
            Map.entry("Citext", new Spec(ScalarType.String, Args.NONE)),
            Map.entry("Real", new Spec(ScalarType.Float, Args.NONE)),
            Map.entry("DoublePrecision", new Spec(ScalarType.Float, Args.NONE)),
            Map.entry("VarChar", new Spec(ScalarType.String, Args.OPTIONAL_ONE)),
            Map.entry("Char", new Spec(ScalarType.String, Args.OPTIONAL_ONE)),
            Map.entry("Text", new Spec(ScalarType.String, Args.NONE)),
            Map.entry("ByteA", new Spec(ScalarType.Bytes, Args.NONE)),
            Map.entry("Timestamp", new Spec(ScalarType.DateTime, Args.OPTIONAL_ONE)),
            Map.entry("Timestamptz", new Spec(ScalarType.DateTime, Args.OPTIONAL_ONE)),
            Map.entry("Date", new Spec(ScalarType.DateTime, Args.NONE)),
            Map.entry("Time", new Spec(ScalarType.DateTime, Args.OPTIONAL_ONE)),
            Map.entry("Timetz", new Spec(ScalarType.DateTime, Args.OPTIONAL_ONE)),
            Map.entry("Boolean", new Spec(ScalarType.Boolean, Args.NONE)),
            Map.entry("Bit", new Spec(ScalarType.String, Args.OPTIONAL_ONE)),
            Map.entry("VarBit", new Spec(ScalarType.String, Args.OPTIONAL_ONE)),
            Map.entry("Uuid", new Spec(ScalarType.String, Args.NONE)),
            Map.entry("Xml", new Spec(ScalarType.String, Args.NONE)),
            Map.entry("Json", new Spec(ScalarType.Json, Args.NONE)),
            Map.entry("JsonB", new Spec(ScalarType.Json, Args.NONE)));

    /** Validates {@code field}'s native type attribute and records it; returns false if it reported an error. */
    static void validate(SchemaDb db, SchemaDb.ScalarInfo field) {
        Attribute attr = field.nativeAttribute;
        if (attr == null || !(field.type instanceof FieldTypeRef.Scalar scalar)) {
            return;
        }
        Diagnostics d = db.diagnostics;
        String full = attr.name().name();
        int dot = full.indexOf('.');
        String typeName = db.nativeTypeName(full);
        String dsName = db.config.datasourceName();
        if (dsName == null) {
            return; // without a datasource Prisma has no connector to check against
        }
        if (dot != dsName.length() || !full.startsWith(dsName)) {
            String prefix = full.substring(0, dot);
            d.add(PslErrors.invalidNativeTypePrefix(prefix, dsName, dsName + "." + typeName, attr.span()));
            return;
        }
        if (!db.config.postgres) {
            return;
        }
        Spec spec = POSTGRES.get(typeName);
        if (spec == null) {
            d.add(PslErrors.nativeTypeNameUnknown("postgresql", typeName, attr.span()));
            return;
        }
        List<Argument> given = attr.arguments().arguments();
        List<String> args;
        if (given.isEmpty()) {
            args = List.of();
        } else {
            String[] sources = new String[given.size()];
            for (int i = 0; i < sources.length; i++) {
                sources[i] = given.get(i).value().source();
            }
            args = List.of(sources);
        }
        switch (spec.args()) {
            case NONE -> {
                if (!args.isEmpty()) {
                    d.add(PslErrors.error("Function \"" + typeName + "\" takes 0 arguments, but received "
                            + args.size() + ".", attr.span()));
                    return;
                }
            }
            case OPTIONAL_ONE -> {
                if (args.size() > 1) {
                    d.add(PslErrors.optionalArgumentCount(typeName, 1, args.size(), attr.span()));
                    return;
                }
                if (args.size() == 1 && parseU32(attr.arguments().arguments().get(0)).isEmpty()) {
                    d.add(PslErrors.valueParser("a nonnegative integer", raw(args), attr.span()));
                    return;
                }
            }
            case OPTIONAL_TWO -> {
                if (args.size() > 2) {
                    d.add(PslErrors.optionalArgumentCount(typeName, 2, args.size(), attr.span()));
                    return;
                }
                if (args.size() == 1 || args.size() == 2 && (parseU32(attr.arguments().arguments().get(0)).isEmpty()
                        || parseU32(attr.arguments().arguments().get(1)).isEmpty())) {
                    d.add(PslErrors.valueParser("two nonnegative integers", raw(args), attr.span()));
                    return;
                }
            }
        }
        if (spec.scalar() != scalar.type()) {
            d.add(PslErrors.incompatibleNativeType(typeName, scalar.type().name(), spec.scalar().name(),
                    attr.span()));
            return;
        }
        field.nativeType = new NativeType(typeName, args);
    }

    /** The arguments as written, for a diagnostic. */
    private static String raw(List<String> args) {
        return args.isEmpty() ? "()" : "(" + String.join(", ", args) + ")";
    }

    private static Optional<Long> parseU32(Argument a) {
        if (a.value() instanceof dev.keel.psl.ast.Expression.NumericValue n) {
            try {
                long v = Long.parseLong(n.literal());
                return v >= 0 && v <= 0xFFFFFFFFL ? Optional.of(v) : Optional.empty();
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The native type name of a field as written, when its prefix and name are valid (for index rules). */
    static Optional<String> nameOf(SchemaDb db, SchemaDb.ScalarInfo field) {
        if (field.nativeAttribute == null) {
            return Optional.empty();
        }
        String typeName = db.nativeTypeName(field.nativeAttribute.name().name());
        return POSTGRES.containsKey(typeName) ? Optional.of(typeName) : Optional.empty();
    }
}
