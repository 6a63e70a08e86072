package dev.keel.compile;

import dev.keel.diff.Spellings;
import dev.keel.schema.Column;
import dev.keel.schema.Identifiers;
import dev.keel.schema.QualifiedName;
import dev.keel.schema.Schema;
import dev.keel.schema.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a schema writes in a form the normalised model does not keep, collected while compiling and resolved against
 * the normalised model into {@link Spellings} (only where the written text differs from the model's own).
 */
final class WrittenSpellings {
    private record WrittenDefault(QualifiedName table, String column, String sql) {
    }

    private record WrittenType(QualifiedName table, String column, String sql) {
    }

    private record WrittenOpclasses(QualifiedName table, String index, List<Optional<String>> opclasses) {
    }

    private final List<WrittenDefault> defaults = new ArrayList<>();
    private final List<WrittenType> types = new ArrayList<>();
    private final List<WrittenOpclasses> opclasses = new ArrayList<>();

    /** A default's SQL before normalisation ({@code 2.00}, JSON as typed, a {@code dbgenerated} expression). */
    void defaultValue(QualifiedName table, String column, String sql) {
        defaults.add(new WrittenDefault(table, column, sql));
    }

    /**
     * A column type as Prisma writes it where the model spells it otherwise: {@code CHAR} and {@code BIT} (PostgreSQL
     * implies a length of 1), {@code Unsupported("...")} text.
     */
    void type(QualifiedName table, String column, String sql) {
        types.add(new WrittenType(table, column, sql));
    }

    /** Operator classes as written, for an index that names one PostgreSQL would pick anyway. */
    void opclasses(QualifiedName table, String index, List<Optional<String>> written) {
        opclasses.add(new WrittenOpclasses(table, index, List.copyOf(written)));
    }

    /** The spellings, keyed by the normalised model's (truncated) names and guarded by its normalised values. */
    Spellings resolve(Schema schema) {
        Spellings.Builder b = Spellings.builder();
        // a table's defaults are written one after the other: its look-up is reused for them
        QualifiedName lastName = null;
        Optional<Table> last = Optional.empty();
        for (WrittenDefault w : defaults) {
            QualifiedName t = Compiler.truncated(w.table());
            if (!t.equals(lastName)) {
                lastName = t;
                last = schema.table(t);
            }
            if (last.isEmpty()) {
                continue;
            }
            Optional<dev.keel.schema.DefaultValue> d = last.get().column(Identifiers.truncate(w.column()))
                    .flatMap(Column::defaultValue);
            if (d.isPresent() && !d.get().sql().orElse("").equals(w.sql())) {
                b.putDefault(t, Identifiers.truncate(w.column()), d.get(), w.sql());
            }
        }
        for (WrittenType w : types) {
            QualifiedName t = Compiler.truncated(w.table());
            String col = Identifiers.truncate(w.column());
            schema.table(t).flatMap(table -> table.column(col)).ifPresent(c -> b.putType(t, col, c.type(), w.sql()));
        }
        for (WrittenOpclasses w : opclasses) {
            QualifiedName t = Compiler.truncated(w.table());
            schema.table(t).flatMap(table -> table.index(Identifiers.truncate(w.index())))
                    .ifPresent(i -> b.putIndex(t, i, w.opclasses()));
        }
        return b.build();
    }
}
