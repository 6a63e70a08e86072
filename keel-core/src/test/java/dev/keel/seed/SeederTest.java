package dev.keel.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keel.api.KeelException;
import dev.keel.introspect.Introspector;
import dev.keel.schema.QualifiedName;
import dev.keel.schema.Schema;
import dev.keel.testing.PgExtension;
import dev.keel.testing.TestDb;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(PgExtension.class)
class SeederTest {
    private static final String DDL = """
            CREATE TYPE "Role" AS ENUM ('ADMIN', 'MEMBER');
            CREATE TABLE "User" (
              "id" SERIAL PRIMARY KEY,
              "email" TEXT NOT NULL,
              "role" "Role" NOT NULL DEFAULT 'MEMBER',
              "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
              "tags" TEXT[],
              "settings" JSONB,
              "balance_cents" BIGINT NOT NULL DEFAULT 0
            );
            CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
            CREATE TABLE "category" ("slug" TEXT PRIMARY KEY, "name" TEXT NOT NULL, "parentSlug" TEXT
              REFERENCES "category"("slug"));
            CREATE TABLE "FeatureFlag" ("key" TEXT NOT NULL, "env" TEXT NOT NULL, "enabled" BOOLEAN NOT NULL,
              PRIMARY KEY ("key", "env"));
            CREATE TABLE "Membership" ("userEmail" TEXT NOT NULL REFERENCES "User"("email"),
              "categorySlug" TEXT NOT NULL REFERENCES "category"("slug"), PRIMARY KEY ("userEmail", "categorySlug"));
            """;

    /** Children listed before parents on purpose: the seeder must order them itself. */
    private static final String SEED = """
            Membership:
              - { userEmail: admin@go4u.dev, categorySlug: food }
            User:
              key: [email]
              rows:
                - email: admin@go4u.dev
                  role: ADMIN
                  tags: [ops, "quoted \\"tag\\"", "comma,tag"]
                  settings: { theme: dark, limits: [1, 2] }
                  balance_cents: 9007199254740993
                - { email: it's@go4u.dev }
            Categories:
              - { slug: food, name: Food }
              - { slug: pizza, name: "Pizza 🍕", parentSlug: food }
            FeatureFlag:
              - { key: holds, env: prod, enabled: false }
            """;

    private static final SeedMapping MAPPING = target -> Optional.of(new SeedMapping.Target(
            new QualifiedName("public", target.equals("Categories") ? "category" : target), Map.of()));

    @Test
    void seedingTwiceLeavesIdenticalRows(TestDb db, @TempDir Path dir) throws Exception {
        db.execute(DDL);
        Path seedDir = Files.createDirectories(dir.resolve("seed"));
        Files.writeString(seedDir.resolve("01-base.yaml"), SEED);
        List<SeedBlock> blocks = SeedFiles.readFolder(seedDir);

        SeedResult first = seed(db, blocks);
        String afterFirst = dump(db);
        List<String> versionsAfterFirst = rowVersions(db);
        SeedResult second = seed(db, blocks);
        String afterSecond = dump(db);

        assertThat(afterSecond).isEqualTo(afterFirst);
        assertThat(first.inserted()).isEqualTo(6);
        assertThat(second.inserted()).isZero();
        assertThat(second.updated()).isZero();
        assertThat(second.unchanged()).isEqualTo(6);
        assertThat(db.column("SELECT role || ' ' || balance_cents || ' ' || array_to_string(tags, '|') || ' '"
                + " || (settings->'limits'->>1) FROM \"User\" WHERE email = 'admin@go4u.dev'"))
                .containsExactly("ADMIN 9007199254740993 ops|quoted \"tag\"|comma,tag 2");
        assertThat(db.column("SELECT name FROM category WHERE slug = 'pizza'")).containsExactly("Pizza 🍕");
        // Same row versions (xmin): the second run did not even rewrite an unchanged row.
        assertThat(rowVersions(db)).isEqualTo(versionsAfterFirst);
    }

    @Test
    void aChangedValueIsUpdatedAndCounted(TestDb db, @TempDir Path dir) throws Exception {
        db.execute(DDL);
        Path f = dir.resolve("flags.json");
        Files.writeString(f, "{\"FeatureFlag\": [{\"key\": \"holds\", \"env\": \"prod\", \"enabled\": false}]}");
        seed(db, SeedFiles.read(f));
        Files.writeString(f, "{\"FeatureFlag\": [{\"key\": \"holds\", \"env\": \"prod\", \"enabled\": true}]}");
        SeedResult r = seed(db, SeedFiles.read(f));
        assertThat(r.updated()).isEqualTo(1);
        assertThat(db.column("SELECT enabled FROM \"FeatureFlag\"")).containsExactly("t");
    }

    @Test
    void aBadRowWritesNothing(TestDb db, @TempDir Path dir) throws IOException {
        db.execute(DDL);
        Path f = dir.resolve("bad.yaml");
        Files.writeString(f, """
                Categories:
                  - { slug: food, name: Food }
                User:
                  - { email: x@go4u.dev, role: SUPERUSER }
                """);
        assertThatThrownBy(() -> seed(db, SeedFiles.read(f))).isInstanceOf(KeelException.class)
                .hasMessageContaining("nothing was written").hasMessageContaining("row 0")
                .hasMessageContaining("SUPERUSER");
        assertThat(db.column("SELECT count(*) FROM category")).containsExactly("0");
    }

    @Test
    void rowsWithoutAUniqueKeyAreRefused(TestDb db, @TempDir Path dir) throws IOException {
        db.execute(DDL);
        Path f = dir.resolve("nokey.yaml");
        Files.writeString(f, "User:\n  - { role: ADMIN }\n");
        assertThatThrownBy(() -> seed(db, SeedFiles.read(f))).isInstanceOf(KeelException.class)
                .hasMessageContaining("cannot tell which rows");
    }

    private static SeedResult seed(TestDb db, List<SeedBlock> blocks) throws Exception {
        try (Connection c = db.connect()) {
            Schema schema = Introspector.introspect(c, List.of("public"));
            return Seeder.seed(c, schema, blocks, MAPPING);
        }
    }

    private static List<String> rowVersions(TestDb db) {
        return db.column("SELECT 'u' || id || ':' || xmin FROM \"User\" UNION ALL SELECT 'c' || slug || ':' || xmin"
                + " FROM category UNION ALL SELECT 'f' || key || ':' || xmin FROM \"FeatureFlag\" ORDER BY 1");
    }

    private static String dump(TestDb db) {
        StringBuilder sb = new StringBuilder();
        for (String t : List.of("\"User\"", "category", "\"FeatureFlag\"", "\"Membership\"")) {
            sb.append(t).append('\n');
            db.column("SELECT t::text FROM " + t + " t ORDER BY 1").forEach(r -> sb.append(r).append('\n'));
        }
        return sb.toString();
    }
}
