package dev.keel.psl.format;

import dev.keel.psl.ast.Argument;
import dev.keel.psl.ast.Attribute;
import dev.keel.psl.ast.Expression;
import dev.keel.psl.ast.Top;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks of attribute arguments and default values that Prisma's parser database makes; a schema failing one has
 * errors, and {@code prisma format} then does not complete its relations.
 */
final class AttributeChecks {
    private static final Set<String> SCALARS =
            Set.of("String", "Boolean", "Int", "BigInt", "Float", "Decimal", "DateTime", "Json", "Bytes");

    private AttributeChecks() {
    }

    /** The {@code @default} values Prisma's parser database accepts for the field's type (functions loosely). */
    static boolean defaultsFit(SchemaModel.Model m, Map<String, Object> tops) {
        for (SchemaModel.FieldInfo f : m.fields()) {
            Optional<Attribute> def = f.ast().attribute("default");
            if (def.isEmpty() || f.target() != null) {
                continue;
            }
            Optional<Expression> value = argument(def.get(), "value", true);
            if (value.isEmpty()) {
                return false;
            }
            if (!defaultFits(f, value.get(), tops, def.get())) {
                return false;
            }
        }
        return true;
    }

    private static boolean defaultFits(SchemaModel.FieldInfo f, Expression value, Map<String, Object> tops, Attribute def) {
        if (value instanceof Expression.FunctionCall fc && fc.name().equals("dbgenerated")) {
            List<Argument> args = fc.arguments().arguments();
            return args.isEmpty() || args.size() == 1 && args.get(0).value() instanceof Expression.StringValue sv
                    && !sv.value().isEmpty();
        }
        if (f.unsupported()) {
            return false;
        }
        Object top = tops.get(f.typeName());
        if (top instanceof Top.Enum e) {
            List<Expression> values = f.arity() == SchemaModel.Arity.LIST && value instanceof Expression.ArrayValue arr
                    ? arr.values() : List.of(value);
            if (f.arity() == SchemaModel.Arity.LIST && !(value instanceof Expression.ArrayValue)) {
                return false;
            }
            for (Expression v : values) {
                if (!(v instanceof Expression.ConstantValue c)
                        || e.values().stream().noneMatch(ev -> ev.name().name().equals(c.value()))) {
                    return false;
                }
            }
            return true;
        }
        if (!SCALARS.contains(f.typeName())) {
            return false;
        }
        String type = f.typeName();
        if (value instanceof Expression.FunctionCall fc) {
            List<Argument> args = fc.arguments().arguments();
            switch (fc.name()) {
                case "autoincrement":
                    return (type.equals("Int") || type.equals("BigInt")) && argument(def, "map", false).isEmpty()
                            && args.isEmpty();
                case "uuid":
                    return type.equals("String") && (args.isEmpty() || args.size() == 1
                            && args.get(0).value() instanceof Expression.NumericValue n
                            && (n.literal().equals("4") || n.literal().equals("7")));
                case "nanoid":
                    return type.equals("String") && (args.isEmpty() || args.size() == 1
                            && args.get(0).value() instanceof Expression.NumericValue n
                            && n.literal().matches("[0-9]+") && Integer.parseInt(n.literal()) >= 2);
                case "cuid", "ulid":
                    return type.equals("String");
                case "now":
                    return type.equals("DateTime") && args.isEmpty();
                default:
                    return true;
            }
        }
        if (f.arity() == SchemaModel.Arity.LIST) {
            if (!(value instanceof Expression.ArrayValue arr)) {
                return false;
            }
            return arr.values().stream().allMatch(v -> literalFits(type, v));
        }
        return !(value instanceof Expression.ArrayValue) && literalFits(type, value);
    }

    private static boolean literalFits(String type, Expression v) {
        boolean string = v instanceof Expression.StringValue;
        boolean number = v instanceof Expression.NumericValue;
        return switch (type) {
            case "String", "Json", "Bytes", "DateTime" -> string;
            case "Int", "BigInt", "Float" -> number;
            case "Decimal" -> number || string;
            case "Boolean" -> v instanceof Expression.ConstantValue c
                    && (c.value().equals("true") || c.value().equals("false"));
            default -> false;
        };
    }

    static boolean enumIsSound(Top.Enum e) {
        Set<String> values = new HashSet<>();
        for (dev.keel.psl.ast.EnumValue v : e.values()) {
            if (!values.add(v.name().name())) {
                return false;
            }
            for (Attribute a : v.attributes()) {
                if (!a.name().name().equals("map") || !argumentsFit(a, false) || !stringArgument(a, "name")) {
                    return false;
                }
            }
        }
        for (Attribute a : e.attributes()) {
            String name = a.name().name();
            if (!(name.equals("map") || name.equals("schema")) || !argumentsFit(a, true)
                    || !stringArgument(a, "name")) {
                return false;
            }
        }
        return true;
    }

    /**
     * The argument shape Prisma's parser database accepts for an attribute: at most one unnamed argument, standing
     * for {@code defaultArg} (required when {@code required}), no repeated or unknown names. Unknown attributes
     * (native types, preview ones) are not checked here.
     */
    static boolean argumentsFit(Attribute a, boolean block) {
        String key = (block ? "@@" : "@") + a.name().name();
        ArgShape shape = ARG_SHAPES.get(key);
        if (shape == null) {
            return true;
        }
        if (!a.arguments().emptyArguments().isEmpty() || a.arguments().trailingComma().isPresent()) {
            return false;
        }
        for (Argument arg : a.arguments().arguments()) {
            if (arg.value() instanceof Expression.FunctionCall fc && (fc.arguments().trailingComma().isPresent()
                    || !fc.arguments().emptyArguments().isEmpty())) {
                return false;
            }
        }
        Set<String> seen = new HashSet<>();
        int unnamed = 0;
        for (Argument arg : a.arguments().arguments()) {
            if (arg.isPositional()) {
                unnamed++;
                continue;
            }
            String name = arg.name().get().name();
            if (!seen.add(name) || !(shape.named().contains(name) || name.equals(shape.defaultArg()))) {
                return false;
            }
        }
        // Both `"x"` and `name: "x"`: an error, except on @relation where Prisma silently drops the name.
        if (unnamed > 1 || (unnamed == 1 && (shape.defaultArg() == null
                || seen.contains(shape.defaultArg()) && !key.equals("@relation")))) {
            return false;
        }
        if (seen.contains("map") && !key.equals("@map") && !key.equals("@@map")
                && !(argument(a, "map", false).get() instanceof Expression.StringValue sv && !sv.value().isEmpty())) {
            return false;
        }
        boolean hasDefault = unnamed == 1 || (shape.defaultArg() != null && seen.contains(shape.defaultArg()));
        return !shape.required() || hasDefault;
    }

    private record ArgShape(String defaultArg, boolean required, Set<String> named) {
    }

    private static final Map<String, ArgShape> ARG_SHAPES = Map.ofEntries(
            Map.entry("@id", new ArgShape(null, false, Set.of("map", "length", "sort", "clustered"))),
            Map.entry("@unique", new ArgShape(null, false, Set.of("map", "length", "sort", "clustered"))),
            Map.entry("@default", new ArgShape("value", true, Set.of("map"))),
            Map.entry("@map", new ArgShape("name", true, Set.of())),
            Map.entry("@relation",
                    new ArgShape("name", false, Set.of("fields", "references", "onDelete", "onUpdate", "map"))),
            Map.entry("@updatedAt", new ArgShape(null, false, Set.of())),
            Map.entry("@ignore", new ArgShape(null, false, Set.of())),
            Map.entry("@@id", new ArgShape("fields", true, Set.of("name", "map", "clustered"))),
            Map.entry("@@unique", new ArgShape("fields", true, Set.of("name", "map", "clustered"))),
            Map.entry("@@index", new ArgShape("fields", true, Set.of("name", "map", "type", "clustered"))),
            Map.entry("@@fulltext", new ArgShape("fields", true, Set.of("map"))),
            Map.entry("@@map", new ArgShape("name", true, Set.of())),
            Map.entry("@@schema", new ArgShape("name", true, Set.of())),
            Map.entry("@@ignore", new ArgShape(null, false, Set.of())));

    static boolean stringArgument(Attribute a, String name) {
        return argument(a, name, true).filter(Expression.StringValue.class::isInstance).isPresent();
    }

    /** A named argument, or (when {@code positional}) the first unnamed one standing for it. */
    static Optional<Expression> argument(Attribute a, String name, boolean positional) {
        for (Argument arg : a.arguments().arguments()) {
            if (arg.name().isPresent() && arg.name().get().name().equals(name)) {
                return Optional.of(arg.value());
            }
        }
        if (positional) {
            return a.arguments().arguments().stream().filter(Argument::isPositional).findFirst()
                    .map(Argument::value);
        }
        return Optional.empty();
    }
}
