package dev.keel.safety.plan;

import dev.keel.diff.Differ;
import dev.keel.diff.Migration;
import dev.keel.introspect.Introspector;
import dev.keel.render.ScriptRenderer;
import dev.keel.safety.probe.LockMode;
import dev.keel.safety.probe.LockProbe;
import dev.keel.safety.probe.RelationLock;
import dev.keel.safety.probe.StatementProbe;
import dev.keel.schema.Schema;
import dev.keel.testing.PgExtension;
import dev.keel.testing.TestDb;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * For each change, on real PostgreSQL with rows in the live tables: Prisma's plain SQL and Keel's safe plan must
 * reach the same introspected schema, and no statement of the safe plan may hold a lock that blocks writes on a
 * live table while PostgreSQL scans or rewrites it (facts from {@link LockProbe}, and from PostgreSQL's own DEBUG1
 * messages: "verifying table", "rewriting table", "building index ... serially", "validating foreign key
 * constraint"). The
 * same rule applied to Prisma's plain SQL must fail, so the check can fail.
 */
@ExtendWith(PgExtension.class)
class SafePlannerTest {
    record Case(String name, String v1, String rows, String v2, List<Phase> phases) {
    }

    static final String PARENT = "CREATE TABLE parent (id int NOT NULL, code text, CONSTRAINT parent_pkey PRIMARY KEY (id));";
    static final String CHILD = "CREATE TABLE child (id int NOT NULL, parent_id int, amount int, note text,"
            + " CONSTRAINT child_pkey PRIMARY KEY (id));";
    static final String ROWS = "INSERT INTO parent SELECT g, 'c' || g FROM generate_series(1, 500) g;"
            + "INSERT INTO child SELECT g, g % 500 + 1, g, 'n' FROM generate_series(1, 5000) g;";

    static final List<Case> CASES = List.of(
            new Case("add index", PARENT + CHILD, ROWS,
                    PARENT + CHILD + "CREATE INDEX child_amount_idx ON child (amount);",
                    List.of(Phase.CONCURRENT_INDEX)),
            new Case("add unique index (@unique)", PARENT + CHILD, ROWS,
                    PARENT + CHILD + "CREATE UNIQUE INDEX parent_code_key ON parent (code);",
                    List.of(Phase.CONCURRENT_INDEX)),
            new Case("add unique constraint", PARENT + CHILD, ROWS,
                    PARENT + CHILD + "ALTER TABLE parent ADD CONSTRAINT parent_code_key UNIQUE (code);",
                    List.of(Phase.CONCURRENT_INDEX, Phase.CONSTRAINTS)),
            new Case("add foreign key", PARENT + CHILD, ROWS,
                    PARENT + CHILD + "ALTER TABLE child ADD CONSTRAINT child_parent_id_fkey FOREIGN KEY (parent_id)"
                            + " REFERENCES parent (id) ON DELETE SET NULL ON UPDATE CASCADE;",
                    List.of(Phase.MAIN, Phase.VALIDATE)),
            new Case("set not null on an existing column", PARENT + CHILD, ROWS,
                    PARENT + CHILD.replace("amount int", "amount int NOT NULL"),
                    List.of(Phase.MAIN, Phase.VALIDATE, Phase.SET_NOT_NULL)),
            new Case("add required column with default", PARENT + CHILD, ROWS,
                    PARENT + CHILD.replace("note text", "note text, flag boolean NOT NULL DEFAULT false"),
                    List.of(Phase.MAIN)),
            new Case("foreign key to a new unique index, index on it, not null, all at once", PARENT + CHILD, ROWS,
                    PARENT + CHILD.replace("amount int", "amount int NOT NULL")
                            + "CREATE UNIQUE INDEX parent_code_key ON parent (code);"
                            + "ALTER TABLE child ADD COLUMN parent_code text;"
                            + "CREATE INDEX child_parent_code_idx ON child (parent_code);"
                            + "ALTER TABLE child ADD CONSTRAINT child_parent_code_fkey FOREIGN KEY (parent_code)"
                            + " REFERENCES parent (code) ON DELETE RESTRICT ON UPDATE CASCADE;",
                    List.of(Phase.MAIN, Phase.CONCURRENT_INDEX, Phase.CONCURRENT_INDEX, Phase.CONSTRAINTS,
                            Phase.VALIDATE, Phase.SET_NOT_NULL)),
            new Case("new table with index and foreign key to a live table is exempt", PARENT + CHILD, ROWS,
                    PARENT + CHILD + "CREATE TABLE pet (id int NOT NULL, parent_id int NOT NULL,"
                            + " CONSTRAINT pet_pkey PRIMARY KEY (id));"
                            + "CREATE INDEX pet_parent_id_idx ON pet (parent_id);"
                            + "ALTER TABLE pet ADD CONSTRAINT pet_parent_id_fkey FOREIGN KEY (parent_id)"
                            + " REFERENCES parent (id) ON DELETE RESTRICT ON UPDATE CASCADE;",
                    List.of(Phase.MAIN)));

    static Schema state(Connection c, String... scripts) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;");
            for (String s : scripts) {
                st.execute(s);
            }
        }
        return Introspector.introspect(c, List.of("public"));
    }

    @TestFactory
    Stream<DynamicTest> safePlanReachesPrismasSchemaWithWeakLocks(TestDb db) throws SQLException {
        Connection c = db.connect();
        return CASES.stream().map(k -> DynamicTest.dynamicTest(k.name(), () -> {
            Schema v1 = state(c, k.v1());
            Schema v2 = state(c, k.v2());
            Migration m = Differ.diff(v1, v2);
            SafePlan plan = SafePlanner.plan(m);
            assertThat(plan.migrations()).extracting(PlannedMigration::phase).as(describe(plan))
                    .containsExactlyElementsOf(k.phases());
            Set<String> live = Set.of("public.parent", "public.child");

            // Prisma's plain SQL: its end state, and the rule must catch it (unless the change is exempt).
            Schema prismaEnd = state(c, k.v1(), k.rows(), ScriptRenderer.render(m));
            List<String> plainStatements = SafePlanner.unsafe(m).migrations().get(0).statements();
            List<String> prismaViolations = violations(db, c, k, plainStatements, live);
            if (!k.phases().equals(List.of(Phase.MAIN))
                    || k.name().startsWith("set not null") || k.name().startsWith("add foreign key")) {
                assertThat(prismaViolations).as("Prisma's plain SQL should break the rule").isNotEmpty();
            }

            // The safe plan, run as its migrations would run: one transaction each, or statement by statement.
            state(c, k.v1(), k.rows());
            for (PlannedMigration pm : plan.migrations()) {
                if (pm.transactional()) {
                    try (Statement st = c.createStatement()) {
                        st.execute(pm.sql());
                    }
                } else {
                    for (String s : pm.statements()) {
                        try (Statement st = c.createStatement()) {
                            st.execute(s);
                        }
                    }
                }
            }
            Schema safeEnd = Introspector.introspect(c, List.of("public"));
            assertThat(Differ.diff(safeEnd, prismaEnd).steps()).as(describe(plan)).isEmpty();
            assertThat(safeEnd.describe()).isEqualTo(prismaEnd.describe());

            List<String> all = plan.migrations().stream().flatMap(p -> p.statements().stream()).toList();
            assertThat(violations(db, c, k, all, live)).as(describe(plan)).isEmpty();
        }));
    }

    /** Runs the statements one by one on a fresh copy of v1 with rows; lists each strong lock held across a scan. */
    private static List<String> violations(TestDb db, Connection c, Case k, List<String> statements,
                                           Set<String> live) throws SQLException {
        state(c, k.v1(), k.rows());
        List<List<String>> debug = new ArrayList<>();
        try (Statement st = c.createStatement()) {
            st.execute("SET client_min_messages = debug1");
        }
        for (String s : statements) {
            List<String> messages = new ArrayList<>();
            try (Statement st = c.createStatement()) {
                st.execute(s);
                for (SQLWarning w = st.getWarnings(); w != null; w = w.getNextWarning()) {
                    messages.add(w.getMessage());
                }
            }
            debug.add(messages);
        }
        try (Statement st = c.createStatement()) {
            st.execute("RESET client_min_messages");
        }
        state(c, k.v1(), k.rows());
        // A fresh session per statement: PostgreSQL reports a session's scans in pg_stat_xact_user_tables until it
        // flushes them (at most once a second when idle), so a long-lived session shows earlier statements' scans.
        List<StatementProbe> probes = new ArrayList<>();
        LockProbe probe = new LockProbe(db::connect);
        for (String s : statements) {
            try (Connection fresh = db.connect()) {
                probes.add(probe.probeOne(fresh, s));
            }
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < probes.size(); i++) {
            StatementProbe p = probes.get(i);
            assertThat(p.error()).as(p.sql()).isEmpty();
            List<String> messages = debug.get(i);
            // Rows of a live table are read (or rebuilt) by this statement: from the probe, or named by PostgreSQL.
            boolean scansLive = live.stream().anyMatch(t -> p.scanned().contains(t) || p.rewritten().contains(t)
                    || messages.stream().anyMatch(msg -> {
                        String table = "\"" + t.substring("public.".length()) + "\"";
                        return msg.equals("verifying table " + table) || msg.equals("rewriting table " + table)
                                || msg.endsWith(" on table " + table + " serially");
                    }));
            for (RelationLock l : p.locks()) {
                if (!live.contains(l.relation()) || !l.kind().equals("table")) {
                    continue;
                }
                if (l.mode() == LockMode.SHARE || (l.mode().blocksWrites() && scansLive)) {
                    out.add(l.mode().sqlName + " on " + l.relation() + " across a scan: " + p.sql()
                            + " scanned=" + p.scanned() + " rewritten=" + p.rewritten() + " debug=" + messages);
                }
            }
        }
        return out;
    }

    private static String describe(SafePlan plan) {
        StringBuilder sb = new StringBuilder();
        for (PlannedMigration m : plan.migrations()) {
            sb.append("== ").append(m.phase()).append(' ').append(m.suffix()).append('\n').append(m.sql());
        }
        return sb.append(plan.notes()).toString();
    }
}
