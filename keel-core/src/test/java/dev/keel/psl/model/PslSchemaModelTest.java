package dev.keel.psl.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.psl.Psl;
import dev.keel.psl.SchemaSource;
import dev.keel.psl.ValidatedSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The resolved model of {@code keel-validation/oracle/valid_full_schema.prisma}. The expected database names come
 * from Prisma 7.10.1's own SQL for that schema ({@code prisma-oracle diff empty}): {@code users_pkey},
 * {@code users_email_key}, {@code Post_authorId_score_idx}, {@code Post_authorId_body_key},
 * {@code Post_authorId_fkey}, join table {@code _GroupToUser} with A = Group, B = User, enum value {@code 'admin'}.
 */
class PslSchemaModelTest {
    private static PslSchema load() throws IOException {
        String text;
        try (var in = PslSchemaModelTest.class.getResourceAsStream("/keel-validation/oracle/valid_full_schema.prisma")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        ValidatedSchema v = Psl.validate(SchemaSource.ofString("schema.prisma", text));
        assertThat(v.diagnostics().all()).isEmpty();
        return v.model().orElseThrow();
    }

    @Test
    void tablesColumnsAndConstraintNamesAreDerivedAsPrismaDoes() throws IOException {
        PslSchema s = load();
        PslModel user = s.model("User").orElseThrow();
        assertThat(user.dbName()).isEqualTo("users");
        assertThat(user.primaryKey().orElseThrow().dbName()).isEqualTo("users_pkey");
        assertThat(user.indexes()).extracting(Index::dbName).containsExactly("users_email_key");
        ScalarField id = user.scalarField("id").orElseThrow();
        assertThat(id.nativeType()).contains(new NativeType("Uuid", List.of()));
        assertThat(id.defaultValue().orElseThrow().value()).isEqualTo(new DefaultValue.Uuid(7));
        assertThat(user.scalarField("tags").orElseThrow().arity()).isEqualTo(Arity.LIST);
        assertThat(user.scalarField("role").orElseThrow().type()).isEqualTo(new FieldTypeRef.EnumRef("Role"));
        assertThat(user.scalarField("role").orElseThrow().defaultValue().orElseThrow().value())
                .isEqualTo(new DefaultValue.EnumValue("USER"));
        assertThat(user.scalarField("updatedAt").orElseThrow().updatedAt()).isTrue();
        assertThat(user.scalarField("createdAt").orElseThrow().nativeType())
                .contains(new NativeType("Timestamptz", List.of("3")));

        PslModel post = s.model("Post").orElseThrow();
        assertThat(post.primaryKey().orElseThrow().dbName()).isEqualTo("Post_pkey");
        assertThat(post.indexes()).extracting(Index::dbName)
                .containsExactly("Post_authorId_score_idx", "Post_authorId_body_key");
        assertThat(post.indexes().get(0).fields().get(1).sort()).contains(SortOrder.Desc);
        assertThat(post.indexes().get(1).name()).contains("author_body");
        assertThat(post.scalarField("id").orElseThrow().defaultValue().orElseThrow().value())
                .isEqualTo(new DefaultValue.Autoincrement());
        assertThat(post.scalarField("score").orElseThrow().nativeType())
                .contains(new NativeType("Decimal", List.of("10", "2")));

        PslEnum role = s.enumNamed("Role").orElseThrow();
        assertThat(role.values()).extracting(PslEnumValue::dbName).containsExactly("USER", "admin");
    }

    @Test
    void relationsCarryBothSidesNamesAndReferentialActions() throws IOException {
        PslSchema s = load();
        RelationField author = s.model("Post").orElseThrow().relationField("author").orElseThrow();
        assertThat(author.fields()).containsExactly("authorId");
        assertThat(author.references()).containsExactly("id");
        assertThat(author.relationName()).isEqualTo("PostToUser");
        assertThat(author.onDelete()).contains(ReferentialAction.Cascade);
        assertThat(author.effectiveOnUpdate()).isEqualTo(ReferentialAction.Cascade);
        assertThat(author.foreignKeyName()).contains("Post_authorId_fkey");

        RelationField posts = s.model("User").orElseThrow().relationField("posts").orElseThrow();
        assertThat(posts.holdsForeignKey()).isFalse();
        assertThat(posts.relationName()).isEqualTo("PostToUser");

        assertThat(s.relations()).containsExactlyInAnyOrder(
                new Relation("PostToUser", RelationKind.ONE_TO_MANY, "Post", "author", "User", Optional.of("posts")),
                new Relation("GroupToUser", RelationKind.IMPLICIT_MANY_TO_MANY, "Group", "members", "User",
                        Optional.of("groups")));
        assertThat(s.relations().stream().filter(r -> r.kind() == RelationKind.IMPLICIT_MANY_TO_MANY).findFirst()
                .orElseThrow().joinTableName()).isEqualTo("_GroupToUser");
    }

    @Test
    void requiredForeignKeyDefaultsToRestrictAndOptionalToSetNull() {
        String schema = """
                datasource db {
                  provider = "postgresql"
                }

                model User {
                  id      Int    @id
                  posts   Post[]
                  edits   Post[] @relation("editor")
                }

                model Post {
                  id       Int   @id
                  authorId Int
                  editorId Int?
                  author   User  @relation(fields: [authorId], references: [id])
                  editor   User? @relation("editor", fields: [editorId], references: [id], map: "edit_fk")
                }
                """;
        PslSchema s = Psl.validate(SchemaSource.ofString("schema.prisma", schema)).model().orElseThrow();
        PslModel post = s.model("Post").orElseThrow();
        assertThat(post.relationField("author").orElseThrow().effectiveOnDelete()).isEqualTo(ReferentialAction.Restrict);
        assertThat(post.relationField("editor").orElseThrow().effectiveOnDelete()).isEqualTo(ReferentialAction.SetNull);
        assertThat(post.relationField("editor").orElseThrow().relationName()).isEqualTo("editor");
        assertThat(post.relationField("editor").orElseThrow().foreignKeyName()).contains("edit_fk");
    }

    @Test
    void longConstraintNamesAreTruncatedAsPrismaDoes() throws IOException {
        // Names from Prisma 7.10.1's SQL for these two oracle cases (prisma-oracle diff empty).
        PslModel a = loadCase("long_generated_index_name").model("A").orElseThrow();
        assertThat(a.indexes()).extracting(Index::dbName).containsExactly(
                "A_aVeryLongColumnNameNumberOneThatKeepsGoingOn_aVeryLongCol_idx",
                "A_aVeryLongColumnNameNumberOneThatKeepsGoingOn_aVeryLongCol_key");
        PslModel m = loadCase("long_table_name_constraint").models().get(0);
        assertThat(m.primaryKey().orElseThrow().dbName())
                .isEqualTo("AVeryLongModelNameThatGoesOnAndOnAndOnForeverAndEverAndEve_pkey");
        assertThat(m.indexes().get(0).dbName())
                .isEqualTo("AVeryLongModelNameThatGoesOnAndOnAndOnForeverAndEverAndEver_key");
    }

    private static PslSchema loadCase(String name) throws IOException {
        try (var in = PslSchemaModelTest.class.getResourceAsStream("/keel-validation/oracle/" + name + ".prisma")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Psl.validate(SchemaSource.ofString("schema.prisma", text)).model().orElseThrow();
        }
    }
}
