package dev.keel.psl.validate;

import dev.keel.psl.ast.Argument;
import dev.keel.psl.ast.Expression;
import dev.keel.psl.model.DefaultValue;
import dev.keel.psl.model.FieldDefault;
import dev.keel.psl.model.FieldTypeRef;
import dev.keel.psl.model.ScalarType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@code @default(...)} on a scalar field (parser-database attributes/default.rs). */
final class Defaults {
    private static final Set<String> BUILTIN_FUNCTIONS = Set.of("autoincrement", "now", "uuid", "cuid", "nanoid",
            "ulid", "dbgenerated");

    private Defaults() {
    }

    static void visit(SchemaDb db, SchemaDb.ScalarInfo field, AttributeVisitor v) {
        Optional<Expression> valueArg = v.defaultArg("value");
        if (valueArg.isEmpty()) {
            return;
        }
        Expression value = valueArg.get();
        Optional<String> map = Optional.empty();
        Optional<Expression> mapArg = v.optionalArg("map");
        if (mapArg.isPresent()) {
            Optional<String> m = Coerce.string(mapArg.get(), db.diagnostics);
            if (m.isPresent() && m.get().isEmpty()) {
                v.attributeError("The `map` argument cannot be an empty string.");
            } else {
                map = m;
            }
        }
        field.defaultAttribute = v.current();
        field.defaultValueSpan = value.span();
        Optional<DefaultValue> parsed = parse(db, field, value, v);
        parsed.ifPresent(d -> field.defaultValue = new FieldDefault(d, mapArg.isPresent() ? mapArgValue(mapArg.get())
                : Optional.empty()));
    }

    private static Optional<String> mapArgValue(Expression e) {
        return e instanceof Expression.StringValue s && !s.value().isEmpty() ? Optional.of(s.value()) : Optional.empty();
    }

    private static Optional<DefaultValue> parse(SchemaDb db, SchemaDb.ScalarInfo field, Expression value,
                                                AttributeVisitor v) {
        if (value instanceof Expression.FunctionCall f && f.name().equals("dbgenerated")) {
            List<Argument> args = f.arguments().arguments();
            if (args.isEmpty()) {
                return Optional.of(new DefaultValue.DbGenerated(Optional.empty()));
            }
            if (args.size() == 1 && args.get(0).value() instanceof Expression.StringValue s) {
                if (s.value().trim().isEmpty()) {
                    v.attributeError("dbgenerated() takes either no argument, or a single nonempty string argument.");
                    return Optional.empty();
                }
                return Optional.of(new DefaultValue.DbGenerated(Optional.of(s.value())));
            }
            v.attributeError("`dbgenerated()` takes a single String argument");
            return Optional.empty();
        }
        if (field.compositeType != null) {
            return Optional.empty();
        }
        if (field.isList()) {
            if (!(value instanceof Expression.ArrayValue arr)) {
                v.attributeError("The default value of a list field must be a list.");
                return Optional.empty();
            }
            List<DefaultValue> values = new ArrayList<>();
            boolean ok = true;
            for (Expression e : arr.values()) {
                Optional<DefaultValue> d = single(db, field, e, v);
                if (d.isPresent()) {
                    values.add(d.get());
                } else {
                    ok = false;
                }
            }
            return ok ? Optional.of(new DefaultValue.ListLiteral(values)) : Optional.empty();
        }
        return single(db, field, value, v);
    }

    private static Optional<DefaultValue> single(SchemaDb db, SchemaDb.ScalarInfo field, Expression value,
                                                 AttributeVisitor v) {
        if (field.type instanceof FieldTypeRef.Unsupported) {
            v.attributeError("Only @default(dbgenerated(\"...\")) can be used for Unsupported types.");
            return Optional.empty();
        }
        if (field.type instanceof FieldTypeRef.EnumRef er) {
            if (value instanceof Expression.ConstantValue c) {
                boolean known = db.enumNamed(er.enumName()).map(e -> e.ast.values().stream()
                        .anyMatch(ev -> ev.name().name().equals(c.value()))).orElse(false);
                if (!known) {
                    v.attributeError("The defined default value `" + c.value()
                            + "` is not a valid value of the enum specified for the field.");
                    return Optional.empty();
                }
                return Optional.of(new DefaultValue.EnumValue(c.value()));
            }
            v.attributeError("Expected an enum value, but found `" + value.source() + "`.");
            return Optional.empty();
        }
        ScalarType type = ((FieldTypeRef.Scalar) field.type).type();
        if (value instanceof Expression.FunctionCall f) {
            return function(field, type, f, v);
        }
        return literal(type, value, v);
    }

    private static Optional<DefaultValue> function(SchemaDb.ScalarInfo field, ScalarType type,
                                                   Expression.FunctionCall f, AttributeVisitor v) {
        String name = f.name();
        List<Argument> args = f.arguments().arguments();
        boolean allowed = switch (name) {
            case "autoincrement" -> type == ScalarType.Int || type == ScalarType.BigInt;
            case "now" -> type == ScalarType.DateTime;
            case "uuid", "cuid", "nanoid", "ulid" -> type == ScalarType.String;
            default -> true;
        };
        if (!BUILTIN_FUNCTIONS.contains(name)) {
            // Unknown functions are the connector's business: reported by the later validations.
            field.unknownDefaultFunction = f;
            List<String> raw = args.stream().map(a -> a.value().source()).toList();
            return name.equals("sequence") ? Optional.of(new DefaultValue.Sequence(raw)) : Optional.empty();
        }
        if (!allowed) {
            v.attributeError("The function `" + name + "()` cannot be used on fields of type `" + type.name() + "`.");
            return Optional.empty();
        }
        switch (name) {
            case "autoincrement", "now", "ulid" -> {
                if (!args.isEmpty()) {
                    v.attributeError("The `" + name + "` function does not take any argument. Consider changing this"
                            + " default to `" + name + "()`.");
                    return Optional.empty();
                }
                return Optional.of(name.equals("autoincrement") ? new DefaultValue.Autoincrement()
                        : name.equals("now") ? new DefaultValue.Now() : new DefaultValue.Ulid());
            }
            case "uuid", "cuid" -> {
                boolean uuid = name.equals("uuid");
                if (args.isEmpty()) {
                    return Optional.of(uuid ? new DefaultValue.Uuid(4) : new DefaultValue.Cuid(1));
                }
                if (args.size() == 1 && args.get(0).value() instanceof Expression.NumericValue n) {
                    String lit = n.literal();
                    if (uuid && (lit.equals("4") || lit.equals("7"))) {
                        return Optional.of(new DefaultValue.Uuid(Integer.parseInt(lit)));
                    }
                    if (!uuid && (lit.equals("1") || lit.equals("2"))) {
                        return Optional.of(new DefaultValue.Cuid(Integer.parseInt(lit)));
                    }
                }
                v.attributeError("`" + name + "()` takes either no argument, or a single integer argument which is"
                        + " either " + (uuid ? "4 or 7" : "1 or 2") + ".");
                return Optional.empty();
            }
            default -> { // nanoid
                if (args.isEmpty()) {
                    return Optional.of(new DefaultValue.Nanoid(Optional.empty()));
                }
                if (args.size() == 1 && args.get(0).value() instanceof Expression.NumericValue n) {
                    try {
                        int len = Integer.parseInt(n.literal());
                        if (len >= 2 && len <= 255) {
                            return Optional.of(new DefaultValue.Nanoid(Optional.of(len)));
                        }
                        v.attributeError("`nanoid()` takes either no argument, or a single integer argument between 2"
                                + " and 255.");
                        return Optional.empty();
                    } catch (NumberFormatException ignored) {
                        // reported below
                    }
                }
                v.attributeError("`nanoid()` takes a single Int argument.");
                return Optional.empty();
            }
        }
    }

    private static Optional<DefaultValue> literal(ScalarType type, Expression value, AttributeVisitor v) {
        boolean ok;
        DefaultValue.LiteralKind kind;
        String text;
        if (value instanceof Expression.StringValue s) {
            ok = type == ScalarType.String || type == ScalarType.DateTime || type == ScalarType.Json
                    || type == ScalarType.Bytes || type == ScalarType.Decimal;
            kind = DefaultValue.LiteralKind.STRING;
            text = s.value();
        } else if (value instanceof Expression.NumericValue n) {
            ok = type == ScalarType.Int || type == ScalarType.BigInt || type == ScalarType.Float
                    || type == ScalarType.Decimal;
            kind = DefaultValue.LiteralKind.NUMBER;
            text = n.literal();
        } else if (value instanceof Expression.ConstantValue c
                && (c.value().equals("true") || c.value().equals("false"))) {
            ok = type == ScalarType.Boolean;
            kind = DefaultValue.LiteralKind.BOOLEAN;
            text = c.value();
        } else {
            ok = false;
            kind = DefaultValue.LiteralKind.STRING;
            text = value.source();
        }
        if (!ok) {
            v.attributeError("Expected a " + type.name() + " value, but found `" + value.source() + "`.");
            return Optional.empty();
        }
        return Optional.of(new DefaultValue.Literal(text, kind));
    }
}
