package dev.keel.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keel.api.DeployResult;
import dev.keel.api.ErrorCode;
import dev.keel.api.KeelException;
import dev.keel.api.ResolveResult;
import dev.keel.api.StatusResult;
import dev.keel.testing.PgExtension;
import dev.keel.testing.TestDb;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(PgExtension.class)
class DeployTest {
    private static final String INIT = "-- CreateTable\nCREATE TABLE \"User\" (\n    \"id\" SERIAL NOT NULL,\n"
            + "    \"email\" TEXT NOT NULL,\n\n    CONSTRAINT \"User_pkey\" PRIMARY KEY (\"id\")\n);\n";
    private static final String POSTS = "-- CreateTable\nCREATE TABLE \"Post\" (\"id\" SERIAL PRIMARY KEY, "
            + "\"authorId\" INTEGER NOT NULL REFERENCES \"User\"(\"id\"));\n";

    @Test
    void deployRecordsPrismaRowsAndRedeployIsANoOp(@TempDir Path root, TestDb db) {
        MigrationsFixture f = new MigrationsFixture(root, db).add("20240101000000_init", INIT)
                .add("20240102000000_posts", POSTS);
        DeployResult r = f.keel().deploy();
        assertThat(r.succeeded()).isTrue();
        assertThat(r.found()).isEqualTo(2);
        assertThat(r.applied()).extracting(AppliedMigration::name)
                .containsExactly("20240101000000_init", "20240102000000_posts");
        assertThat(r.applied()).extracting(AppliedMigration::mode).containsOnly(KeelJournal.Mode.TRANSACTION);

        // Prisma's exact table: columns, types, nullability and defaults.
        assertThat(db.column("SELECT column_name || ' ' || data_type || ' ' || coalesce(character_maximum_length::text, '-') "
                + "|| ' ' || is_nullable || ' ' || coalesce(column_default, '-') FROM information_schema.columns "
                + "WHERE table_name = '_prisma_migrations' ORDER BY ordinal_position")).containsExactly(
                "id character varying 36 NO -", "checksum character varying 64 NO -",
                "finished_at timestamp with time zone - YES -", "migration_name character varying 255 NO -",
                "logs text - YES -", "rolled_back_at timestamp with time zone - YES -",
                "started_at timestamp with time zone - NO now()", "applied_steps_count integer - NO 0");
        // Row lifecycle of a successful apply: finished, 1 step, no logs, checksum = sha256 of the file.
        assertThat(db.column("SELECT migration_name || ' ' || checksum || ' ' || applied_steps_count || ' ' "
                + "|| (finished_at >= started_at) || ' ' || (logs IS NULL) || ' ' || (rolled_back_at IS NULL) "
                + "|| ' ' || length(id) FROM _prisma_migrations ORDER BY started_at")).containsExactly(
                "20240101000000_init " + sha256(INIT) + " 1 true true true 36",
                "20240102000000_posts " + sha256(POSTS) + " 1 true true true 36");
        assertThat(db.column("SELECT count(*) FROM \"Post\"")).containsExactly("0");

        DeployResult again = f.keel().deploy();
        assertThat(again.succeeded()).isTrue();
        assertThat(again.applied()).isEmpty();
        assertThat(db.column("SELECT count(*) FROM _prisma_migrations")).containsExactly("2");
        // Keel's journal lives in its own schema, never in Prisma's table or the app schema.
        assertThat(db.column("SELECT count(*) FROM \"_keel\".\"_keel_migration_runs\" WHERE outcome = 'applied'"))
                .containsExactly("2");
        assertThat(db.column("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' "
                + "ORDER BY 1")).containsExactly("Post", "User", "_prisma_migrations");
    }

    @Test
    void failedMigrationIsRecordedBlocksWithP3009AndRecoversAfterResolveRolledBack(@TempDir Path root, TestDb db)
            throws Exception {
        String broken = "CREATE TABLE \"A\" (id int);\nINSERT INTO \"A\" VALUES (1);\nSELECT * FROM \"Missing\";\n";
        MigrationsFixture f = new MigrationsFixture(root, db).add("20240101000000_init", INIT)
                .add("20240102000000_broken", broken).add("20240103000000_posts", POSTS);
        DeployResult r = f.keel().deploy();
        assertThat(r.succeeded()).isFalse();
        assertThat(r.applied()).extracting(AppliedMigration::name).containsExactly("20240101000000_init");
        MigrationFailureAssert.p3018(r, "20240102000000_broken", "42P01");
        assertThat(r.failure().get().message()).contains("ERROR: relation \"Missing\" does not exist",
                "Position:\n  1 CREATE TABLE \"A\" (id int);\n  2 INSERT INTO \"A\" VALUES (1);\n  3 SELECT * FROM \"Missing\";");
        // Nothing of the failed file is left: it ran as one transaction.
        assertThat(db.column("SELECT to_regclass('\"A\"') IS NULL")).containsExactly("t");
        assertThat(db.column("SELECT (finished_at IS NULL) || ' ' || applied_steps_count || ' ' || (logs = '"
                + r.failure().get().message().replace("'", "''") + "') FROM _prisma_migrations WHERE migration_name = "
                + "'20240102000000_broken'")).containsExactly("true 0 true");

        DeployResult blocked = f.keel().deploy();
        assertThat(blocked.failure()).isPresent();
        assertThat(blocked.failure().get().code()).isEqualTo(ErrorCode.FAILED_MIGRATIONS_FOUND);
        assertThat(blocked.failure().get().message()).startsWith("migrate found failed migrations in the target "
                + "database, new migrations will not be applied. Read more about how to resolve migration issues in a "
                + "production database: https://pris.ly/d/migrate-resolve\nThe `20240102000000_broken` migration "
                + "started at ").contains(" UTC failed with the following logs:\nA migration failed to apply.");
        assertThat(blocked.applied()).isEmpty();

        StatusResult status = f.keel().status();
        assertThat(status.inSync()).isFalse();
        assertThat(status.diagnosis().failed()).containsExactly("20240102000000_broken");

        ResolveResult rb = f.keel().resolveRolledBack("20240102000000_broken");
        assertThat(rb.rolledBackRows()).isEqualTo(1);
        // Prisma's rule: P3012 only when every row of the name finished; a second rollback is a no-op.
        assertThat(f.keel().resolveRolledBack("20240102000000_broken").rolledBackRows()).isZero();
        assertThatThrownBy(() -> f.keel().resolveRolledBack("20240101000000_init"))
                .isInstanceOf(KeelException.class).hasMessage("Migration `20240101000000_init` cannot be rolled back "
                        + "because it is not in a failed state.");
        Files.writeString(f.dir.resolve("20240102000000_broken/migration.sql"), "CREATE TABLE \"A\" (id int);\n");
        DeployResult fixed = f.keel().deploy();
        assertThat(fixed.succeeded()).isTrue();
        assertThat(fixed.applied()).extracting(AppliedMigration::name)
                .containsExactly("20240102000000_broken", "20240103000000_posts");
        assertThat(db.column("SELECT (rolled_back_at IS NOT NULL) || ' ' || (finished_at IS NOT NULL) FROM "
                + "_prisma_migrations WHERE migration_name = '20240102000000_broken' ORDER BY started_at"))
                .containsExactly("true false", "false true");
        assertThat(f.keel().status().inSync()).isTrue();
    }

    @Test
    void resolveAppliedBaselinesAndClosesFailedRows(@TempDir Path root, TestDb db) {
        db.execute(INIT);
        MigrationsFixture f = new MigrationsFixture(root, db).add("20240101000000_init", INIT)
                .add("20240102000000_posts", POSTS);
        // A non-empty schema without the table: P3005, as Prisma.
        assertThatThrownBy(() -> f.keel().deploy()).isInstanceOf(KeelException.class)
                .hasMessage("The database schema is not empty. Read more about how to baseline an existing production "
                        + "database: https://pris.ly/d/migrate-baseline");
        StatusResult st = f.keel().status();
        assertThat(st.diagnosis().hasMigrationsTable()).isFalse();

        assertThatThrownBy(() -> f.keel().resolveApplied("20240101000000_nope")).isInstanceOf(KeelException.class)
                .extracting(e -> ((KeelException) e).code()).isEqualTo(ErrorCode.MIGRATION_NOT_FOUND);
        ResolveResult applied = f.keel().resolveApplied("20240101000000_init");
        assertThat(applied.action()).isEqualTo(ResolveResult.Action.APPLIED);
        assertThat(db.column("SELECT checksum || ' ' || logs || '|' || (started_at = finished_at) || ' ' "
                + "|| applied_steps_count FROM _prisma_migrations")).containsExactly(sha256(INIT) + " |true 0");
        assertThatThrownBy(() -> f.keel().resolveApplied("20240101000000_init")).isInstanceOf(KeelException.class)
                .hasMessage("The migration `20240101000000_init` is already recorded as applied in the database.");
        assertThatThrownBy(() -> f.keel().resolveRolledBack("20240102000000_posts")).isInstanceOf(KeelException.class)
                .extracting(e -> ((KeelException) e).code()).isEqualTo(ErrorCode.CANNOT_ROLL_BACK_UNAPPLIED);

        DeployResult r = f.keel().deploy();
        assertThat(r.applied()).extracting(AppliedMigration::name).containsExactly("20240102000000_posts");

        // A failed migration fixed by hand (hotfix) and marked applied.
        f.add("20240103000000_bad", "ALTER TABLE \"Post\" ADD COLUMN \"x\" int;\nSELECT 1/0;\n");
        assertThat(f.keel().deploy().failure()).isPresent();
        db.execute("ALTER TABLE \"Post\" ADD COLUMN \"x\" int");
        ResolveResult hotfix = f.keel().resolveApplied("20240103000000_bad");
        assertThat(hotfix.rolledBackRows()).isEqualTo(1);
        assertThat(f.keel().status().inSync()).isTrue();
        assertThat(f.keel().deploy().applied()).isEmpty();
    }

    @Test
    void ownTransactionBlocksBehaveAsUnderPrisma(@TempDir Path root, TestDb db) {
        String enumSwap = "CREATE TYPE \"Mood\" AS ENUM ('A', 'B');\nCREATE TABLE \"T\" (\"m\" \"Mood\");\n"
                + "BEGIN;\nCREATE TYPE \"Mood_new\" AS ENUM ('A');\n"
                + "ALTER TABLE \"T\" ALTER COLUMN \"m\" TYPE \"Mood_new\" USING (\"m\"::text::\"Mood_new\");\n"
                + "ALTER TYPE \"Mood\" RENAME TO \"Mood_old\";\nALTER TYPE \"Mood_new\" RENAME TO \"Mood\";\n"
                + "DROP TYPE \"Mood_old\";\nCOMMIT;\n";
        MigrationsFixture f = new MigrationsFixture(root, db).add("20240101000000_enum", enumSwap)
                .add("20240102000000_isolation", "BEGIN;\nSET TRANSACTION ISOLATION LEVEL SERIALIZABLE;\n"
                        + "CREATE TABLE \"S\" (id int);\nCOMMIT;\n");
        DeployResult r = f.keel().deploy();
        assertThat(r.succeeded()).isTrue();
        assertThat(db.column("SELECT enum_range(NULL::\"Mood\")::text")).containsExactly("{A}");

        // A file that leaves its transaction open is rolled back, never half-applied.
        f.add("20240103000000_open", "BEGIN;\nCREATE TABLE \"Open\" (id int);\n");
        DeployResult open = f.keel().deploy();
        assertThat(open.failure()).isPresent();
        assertThat(db.column("SELECT to_regclass('\"Open\"') IS NULL")).containsExactly("t");
    }

    @Test
    void statusReportsPendingMissingLocallyAndEdited(@TempDir Path root, TestDb db) throws Exception {
        MigrationsFixture f = new MigrationsFixture(root, db).add("20240101000000_init", INIT)
                .add("20240102000000_posts", POSTS);
        f.keel().deploy();
        Files.writeString(f.dir.resolve("20240101000000_init/migration.sql"), INIT + "-- edited\n");
        f.add("20240104000000_new", "SELECT 1;");
        deleteRecursively(f.dir.resolve("20240102000000_posts"));
        StatusResult s = f.keel().status();
        assertThat(s.diagnosis().kind()).isEqualTo(HistoryDiagnosis.Kind.HISTORIES_DIVERGE);
        assertThat(s.diagnosis().unapplied()).containsExactly("20240104000000_new");
        assertThat(s.diagnosis().missingLocally()).containsExactly("20240102000000_posts");
        assertThat(s.diagnosis().edited()).containsExactly("20240101000000_init");
        assertThat(s.diagnosis().lastCommonMigration()).contains("20240101000000_init");
        assertThat(s.inSync()).isFalse();
        // Deploy ignores both (as Prisma): it applies the new one.
        assertThat(f.keel().deploy().applied()).extracting(AppliedMigration::name)
                .containsExactly("20240104000000_new");
    }

    static String sha256(String s) {
        return Checksum.of(s);
    }

    private static void deleteRecursively(Path p) throws Exception {
        try (var walk = Files.walk(p)) {
            for (Path x : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(x);
            }
        }
    }

    static final class MigrationFailureAssert {
        static void p3018(DeployResult r, String name, String sqlState) {
            assertThat(r.failure()).isPresent();
            MigrationFailure f = r.failure().get();
            assertThat(f.code()).isEqualTo(ErrorCode.MIGRATION_FAILED);
            assertThat(f.migrationName()).contains(name);
            assertThat(f.databaseErrorCode()).contains(sqlState);
            assertThat(f.message()).startsWith("A migration failed to apply. New migrations cannot be applied before "
                    + "the error is recovered from. Read more about how to resolve migration issues in a production "
                    + "database: https://pris.ly/d/migrate-resolve\n\nMigration name: " + name
                    + "\n\nDatabase error code: " + sqlState + "\n\nDatabase error:\n");
        }
    }

    static List<String> names(DeployResult r) {
        return r.applied().stream().map(AppliedMigration::name).toList();
    }
}
