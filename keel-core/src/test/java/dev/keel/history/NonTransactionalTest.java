package dev.keel.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.api.DeployResult;
import dev.keel.api.ErrorCode;
import dev.keel.observe.Listener;
import dev.keel.testing.PgExtension;
import dev.keel.testing.TestDb;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(PgExtension.class)
class NonTransactionalTest {
    private static final String TABLE = "CREATE TABLE \"Event\" (\"id\" SERIAL PRIMARY KEY, \"kind\" TEXT NOT NULL);\n"
            + "INSERT INTO \"Event\" (\"kind\") SELECT 'k' || (g % 10) FROM generate_series(1, 1000) g;\n";

    @Test
    void concurrentIndexInAMultiStatementFileRunsStatementByStatement(@TempDir Path root, TestDb db) {
        String file = "CREATE INDEX CONCURRENTLY \"Event_kind_idx\" ON \"Event\" (\"kind\");\n"
                + "UPDATE \"Event\" SET \"kind\" = 'x' WHERE \"id\" <= 10;\n"
                + "-- a comment; with a semicolon\nCREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS \"Event_id_kind\" "
                + "ON \"Event\" (\"id\", \"kind\");\n";
        MigrationsFixture f = new MigrationsFixture(root, db).add("20240101000000_table", TABLE)
                .add("20240102000000_index", file);
        List<String> events = new ArrayList<>();
        DeployResult r = f.config().listener(recorder(events)).build().deploy();
        assertThat(r.succeeded()).isTrue();
        AppliedMigration idx = r.applied().get(1);
        assertThat(idx.mode()).isEqualTo(KeelJournal.Mode.STATEMENTS);
        assertThat(idx.statements()).isEqualTo(3);
        assertThat(idx.rowsAffected()).isEqualTo(10);
        assertThat(r.applied().get(0).mode()).isEqualTo(KeelJournal.Mode.TRANSACTION);
        assertThat(r.applied().get(0).rowsAffected()).isEqualTo(1000);
        assertThat(db.column("SELECT c.relname || ' ' || i.indisvalid FROM pg_index i JOIN pg_class c ON "
                + "c.oid = i.indexrelid WHERE c.relname LIKE 'Event_%' AND c.relname <> 'Event_pkey' ORDER BY 1"))
                .containsExactly("Event_id_kind true", "Event_kind_idx true");
        assertThat(db.column("SELECT applied_steps_count || ' ' || (finished_at IS NOT NULL) FROM _prisma_migrations "
                + "WHERE migration_name = '20240102000000_index'")).containsExactly("1 true");
        assertThat(db.column("SELECT p.statement_index || ' ' || p.rows_affected FROM \"_keel\".\"_keel_statement_progress\" p "
                + "JOIN \"_keel\".\"_keel_migration_runs\" r USING (migration_id) WHERE r.migration_name = "
                + "'20240102000000_index' ORDER BY 1")).containsExactly("0 0", "1 10", "2 0");
        // The transactional file committed its marker (statement 0, the whole file) with its own changes.
        assertThat(db.column("SELECT p.statement_index || ' ' || p.rows_affected FROM \"_keel\".\"_keel_statement_progress\" p "
                + "JOIN \"_keel\".\"_keel_migration_runs\" r USING (migration_id) WHERE r.migration_name = "
                + "'20240101000000_table'")).containsExactly("0 0");
        assertThat(db.column("SELECT rows_affected FROM \"_keel\".\"_keel_migration_runs\" WHERE migration_name = "
                + "'20240101000000_table'")).containsExactly("1000");
        assertThat(events).contains("start 20240102000000_index false", "stmt 20240102000000_index 1 rows=10",
                "end 20240102000000_index true");
    }

    @Test
    void crashMidFileResumesAfterTheLastFinishedStatement(@TempDir Path root, TestDb db) {
        // Non-idempotent statements: running any of them twice would show in the log table or fail.
        String file = "CREATE TABLE \"Log\" (\"n\" INTEGER PRIMARY KEY);\n"
                + "INSERT INTO \"Log\" VALUES (1);\n"
                + "CREATE INDEX CONCURRENTLY \"Event_kind_idx\" ON \"Event\" (\"kind\");\n"
                + "INSERT INTO \"Log\" VALUES (2);\n"
                + "ALTER TABLE \"Event\" ADD COLUMN \"extra\" INTEGER;\n"
                + "INSERT INTO \"Log\" VALUES (3);\n";
        MigrationsFixture f = new MigrationsFixture(root, db).add("20240101000000_table", TABLE)
                .add("20240102000000_resumable", file).add("20240103000000_after", "CREATE TABLE \"After\" (id int);");
        Listener crashAtStatement4 = new Listener() {
            @Override
            public void statementStarted(String migration, int index, String sql) {
                if (migration.endsWith("_resumable") && index == 4) {
                    throw new IllegalStateException("simulated crash");
                }
            }
        };
        try {
            f.config().listener(crashAtStatement4).build().deploy();
        } catch (IllegalStateException expected) {
            assertThat(expected).hasMessage("simulated crash");
        }
        // Statements 0-1 committed before the concurrent build (2); 3 shares a transaction with 4, which never ran.
        assertThat(db.column("SELECT n FROM \"Log\" ORDER BY n")).containsExactly("1");
        assertThat(db.column("SELECT i.indisvalid FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
                + "WHERE c.relname = 'Event_kind_idx'")).containsExactly("t");
        assertThat(db.column("SELECT (finished_at IS NULL) || ' ' || (logs IS NULL) FROM _prisma_migrations "
                + "WHERE migration_name = '20240102000000_resumable'")).containsExactly("true true");
        // Status sees the interrupted run as failed, as Prisma would.
        assertThat(f.keel().status().diagnosis().failed()).containsExactly("20240102000000_resumable");
        assertThat(f.keel().status().interrupted()).containsExactly("20240102000000_resumable");

        List<String> events = new ArrayList<>();
        DeployResult r = f.config().listener(recorder(events)).build().deploy();
        assertThat(r.succeeded()).isTrue();
        assertThat(r.applied()).extracting(AppliedMigration::name)
                .containsExactly("20240102000000_resumable", "20240103000000_after");
        AppliedMigration resumed = r.applied().get(0);
        assertThat(resumed.resumed()).isTrue();
        assertThat(resumed.skippedStatements()).isEqualTo(3);
        assertThat(events).filteredOn(e -> e.startsWith("skip")).containsExactly("skip 20240102000000_resumable 0",
                "skip 20240102000000_resumable 1", "skip 20240102000000_resumable 2");
        assertThat(db.column("SELECT n FROM \"Log\" ORDER BY n")).containsExactly("1", "2", "3");
        assertThat(db.column("SELECT count(*) FROM information_schema.columns WHERE table_name = 'Event' "
                + "AND column_name = 'extra'")).containsExactly("1");
        // Same row finished: one row per migration, as if it had run once.
        assertThat(db.column("SELECT migration_name || ' ' || applied_steps_count || ' ' || (finished_at IS NOT NULL) "
                + "FROM _prisma_migrations ORDER BY started_at")).containsExactly("20240101000000_table 1 true",
                "20240102000000_resumable 1 true", "20240103000000_after 1 true");
    }

    @Test
    void invalidIndexLeftByAFailedConcurrentBuildIsRebuilt(@TempDir Path root, TestDb db) throws Exception {
        // A unique index over duplicates fails during the concurrent build and leaves an INVALID index behind.
        String file = "CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS \"Event_kind_key\" ON \"Event\" (\"kind\");\n";
        MigrationsFixture f = new MigrationsFixture(root, db).add("20240101000000_table", TABLE)
                .add("20240102000000_unique", file);
        DeployResult r = f.keel().deploy();
        DeployTest.MigrationFailureAssert.p3018(r, "20240102000000_unique", "23505");
        assertThat(db.column("SELECT i.indisvalid FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
                + "WHERE c.relname = 'Event_kind_key'")).containsExactly("f");
        assertThat(f.keel().deploy().failure().get().code()).isEqualTo(ErrorCode.FAILED_MIGRATIONS_FOUND);

        // The operator removes the duplicates and marks the migration rolled back; the re-run must not keep the
        // INVALID index that IF NOT EXISTS would otherwise silently accept.
        db.execute("DELETE FROM \"Event\" WHERE \"id\" > 10");
        f.keel().resolveRolledBack("20240102000000_unique");
        DeployResult again = f.keel().deploy();
        assertThat(again.succeeded()).isTrue();
        assertThat(db.column("SELECT i.indisvalid FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
                + "WHERE c.relname = 'Event_kind_key'")).containsExactly("t");
    }

    @Test
    void backendKilledDuringAConcurrentBuildResumesAndRebuildsTheInvalidIndex(@TempDir Path root, TestDb db)
            throws Exception {
        String file = "CREATE INDEX CONCURRENTLY IF NOT EXISTS \"Event_kind_idx\" ON \"Event\" (\"kind\");\n"
                + "ALTER TABLE \"Event\" ADD COLUMN \"extra\" INTEGER;\n";
        MigrationsFixture f = new MigrationsFixture(root, db).add("20240101000000_table", TABLE);
        f.keel().deploy();
        f.add("20240102000000_index", file);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newSingleThreadExecutor();
        try (java.sql.Connection blocker = db.connect(); java.sql.Statement st = blocker.createStatement()) {
            // An open snapshot makes the concurrent build wait in its last phase, with the index still INVALID.
            blocker.setAutoCommit(false);
            blocker.setTransactionIsolation(java.sql.Connection.TRANSACTION_REPEATABLE_READ);
            st.executeQuery("SELECT count(*) FROM \"Event\"").close();
            java.util.concurrent.Future<DeployResult> deploy = pool.submit(() -> f.keel().deploy());
            String pid = null;
            for (int i = 0; i < 500 && pid == null; i++) {
                List<String> waiting = db.column("SELECT pid FROM pg_stat_activity WHERE query LIKE 'CREATE INDEX "
                        + "CONCURRENTLY%' AND wait_event_type = 'Lock'");
                pid = waiting.isEmpty() ? null : waiting.get(0);
                Thread.sleep(20);
            }
            assertThat(pid).as("the build waits for the open snapshot").isNotNull();
            assertThat(db.column("SELECT i.indisvalid FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
                    + "WHERE c.relname = 'Event_kind_idx'")).containsExactly("f");
            db.column("SELECT pg_terminate_backend(" + pid + ")");
            try {
                deploy.get();
            } catch (java.util.concurrent.ExecutionException crashed) {
                // The session died under the deploy: like a crash of the process, nothing more is recorded.
                assertThat(crashed.getCause()).isInstanceOf(dev.keel.api.KeelException.class);
            }
            blocker.commit();
        } finally {
            pool.shutdown();
        }
        assertThat(db.column("SELECT (finished_at IS NULL) || ' ' || (logs IS NULL) FROM _prisma_migrations "
                + "WHERE migration_name = '20240102000000_index'")).containsExactly("true true");
        assertThat(db.column("SELECT i.indisvalid FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
                + "WHERE c.relname = 'Event_kind_idx'")).containsExactly("f");

        DeployResult r = f.keel().deploy();
        assertThat(r.succeeded()).isTrue();
        assertThat(r.applied()).singleElement().satisfies(a -> {
            assertThat(a.resumed()).isTrue();
            assertThat(a.skippedStatements()).isZero();
        });
        assertThat(db.column("SELECT i.indisvalid FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
                + "WHERE c.relname = 'Event_kind_idx'")).containsExactly("t");
        assertThat(db.column("SELECT count(*) FROM information_schema.columns WHERE table_name = 'Event' "
                + "AND column_name = 'extra'")).containsExactly("1");
    }

    @Test
    void loneStatementThatRefusesATransactionBlockRunsAsUnderPrismaAndIsNotGuessedAfterACrash(@TempDir Path root,
                                                                                             TestDb db) {
        // A procedure that commits cannot be called inside a transaction block; as a one-statement file Prisma runs
        // it in autocommit, so Keel must too (without its commit marker).
        MigrationsFixture f = new MigrationsFixture(root, db).add("20240101000000_proc", "CREATE TABLE \"T\" (n int);\n"
                + "CREATE PROCEDURE \"fill\"() LANGUAGE plpgsql AS $$ BEGIN INSERT INTO \"T\" VALUES (1); COMMIT; "
                + "INSERT INTO \"T\" VALUES (2); END $$;\n").add("20240102000000_call", "CALL \"fill\"();\n");
        DeployResult r = f.keel().deploy();
        assertThat(r.succeeded()).as("%s", r.failure()).isTrue();
        assertThat(db.column("SELECT string_agg(n::text, ',' ORDER BY n) FROM \"T\"")).containsExactly("1,2");

        // Had the deploy died before finishing the row, the journal says the run had no marker: the row stays
        // failed (P3009), as under Prisma, instead of the call running twice.
        db.execute("UPDATE _prisma_migrations SET finished_at = NULL, applied_steps_count = 0 "
                + "WHERE migration_name = '20240102000000_call'; UPDATE \"_keel\".\"_keel_migration_runs\" "
                + "SET outcome = NULL WHERE migration_name = '20240102000000_call'");
        assertThat(f.keel().deploy().failure().orElseThrow().code()).isEqualTo(ErrorCode.FAILED_MIGRATIONS_FOUND);
        assertThat(db.column("SELECT count(*) FROM \"T\"")).containsExactly("2");
    }

    static Listener recorder(List<String> events) {
        return new Listener() {
            @Override
            public void migrationStarted(String migration, boolean transactional) {
                events.add("start " + migration + " " + transactional);
            }

            @Override
            public void migrationFinished(String migration, java.time.Duration d, boolean ok) {
                events.add("end " + migration + " " + ok);
            }

            @Override
            public void statementFinished(String migration, int index, java.time.Duration d, long rows,
                                          java.util.Optional<java.time.Duration> lockWait) {
                events.add("stmt " + migration + " " + index + " rows=" + rows);
            }

            @Override
            public void statementSkipped(String migration, int index, String reason) {
                events.add("skip " + migration + " " + index);
            }
        };
    }
}
