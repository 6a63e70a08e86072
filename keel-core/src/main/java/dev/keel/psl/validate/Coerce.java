package dev.keel.psl.validate;

import dev.keel.diag.Diagnostics;
import dev.keel.psl.ast.Expression;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/** Prisma's {@code coerce} module: read an expression as a given kind or report "Expected a ... value". */
final class Coerce {
    private Coerce() {
    }

    static Optional<String> string(Expression e, Diagnostics d) {
        if (e instanceof Expression.StringValue s) {
            return Optional.of(s.value());
        }
        d.add(PslErrors.typeMismatch("string", e.describe(), e.span()));
        return Optional.empty();
    }

    static Optional<String> constant(Expression e, Diagnostics d) {
        if (e instanceof Expression.ConstantValue c) {
            return Optional.of(c.value());
        }
        d.add(PslErrors.typeMismatch("constant", e.describe(), e.span()));
        return Optional.empty();
    }

    static Optional<Boolean> bool(Expression e, Diagnostics d) {
        if (e instanceof Expression.ConstantValue c && (c.value().equals("true") || c.value().equals("false"))) {
            return Optional.of(c.value().equals("true"));
        }
        d.add(PslErrors.typeMismatch("boolean", e.describe(), e.span()));
        return Optional.empty();
    }

    static Optional<Long> integer(Expression e, Diagnostics d) {
        if (e instanceof Expression.NumericValue n) {
            try {
                return Optional.of(Long.parseLong(n.literal()));
            } catch (NumberFormatException ignored) {
                // falls through to the mismatch error, as Rust's parse::<i64>() failing does
            }
        }
        d.add(PslErrors.typeMismatch("numeric", e.describe(), e.span()));
        return Optional.empty();
    }

    /** An array of values, or a single value standing for a one-element array; empty if any element is wrong. */
    static <T> Optional<List<T>> array(Expression e, BiFunction<Expression, Diagnostics, Optional<T>> element,
                                       Diagnostics d) {
        List<T> out = new ArrayList<>();
        if (e instanceof Expression.ArrayValue a) {
            boolean valid = true;
            for (Expression v : a.values()) {
                Optional<T> t = element.apply(v, d);
                if (t.isPresent()) {
                    out.add(t.get());
                } else {
                    valid = false;
                }
            }
            return valid ? Optional.of(out) : Optional.empty();
        }
        Optional<T> t = element.apply(e, d);
        if (t.isEmpty()) {
            return Optional.empty();
        }
        out.add(t.get());
        return Optional.of(out);
    }
}
