package dev.keel.safety.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.db.DatabaseUrl;
import dev.keel.db.EmbeddedPostgresServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Linting against a live database: the shadow gets its domains, functions and triggers too, so a migration that
 * uses them runs there as it will on the database.
 */
class LintLiveObjectsTest {
    private static final String LIVE = """
            CREATE TYPE "Role" AS ENUM ('USER', 'ADMIN');
            CREATE DOMAIN positive AS int NOT NULL DEFAULT 1 CONSTRAINT positive_check CHECK (VALUE > 0);
            CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$
              BEGIN NEW."updatedAt" = now(); RETURN NEW; END $$;
            CREATE FUNCTION is_admin(r "Role") RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT r = 'ADMIN' $$;
            CREATE TABLE "User" ("id" SERIAL PRIMARY KEY, "role" "Role" NOT NULL DEFAULT 'USER',
                                 "updatedAt" timestamp(3));
            CREATE TRIGGER "User_touch" BEFORE UPDATE ON "User" FOR EACH ROW EXECUTE FUNCTION touch();
            """;

    @Test
    void domainsFunctionsAndTriggersOfTheLiveDatabaseAreOnTheShadow(@TempDir Path root) throws Exception {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.get();
        DatabaseUrl live = server.createDatabase("lint_live_objects");
        try {
            try (Connection c = live.connect(); Statement st = c.createStatement()) {
                st.execute(LIVE);
            }
            Path file = root.resolve("next.sql");
            Files.writeString(file, """
                    SET lock_timeout = '2s';
                    ALTER TABLE "User" ADD COLUMN "score" positive;
                    DROP TRIGGER "User_touch" ON "User";
                    CREATE TRIGGER "User_touch_again" BEFORE UPDATE ON "User" FOR EACH ROW EXECUTE FUNCTION touch();
                    CREATE INDEX CONCURRENTLY "User_admin_idx" ON "User" (is_admin("role"));
                    """);

            LintResult r = new LintRun(root, LintOptions.defaults().withDatabaseUrl(live.toString()))
                    .run(List.of(file));

            assertThat(r.errors()).isEmpty();
            // The domain's check came along: a value it refuses is refused on the shadow too.
            Files.writeString(root.resolve("bad.sql"), "SELECT (-1)::positive;\n");
            LintResult bad = new LintRun(root, LintOptions.defaults().withDatabaseUrl(live.toString()))
                    .run(List.of(root.resolve("bad.sql")));
            assertThat(bad.errors()).singleElement()
                    .satisfies(e -> assertThat(e.message()).contains("violates check constraint \"positive_check\""));
        } finally {
            server.dropDatabase(live.database());
        }
    }

    /**
     * Objects of the live schema that depend on another schema (which the shadow does not get) cannot be recreated
     * there: each is reported as a notice naming it and PostgreSQL's reason, and the run's exit code is not changed.
     */
    @Test
    void objectsTheShadowCannotHaveAreNoticesNotErrors(@TempDir Path root) throws Exception {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.get();
        DatabaseUrl live = server.createDatabase("lint_live_skipped");
        try {
            try (Connection c = live.connect(); Statement st = c.createStatement()) {
                st.execute("""
                        CREATE SCHEMA audit;
                        CREATE TYPE audit.level AS ENUM ('low', 'high');
                        CREATE FUNCTION audit.log() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
                        CREATE FUNCTION public.weight(l audit.level) RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;
                        CREATE TABLE "User" ("id" int PRIMARY KEY);
                        CREATE TRIGGER "User_audit" AFTER INSERT ON "User" FOR EACH ROW EXECUTE FUNCTION audit.log();
                        """);
            }
            Files.writeString(root.resolve("next.sql"), "SET lock_timeout = '2s';\nCREATE TABLE \"Post\" (id int);\n");

            LintResult r = new LintRun(root, LintOptions.defaults().withDatabaseUrl(live.toString()))
                    .run(List.of(root.resolve("next.sql")));

            assertThat(r.errors()).isEmpty();
            assertThat(r.exitCode()).isZero();
            assertThat(r.notices()).extracting(f -> f.rule()).containsOnly(Rule.LIVE_OBJECT_SKIPPED);
            assertThat(r.notices()).extracting(Finding::message).satisfiesExactlyInAnyOrder(
                    m -> assertThat(m).startsWith("function weight(audit.level) of the live database is not on the "
                            + "shadow database: PostgreSQL refused it there (ERROR: schema \"audit\" does not exist"),
                    m -> assertThat(m).startsWith("trigger \"User_audit\" on \"User\" of the live database is not "
                            + "on the shadow database: PostgreSQL refused it there (ERROR: ")
                            .contains("audit"));
            assertThat(r.notices()).allSatisfy(f -> assertThat(f.file()).isEqualTo(live.toString()));
            assertThat(r.findings()).containsAll(r.notices());
        } finally {
            server.dropDatabase(live.database());
        }
    }
}
