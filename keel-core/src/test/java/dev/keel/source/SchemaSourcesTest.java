package dev.keel.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keel.api.ErrorCode;
import dev.keel.api.KeelException;
import dev.keel.db.EmbeddedPostgresServer;
import dev.keel.diff.Differ;
import dev.keel.diff.Migration;
import dev.keel.render.ScriptRenderer;
import dev.keel.testing.PgExtension;
import dev.keel.testing.TestDb;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each kind of source against Prisma 7.10.1's output for the same inputs ({@code source/shop}: the schema, a
 * two-migration folder with its own BEGIN/COMMIT and a CREATE INDEX CONCURRENTLY file, and the oracle's SQL:
 * {@code empty-schema.sql} = diff empty → schema, {@code migrations-v2.sql} = diff migrations → schema-v2; the
 * oracle reports no difference between the folder and {@code schema.prisma}).
 */
@ExtendWith(PgExtension.class)
class SchemaSourcesTest {
    static final Path SHOP = Path.of("src/test/resources/source/shop");
    static final SchemaSources.Options OPTIONS = SchemaSources.Options.defaults();

    static String read(String name) throws IOException {
        return Files.readString(SHOP.resolve(name), StandardCharsets.UTF_8);
    }

    static Migration diff(ResolvedSchema from, ResolvedSchema to) {
        return Differ.diff(from.schema(), from.order(), to.schema(), to.order(), from.multiSchema() || to.multiSchema());
    }

    static ResolvedSchema schema(String file) {
        return SchemaSources.resolve(new SchemaSpec.SchemaFile(SHOP.resolve(file)), OPTIONS);
    }

    static ResolvedSchema migrations() {
        return SchemaSources.resolve(new SchemaSpec.Migrations(SHOP.resolve("migrations")), OPTIONS);
    }

    @Test
    void schemaFileGivesPrismasScriptFromEmpty() throws IOException {
        ResolvedSchema s = schema("schema.prisma");
        assertThat(s.psl()).isPresent();
        assertThat(s.namespaces()).containsExactly("public");
        assertThat(ScriptRenderer.render(diff(ResolvedSchema.empty(), s))).isEqualTo(read("empty-schema.sql"));
    }

    /** 60 generated models: Prisma's statement order (tables, indexes, foreign keys by declaration). */
    @Test
    void generatedSchemaGivesPrismasScriptFromEmpty() throws IOException {
        Path dir = SHOP.getParent();
        ResolvedSchema s = SchemaSources.resolve(new SchemaSpec.SchemaFile(dir.resolve("generated-60.prisma")),
                OPTIONS);
        assertThat(ScriptRenderer.render(diff(ResolvedSchema.empty(), s)))
                .isEqualTo(Files.readString(dir.resolve("generated-60.empty.sql"), StandardCharsets.UTF_8));
    }

    @Test
    void replayedMigrationsEqualTheSchemaAndTheShadowDatabaseIsDropped() {
        List<String> before = shadowDatabases();
        ResolvedSchema m = migrations();
        assertThat(m.schema().tables()).hasSize(4);
        assertThat(diff(m, schema("schema.prisma")).steps()).isEmpty();
        assertThat(shadowDatabases()).isEqualTo(before);
    }

    @Test
    void replayedMigrationsToAnEditedSchemaGivePrismasScript() throws IOException {
        assertThat(ScriptRenderer.render(diff(migrations(), schema("schema-v2.prisma"))))
                .isEqualTo(read("migrations-v2.sql"));
    }

    @Test
    void liveDatabaseIsIntrospected(TestDb db) throws IOException {
        db.execute(read("empty-schema.sql"));
        ResolvedSchema live = SchemaSources.resolve(new SchemaSpec.Url(db.url().toString()), OPTIONS);
        assertThat(live.namespaces()).containsExactly("public");
        assertThat(diff(live, schema("schema.prisma")).steps()).isEmpty();
        db.execute("ALTER TABLE \"Tag\" ADD COLUMN \"color\" TEXT");
        ResolvedSchema changed = SchemaSources.resolve(new SchemaSpec.Url(db.url().toString()), OPTIONS);
        assertThat(ScriptRenderer.render(diff(changed, schema("schema.prisma"))))
                .isEqualTo("-- AlterTable\nALTER TABLE \"Tag\" DROP COLUMN \"color\";\n");
    }

    @Test
    void shadowDatabaseOnAnotherServerIsCreatedAndDropped() {
        String server = EmbeddedPostgresServer.get().url("postgres").toString();
        List<String> before = shadowDatabases();
        ResolvedSchema m = SchemaSources.resolve(new SchemaSpec.Migrations(SHOP.resolve("migrations")),
                new SchemaSources.Options(Path.of(""), Optional.of(server), List.of()));
        assertThat(diff(m, schema("schema.prisma")).steps()).isEmpty();
        assertThat(shadowDatabases()).isEqualTo(before);
    }

    @Test
    void brokenMigrationNamesTheFileAndPostgresError(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("20240101000000_init"));
        Files.writeString(dir.resolve("20240101000000_init/migration.sql"), "CREATE TABLE \"A\" (id int);");
        Files.createDirectories(dir.resolve("20240102000000_typo"));
        Files.writeString(dir.resolve("20240102000000_typo/migration.sql"), "ALTER TABLE \"A\"\n  ADD COLUM x int;");
        List<String> before = shadowDatabases();
        assertThatThrownBy(() -> SchemaSources.resolve(new SchemaSpec.Migrations(dir), OPTIONS))
                .isInstanceOfSatisfying(KeelException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.SHADOW_MIGRATION_FAILED);
                    assertThat(e.getMessage()).doesNotContain("\n")
                            .contains("`20240102000000_typo`", dir.resolve("20240102000000_typo/migration.sql")
                                    .toString(), "ERROR: syntax error at or near \"int\" at line 2 (ADD COLUM x int;)", "SQLSTATE 42601");
                });
        assertThat(shadowDatabases()).isEqualTo(before);
    }

    @Test
    void invalidSchemaIsOneLineWithPrismasDiagnostics(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("schema.prisma");
        Files.writeString(file, "model A {\n  id Int @id\n  b Strin\n}\n");
        assertThatThrownBy(() -> SchemaSources.resolve(new SchemaSpec.SchemaFile(file), OPTIONS))
                .isInstanceOfSatisfying(InvalidSchemaException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.SCHEMA_INVALID);
                    assertThat(e.errorCount()).isEqualTo(1);
                    // Prisma 7.10.1: "Type "Strin" is neither a built-in type, nor refers to another model, ..."
                    assertThat(e.getMessage()).doesNotContain("\n").contains(":3: ", "Type \"Strin\" is neither");
                });
    }

    @Test
    void missingFolderIsAnError() {
        assertThatThrownBy(() -> SchemaSources.resolve(new SchemaSpec.Migrations(Path.of("no/such/dir")), OPTIONS))
                .isInstanceOf(KeelException.class).hasMessageContaining("no/such/dir");
    }

    private static List<String> shadowDatabases() {
        return new TestDb(EmbeddedPostgresServer.get().url("postgres"))
                .column("SELECT datname FROM pg_database WHERE datname LIKE 'keel\\_shadow%' ORDER BY 1");
    }
}
