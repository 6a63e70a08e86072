package dev.keel.schema;

import java.util.Objects;
import java.util.Optional;

/**
 * A table column. {@code defaultValue} is empty for {@link Autoincrement#SERIAL} (the sequence default is implied)
 * and for identity columns. {@code generated} is the expression of a {@code GENERATED ALWAYS AS (...) STORED}
 * column; {@code collation} is set only when it differs from the type's default.
 */
public record Column(String name, PgType type, boolean nullable, Optional<DefaultValue> defaultValue,
                     Autoincrement autoincrement, Optional<String> generated, Optional<String> collation) {
    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(defaultValue, "defaultValue");
        Objects.requireNonNull(autoincrement, "autoincrement");
        Objects.requireNonNull(generated, "generated");
        Objects.requireNonNull(collation, "collation");
    }

    /** A plain column: no default, no autoincrement, not generated, default collation. */
    public static Column of(String name, PgType type, boolean nullable) {
        return new Column(name, type, nullable, Optional.empty(), Autoincrement.NONE, Optional.empty(),
                Optional.empty());
    }

    public Column withDefault(DefaultValue d) {
        return new Column(name, type, nullable, Optional.of(d), autoincrement, generated, collation);
    }

    public Column withoutDefault() {
        return new Column(name, type, nullable, Optional.empty(), autoincrement, generated, collation);
    }

    public Column withAutoincrement(Autoincrement a) {
        return new Column(name, type, nullable, defaultValue, a, generated, collation);
    }

    public Column withType(PgType t) {
        return new Column(name, t, nullable, defaultValue, autoincrement, generated, collation);
    }

    public Column withName(String n) {
        return new Column(n, type, nullable, defaultValue, autoincrement, generated, collation);
    }

    public boolean isAutoincrement() {
        return autoincrement.isAutoincrement();
    }

    /**
     * Prisma's rendering of the type, with {@code SERIAL}/{@code BIGSERIAL}/{@code SMALLSERIAL} for serial columns.
     */
    public String prismaTypeSql(boolean qualifyUserTypes) {
        if (autoincrement == Autoincrement.SERIAL && !type.isArray() && type.kind() == PgType.Kind.BUILTIN) {
            switch (type.name()) {
                case "integer": return "SERIAL";
                case "bigint": return "BIGSERIAL";
                case "smallint": return "SMALLSERIAL";
                default: break;
            }
        }
        return type.prismaSql(qualifyUserTypes);
    }
}
