package dev.keel.safety.probe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.db.DatabaseUrl;
import dev.keel.db.EmbeddedPostgresServer;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The probe's observed locks must equal PostgreSQL's documented lock levels (manual: "Explicit Locking",
 * ALTER TABLE, CREATE INDEX, DROP INDEX, REINDEX, CREATE TRIGGER, COMMENT...) for each statement, and rewrites and
 * validation scans must be reported where PostgreSQL performs them. Each case runs on a fresh database.
 */
class LockProbeTest {
    private static final String SETUP = """
            CREATE TABLE parent (id int PRIMARY KEY, name text);
            CREATE TABLE child (id int PRIMARY KEY, parent_id int, status text NOT NULL DEFAULT 'a', amount int,
                                note text);
            INSERT INTO parent SELECT g, 'p' || g FROM generate_series(1, 100) g;
            INSERT INTO child SELECT g, (g % 100) + 1, 'a', g, NULL FROM generate_series(1, 2000) g;
            CREATE INDEX child_status_idx ON child (status);
            CREATE UNIQUE INDEX child_id_amount_idx ON child (id, amount);
            ALTER TABLE child ADD CONSTRAINT child_parent_nv FOREIGN KEY (parent_id) REFERENCES parent (id) NOT VALID;
            ALTER TABLE child ADD CONSTRAINT child_amount_nv CHECK (amount > 0) NOT VALID;
            CREATE TYPE mood AS ENUM ('a', 'b');
            CREATE VIEW child_v AS SELECT id, status FROM child;
            CREATE MATERIALIZED VIEW child_mv AS SELECT status, count(*) FROM child GROUP BY status;
            CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
            """;

    /** A statement, the relation we check, the documented lock mode on it, rewrite expected, scan expected. */
    record Case(String sql, String relation, LockMode mode, boolean rewrite, boolean scan) {
    }

    private static Case c(String sql, String rel, LockMode mode) {
        return new Case(sql, rel, mode, false, false);
    }

    private static Case rewrite(String sql, String rel, LockMode mode) {
        return new Case(sql, rel, mode, true, false);
    }

    private static Case scan(String sql, String rel, LockMode mode) {
        return new Case(sql, rel, mode, false, true);
    }

    static final LockMode AE = LockMode.ACCESS_EXCLUSIVE;
    static final LockMode SUE = LockMode.SHARE_UPDATE_EXCLUSIVE;
    static final LockMode SRE = LockMode.SHARE_ROW_EXCLUSIVE;

    static final List<Case> CASES = List.of(
            c("ALTER TABLE child ADD COLUMN extra int", "public.child", AE),
            c("ALTER TABLE child ADD COLUMN extra int DEFAULT 5", "public.child", AE),
            rewrite("ALTER TABLE child ADD COLUMN extra timestamptz DEFAULT clock_timestamp()", "public.child", AE),
            rewrite("ALTER TABLE child ADD COLUMN extra serial", "public.child", AE),
            rewrite("ALTER TABLE child ALTER COLUMN amount TYPE bigint", "public.child", AE),
            c("ALTER TABLE child ALTER COLUMN note TYPE varchar", "public.child", AE),
            c("ALTER TABLE child ALTER COLUMN amount SET NOT NULL", "public.child", AE),
            c("ALTER TABLE child ALTER COLUMN status DROP NOT NULL", "public.child", AE),
            c("ALTER TABLE child ALTER COLUMN status SET DEFAULT 'x'", "public.child", AE),
            c("ALTER TABLE child DROP COLUMN note", "public.child", AE),
            c("ALTER TABLE child RENAME COLUMN note TO memo", "public.child", AE),
            c("ALTER TABLE child RENAME TO kid", "public.child", AE),
            scan("ALTER TABLE child ADD CONSTRAINT child_parent_fk FOREIGN KEY (parent_id) REFERENCES parent (id)",
                    "public.child", SRE),
            c("ALTER TABLE child ADD CONSTRAINT child_parent_fk FOREIGN KEY (parent_id) REFERENCES parent (id)",
                    "public.parent", SRE),
            c("ALTER TABLE child ADD CONSTRAINT child_parent_fk FOREIGN KEY (parent_id) REFERENCES parent (id) "
                    + "NOT VALID", "public.child", SRE),
            scan("ALTER TABLE child VALIDATE CONSTRAINT child_parent_nv", "public.child", SUE),
            c("ALTER TABLE child VALIDATE CONSTRAINT child_parent_nv", "public.parent", LockMode.ROW_SHARE),
            c("ALTER TABLE child ADD CONSTRAINT amount_pos CHECK (amount > 0)", "public.child", AE),
            c("ALTER TABLE child ADD CONSTRAINT amount_pos CHECK (amount > 0) NOT VALID", "public.child", AE),
            c("ALTER TABLE child VALIDATE CONSTRAINT child_amount_nv", "public.child", SUE),
            c("ALTER TABLE child ADD CONSTRAINT child_id_status_key UNIQUE (id, status)", "public.child", AE),
            c("ALTER TABLE child ADD CONSTRAINT child_id_amount_key UNIQUE USING INDEX child_id_amount_idx",
                    "public.child", AE),
            c("CREATE INDEX child_amount_idx ON child (amount)", "public.child", LockMode.SHARE),
            c("CREATE UNIQUE INDEX child_amount_uq ON child (amount)", "public.child", LockMode.SHARE),
            c("CREATE INDEX CONCURRENTLY child_amount_idx ON child (amount)", "public.child", SUE),
            c("DROP INDEX child_status_idx", "public.child", AE),
            c("DROP INDEX CONCURRENTLY child_status_idx", "public.child", SUE),
            c("REINDEX INDEX child_status_idx", "public.child", LockMode.SHARE),
            c("REINDEX INDEX child_status_idx", "public.child_status_idx", AE),
            c("REINDEX INDEX CONCURRENTLY child_status_idx", "public.child", SUE),
            c("ALTER INDEX child_status_idx RENAME TO child_state_idx", "public.child_status_idx", SUE),
            c("CREATE TRIGGER t BEFORE UPDATE ON child FOR EACH ROW EXECUTE FUNCTION touch()", "public.child",
                    SRE),
            c("ALTER TABLE child DISABLE TRIGGER ALL", "public.child", SRE),
            rewrite("TRUNCATE child", "public.child", AE),
            c("DROP TABLE child CASCADE", "public.child", AE),
            c("CREATE TABLE other (id int PRIMARY KEY, parent_id int REFERENCES parent (id))", "public.parent", SRE),
            c("ALTER TABLE child SET (fillfactor = 70)", "public.child", SUE),
            c("ALTER TABLE child ALTER COLUMN amount SET STATISTICS 500", "public.child", SUE),
            c("ALTER TABLE child ALTER COLUMN amount SET (n_distinct = 100)", "public.child", SUE),
            c("COMMENT ON TABLE child IS 'kids'", "public.child", SUE),
            c("CREATE STATISTICS child_stats ON status, amount FROM child", "public.child", SUE),
            c("ANALYZE child", "public.child", SUE),
            rewrite("CLUSTER child USING child_pkey", "public.child", AE),
            rewrite("VACUUM FULL child", "public.child", AE),
            rewrite("REFRESH MATERIALIZED VIEW child_mv", "public.child_mv", AE),
            c("REFRESH MATERIALIZED VIEW child_mv", "public.child", LockMode.ACCESS_SHARE),
            c("CREATE VIEW child_v2 AS SELECT id FROM child", "public.child", LockMode.ACCESS_SHARE),
            c("DROP VIEW child_v", "public.child_v", AE),
            c("ALTER TABLE child REPLICA IDENTITY FULL", "public.child", AE),
            scan("SELECT count(*) FROM child", "public.child", LockMode.ACCESS_SHARE),
            c("UPDATE child SET note = 'x' WHERE id < 10", "public.child", LockMode.ROW_EXCLUSIVE),
            c("LOCK TABLE child IN EXCLUSIVE MODE", "public.child", LockMode.EXCLUSIVE));

    @TestFactory
    Stream<DynamicTest> locksMatchPostgresDocumentation() {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.get();
        return CASES.stream().map(k -> DynamicTest.dynamicTest(k.sql() + " → " + k.mode().sqlName + " on "
                + k.relation(), () -> {
            DatabaseUrl url = server.createDatabase("probe");
            try (Connection conn = url.connect()) {
                try (Statement st = conn.createStatement()) {
                    st.execute(SETUP);
                }
                StatementProbe p = new LockProbe(url::connect).probeOne(conn, k.sql());
                assertThat(p.error()).as("statement error").isEmpty();
                assertThat(p.lockOn(k.relation())).as("strongest lock on %s; all: %s", k.relation(), p.locks())
                        .contains(k.mode());
                if (k.rewrite()) {
                    assertThat(p.rewritten()).contains(k.relation());
                } else {
                    assertThat(p.rewritten()).doesNotContain(k.relation());
                }
                if (k.scan()) {
                    assertThat(p.scanned()).contains(k.relation());
                }
            } finally {
                server.dropDatabase(url.database());
            }
        }));
    }
}
