package dev.keel.diff;

import dev.keel.introspect.Introspector;
import dev.keel.render.ScriptRenderer;
import dev.keel.schema.Schema;
import dev.keel.testing.PgExtension;
import dev.keel.testing.TestDb;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Changes the generated goldens do not reach, checked on a real database: build state v1 and state v2 with SQL,
 * introspect both, apply Keel's script for diff(v1, v2) to a database in state v1, and require that it
 * introspects to v2 (and that diff(v, v) is empty).
 */
@ExtendWith(PgExtension.class)
class ApplyEquivalenceTest {
    /**
     * {@code sameCatalog}: the applied database must introspect to exactly v2. False where Prisma's own SQL
     * (which Keel reproduces) reaches an equivalent but not identical catalog; those cases still require that
     * Keel sees no difference between the result and v2.
     */
    record Case(String name, String v1, String v2, boolean sameCatalog) {
        Case(String name, String v1, String v2) {
            this(name, v1, v2, true);
        }
    }

    static final String T = "CREATE TABLE t (id integer NOT NULL, CONSTRAINT t_pkey PRIMARY KEY (id));";

    static final List<Case> CASES = List.of(
            // Prisma's CREATE SEQUENCE has no AS INTEGER: the sequence is bigint where SERIAL makes it integer.
            new Case("becomes autoincrement", T,
                    "CREATE TABLE t (id SERIAL NOT NULL, CONSTRAINT t_pkey PRIMARY KEY (id));", false),
            new Case("stops autoincrementing",
                    "CREATE TABLE t (id SERIAL NOT NULL, CONSTRAINT t_pkey PRIMARY KEY (id));", T),
            new Case("serial gets a literal default",
                    "CREATE TABLE t (id SERIAL NOT NULL, CONSTRAINT t_pkey PRIMARY KEY (id));",
                    "CREATE TABLE t (id integer NOT NULL DEFAULT 7, CONSTRAINT t_pkey PRIMARY KEY (id));"),
            new Case("primary key widened",
                    "CREATE TABLE t (a int NOT NULL, b int NOT NULL, CONSTRAINT t_pkey PRIMARY KEY (a));",
                    "CREATE TABLE t (a int NOT NULL, b int NOT NULL, CONSTRAINT t_pkey PRIMARY KEY (a, b));"),
            new Case("primary key renamed",
                    "CREATE TABLE t (a int NOT NULL, CONSTRAINT t_pkey PRIMARY KEY (a));",
                    "CREATE TABLE t (a int NOT NULL, CONSTRAINT t_pk PRIMARY KEY (a));"),
            new Case("unique index replaced by a primary key on the same columns",
                    "CREATE TABLE t (a int NOT NULL); CREATE UNIQUE INDEX t_a_key ON t (a);",
                    "CREATE TABLE t (a int NOT NULL, CONSTRAINT t_pkey PRIMARY KEY (a));"),
            new Case("index and foreign key renamed",
                    T + "CREATE TABLE u (id int NOT NULL, t_id int, CONSTRAINT u_pkey PRIMARY KEY (id));"
                            + "CREATE INDEX u_old_idx ON u (t_id);"
                            + "ALTER TABLE u ADD CONSTRAINT u_old_fkey FOREIGN KEY (t_id) REFERENCES t (id);",
                    T + "CREATE TABLE u (id int NOT NULL, t_id int, CONSTRAINT u_pkey PRIMARY KEY (id));"
                            + "CREATE INDEX u_new_idx ON u (t_id);"
                            + "ALTER TABLE u ADD CONSTRAINT u_new_fkey FOREIGN KEY (t_id) REFERENCES t (id);"),
            new Case("type without a cast: column and its index recreated",
                    "CREATE TABLE t (id int NOT NULL, v text, CONSTRAINT t_pkey PRIMARY KEY (id));"
                            + "CREATE INDEX t_v_idx ON t (v);",
                    "CREATE TABLE t (id int NOT NULL, v integer, CONSTRAINT t_pkey PRIMARY KEY (id));"
                            + "CREATE INDEX t_v_idx ON t (v);"),
            new Case("risky and safe casts, nullability, defaults",
                    "CREATE TABLE t (id int NOT NULL, a varchar(30), b integer NOT NULL DEFAULT 1, c text,"
                            + " d timestamp(3), CONSTRAINT t_pkey PRIMARY KEY (id));",
                    "CREATE TABLE t (id int NOT NULL, a varchar(10) NOT NULL, b bigint, c text DEFAULT 'x''y',"
                            + " d timestamp(6) DEFAULT CURRENT_TIMESTAMP, CONSTRAINT t_pkey PRIMARY KEY (id));"),
            // Scalar to list has no cast: the column is dropped and added again, so it moves to the end.
            new Case("scalar to list and back",
                    "CREATE TABLE t (id int NOT NULL, a text, b text[], CONSTRAINT t_pkey PRIMARY KEY (id));",
                    "CREATE TABLE t (id int NOT NULL, a text[], b text, CONSTRAINT t_pkey PRIMARY KEY (id));", false),
            new Case("enum value removed with array column and default",
                    "CREATE TYPE \"Mood\" AS ENUM ('HAPPY', 'SAD', 'MEH');"
                            + "CREATE TABLE t (id int NOT NULL, m \"Mood\" NOT NULL DEFAULT 'MEH', ms \"Mood\"[],"
                            + " CONSTRAINT t_pkey PRIMARY KEY (id));",
                    "CREATE TYPE \"Mood\" AS ENUM ('HAPPY', 'MEH', 'GLAD');"
                            + "CREATE TABLE t (id int NOT NULL, m \"Mood\" NOT NULL DEFAULT 'MEH', ms \"Mood\"[],"
                            + " CONSTRAINT t_pkey PRIMARY KEY (id));"),
            new Case("enum value removed while a new table uses the enum",
                    "CREATE TYPE \"Mood\" AS ENUM ('HAPPY', 'SAD');",
                    "CREATE TYPE \"Mood\" AS ENUM ('HAPPY');"
                            + "CREATE TABLE n (id int NOT NULL, m \"Mood\" NOT NULL, CONSTRAINT n_pkey PRIMARY KEY (id));"),
            new Case("enum values added, enum dropped and created",
                    "CREATE TYPE \"A\" AS ENUM ('x'); CREATE TYPE \"B\" AS ENUM ('y');",
                    "CREATE TYPE \"A\" AS ENUM ('x', 'z', 'w'); CREATE TYPE \"C\" AS ENUM ('q');"),
            new Case("index options: method, order, nulls, opclass, partial, include, expression",
                    "CREATE TABLE t (id int NOT NULL, j jsonb, a text, b int, CONSTRAINT t_pkey PRIMARY KEY (id));",
                    "CREATE TABLE t (id int NOT NULL, j jsonb, a text, b int, CONSTRAINT t_pkey PRIMARY KEY (id));"
                            + "CREATE INDEX t_j_idx ON t USING gin (j jsonb_path_ops);"
                            + "CREATE INDEX t_a_idx ON t (a DESC NULLS LAST, b NULLS FIRST) INCLUDE (id) WHERE b > 0;"
                            + "CREATE UNIQUE INDEX t_lower_idx ON t (lower(a));"
                            + "CREATE INDEX t_b_brin ON t USING brin (b);"),
            new Case("foreign key actions changed and deferrable",
                    T + "CREATE TABLE u (id int NOT NULL, t_id int, CONSTRAINT u_pkey PRIMARY KEY (id));"
                            + "ALTER TABLE u ADD CONSTRAINT u_t_id_fkey FOREIGN KEY (t_id) REFERENCES t (id);",
                    T + "CREATE TABLE u (id int NOT NULL, t_id int, CONSTRAINT u_pkey PRIMARY KEY (id));"
                            + "ALTER TABLE u ADD CONSTRAINT u_t_id_fkey FOREIGN KEY (t_id) REFERENCES t (id)"
                            + " ON DELETE SET NULL ON UPDATE CASCADE DEFERRABLE INITIALLY DEFERRED;"),
            new Case("unique constraint (not index) dropped and added",
                    "CREATE TABLE t (a int NOT NULL, b int, CONSTRAINT t_a_key UNIQUE (a));",
                    "CREATE TABLE t (a int NOT NULL, b int, CONSTRAINT t_b_key UNIQUE (b));"),
            new Case("tables dropped with foreign keys between them, table created referencing a new table",
                    T + "CREATE TABLE u (id int NOT NULL, t_id int REFERENCES t (id), CONSTRAINT u_pkey PRIMARY KEY (id));",
                    "CREATE TABLE \"New\" (id bigserial NOT NULL, CONSTRAINT \"New_pkey\" PRIMARY KEY (id));"
                            + "CREATE TABLE \"Other\" (id int NOT NULL, n bigint NOT NULL REFERENCES \"New\" (id),"
                            + " CONSTRAINT \"Other_pkey\" PRIMARY KEY (id));"),
            new Case("extension and second schema",
                    "",
                    "CREATE EXTENSION citext; CREATE SCHEMA auth;"
                            + "CREATE TYPE auth.\"Role\" AS ENUM ('a', 'b');"
                            + "CREATE TABLE auth.\"user\" (id int NOT NULL, email citext, r auth.\"Role\" DEFAULT 'a',"
                            + " CONSTRAINT user_pkey PRIMARY KEY (id));"));

    static Schema state(Connection c, String... scripts) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("DROP SCHEMA IF EXISTS public CASCADE; DROP SCHEMA IF EXISTS auth CASCADE;"
                    + " DROP EXTENSION IF EXISTS citext; CREATE SCHEMA public;");
            for (String s : scripts) {
                st.execute(s);
            }
        }
        return Introspector.introspect(c, List.of("auth", "public"));
    }

    @TestFactory
    Stream<DynamicTest> cases(TestDb db) throws SQLException {
        Connection c = db.connect();
        return CASES.stream().map(k -> DynamicTest.dynamicTest(k.name(), () -> {
            Schema v1 = state(c, k.v1());
            Schema v2 = state(c, k.v2());
            assertThat(Differ.diff(v1, v1).steps()).isEmpty();
            assertThat(Differ.diff(v2, v2).steps()).isEmpty();
            Migration m = Differ.diff(v1, v2);
            assertThat(m.steps()).isNotEmpty();
            String script = ScriptRenderer.render(m);
            Schema applied = state(c, k.v1(), script);
            assertThat(Differ.diff(applied, v2).steps()).as(script).isEmpty();
            if (k.sameCatalog()) {
                assertThat(applied.describe()).as(script).isEqualTo(v2.describe());
            }
        }));
    }
}
