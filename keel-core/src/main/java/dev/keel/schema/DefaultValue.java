package dev.keel.schema;

import java.util.Objects;
import java.util.Optional;

/**
 * A column default. After {@link Normalize} every source spells the same default the same way: casts are gone from
 * literals ({@code 'a'::text} is {@code 'a'}), {@code now()} is {@code CURRENT_TIMESTAMP}, and a {@code nextval()}
 * on the column's own sequence is not a default at all but {@link Autoincrement#SERIAL}.
 */
public sealed interface DefaultValue
        permits DefaultValue.Literal, DefaultValue.Expression, DefaultValue.NextVal, DefaultValue.DbGenerated {

    /** The SQL to put after {@code DEFAULT}, or empty when nothing is rendered ({@code dbgenerated()}). */
    Optional<String> sql();

    /**
     * A constant, as SQL without a cast: {@code 'text'} (quotes doubled), {@code 42}, {@code -1.5}, {@code true},
     * {@code ARRAY['a', 'b']}, {@code ARRAY[1, 2]}, {@code ARRAY[]}.
     */
    record Literal(String text) implements DefaultValue {
        public Literal {
            Objects.requireNonNull(text, "text");
        }

        public static Literal ofString(String value) {
            return new Literal("'" + value.replace("'", "''") + "'");
        }

        public static Literal ofNumber(String number) {
            return new Literal(number);
        }

        public static Literal ofBoolean(boolean b) {
            return new Literal(Boolean.toString(b));
        }

        /** The unquoted value of a string literal ({@code 'it''s'} gives {@code it's}). */
        public Optional<String> stringValue() {
            if (text.length() >= 2 && text.startsWith("'") && text.endsWith("'")) {
                return Optional.of(text.substring(1, text.length() - 1).replace("''", "'"));
            }
            return Optional.empty();
        }

        @Override
        public Optional<String> sql() {
            return Optional.of(text);
        }
    }

    /** A function call or other expression: {@code CURRENT_TIMESTAMP}, {@code gen_random_uuid()}, {@code (a + 1)}. */
    record Expression(String text) implements DefaultValue {
        public Expression {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public Optional<String> sql() {
            return Optional.of(text);
        }
    }

    /**
     * {@code nextval()} of a sequence that is not owned by this column (a shared or hand-made sequence). A sequence
     * owned by the column is {@link Autoincrement#SERIAL} instead.
     */
    record NextVal(QualifiedName sequence) implements DefaultValue {
        public NextVal {
            Objects.requireNonNull(sequence, "sequence");
        }

        @Override
        public Optional<String> sql() {
            String literal = sequence.quoted().replace("'", "''");
            return Optional.of("nextval('" + literal + "'::regclass)");
        }
    }

    /**
     * Prisma's {@code dbgenerated("...")} as written, before {@link Normalize} parses it like an introspected default.
     * An empty one ({@code dbgenerated()}) means "the database has some default Keel does not manage": it renders
     * nothing and survives normalisation.
     */
    record DbGenerated(Optional<String> text) implements DefaultValue {
        public DbGenerated {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public Optional<String> sql() {
            return text;
        }
    }
}
