package dev.keel.safety.expand;

import dev.keel.api.Keel;
import dev.keel.introspect.Introspector;
import dev.keel.schema.QualifiedName;
import dev.keel.testing.PgExtension;
import dev.keel.testing.TestDb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A user's columns may be called like the backfill procedure's variables and parameters ({@code changed},
 * {@code saved}, {@code batch_size}, {@code keel_batch_size}, {@code last_1}, {@code started}, …), like PL/pgSQL's
 * own {@code found}, or like the names the plan qualifies them with ({@code t}, {@code keel}). Unqualified, PL/pgSQL
 * refused such a statement as ambiguous (42702) at the first batch; the plans deployed here, all three releases, on
 * tables full of such names backfill every row, through the key walk (a composite key of such names), the
 * dual-write trigger, the enum mapping trigger and release 3's checks.
 */
@ExtendWith(PgExtension.class)
class BackfillNameClashTest {
    private static final int ROWS = 500;
    /** Every local and parameter of the procedure, KeyWalk's included, and its alias and label. */
    private static final String CLASHING = "\"saved\" TEXT, \"batch_size\" INTEGER, \"keel_batch_size\" INTEGER, "
            + "\"yields\" INTEGER, \"batch_started\" TIMESTAMPTZ, \"locks_taken\" TIMESTAMPTZ, "
            + "\"session_lock_timeout\" TEXT, \"pause_seconds\" INTEGER, \"nice_ratio\" INTEGER, "
            + "\"target_batch_ms\" INTEGER, \"max_batch_size\" INTEGER, \"lock_wait_ms\" INTEGER, \"batch_1\" INTEGER, "
            + "\"last_2\" INTEGER, \"batch_2\" INTEGER, \"held_ms\" INTEGER, \"t\" INTEGER, \"keel\" INTEGER, "
            + "\"b\" INTEGER, \"k1\" INTEGER";

    private static Keel keel(TestDb db, Path tmp, String init) throws Exception {
        Path dir = tmp.resolve("migrations");
        Files.createDirectories(dir.resolve("20240101000000_init"));
        Files.writeString(dir.resolve("migration_lock.toml"), "provider = \"postgresql\"\n");
        Files.writeString(dir.resolve("20240101000000_init/migration.sql"), init);
        Keel keel = Keel.configure().workingDir(tmp).migrationsDir(dir).databaseUrl(db.url().toString())
                .environment(Map.of()).build();
        assertThat(keel.deploy().failure()).isEmpty();
        return keel;
    }

    @Test
    void renameColumnCalledLikeTheProceduresVariables(TestDb db, @TempDir Path tmp) throws Exception {
        // Key ("started", "last_1"); the column "changed" (a local of the procedure) moves to "found".
        Keel keel = keel(db, tmp, "CREATE TABLE \"Clash\" (\"started\" INTEGER NOT NULL, \"last_1\" INTEGER NOT NULL, "
                + "\"changed\" INTEGER, " + CLASHING + ", PRIMARY KEY (\"started\", \"last_1\"));\n"
                + "INSERT INTO \"Clash\" (\"started\", \"last_1\", \"changed\", \"saved\", \"batch_size\", \"t\", "
                + "\"keel\") SELECT g % 7, g, g, 'x', 1, 2, 3 FROM generate_series(1, " + ROWS + ") g;\n");
        ExpandContractPlan plan;
        try (Connection c = db.connect()) {
            plan = ColumnPlans.renameColumn(Introspector.introspect(c, List.of("public"))
                    .table(new QualifiedName("public", "Clash")).orElseThrow(), "changed", "found",
                    ColumnDependents.none());
        }
        Path dir = tmp.resolve("migrations");
        PlanFiles.write(dir, LocalDateTime.of(2024, 3, 1, 9, 0), plan);
        assertThat(keel.deploy().failure()).isEmpty();

        assertThat(db.column("SELECT count(*) FILTER (WHERE \"found\" IS DISTINCT FROM \"changed\" OR \"found\" "
                + "IS NULL) || '/' || count(*) FROM \"Clash\"")).containsExactly("0/" + ROWS);
        assertThat(db.column("SELECT \"backfill_rows\" || ' ' || (\"backfilled_at\" IS NOT NULL) FROM "
                + "\"_keel\".\"plans\"")).containsExactly(ROWS + " true");
        // The dual-write trigger on the same names, both ways.
        db.execute("UPDATE \"Clash\" SET \"found\" = -1 WHERE \"last_1\" = 1;"
                + "UPDATE \"Clash\" SET \"changed\" = -2 WHERE \"last_1\" = 2;"
                + "INSERT INTO \"Clash\" (\"started\", \"last_1\", \"changed\") VALUES (0, 0, -3)");
        assertThat(db.column("SELECT \"last_1\" || ':' || \"changed\" || ':' || \"found\" FROM \"Clash\" WHERE "
                + "\"last_1\" <= 2 ORDER BY \"last_1\"")).containsExactly("0:-3:-3", "1:-1:-1", "2:-2:-2");

        PlanFiles.advance(dir, LocalDateTime.of(2024, 3, 2, 9, 0), plan.name());
        assertThat(keel.deploy().failure()).isEmpty();
        assertThat(db.column("SELECT count(*) || ' ' || sum(\"found\") FROM \"Clash\"")).containsExactly(
                (ROWS + 1) + " " + ((long) ROWS * (ROWS + 1) / 2 - 9));
    }

    @Test
    void renameEnumValueInColumnsCalledLikeTheProceduresVariables(TestDb db, @TempDir Path tmp) throws Exception {
        // Key "started"; the enum columns are "found" (scalar) and "changed" (list).
        Keel keel = keel(db, tmp, "CREATE TYPE \"Status\" AS ENUM ('OLD', 'OTHER');\n"
                + "CREATE TABLE \"Clash\" (\"started\" INTEGER NOT NULL, \"last_1\" INTEGER, \"found\" \"Status\" "
                + "NOT NULL, \"changed\" \"Status\"[], " + CLASHING + ", PRIMARY KEY (\"started\"));\n"
                + "INSERT INTO \"Clash\" (\"started\", \"last_1\", \"found\", \"changed\", \"saved\", \"batch_size\","
                + " \"t\", \"keel\") SELECT g, g, CASE WHEN g % 2 = 0 THEN 'OLD' ELSE 'OTHER' END::\"Status\", "
                + "ARRAY['OTHER', 'OLD']::\"Status\"[], 'x', 1, 2, 3 FROM generate_series(1, " + ROWS + ") g;\n");
        ExpandContractPlan plan;
        try (Connection c = db.connect()) {
            plan = EnumPlans.renameValue(Introspector.introspect(c, List.of("public")),
                    new QualifiedName("public", "Status"), "OLD", "NEW");
        }
        Path dir = tmp.resolve("migrations");
        PlanFiles.write(dir, LocalDateTime.of(2024, 3, 1, 9, 0), plan);
        assertThat(keel.deploy().failure()).isEmpty();
        PlanFiles.advance(dir, LocalDateTime.of(2024, 3, 2, 9, 0), plan.name());
        assertThat(keel.deploy().failure()).isEmpty();

        assertThat(db.column("SELECT \"found\"::text || ':' || count(*) FROM \"Clash\" GROUP BY \"found\" ORDER BY 1"))
                .containsExactly("NEW:" + ROWS / 2, "OTHER:" + ROWS / 2);
        assertThat(db.column("SELECT count(*) FROM \"Clash\" WHERE \"changed\" = ARRAY['OTHER', 'NEW']::\"Status\"[]"))
                .containsExactly(String.valueOf(ROWS));
        // A row rewritten by the first backfill had its other column mapped by the trigger: ROWS in all.
        assertThat(db.column("SELECT \"backfill_rows\" || ' ' || (\"backfilled_at\" IS NOT NULL) FROM "
                + "\"_keel\".\"plans\"")).containsExactly(ROWS + " true");
        // The mapping trigger on the same names.
        db.execute("INSERT INTO \"Clash\" (\"started\", \"found\", \"changed\") VALUES (0, 'OLD', ARRAY['OLD']::"
                + "\"Status\"[])");
        assertThat(db.column("SELECT \"found\"::text || ' ' || \"changed\"::text FROM \"Clash\" WHERE \"started\" = 0"))
                .containsExactly("NEW {NEW}");

        PlanFiles.advance(dir, LocalDateTime.of(2024, 3, 3, 9, 0), plan.name());
        assertThat(keel.deploy().failure()).isEmpty();
        assertThat(db.column("SELECT \"release\" || ' ' || (\"finished_at\" IS NOT NULL) FROM \"_keel\".\"plans\""))
                .containsExactly("3 true");
    }
}
