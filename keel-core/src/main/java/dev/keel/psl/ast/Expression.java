package dev.keel.psl.ast;

import dev.keel.diag.Span;
import java.util.List;

/** An attribute argument or configuration value, as the PSL grammar's {@code expression} rule. */
public sealed interface Expression {
    Span span();

    /** How Prisma names the kind of value in "Expected a ..., but received ..." errors. */
    String describe();

    /** The expression as written in the schema (strings re-escaped), for messages and the formatter. */
    String source();

    /** A JSON-style string literal; {@code value} is unescaped, {@code raw} is the text between the quotes. */
    record StringValue(String value, String raw, Span span) implements Expression {
        public String describe() {
            return "string value `\"" + raw + "\"`";
        }

        public String source() {
            return "\"" + raw + "\"";
        }
    }

    /** A numeric literal exactly as written ({@code -1}, {@code 2.5}). */
    record NumericValue(String literal, Span span) implements Expression {
        public String describe() {
            return "numeric value `" + literal + "`";
        }

        public String source() {
            return literal;
        }
    }

    /** A bare identifier or dotted path ({@code Cascade}, {@code true}, {@code db.VarChar}). */
    record ConstantValue(String value, Span span) implements Expression {
        public String describe() {
            return "constant value `" + value + "`";
        }

        public String source() {
            return value;
        }
    }

    record FunctionCall(String name, ArgumentsList arguments, Span span) implements Expression {
        public String describe() {
            return "function value `" + source() + "`";
        }

        public String source() {
            return name + arguments.source();
        }
    }

    record ArrayValue(List<Expression> values, Span span) implements Expression {
        public ArrayValue {
            values = List.copyOf(values);
        }

        public String describe() {
            return "array value `" + source() + "`";
        }

        public String source() {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < values.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(values.get(i).source());
            }
            return sb.append(']').toString();
        }
    }
}
