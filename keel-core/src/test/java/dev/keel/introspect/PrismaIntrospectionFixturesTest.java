package dev.keel.introspect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.schema.Autoincrement;
import dev.keel.schema.Column;
import dev.keel.schema.DefaultValue;
import dev.keel.schema.ForeignKey;
import dev.keel.schema.Index;
import dev.keel.schema.IndexElement;
import dev.keel.schema.IndexKind;
import dev.keel.schema.IndexMethod;
import dev.keel.schema.PgType;
import dev.keel.schema.QualifiedName;
import dev.keel.schema.ReferentialAction;
import dev.keel.schema.Schema;
import dev.keel.schema.Sequence;
import dev.keel.schema.Table;
import dev.keel.testing.PgExtension;
import dev.keel.testing.TestDb;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Prisma's introspection fixtures ({@code introspection_simple/postgres}): each DDL file runs on a fresh database;
 * the model must say what the DDL says (hand-written expectations below) and agree with information_schema.
 */
@ExtendWith(PgExtension.class)
class PrismaIntrospectionFixturesTest {
    private static final String ROOT = "/prisma-engines/schema-engine/introspection_simple/postgres/";

    private static Schema load(TestDb db, String fixture) throws Exception {
        String sql;
        try (InputStream in = PrismaIntrospectionFixturesTest.class.getResourceAsStream(ROOT + fixture)) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        db.execute(sql);
        try (Connection c = db.connect()) {
            Schema s = Introspector.introspect(c, List.of("public"));
            CatalogCrossCheck.verify(c, List.of("public"), s);
            return s;
        }
    }

    private static Table table(Schema s, String name) {
        return s.table("public", name).orElseThrow(() -> new AssertionError(name + "\n" + s.describe()));
    }

    private static Column col(Table t, String name) {
        return t.column(name).orElseThrow(() -> new AssertionError(name));
    }

    private static void serialId(Table t) {
        Column id = col(t, "id");
        assertThat(id.type()).isEqualTo(PgType.builtin("integer"));
        assertThat(id.autoincrement()).isEqualTo(Autoincrement.SERIAL);
        assertThat(id.defaultValue()).isEmpty();
        assertThat(id.nullable()).isFalse();
        assertThat(t.primaryKey().orElseThrow().name()).isEqualTo(t.name().name() + "_pkey");
        assertThat(t.primaryKey().orElseThrow().columns()).containsExactly("id");
    }

    @Test
    void aTableWithReservedName(TestDb db) throws Exception {
        Schema s = load(db, "a_table_with_reserved_name.sql");
        Table t = table(s, "PrismaClient");
        serialId(t);
        // SERIAL's sequence stays in the model, owned by the column
        assertThat(s.sequences()).containsExactly(Sequence.serialFor(t.name(), "id", PgType.builtin("integer")));
    }

    @Test
    void indexWithExpressionColumn(TestDb db) throws Exception {
        Schema s = load(db, "index_with_expression_column.sql");
        Table t = table(s, "communication_channels");
        assertThat(t.primaryKey()).isEmpty();
        assertThat(col(t, "id").type()).isEqualTo(PgType.builtin("bigint"));
        assertThat(col(t, "path").type()).isEqualTo(PgType.varchar(255));
        assertThat(col(t, "path_type").defaultValue()).contains(DefaultValue.Literal.ofString("email"));
        assertThat(col(t, "path_type").nullable()).isFalse();
        assertThat(col(t, "position").nullable()).isTrue();
        assertThat(col(t, "bounce_count").defaultValue()).contains(DefaultValue.Literal.ofNumber("0"));
        Index byPath = t.index("index_communication_channels_on_path_and_path_type").orElseThrow();
        assertThat(byPath.kind()).isEqualTo(IndexKind.INDEX);
        assertThat(byPath.elements()).containsExactly(IndexElement.expression("lower(path::text)"),
                IndexElement.column("path_type"));
        Index unique = t.index("index_communication_channels_on_user_id_and_path_and_path_type").orElseThrow();
        assertThat(unique.kind()).isEqualTo(IndexKind.UNIQUE_INDEX);
        assertThat(unique.elements()).extracting(IndexElement::isExpression).containsExactly(false, true, false);
        assertThat(t.index("index_communication_channels_on_confirmation_code").orElseThrow().columnNames())
                .contains(List.of("confirmation_code"));
    }

    @Test
    void intArrayExtensionDoesNotConflict(TestDb db) throws Exception {
        Schema s = load(db, "int_array_extension_does_not_conflict.sql");
        assertThat(s.extension("intarray")).hasValueSatisfying(e -> {
            assertThat(e.schema()).isEqualTo("public");
            assertThat(e.version()).isEqualTo(db.column("SELECT extversion FROM pg_extension "
                    + "WHERE extname = 'intarray'").get(0));
        });
        Table t = table(s, "test");
        assertThat(col(t, "big_data").type()).isEqualTo(PgType.builtin("boolean"));
        assertThat(t.primaryKey().orElseThrow().name()).isEqualTo("test_pkey");
        assertThat(t.indexes()).containsExactly(Index.of("futureproof", IndexKind.INDEX, "big_data"));
        // the extension's own functions/operators/types are not user objects
        assertThat(s.tables()).hasSize(1);
        assertThat(s.enums()).isEmpty();
    }

    @Test
    void inlineSelfRelation(TestDb db) throws Exception {
        Schema s = load(db, "relations/inline_self_relation.sql");
        Table t = table(s, "Biscuit");
        serialId(t);
        assertThat(col(t, "next_biscuit_id").nullable()).isTrue();
        assertThat(t.foreignKeys()).containsExactly(ForeignKey.of("Biscuit_next_biscuit_id_fkey",
                List.of("next_biscuit_id"), t.name(), List.of("id"), ReferentialAction.NO_ACTION,
                ReferentialAction.NO_ACTION));
    }

    @Test
    void manyToManyRelation(TestDb db) throws Exception {
        Schema s = load(db, "relations/many_to_many_relation.sql");
        serialId(table(s, "Biscuit"));
        Table join = table(s, "_BiscuitToBiscuit");
        assertThat(join.primaryKey()).isEmpty();
        assertThat(join.columns()).extracting(Column::nullable).containsExactly(true, true);
        assertThat(join.indexes()).containsExactly(Index.of("AB_unique", IndexKind.UNIQUE_INDEX, "A", "B"),
                Index.of("B_index", IndexKind.INDEX, "B"));
        assertThat(join.foreignKeys()).extracting(ForeignKey::name)
                .containsExactly("_BiscuitToBiscuit_A_fkey", "_BiscuitToBiscuit_B_fkey");
    }

    @Test
    void manyToManyFieldNamesDoNotConflict(TestDb db) throws Exception {
        Schema s = load(db, "many_to_many_relation_field_names_do_not_conflict_with_themselves.sql");
        assertThat(s.tables()).extracting(t -> t.name().name())
                .containsExactly("User", "_Frenemyship", "_Friendship");
        for (String name : List.of("_Frenemyship", "_Friendship")) {
            Table t = table(s, name);
            assertThat(t.columns()).extracting(Column::nullable).containsExactly(false, false);
            assertThat(t.index(name + "_AB_unique").orElseThrow().kind()).isEqualTo(IndexKind.UNIQUE_INDEX);
            assertThat(t.foreignKeys()).allSatisfy(fk -> {
                assertThat(fk.referencedTable()).isEqualTo(QualifiedName.of("public", "User"));
                assertThat(fk.onDelete()).isEqualTo(ReferentialAction.NO_ACTION);
            });
        }
    }

    @Test
    void multipleSingleFieldUniqueIndexes(TestDb db) throws Exception {
        Schema s = load(db, "multiple_single_field_unique_indexes.sql");
        Table t = table(s, "mymodel");
        assertThat(col(t, "id").type()).isEqualTo(PgType.builtin("uuid"));
        assertThat(t.indexes()).extracting(Index::name).containsExactly("unq1", "unq2", "unq3");
        assertThat(t.indexes()).allSatisfy(i -> {
            assertThat(i.kind()).isEqualTo(IndexKind.UNIQUE_INDEX);
            assertThat(i.method()).isEqualTo(IndexMethod.BTREE);
            assertThat(i.columnNames()).contains(List.of("thefield"));
        });
    }

    @Test
    void stringsWithQuotes(TestDb db) throws Exception {
        Schema s = load(db, "strings_with_quotes_render_as_escaped_literals.sql");
        Table t = table(s, "Category");
        serialId(t);
        DefaultValue.Literal d = (DefaultValue.Literal) col(t, "name").defaultValue().orElseThrow();
        assertThat(d.stringValue()).contains("a \" b\"c d");
        assertThat(col(t, "name").prismaTypeSql(false)).isEqualTo("VARCHAR(255)");
    }
}
