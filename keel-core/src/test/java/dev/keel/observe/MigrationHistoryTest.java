package dev.keel.observe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.keel.api.HistoryResult;
import dev.keel.api.Keel;
import dev.keel.history.HistoryRecord;
import dev.keel.history.HistoryTable;
import dev.keel.history.KeelJournal;
import dev.keel.introspect.Introspector;
import dev.keel.safety.expand.ColumnDependents;
import dev.keel.safety.expand.ColumnPlans;
import dev.keel.safety.expand.ExpandContractPlan;
import dev.keel.safety.expand.PlanFiles;
import dev.keel.schema.QualifiedName;
import dev.keel.testing.PgExtension;
import dev.keel.testing.TestDb;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code Keel.history()} against what deploys wrote: the numbers it reports are the ones in
 * {@code _prisma_migrations} and Keel's journal (read here with plain SQL), and its Prometheus rendering parses as
 * the exposition format.
 */
@ExtendWith(PgExtension.class)
class MigrationHistoryTest {
    private static final int ROWS = 300;

    /** One row of Keel's journal, as the database has it. */
    private record Journaled(String mode, int statements, long durationMs, long rows, String outcome) {
    }

    @Test
    void reportsWhatKeelsDeploysJournaled(TestDb db, @TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("migrations");
        write(dir, "migration_lock.toml", "provider = \"postgresql\"\n");
        write(dir, "20240101000000_init/migration.sql", "CREATE TABLE \"T\" (\"id\" INTEGER PRIMARY KEY, "
                + "\"v\" INTEGER);\nINSERT INTO \"T\" SELECT g, g FROM generate_series(1, " + ROWS + ") g;\n");
        write(dir, "20240102000000_index/migration.sql", "CREATE INDEX CONCURRENTLY \"T_v_idx\" ON \"T\" (\"v\");\n"
                + "UPDATE \"T\" SET \"v\" = \"v\" + 1 WHERE \"id\" <= 10;\n");
        Keel keel = Keel.configure().workingDir(tmp).migrationsDir(dir).databaseUrl(db.url().toString())
                .environment(Map.of()).build();
        assertThat(keel.deploy().failure()).isEmpty();
        ExpandContractPlan plan;
        try (Connection c = db.connect()) {
            plan = ColumnPlans.renameColumn(Introspector.introspect(c, List.of("public"))
                    .table(new QualifiedName("public", "T")).orElseThrow(), "v", "w", ColumnDependents.none());
        }
        PlanFiles.write(dir, LocalDateTime.of(2024, 3, 1, 9, 0), plan);
        assertThat(keel.deploy().failure()).isEmpty();
        write(dir, "20240401000000_bad/migration.sql", "SELECT 1/0;");
        assertThat(keel.deploy().failure()).isPresent();
        keel.resolveRolledBack("20240401000000_bad");

        HistoryResult r = keel.history();

        assertThat(r.hasMigrationsTable()).isTrue();
        assertThat(r.hasJournal()).isTrue();
        assertThat(r.migrations()).extracting(HistoryResult.Migration::name).containsExactlyElementsOf(
                db.column("SELECT migration_name FROM _prisma_migrations ORDER BY started_at, migration_name"));
        Map<String, Journaled> journal = journal(db);
        assertThat(r.migrations()).allSatisfy(m -> {
            Journaled j = journal.get(m.id());
            assertThat(j).as(m.name()).isNotNull();
            HistoryResult.Run run = m.journal().orElseThrow();
            assertThat(run.mode().name()).isEqualTo(j.mode());
            assertThat(run.statementCount()).isEqualTo(j.statements());
            assertThat(m.duration().orElseThrow().toMillis()).isEqualTo(j.durationMs());
            assertThat(m.rowsAffected().getAsLong()).isEqualTo(j.rows());
            assertThat(run.outcome()).contains(j.outcome());
        });
        HistoryResult.Migration init = byName(r, "20240101000000_init");
        assertThat(init.state()).isEqualTo(HistoryRecord.State.APPLIED);
        assertThat(init.journal().orElseThrow().mode()).isEqualTo(KeelJournal.Mode.TRANSACTION);
        assertThat(init.journal().orElseThrow().slowest()).isEmpty();
        assertThat(init.rowsAffected().getAsLong()).isEqualTo(ROWS);

        HistoryResult.Migration index = byName(r, "20240102000000_index");
        HistoryResult.Run indexRun = index.journal().orElseThrow();
        assertThat(indexRun.mode()).isEqualTo(KeelJournal.Mode.STATEMENTS);
        assertThat(indexRun.statementCount()).isEqualTo(2);
        assertThat(indexRun.statementsFinished()).isEqualTo(2);
        assertThat(index.rowsAffected().getAsLong()).isEqualTo(10);
        List<String> slowest = db.column("SELECT statement_index || ' ' || duration_ms || ' ' || rows_affected FROM "
                + "\"_keel\".\"_keel_statement_progress\" WHERE migration_id = '" + index.id()
                + "' ORDER BY duration_ms DESC, statement_index LIMIT 1");
        HistoryResult.Statement s = indexRun.slowest().orElseThrow();
        assertThat(s.index() + " " + s.duration().toMillis() + " " + s.rowsAffected()).isEqualTo(slowest.get(0));

        HistoryResult.Migration bad = byName(r, "20240401000000_bad");
        assertThat(bad.state()).isEqualTo(HistoryRecord.State.ROLLED_BACK);
        assertThat(bad.rolledBackAt()).isPresent();
        assertThat(bad.logs().orElseThrow()).contains("22012");
        assertThat(bad.journal().orElseThrow().outcome()).contains("failed");

        assertThat(r.totals().applied()).isEqualTo(Integer.parseInt(db.column("SELECT count(*) FROM "
                + "_prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL").get(0)));
        assertThat(r.totals().applied()).isEqualTo(r.migrations().size() - 1);
        assertThat(r.totals().failed()).isZero();
        assertThat(r.totals().rolledBack()).isEqualTo(1);
        assertThat(r.totals().duration().toMillis()).isEqualTo(Long.parseLong(db.column(
                "SELECT sum(duration_ms) FROM \"_keel\".\"_keel_migration_runs\"").get(0)));

        assertThat(r.plans()).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo(plan.name());
            assertThat(p.backfillRows()).isEqualTo(ROWS);
            assertThat(p.backfilled()).isTrue();
            assertThat(p.inFlight()).isTrue();
            assertThat(p.release()).isEqualTo(Integer.parseInt(db.column(
                    "SELECT release FROM \"_keel\".\"plans\"").get(0)));
        });

        List<ExpositionParser.Sample> samples = ExpositionParser.parse(HistoryMetrics.render(r));
        assertThat(value(samples, "keel_migrations", Map.of("state", "rolled_back"))).isEqualTo(1);
        assertThat(value(samples, "keel_migration_rows_affected", Map.of("migration", "20240101000000_init",
                "state", "applied"))).isEqualTo(ROWS);
        assertThat(value(samples, "keel_migration_duration_seconds", Map.of("migration", "20240102000000_index",
                "state", "applied"))).isCloseTo(journal.get(index.id()).durationMs() / 1000.0, within(1e-9));
        assertThat(value(samples, "keel_backfill_rows", Map.of("plan", plan.name()))).isEqualTo(ROWS);
        assertThat(value(samples, "keel_backfill_finished", Map.of("plan", plan.name()))).isEqualTo(1);
    }

    @Test
    void prismaOnlyHistoryUsesPrismasTiming(TestDb db) throws Exception {
        String quoted = "20240101000000_say \"hi\"";
        String backslash = "20240102000000_back\\slash";
        db.execute(HistoryTable.DDL + ";\n"
                + "INSERT INTO _prisma_migrations (id, checksum, finished_at, migration_name, logs, rolled_back_at, "
                + "started_at, applied_steps_count) VALUES "
                + "('a', 'c1', '2024-01-01 10:00:01.5+00', '" + quoted + "', NULL, NULL, '2024-01-01 10:00:00+00', 1),"
                + "('b', 'c2', NULL, '" + backslash + "', 'boom', NULL, '2024-01-02 10:00:00+00', 0),"
                + "('c', 'c2', NULL, '" + backslash + "', 'boom', '2024-01-02 11:00:00+00', "
                + "'2024-01-02 09:00:00+00', 0)");
        Keel keel = Keel.configure().databaseUrl(db.url().toString()).environment(Map.of()).build();

        HistoryResult r = keel.history();

        assertThat(r.hasJournal()).isFalse();
        assertThat(r.migrations()).extracting(HistoryResult.Migration::id).containsExactly("a", "c", "b");
        HistoryResult.Migration applied = r.migrations().get(0);
        assertThat(applied.name()).isEqualTo(quoted);
        assertThat(applied.journal()).isEmpty();
        assertThat(applied.duration().orElseThrow().toMillis()).isEqualTo(1500);
        assertThat(applied.rowsAffected()).isEmpty();
        assertThat(r.migrations().get(1).state()).isEqualTo(HistoryRecord.State.ROLLED_BACK);
        assertThat(r.migrations().get(2).state()).isEqualTo(HistoryRecord.State.FAILED);
        assertThat(r.migrations().get(2).duration()).isEmpty();
        assertThat(r.totals()).isEqualTo(new HistoryResult.Totals(1, 1, 1, java.time.Duration.ofMillis(1500)));
        assertThat(r.plans()).isEmpty();
        assertThat(db.column("SELECT count(*) FROM pg_namespace WHERE nspname = '_keel'")).containsExactly("0");

        String text = HistoryMetrics.render(r);
        assertThat(text).contains("migration=\"20240101000000_say \\\"hi\\\"\"",
                "migration=\"20240102000000_back\\\\slash\"");
        List<ExpositionParser.Sample> samples = ExpositionParser.parse(text);
        assertThat(value(samples, "keel_migration_duration_seconds", Map.of("migration", quoted, "state",
                "applied"))).isEqualTo(1.5);
        // The latest row of a name is the one reported: the failed run, which has no duration.
        assertThat(samples).noneMatch(x -> x.name().equals("keel_migration_duration_seconds")
                && backslash.equals(x.labels().get("migration")));
        assertThat(value(samples, "keel_migration_info", Map.of("migration", backslash, "state", "failed",
                "mode", "prisma"))).isEqualTo(1);
        assertThat(value(samples, "keel_migrations", Map.of("state", "failed"))).isEqualTo(1);
        assertThat(samples).noneMatch(x -> x.name().equals("keel_migration_rows_affected"));
        assertThat(value(samples, "keel_migration_last_finished_timestamp_seconds", Map.of()))
                .isEqualTo(1704103201.5);
    }

    @Test
    void readsTheHistoryInTheUrlsSchema(TestDb db, @TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("migrations");
        write(dir, "migration_lock.toml", "provider = \"postgresql\"\n");
        write(dir, "20240101000000_init/migration.sql", "CREATE TABLE \"T\" (\"id\" INTEGER);\n");
        for (String url : List.of(db.url().toString(), db.url() + (db.url().toString().contains("?") ? "&" : "?")
                + "schema=app")) {
            assertThat(Keel.configure().workingDir(tmp).migrationsDir(dir).databaseUrl(url).environment(Map.of())
                    .build().deploy().failure()).isEmpty();
        }
        String app = db.url() + (db.url().toString().contains("?") ? "&" : "?") + "schema=app";

        HistoryResult r = Keel.configure().databaseUrl(app).environment(Map.of()).build().history();

        assertThat(r.historySchema()).isEqualTo("app");
        assertThat(r.migrations()).singleElement().satisfies(m -> {
            assertThat(m.id()).isEqualTo(db.column("SELECT id FROM \"app\"._prisma_migrations").get(0));
            assertThat(m.journal()).isPresent();
        });
    }

    @Test
    void reportsEachBackfillOfAnEnumPlan(TestDb db, @TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("migrations");
        write(dir, "migration_lock.toml", "provider = \"postgresql\"\n");
        write(dir, "20240101000000_init/migration.sql", "CREATE TYPE \"Status\" AS ENUM ('OLD', 'OTHER');\n"
                + "CREATE TABLE \"A\" (\"id\" INTEGER PRIMARY KEY, \"s\" \"Status\" NOT NULL);\n"
                + "CREATE TABLE \"B\" (\"id\" INTEGER PRIMARY KEY, \"s\" \"Status\" NOT NULL);\n"
                + "INSERT INTO \"A\" SELECT g, 'OLD' FROM generate_series(1, 50) g;\n"
                + "INSERT INTO \"B\" SELECT g, CASE WHEN g <= 30 THEN 'OLD' ELSE 'OTHER' END::\"Status\" "
                + "FROM generate_series(1, 40) g;\n");
        Keel keel = Keel.configure().workingDir(tmp).migrationsDir(dir).databaseUrl(db.url().toString())
                .environment(Map.of()).build();
        assertThat(keel.deploy().failure()).isEmpty();
        ExpandContractPlan plan;
        try (Connection c = db.connect()) {
            plan = dev.keel.safety.expand.EnumPlans.renameValue(Introspector.introspect(c, List.of("public")),
                    new QualifiedName("public", "Status"), "OLD", "NEW");
        }
        PlanFiles.write(dir, LocalDateTime.of(2024, 3, 1, 9, 0), plan);
        assertThat(keel.deploy().failure()).isEmpty();
        PlanFiles.advance(dir, LocalDateTime.of(2024, 3, 2, 9, 0), plan.name());
        assertThat(keel.deploy().failure()).isEmpty();

        HistoryResult.Plan p = keel.history().plans().get(0);

        assertThat(p.name()).isEqualTo(plan.name());
        assertThat(p.backfills()).extracting(b -> b.name() + " " + b.rowsChanged() + " " + b.finished())
                .containsExactlyElementsOf(db.column("SELECT \"name\" || ' ' || \"rows_changed\" || ' ' || "
                        + "(\"finished_at\" IS NOT NULL) FROM \"_keel\".\"backfills\" ORDER BY \"name\""));
        assertThat(p.backfills()).extracting(HistoryResult.Backfill::rowsChanged).containsExactlyInAnyOrder(50L, 30L);
        assertThat(p.backfilled()).isTrue();
        assertThat(p.backfillRows()).isEqualTo(Long.parseLong(db.column(
                "SELECT \"backfill_rows\" FROM \"_keel\".\"plans\"").get(0)));
        List<ExpositionParser.Sample> samples = ExpositionParser.parse(HistoryMetrics.render(keel.history()));
        assertThat(samples.stream().filter(x -> x.name().equals("keel_backfill_part_rows")).mapToDouble(
                ExpositionParser.Sample::value).sum()).isEqualTo(80);
        assertThat(value(samples, "keel_backfill_finished", Map.of("plan", plan.name()))).isEqualTo(1);
    }

    @Test
    void theParserRefusesAnUnescapedQuoteAndAnUntypedSample() {
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> ExpositionParser.parse(
                "# TYPE a gauge\na{m=\"x\"y\"} 1\n"))).isInstanceOf(RuntimeException.class);
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> ExpositionParser.parse("a 1\n")))
                .hasMessageContaining("before its TYPE");
        assertThat(ExpositionParser.parse("# TYPE a gauge\na{m=\"x\\\"y\"} 1\n").get(0).labels())
                .containsEntry("m", "x\"y");
    }

    @Test
    void noMigrationsTableIsAnEmptyHistory(TestDb db) {
        HistoryResult r = Keel.configure().databaseUrl(db.url().toString()).environment(Map.of()).build().history();

        assertThat(r.hasMigrationsTable()).isFalse();
        assertThat(r.migrations()).isEmpty();
        assertThat(r.totals()).isEqualTo(new HistoryResult.Totals(0, 0, 0, java.time.Duration.ZERO));
        List<ExpositionParser.Sample> samples = ExpositionParser.parse(HistoryMetrics.render(r));
        assertThat(value(samples, "keel_migrations", Map.of("state", "applied"))).isZero();
    }

    private static double value(List<ExpositionParser.Sample> samples, String name, Map<String, String> labels) {
        return samples.stream().filter(x -> x.name().equals(name) && x.labels().equals(labels)).findFirst()
                .orElseThrow(() -> new AssertionError("no sample " + name + labels)).value();
    }

    private static HistoryResult.Migration byName(HistoryResult r, String name) {
        return r.migrations().stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
    }

    private static Map<String, Journaled> journal(TestDb db) throws Exception {
        Map<String, Journaled> out = new HashMap<>();
        try (Connection c = db.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT migration_id, mode, statement_count, duration_ms, rows_affected, outcome FROM "
                        + "\"_keel\".\"_keel_migration_runs\"")) {
            while (rs.next()) {
                out.put(rs.getString(1), new Journaled(rs.getString(2), rs.getInt(3), rs.getLong(4), rs.getLong(5),
                        rs.getString(6)));
            }
        }
        return out;
    }

    private static void write(Path dir, String rel, String text) throws Exception {
        Path p = dir.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }
}
