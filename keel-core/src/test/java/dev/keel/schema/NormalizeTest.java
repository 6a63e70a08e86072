package dev.keel.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NormalizeTest {

    /** Left: what PostgreSQL prints for a default (pg_get_expr) or a user writes; right: the normal form. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "'email'::character varying|character varying(255)|Literal|'email'",
            "'a \" b\"c d'::character varying|character varying(255)|Literal|'a \" b\"c d'",
            "'it''s'::text|text|Literal|'it''s'",
            "'-1'::integer|integer|Literal|-1",
            "(-1)|integer|Literal|-1",
            "0|integer|Literal|0",
            "'1.5'::numeric|numeric(65,30)|Literal|1.5",
            "true|boolean|Literal|true",
            "'t'::boolean|boolean|Literal|true",
            "'SLEEPING'::\"Activity\"|text|Literal|'SLEEPING'",
            "'{}'::jsonb|jsonb|Literal|'{}'",
            "'{}'::text[]|text[]|Literal|ARRAY[]",
            "'{a,\"b c\"}'::text[]|text[]|Literal|`ARRAY['a', 'b c']`",
            "ARRAY['a'::text, 'b'::text]|text[]|Literal|`ARRAY['a', 'b']`",
            "ARRAY[1, 2]|integer[]|Literal|`ARRAY[1, 2]`",
            "'{1,2}'::integer[]|integer[]|Literal|`ARRAY[1, 2]`",
            "ARRAY[]::text[]|text[]|Literal|ARRAY[]",
            "now()|timestamp(3) without time zone|Expression|CURRENT_TIMESTAMP",
            "CURRENT_TIMESTAMP|timestamp(3) without time zone|Expression|CURRENT_TIMESTAMP",
            "gen_random_uuid()|uuid|Expression|gen_random_uuid()",
            "(lower('A'::text))|text|Expression|lower('A'::text)",
            "nextval('\"Seq\"'::regclass)|integer|NextVal|`\"public\".\"Seq\"`",
            "nextval('other.s'::regclass)|integer|NextVal|`\"other\".\"s\"`",
    })
    void defaultsHaveOneSpelling(String raw, String type, String kind, String expected) {
        DefaultValue d = Normalize.parseDefault(raw, PgType.parse(type), "public").orElseThrow();
        assertThat(d.getClass().getSimpleName()).isEqualTo(kind);
        String text = d instanceof DefaultValue.NextVal ? ((DefaultValue.NextVal) d).sequence().quoted()
                : d.sql().orElseThrow();
        assertThat(text).isEqualTo(expected);
        // normal form is a fixed point
        assertThat(Normalize.defaultValue(d, PgType.parse(type), "public")).contains(d);
    }

    @Test
    void nullDefaultIsNoDefault() {
        assertThat(Normalize.parseDefault("NULL::character varying", PgType.varchar(3), "public")).isEmpty();
    }

    @Test
    void dbgeneratedIsParsedButAnEmptyOneStays() {
        PgType text = PgType.builtin("text");
        assertThat(Normalize.defaultValue(new DefaultValue.DbGenerated(Optional.of("'x'::text")), text, "public"))
                .contains(DefaultValue.Literal.ofString("x"));
        DefaultValue empty = new DefaultValue.DbGenerated(Optional.empty());
        assertThat(Normalize.defaultValue(empty, text, "public")).contains(empty);
    }

    @Test
    void ownedSequenceDefaultBecomesSerialAndOtherSequencesStayDefaults() {
        QualifiedName t = QualifiedName.of("public", "T");
        Sequence owned = Sequence.serialFor(t, "id", PgType.builtin("integer"));
        assertThat(owned.name()).isEqualTo(QualifiedName.of("public", "T_id_seq"));
        Sequence shared = new Sequence(QualifiedName.of("public", "shared"), PgType.builtin("bigint"), 1, 1, 1,
                Long.MAX_VALUE, 1, false, Optional.empty());
        Table table = Table.of(t, List.of(
                Column.of("id", PgType.builtin("int4"), false)
                        .withDefault(new DefaultValue.Expression("nextval('\"T_id_seq\"'::regclass)")),
                Column.of("n", PgType.builtin("int8"), false)
                        .withDefault(new DefaultValue.Expression("nextval('shared'::regclass)"))));
        Schema s = Normalize.schema(new Schema(List.of(new Namespace("public")), List.of(table), List.of(),
                List.of(owned, shared), List.of(), List.of()));
        Column id = s.table(t).orElseThrow().column("id").orElseThrow();
        assertThat(id.autoincrement()).isEqualTo(Autoincrement.SERIAL);
        assertThat(id.defaultValue()).isEmpty();
        assertThat(id.type()).isEqualTo(PgType.builtin("integer"));
        Column n = s.table(t).orElseThrow().column("n").orElseThrow();
        assertThat(n.autoincrement()).isEqualTo(Autoincrement.NONE);
        assertThat(n.defaultValue()).contains(new DefaultValue.NextVal(QualifiedName.of("public", "shared")));
        assertThat(Normalize.schema(s)).isEqualTo(s);
    }

    @Test
    void identifiersAreCutTo63BytesLikePostgres() {
        String longName = "a".repeat(70);
        String cut = Identifiers.truncate(longName);
        assertThat(cut).hasSize(63);
        // multi-byte characters are never split
        assertThat(Identifiers.truncate("é".repeat(40))).isEqualTo("é".repeat(31));
        Table table = new Table(QualifiedName.of("public", "t"), List.of(Column.of("c", PgType.builtin("text"), true)),
                Optional.empty(), List.of(Index.of(longName, IndexKind.INDEX, "c")), List.of(), List.of());
        Schema s = Normalize.schema(Schema.empty().withTables(List.of(table)));
        assertThat(s.table("public", "t").orElseThrow().indexes().get(0).name()).isEqualTo(cut);
    }

    @Test
    void serialSequenceNameIsShortenedLikePostgres() {
        // PostgreSQL's makeObjectName takes from the longer part first: 63 - "_" - "_seq" = 58 bytes for both
        Sequence s = Sequence.serialFor(QualifiedName.of("public", "t".repeat(60)), "id", PgType.builtin("bigint"));
        assertThat(s.name().name()).isEqualTo("t".repeat(56) + "_id_seq");
    }
}
