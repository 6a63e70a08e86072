package dev.keel.psl.model;

import java.util.List;
import java.util.Optional;

/** The value of {@code @default(...)}. */
public sealed interface DefaultValue {
    /** A literal: {@code text} is the value (strings unescaped, numbers and booleans as written). */
    record Literal(String text, LiteralKind kind) implements DefaultValue {
    }

    /** A list literal for a scalar list field. */
    record ListLiteral(List<DefaultValue> values) implements DefaultValue {
        public ListLiteral {
            values = List.copyOf(values);
        }
    }

    /** An enum value by its Prisma name. */
    record EnumValue(String value) implements DefaultValue {
    }

    record Autoincrement() implements DefaultValue {
    }

    record Now() implements DefaultValue {
    }

    record Uuid(int version) implements DefaultValue {
    }

    record Cuid(int version) implements DefaultValue {
    }

    record Nanoid(Optional<Integer> length) implements DefaultValue {
    }

    record Ulid() implements DefaultValue {
    }

    /** {@code dbgenerated("expr")}: the expression is used verbatim as the column default. */
    record DbGenerated(Optional<String> expression) implements DefaultValue {
    }

    /** {@code sequence(...)} (CockroachDB only; kept for completeness). */
    record Sequence(List<String> arguments) implements DefaultValue {
        public Sequence {
            arguments = List.copyOf(arguments);
        }
    }

    enum LiteralKind {
        STRING,
        NUMBER,
        BOOLEAN
    }
}
