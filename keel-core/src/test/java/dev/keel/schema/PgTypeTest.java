package dev.keel.schema;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PgTypeTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "int4|integer|INTEGER",
            "INT|integer|INTEGER",
            "int8[]|bigint[]|BIGINT[]",
            "varchar(255)|character varying(255)|VARCHAR(255)",
            "character varying|character varying|VARCHAR",
            "TIMESTAMP(3)|timestamp(3) without time zone|TIMESTAMP(3)",
            "timestamptz(6)|timestamp(6) with time zone|TIMESTAMPTZ(6)",
            "timestamp(3) with time zone|timestamp(3) with time zone|TIMESTAMPTZ(3)",
            "time with time zone|time with time zone|TIMETZ",
            "decimal(65,30)|numeric(65,30)|DECIMAL(65,30)",
            "numeric(10)|numeric(10,0)|DECIMAL(10,0)",
            "double precision|double precision|DOUBLE PRECISION",
            "float8|double precision|DOUBLE PRECISION",
            "float(10)|real|REAL",
            "bool|boolean|BOOLEAN",
            "char|character(1)|CHAR(1)",
            "bpchar(3)|character(3)|CHAR(3)",
            "varbit(4)|bit varying(4)|VARBIT(4)",
            "text[][]|text[][]|TEXT[][]",
            "jsonb|jsonb|JSONB",
            "tsvector|tsvector|tsvector",
            "point|point|point",
    })
    void parsesAliasesIntoPostgresSpellingAndRendersPrismaSpelling(String in, String pg, String prisma) {
        PgType t = PgType.parse(in);
        assertThat(t.sql()).isEqualTo(pg);
        assertThat(t.prismaSql(false)).isEqualTo(prisma);
        assertThat(PgType.parse(t.sql())).isEqualTo(t);
    }

    @Test
    void enumsRenderQuotedAndOptionallyQualified() {
        PgType e = PgType.enumType(QualifiedName.of("users", "UserType")).array();
        assertThat(e.sql()).isEqualTo("\"users\".\"UserType\"[]");
        assertThat(e.prismaSql(false)).isEqualTo("\"UserType\"[]");
        assertThat(e.prismaSql(true)).isEqualTo("\"users\".\"UserType\"[]");
        assertThat(e.enumRef()).contains(QualifiedName.of("users", "UserType"));
    }

    @Test
    void citextIsAPrismaNativeTypeThoughItComesFromAnExtension() {
        PgType t = PgType.other(QualifiedName.of("public", "citext"));
        assertThat(t.prismaSql(false)).isEqualTo("CITEXT");
        assertThat(t.isPrismaNative()).isTrue();
    }

    @Test
    void serialColumnsRenderAsPrismaSerialTypes() {
        Column c = Column.of("id", PgType.builtin("int4"), false).withAutoincrement(Autoincrement.SERIAL);
        assertThat(c.prismaTypeSql(false)).isEqualTo("SERIAL");
        assertThat(c.withType(PgType.builtin("int8")).prismaTypeSql(false)).isEqualTo("BIGSERIAL");
        assertThat(c.withType(PgType.builtin("int2")).prismaTypeSql(false)).isEqualTo("SMALLSERIAL");
        assertThat(c.withAutoincrement(Autoincrement.IDENTITY_ALWAYS).prismaTypeSql(false)).isEqualTo("INTEGER");
    }
}
