package dev.keel.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keel.api.DeployResult;
import dev.keel.api.ErrorCode;
import dev.keel.api.KeelException;
import dev.keel.api.StatusResult;
import dev.keel.observe.Listener;
import dev.keel.testing.PgExtension;
import dev.keel.testing.TestDb;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 4, done-when 4: a tampered (edited after apply), missing, reordered or duplicate-named migration is detected
 * by {@code migrate status} and {@code deploy} and named. Prisma's deploy passes over all four in silence (no
 * checksum check, rows without a folder ignored, order ignored — prisma-migrate-spec §4.1, and
 * {@code diagnose_migration_history.rs}: "This currently ignores the ordering of migrations"); Keel applies exactly
 * what Prisma would, so the two stay interchangeable, and says what it saw.
 */
@ExtendWith(PgExtension.class)
class HistoryProblemsTest {
    private static final String A = "20240101000000_accounts";
    private static final String B = "20240102000000_holds";
    private static final String C = "20240103000000_ledger";

    @Test
    void tamperedMigrationIsNamedByStatusAndDeployAndNotRunAgain(@TempDir Path root, TestDb db) throws Exception {
        MigrationsFixture f = new MigrationsFixture(root, db).add(A, "CREATE TABLE \"Account\" (\"id\" INTEGER);\n");
        assertThat(f.keel().deploy().succeeded()).isTrue();
        f.add(A, "CREATE TABLE \"Account\" (\"id\" INTEGER, \"extra\" TEXT);\n");

        StatusResult s = f.keel().status();
        assertThat(s.diagnosis().edited()).containsExactly(A);
        assertThat(s.diagnosis().warnings("prisma/migrations")).containsExactly("The migration `" + A + "` was "
                + "modified after it was applied: its checksum in _prisma_migrations no longer matches its "
                + "migration.sql. Deploy does not run it again; restore the file, or add a new migration for the change.");
        DeployResult r = f.keel().deploy();
        assertThat(r.succeeded()).isTrue();
        assertThat(r.applied()).isEmpty();
        assertThat(r.warnings()).singleElement().asString().startsWith("The migration `" + A + "` was modified after "
                + "it was applied");
        assertThat(db.column("SELECT count(*) FROM information_schema.columns WHERE table_name = 'Account'"))
                .containsExactly("1");

        // Line endings alone are not an edit (Prisma's checksum is line-ending tolerant).
        f.add(A, "CREATE TABLE \"Account\" (\"id\" INTEGER);\r\n");
        assertThat(f.keel().status().diagnosis().edited()).isEmpty();
    }

    @Test
    void migrationMissingLocallyIsNamed(@TempDir Path root, TestDb db) throws Exception {
        MigrationsFixture f = new MigrationsFixture(root, db).add(A, "CREATE TABLE \"Account\" (\"id\" INTEGER);\n")
                .add(B, "CREATE TABLE \"Hold\" (\"id\" INTEGER);\n");
        assertThat(f.keel().deploy().succeeded()).isTrue();
        Files.delete(f.dir.resolve(B).resolve("migration.sql"));
        Files.delete(f.dir.resolve(B));

        StatusResult s = f.keel().status();
        assertThat(s.diagnosis().kind()).isEqualTo(HistoryDiagnosis.Kind.MIGRATIONS_DIRECTORY_IS_BEHIND);
        assertThat(s.diagnosis().missingLocally()).containsExactly(B);
        assertThat(s.inSync()).isFalse();
        DeployResult r = f.keel().deploy();
        assertThat(r.succeeded()).isTrue();
        assertThat(r.warnings()).containsExactly("The migration `" + B + "` from the database is not found locally in "
                + f.dir + ".");
    }

    @Test
    void migrationSortingBeforeTheLastAppliedOneIsNamedAndAppliedAsPrismaWould(@TempDir Path root, TestDb db) {
        MigrationsFixture f = new MigrationsFixture(root, db).add(A, "CREATE TABLE \"Account\" (\"id\" INTEGER);\n")
                .add(C, "CREATE TABLE \"Ledger\" (\"id\" INTEGER);\n");
        assertThat(f.keel().deploy().succeeded()).isTrue();
        // A branch merged late: its migration was written before C but reaches the database after it.
        f.add(B, "CREATE TABLE \"Hold\" (\"id\" INTEGER);\n");

        StatusResult s = f.keel().status();
        assertThat(s.diagnosis().unapplied()).containsExactly(B);
        assertThat(s.diagnosis().outOfOrder()).containsExactly(B);
        DeployResult r = f.keel().deploy();
        assertThat(r.applied()).extracting(AppliedMigration::name).containsExactly(B);
        assertThat(r.warnings()).containsExactly("The migration `" + B + "` sorts before migrations that are already "
                + "applied: it is applied out of order, after migrations written later.");
        assertThat(f.keel().status().diagnosis().outOfOrder()).isEmpty();

        // A new migration after the last applied one is just pending.
        f.add("20240104000000_fees", "CREATE TABLE \"Fee\" (\"id\" INTEGER);\n");
        assertThat(f.keel().status().diagnosis().outOfOrder()).isEmpty();
    }

    @Test
    void folderNamesThatDifferOnlyInCaseAreNamed(@TempDir Path root, TestDb db) {
        String upper = "20240102000000_Holds";
        MigrationsFixture f = new MigrationsFixture(root, db).add(A, "CREATE TABLE \"Account\" (\"id\" INTEGER);\n")
                .add(B, "CREATE TABLE \"Hold\" (\"id\" INTEGER);\n")
                .add(upper, "CREATE TABLE \"Hold2\" (\"id\" INTEGER);\n");
        StatusResult s = f.keel().status();
        assertThat(s.diagnosis().caseDuplicates()).containsExactlyInAnyOrder(B, upper);
        String warning = "The migration folders `" + upper + "`, `" + B + "` have the same name but for letter case: "
                + "a case-insensitive file system (macOS, Windows) keeps only one of them. Rename one.";
        assertThat(s.diagnosis().warnings("x")).containsExactly(warning);
        DeployResult r = f.keel().deploy();
        assertThat(r.succeeded()).isTrue();
        assertThat(r.warnings()).containsExactly(warning);
    }

    @Test
    void oneNameTwiceInAnInMemoryFolderIsRefusedAndARowRecordedTwiceIsNamed(TestDb db) {
        MigrationsDir twice = MigrationsDir.ofEntries(List.of(Map.entry(A, "CREATE TABLE \"X\" (id int);"),
                Map.entry(A, "CREATE TABLE \"Y\" (id int);")), Optional.empty());
        try (MigrationSession session = MigrationSession.open(db.url())) {
            assertThatThrownBy(() -> new Applier(session, Listener.NONE).deploy(twice))
                    .isInstanceOf(KeelException.class).hasMessage("The migrations folder has more than one migration "
                            + "named `" + A + "`. Each migration needs a name of its own.")
                    .extracting(e -> ((KeelException) e).code()).isEqualTo(ErrorCode.USAGE);
        }
        assertThat(db.column("SELECT count(*) FROM pg_tables WHERE tablename IN ('X', 'Y')")).containsExactly("0");

        MigrationsDir once = MigrationsDir.ofScripts(Map.of(A, "CREATE TABLE \"X\" (id int);"));
        try (MigrationSession session = MigrationSession.open(db.url())) {
            assertThat(new Applier(session, Listener.NONE).deploy(once).failure()).isEmpty();
        }
        // Two deployers without the advisory lock (PRISMA_SCHEMA_DISABLE_ADVISORY_LOCK) can both record a migration.
        db.execute("INSERT INTO _prisma_migrations (id, checksum, finished_at, migration_name, applied_steps_count) "
                + "SELECT 'second', checksum, now(), migration_name, 1 FROM _prisma_migrations");
        try (MigrationSession session = MigrationSession.open(db.url())) {
            HistoryDiagnosis d = HistoryDiagnosis.of(once, Optional.of(session.history().list()));
            assertThat(d.recordedTwice()).containsExactly(A);
            assertThat(d.warnings("x")).containsExactly("The migration `" + A + "` is recorded as applied more than "
                    + "once in _prisma_migrations.");
        }
    }
}
