package dev.keel.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Normal form is a fixed point, and the model's own spelling of a type parses back to the same type. */
class NormalizePropertiesTest {

    @Provide
    Arbitrary<PgType> types() {
        Arbitrary<PgType> plain = Arbitraries.of("int", "int4", "integer", "int8", "bigint", "smallint", "text",
                "bool", "boolean", "float8", "real", "jsonb", "uuid", "bytea", "date", "timestamptz", "timetz",
                "tsvector", "point", "inet").map(PgType::parse);
        Arbitrary<PgType> sized = Combinators.combine(Arbitraries.of("varchar", "character varying", "char", "bit",
                "varbit"), Arbitraries.integers().between(1, 10_000)).as((n, l) -> PgType.parse(n + "(" + l + ")"));
        Arbitrary<PgType> timed = Combinators.combine(Arbitraries.of("timestamp", "timestamptz", "time", "timetz"),
                Arbitraries.integers().between(0, 6)).as((n, p) -> PgType.parse(n + "(" + p + ")"));
        Arbitrary<PgType> numeric = Combinators.combine(Arbitraries.integers().between(1, 1000),
                Arbitraries.integers().between(0, 30)).as((p, s) -> PgType.parse("decimal(" + p + ", " + s + ")"));
        Arbitrary<PgType> enums = Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8)
                .map(n -> PgType.enumType(QualifiedName.of("public", n)));
        return Combinators.combine(Arbitraries.oneOf(plain, sized, timed, numeric, enums),
                Arbitraries.integers().between(0, 2)).as((t, d) -> t.withArrayDimensions(d));
    }

    @Property(tries = 300)
    void parsingTheCanonicalSpellingGivesTheSameType(@ForAll("types") PgType t) {
        PgType n = Normalize.type(t);
        if (n.kind() == PgType.Kind.BUILTIN) {
            assertThat(PgType.parse(n.sql())).isEqualTo(n);
        }
        assertThat(Normalize.type(n)).isEqualTo(n);
    }

    @Provide
    Arbitrary<String> defaults() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(12).map(s -> "'" + s.replace("'", "''") + "'::text"),
                Arbitraries.strings().ofMaxLength(12).map(s -> "'" + s.replace("'", "''") + "'"),
                Arbitraries.integers().map(i -> i < 0 ? "'" + i + "'::integer" : Integer.toString(i)),
                Arbitraries.doubles().between(-1e6, 1e6).ofScale(3).map(d -> Double.toString(d)),
                Arbitraries.of("now()", "CURRENT_TIMESTAMP", "gen_random_uuid()", "true", "false", "'{}'::text[]",
                        "ARRAY['a'::text, 'b'::text]", "(-1)", "lower('X'::text)", "NULL::text"));
    }

    @Property(tries = 500)
    void defaultNormalFormIsAFixedPoint(@ForAll("defaults") String raw, @ForAll("types") PgType type) {
        Optional<DefaultValue> once = Normalize.parseDefault(raw, type, "public");
        once.ifPresent(d -> assertThat(Normalize.defaultValue(d, type, "public")).contains(d));
    }

    @Property(tries = 100)
    void schemaNormalFormIsAFixedPoint(@ForAll("types") PgType a, @ForAll("types") PgType b,
                                       @ForAll("defaults") String rawDefault) {
        QualifiedName t = QualifiedName.of("public", "t".repeat(70));
        List<Column> cols = new ArrayList<>();
        cols.add(Column.of("c".repeat(80), a, true).withDefault(new DefaultValue.DbGenerated(Optional.of(rawDefault))));
        cols.add(Column.of("id", PgType.builtin("int4"), false)
                .withDefault(new DefaultValue.Expression("nextval('seq'::regclass)")));
        cols.add(Column.of("b", b, false));
        Schema s = new Schema(List.of(new Namespace("public")), List.of(Table.of(t, cols)), List.of(),
                List.of(new Sequence(QualifiedName.of("public", "seq"), PgType.builtin("integer"), 1, 1, 1,
                        Integer.MAX_VALUE, 1, false, Optional.of(new Sequence.ColumnRef(t, "id")))),
                List.of(), List.of());
        Schema once = Normalize.schema(s);
        assertThat(Normalize.schema(once)).isEqualTo(once);
        assertThat(once.describe()).isEqualTo(Normalize.schema(once).describe());
    }
}
