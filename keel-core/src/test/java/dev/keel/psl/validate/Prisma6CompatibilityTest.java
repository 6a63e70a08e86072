package dev.keel.psl.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.diag.DiagnosticPrinter;
import dev.keel.psl.Psl;
import dev.keel.psl.SchemaSource;
import dev.keel.psl.ValidatedSchema;
import dev.keel.psl.model.ConfigValue;
import dev.keel.psl.model.Datasource;
import dev.keel.psl.model.RelationMode;
import org.junit.jupiter.api.Test;

/**
 * Deliberate differences from Prisma 7: Prisma 5/6 connection properties are accepted silently and exposed, and an
 * unknown preview feature is a warning (Prisma 7 makes both errors).
 */
class Prisma6CompatibilityTest {
    private static ValidatedSchema validate(String text) {
        return Psl.validate(SchemaSource.ofString("schema.prisma", text));
    }

    @Test
    void connectionPropertiesAreAcceptedSilentlyAndExposed() {
        ValidatedSchema v = validate("""
                datasource db {
                  provider          = "postgresql"
                  url               = env("DATABASE_URL")
                  directUrl         = env("DIRECT_URL")
                  shadowDatabaseUrl = "postgresql://localhost/shadow"
                  relationMode      = "prisma"
                }

                model A {
                  id Int @id
                }
                """);
        assertThat(v.diagnostics().all()).isEmpty();
        Datasource ds = v.model().orElseThrow().datasource().orElseThrow();
        assertThat(ds.provider()).isEqualTo("postgresql");
        assertThat(ds.url()).contains(new ConfigValue.EnvVar("DATABASE_URL"));
        assertThat(ds.directUrl()).contains(new ConfigValue.EnvVar("DIRECT_URL"));
        assertThat(ds.shadowDatabaseUrl()).contains(new ConfigValue.Literal("postgresql://localhost/shadow"));
        assertThat(ds.relationMode()).isEqualTo(RelationMode.PRISMA);
        java.util.Map<String, String> env = java.util.Map.of("DATABASE_URL", "postgresql://db/app");
        assertThat(ds.url().orElseThrow().resolve(env::get)).contains("postgresql://db/app");
        assertThat(ds.directUrl().orElseThrow().resolve(env::get)).isEmpty();
        assertThat(ds.shadowDatabaseUrl().orElseThrow().resolve(env::get)).contains("postgresql://localhost/shadow");
    }

    @Test
    void invalidJsonDefaultIsAnError() {
        ValidatedSchema v = validate("""
                datasource db {
                  provider = "postgresql"
                }

                model A {
                  id Int  @id
                  j  Json @default("{not json")
                }
                """);
        // Prisma 7.10.1 prints: Parse error: "{not json" is not a valid JSON string. (key must be a string at line 1
        // column 2) -- the detail in parentheses is serde_json's; Keel's comes from Jackson.
        assertThat(v.diagnostics().errors()).singleElement().satisfies(d -> assertThat(d.message())
                .startsWith("Error parsing attribute \"@default\": Parse error: \"{not json\" is not a valid JSON"
                        + " string. ("));
    }

    @Test
    void aDatasourceWithoutUrlIsValidAsInPrisma7() {
        ValidatedSchema v = validate("""
                datasource db {
                  provider = "postgres"
                }
                """);
        assertThat(v.diagnostics().all()).isEmpty();
        assertThat(v.model().orElseThrow().datasource().orElseThrow().url()).isEmpty();
    }

    @Test
    void unknownPreviewFeatureIsAWarningWithPrismasWording() {
        ValidatedSchema v = validate("""
                generator client {
                  provider        = "prisma-client-js"
                  previewFeatures = ["insensitiveFilters", "driverAdapters", "views"]
                }

                datasource db {
                  provider = "postgresql"
                }
                """);
        assertThat(v.diagnostics().errors()).isEmpty();
        String printed = new DiagnosticPrinter(false).print(v.diagnostics().warnings(), v.source().files());
        // Prisma 7.10.1's texts for the same schema (prisma validate): the unknown feature is an error there, the
        // deprecated one a warning (its CLI lists warnings as "- <message>").
        assertThat(printed).isEqualTo("""
                warning: The preview feature "insensitiveFilters" is not known. Expected one of: \
                fullTextSearchPostgres, nativeDistinct, partialIndexes, postgresqlExtensions, relationJoins, \
                schemaEngineDriverAdapters, shardKeys, strictUndefinedChecks, typedSql, views
                  -->  schema.prisma:3
                   |\s
                 2 |   provider        = "prisma-client-js"
                 3 |   previewFeatures = ["insensitiveFilters", "driverAdapters", "views"]
                   |\s
                warning: Preview feature "driverAdapters" is deprecated. The functionality can be used without \
                specifying it as a preview feature.
                  -->  schema.prisma:3
                   |\s
                 2 |   provider        = "prisma-client-js"
                 3 |   previewFeatures = ["insensitiveFilters", "driverAdapters", "views"]
                   |\s
                """);
        assertThat(v.model().orElseThrow().previewFeatures())
                .containsExactly("insensitiveFilters", "driverAdapters", "views");
    }

    @Test
    void envValuesMustBeSingleStrings() {
        ValidatedSchema v = validate("""
                datasource db {
                  provider = "postgresql"
                  url      = env(1)
                }
                """);
        assertThat(v.diagnostics().errors()).extracting(d -> d.message())
                .containsExactly("The env function expects a singular, unnamed, string argument.");
    }

    @Test
    void relationModePrismaWarnsAboutMissingIndexesWithPrismasText() {
        ValidatedSchema v = validate("""
                datasource db {
                  provider     = "postgresql"
                  relationMode = "prisma"
                }

                model User {
                  id    Int    @id
                  posts Post[]
                }

                model Post {
                  id       Int  @id
                  authorId Int
                  author   User @relation(fields: [authorId], references: [id])
                }
                """);
        assertThat(v.diagnostics().errors()).isEmpty();
        // Prisma 7.10.1 (prisma validate) lists this warning for the same schema, stray quote included.
        assertThat(v.diagnostics().warnings()).extracting(d -> d.message()).containsExactly("With `relationMode ="
                + " \"prisma\"`, no foreign keys are used, so relation fields will not benefit from the index usually"
                + " created by the relational database under the hood. This can lead to poor performance when querying"
                + " these fields. We recommend adding an index manually. Learn more at"
                + " https://pris.ly/d/relation-mode-prisma-indexes\" ");
    }
}
