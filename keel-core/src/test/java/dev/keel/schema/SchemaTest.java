package dev.keel.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SchemaTest {
    private static final QualifiedName A = QualifiedName.of("public", "A");
    private static final QualifiedName B = QualifiedName.of("public", "B");

    private static Table a() {
        return new Table(A, List.of(Column.of("id", PgType.builtin("integer"), false),
                Column.of("name", PgType.builtin("text"), false)),
                Optional.of(new PrimaryKey("A_pkey", List.of("id"))),
                List.of(Index.of("A_name_key", IndexKind.UNIQUE_INDEX, "name"), Index.of("A_a_idx", IndexKind.INDEX,
                        "name")),
                List.of(), List.of());
    }

    private static Table b() {
        return new Table(B, List.of(Column.of("aId", PgType.builtin("integer"), false)), Optional.empty(), List.of(),
                List.of(ForeignKey.of("B_aId_fkey", List.of("aId"), A, List.of("id"), ReferentialAction.RESTRICT,
                        ReferentialAction.CASCADE)), List.of());
    }

    @Test
    void orderOfConstructionDoesNotMatter() {
        Schema one = new Schema(List.of(new Namespace("public")), List.of(a(), b()), List.of(), List.of(), List.of(),
                List.of());
        Schema two = new Schema(List.of(new Namespace("public")), List.of(b(), a()), List.of(), List.of(), List.of(),
                List.of());
        assertThat(one).isEqualTo(two);
        assertThat(one.describe()).isEqualTo(two.describe());
        assertThat(one.tables().get(0).indexes()).extracting(Index::name).containsExactly("A_a_idx", "A_name_key");
    }

    @Test
    void lookupsFindByQualifiedName() {
        Schema s = Schema.empty().withTables(List.of(b(), a()));
        assertThat(s.table(A)).contains(a());
        assertThat(s.table("public", "C")).isEmpty();
        assertThat(s.foreignKeysReferencing(A)).hasSize(1);
        assertThat(s.table(A).orElseThrow().column("name")).isPresent();
    }

    @Test
    void duplicatesAreRejected() {
        assertThatThrownBy(() -> Schema.empty().withTables(List.of(a(), a())))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void describeIsReadable() {
        Schema s = new Schema(List.of(new Namespace("public")), List.of(a(), b()),
                List.of(new EnumType(QualifiedName.of("public", "Mood"), List.of("HAPPY", "SAD"))), List.of(),
                List.of(), List.of());
        assertThat(s.describe()).isEqualTo(String.join("\n",
                "namespace \"public\"",
                "enum \"public\".\"Mood\" ('HAPPY', 'SAD')",
                "table \"public\".\"A\"",
                "  column \"id\" integer NOT NULL",
                "  column \"name\" text NOT NULL",
                "  primary key \"A_pkey\" (\"id\")",
                "  index \"A_a_idx\" using btree (\"name\")",
                "  unique index \"A_name_key\" using btree (\"name\")",
                "table \"public\".\"B\"",
                "  column \"aId\" integer NOT NULL",
                "  foreign key \"B_aId_fkey\" (\"aId\") references \"public\".\"A\" (\"id\") on delete RESTRICT"
                        + " on update CASCADE",
                ""));
    }
}
