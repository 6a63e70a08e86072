package dev.keel.safety.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.safety.probe.LockMode;
import dev.keel.safety.probe.StatementProbe;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The lint table: every unsafe file is caught by the expected rule, every safe file has no finding, all run on
 * real PostgreSQL against the same existing schema ({@link LintFixture#EXISTING}). For each statement that locks an
 * existing table, the lock the probe reports must be the level PostgreSQL's manual documents for that command
 * (chapter 13.3 "Explicit Locking", and the Notes of ALTER TABLE, CREATE INDEX, DROP INDEX, REINDEX, CREATE
 * TRIGGER, TRUNCATE, VACUUM, CLUSTER, COMMENT, ANALYZE, CREATE STATISTICS): the {@code lock} column below is the
 * manual's level, not Keel's output. The lock is checked on the statement the finding names (unsafe) or the last
 * statement PostgreSQL ran (safe).
 */
class LintRulesTest {
    static final LockMode AE = LockMode.ACCESS_EXCLUSIVE;
    static final LockMode SUE = LockMode.SHARE_UPDATE_EXCLUSIVE;
    static final LockMode SRE = LockMode.SHARE_ROW_EXCLUSIVE;
    static final LockMode SHARE = LockMode.SHARE;
    static final LockMode RE = LockMode.ROW_EXCLUSIVE;
    static final LockMode AS = LockMode.ACCESS_SHARE;

    /** A file, the rule expected (null: none), the documented lock on {@code relation} (null: no table lock). */
    record Case(String sql, Rule rule, String relation, LockMode lock, boolean advice) {
    }

    static Case bad(Rule rule, String sql, String relation, LockMode lock) {
        return new Case(sql, rule, relation, lock, false);
    }

    static Case bad(Rule rule, String sql) {
        return new Case(sql, rule, null, null, false);
    }

    static Case advice(Rule rule, String sql, String relation, LockMode lock) {
        return new Case(sql, rule, relation, lock, true);
    }

    static Case ok(String sql, String relation, LockMode lock) {
        return new Case(sql, null, relation, lock, false);
    }

    static Case ok(String sql) {
        return new Case(sql, null, null, null, false);
    }

    static final List<Case> UNSAFE = List.of(
            bad(Rule.REQUIRE_CONCURRENT_INDEX_CREATION, "CREATE INDEX child_amount_idx ON child (amount)", "child",
                    SHARE),
            bad(Rule.REQUIRE_CONCURRENT_INDEX_CREATION, "CREATE UNIQUE INDEX child_note_uq ON child (note)", "child",
                    SHARE),
            bad(Rule.REQUIRE_CONCURRENT_INDEX_CREATION, "CREATE INDEX ON child (note)", "child", SHARE),
            bad(Rule.REQUIRE_CONCURRENT_INDEX_CREATION,
                    "CREATE INDEX \"child_open_idx\" ON \"child\" (\"id\") WHERE status = 'open'", "child", SHARE),
            bad(Rule.REQUIRE_CONCURRENT_INDEX_DELETION, "DROP INDEX child_status_idx", "child", AE),
            bad(Rule.REQUIRE_CONCURRENT_INDEX_DELETION, "DROP INDEX IF EXISTS child_status_idx, child_amount_uidx",
                    "child", AE),
            bad(Rule.REQUIRE_CONCURRENT_REINDEX, "REINDEX INDEX child_status_idx", "child", SHARE),
            bad(Rule.REQUIRE_CONCURRENT_REINDEX, "REINDEX TABLE child", "child", SHARE),
            bad(Rule.REQUIRE_CONCURRENT_PARTITION_DETACH,
                    "ALTER TABLE measurement DETACH PARTITION measurement_2024", "measurement", AE),
            bad(Rule.CONSTRAINT_MISSING_NOT_VALID, "ALTER TABLE child ADD CONSTRAINT amount_pos CHECK (amount > 0)",
                    "child", AE),
            bad(Rule.CONSTRAINT_MISSING_NOT_VALID, """
                    ALTER TABLE child ADD CONSTRAINT amount_pos CHECK (amount > 0) NOT VALID;
                    ALTER TABLE child VALIDATE CONSTRAINT amount_pos;""", "child", SUE),
            bad(Rule.ADDING_FOREIGN_KEY_CONSTRAINT, "ALTER TABLE child ADD CONSTRAINT child_parent_fk FOREIGN KEY "
                    + "(parent_id) REFERENCES parent (id)", "child", SRE),
            bad(Rule.ADDING_FOREIGN_KEY_CONSTRAINT, "ALTER TABLE \"child\" ADD CONSTRAINT \"child_parent_fk\" "
                    + "FOREIGN KEY (\"parent_id\") REFERENCES \"parent\"(\"id\") ON DELETE RESTRICT ON UPDATE CASCADE",
                    "parent", SRE),
            bad(Rule.ADDING_FOREIGN_KEY_CONSTRAINT, "ALTER TABLE child ADD COLUMN other_id int REFERENCES parent (id)",
                    "child", AE),
            bad(Rule.ADDING_FIELD_WITH_DEFAULT,
                    "ALTER TABLE child ADD COLUMN seen timestamptz DEFAULT clock_timestamp()", "child", AE),
            bad(Rule.ADDING_FIELD_WITH_DEFAULT, "ALTER TABLE child ADD COLUMN token uuid DEFAULT gen_random_uuid()",
                    "child", AE),
            bad(Rule.ADDING_FIELD_WITH_DEFAULT,
                    "ALTER TABLE child ADD COLUMN twice int GENERATED ALWAYS AS (amount * 2) STORED", "child", AE),
            bad(Rule.ADDING_FIELD_WITH_DEFAULT, "ALTER TABLE child ADD COLUMN seq bigserial", "child", AE),
            bad(Rule.ADDING_NOT_NULLABLE_FIELD, "ALTER TABLE child ALTER COLUMN amount SET NOT NULL", "child", AE),
            bad(Rule.ADDING_NOT_NULLABLE_FIELD, "ALTER TABLE \"child\" ALTER COLUMN \"code\" SET NOT NULL, "
                    + "ALTER COLUMN \"parent_id\" SET NOT NULL", "child", AE),
            bad(Rule.ADDING_SERIAL_PRIMARY_KEY_FIELD, "ALTER TABLE event ADD PRIMARY KEY (id)", "event", AE),
            bad(Rule.ADDING_SERIAL_PRIMARY_KEY_FIELD, "ALTER TABLE event ADD COLUMN event_id serial PRIMARY KEY",
                    "event", AE),
            bad(Rule.DISALLOWED_UNIQUE_CONSTRAINT, "ALTER TABLE child ADD CONSTRAINT child_note_key UNIQUE (note)",
                    "child", AE),
            bad(Rule.DISALLOWED_UNIQUE_CONSTRAINT, "ALTER TABLE child ADD COLUMN email text UNIQUE", "child", AE),
            bad(Rule.CHANGING_COLUMN_TYPE, "ALTER TABLE child ALTER COLUMN amount TYPE bigint", "child", AE),
            bad(Rule.CHANGING_COLUMN_TYPE, "ALTER TABLE child ALTER COLUMN note TYPE int USING note::int", "child",
                    AE),
            bad(Rule.CHANGING_COLUMN_TYPE, "ALTER TABLE \"child\" ALTER COLUMN \"code\" SET DATA TYPE VARCHAR(5)",
                    "child", AE),
            // No rewrite, but the CHECK on note is re-validated by a full scan under the lock (seen by the probe).
            bad(Rule.CHANGING_COLUMN_TYPE, "ALTER TABLE child ALTER COLUMN note TYPE varchar", "child", AE),
            bad(Rule.RENAMING_COLUMN, "ALTER TABLE child RENAME COLUMN note TO memo", "child", AE),
            bad(Rule.RENAMING_COLUMN, "ALTER TABLE \"child\" RENAME COLUMN \"status\" TO \"state\"", "child", AE),
            bad(Rule.RENAMING_TABLE, "ALTER TABLE child RENAME TO kid", "child", AE),
            bad(Rule.RENAMING_TABLE, "ALTER TABLE IF EXISTS \"parent\" RENAME TO \"Mother\"", "parent", AE),
            bad(Rule.BAN_DROP_COLUMN, "ALTER TABLE child DROP COLUMN note", "child", AE),
            bad(Rule.BAN_DROP_COLUMN, "ALTER TABLE \"child\" DROP COLUMN \"created\"", "child", AE),
            bad(Rule.BAN_DROP_TABLE, "DROP TABLE event", "event", AE),
            bad(Rule.BAN_DROP_TABLE, "DROP TABLE IF EXISTS \"person\" CASCADE", "person", AE),
            bad(Rule.BAN_DROP_DATABASE, "DROP DATABASE legacy"),
            bad(Rule.PREFER_ROBUST_STMTS, "CREATE INDEX CONCURRENTLY child_amount_idx ON child (amount)", "child",
                    SUE),
            bad(Rule.PREFER_ROBUST_STMTS, "DROP INDEX CONCURRENTLY child_status_idx", "child", SUE),
            bad(Rule.PREFER_ROBUST_STMTS, """
                    SET lock_timeout = '2s';
                    ALTER TABLE child ADD COLUMN extra text;
                    CREATE INDEX CONCURRENTLY IF NOT EXISTS child_extra_idx ON child (extra);""", "child", AE),
            bad(Rule.BAN_CONCURRENT_INDEX_CREATION_IN_TRANSACTION, """
                    BEGIN;
                    CREATE INDEX CONCURRENTLY IF NOT EXISTS child_amount_idx ON child (amount);
                    COMMIT;""", "child", SUE),
            bad(Rule.REQUIRE_LOCK_TIMEOUT, "ALTER TABLE child ADD COLUMN extra text", "child", AE),
            bad(Rule.REQUIRE_LOCK_TIMEOUT, "SET lock_timeout = '2s';\nSET lock_timeout = 0;\n"
                    + "ALTER TABLE child DROP CONSTRAINT child_amount_nv", "child", AE),
            bad(Rule.REQUIRE_LOCK_TIMEOUT, "CREATE TRIGGER child_touch BEFORE UPDATE ON child FOR EACH ROW "
                    + "EXECUTE FUNCTION touch()", "child", SRE),
            bad(Rule.TRANSACTION_NESTING, """
                    BEGIN;
                    BEGIN;
                    CREATE TABLE fresh (id bigint PRIMARY KEY);
                    COMMIT;"""),
            bad(Rule.TRANSACTION_NESTING, "CREATE TABLE fresh (id bigint PRIMARY KEY);\nCOMMIT;"),
            bad(Rule.BAN_UNCOMMITTED_TRANSACTION, "BEGIN;\nCREATE TABLE fresh (id bigint PRIMARY KEY);"),
            bad(Rule.ADDING_REQUIRED_FIELD, "ALTER TABLE child ADD COLUMN tenant_id bigint NOT NULL", "child", AE),
            bad(Rule.ADDING_REQUIRED_FIELD, "ALTER TABLE \"event\" ADD COLUMN \"kind\" TEXT NOT NULL", "event", AE),
            bad(Rule.BAN_TRUNCATE_CASCADE, "TRUNCATE parent CASCADE", "parent", AE),
            bad(Rule.RENAMING_ENUM_VALUE, "ALTER TYPE mood RENAME VALUE 'sad' TO 'unhappy'"),
            bad(Rule.REMOVING_ENUM_VALUE, """
                    CREATE TYPE "mood_new" AS ENUM ('happy');
                    ALTER TABLE "person" ALTER COLUMN "mood" TYPE "mood_new" USING ("mood"::text::"mood_new");
                    ALTER TYPE "mood" RENAME TO "mood_old";
                    ALTER TYPE "mood_new" RENAME TO "mood";
                    DROP TYPE "mood_old";"""),
            bad(Rule.EXPAND_AND_CONTRACT_IN_ONE_RELEASE,
                    "ALTER TABLE \"child\" DROP COLUMN \"note\",\nADD COLUMN \"memo\" TEXT;", "child", AE),
            bad(Rule.PREFER_REPACK, "VACUUM FULL child", "child", AE),
            bad(Rule.PREFER_REPACK, "CLUSTER child USING child_pkey", "child", AE),
            bad(Rule.TABLE_REWRITE, "ALTER TABLE child SET UNLOGGED", "child", AE),
            bad(Rule.BAN_CREATE_DOMAIN_WITH_CONSTRAINT, "CREATE DOMAIN score AS int CHECK (VALUE >= 0)"),
            bad(Rule.BAN_ALTER_DOMAIN_WITH_ADD_CONSTRAINT,
                    "ALTER DOMAIN positive ADD CONSTRAINT positive_check CHECK (VALUE > 0)"),
            bad(Rule.ALLOW_WITHOUT_REASON, "-- keel:allow ban-drop-column\nALTER TABLE child DROP COLUMN note",
                    "child", AE),
            bad(Rule.UNUSED_ALLOW, "SET lock_timeout = '1s';\n-- keel:allow ban-drop-table it is empty\n"
                    + "ALTER TABLE child ADD COLUMN extra text", "child", AE),
            advice(Rule.PREFER_BIGINT_OVER_INT, "CREATE TABLE fresh (id int PRIMARY KEY)", null, null),
            advice(Rule.PREFER_BIGINT_OVER_SMALLINT, "CREATE TABLE fresh (id bigint PRIMARY KEY, n smallint)", null,
                    null),
            advice(Rule.PREFER_IDENTITY, "CREATE TABLE \"Fresh\" (\"id\" SERIAL NOT NULL, "
                    + "CONSTRAINT \"Fresh_pkey\" PRIMARY KEY (\"id\"))", null, null),
            advice(Rule.PREFER_TEXT_FIELD, "CREATE TABLE fresh (id bigint PRIMARY KEY, name varchar(100))", null,
                    null),
            advice(Rule.PREFER_TIMESTAMPTZ, "CREATE TABLE fresh (id bigint PRIMARY KEY, at TIMESTAMP(3))", null,
                    null),
            advice(Rule.BAN_CHAR_FIELD, "CREATE TABLE fresh (id bigint PRIMARY KEY, code char(2))", null, null),
            advice(Rule.BAN_DROP_NOT_NULL, "SET lock_timeout = '2s';\n"
                    + "ALTER TABLE child ALTER COLUMN status DROP NOT NULL", "child", AE),
            advice(Rule.REQUIRE_ENUM_VALUE_ORDERING, "ALTER TYPE mood ADD VALUE 'ok'", null, null));

    static final List<Case> SAFE = List.of(
            ok("CREATE INDEX CONCURRENTLY IF NOT EXISTS child_amount_idx ON child (amount)", "child", SUE),
            ok("CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS \"child_note_uq\" ON \"child\"(\"note\")", "child",
                    SUE),
            ok("DROP INDEX CONCURRENTLY IF EXISTS child_status_idx", "child", SUE),
            ok("REINDEX INDEX CONCURRENTLY child_status_idx", "child", SUE),
            // Documented: SHARE UPDATE EXCLUSIVE on the parent; the probe's sampler does not catch it (see report).
            ok("ALTER TABLE measurement DETACH PARTITION measurement_2024 CONCURRENTLY"),
            ok("ALTER TABLE child ADD CONSTRAINT amount_pos CHECK (amount > 0) NOT VALID", "child", AE),
            ok("ALTER TABLE child VALIDATE CONSTRAINT child_amount_nv", "child", SUE),
            ok("ALTER TABLE child ADD CONSTRAINT child_parent_fk FOREIGN KEY (parent_id) REFERENCES parent (id) "
                    + "NOT VALID", "parent", SRE),
            ok("ALTER TABLE child VALIDATE CONSTRAINT child_parent_nv", "child", SUE),
            ok("ALTER TABLE child ADD COLUMN extra text", "child", AE),
            ok("ALTER TABLE \"child\" ADD COLUMN \"flag\" BOOLEAN NOT NULL DEFAULT false", "child", AE),
            ok("ALTER TABLE child ADD COLUMN score int DEFAULT 0", "child", AE),
            ok("ALTER TABLE child ADD COLUMN created_at timestamptz NOT NULL DEFAULT now()", "child", AE),
            ok("ALTER TABLE child ALTER COLUMN code TYPE varchar(20)", "child", AE),
            ok("ALTER TABLE child ALTER COLUMN code TYPE text", "child", AE),
            ok("ALTER TABLE parent ALTER COLUMN name TYPE varchar", "parent", AE),
            ok("ALTER TABLE child ALTER COLUMN status SET DEFAULT 'b'", "child", AE),
            ok("ALTER TABLE child ALTER COLUMN status DROP DEFAULT", "child", AE),
            ok("ALTER TABLE child ALTER COLUMN status DROP NOT NULL", "child", AE),
            ok("ALTER TABLE child ALTER COLUMN note SET NOT NULL", "child", AE),
            ok("ALTER TABLE child ADD CONSTRAINT child_id_amount_key UNIQUE USING INDEX child_amount_uidx", "child",
                    AE),
            ok("ALTER TABLE event ADD CONSTRAINT event_pkey PRIMARY KEY USING INDEX event_id_uidx", "event", AE),
            ok("ALTER TABLE child DROP CONSTRAINT child_amount_nv", "child", AE),
            ok("CREATE TABLE fresh (id bigint PRIMARY KEY, name text NOT NULL)"),
            ok("""
                    CREATE TABLE fresh (id bigint PRIMARY KEY, parent_id int);
                    CREATE INDEX fresh_parent_idx ON fresh (parent_id);
                    ALTER TABLE fresh ADD CONSTRAINT fresh_parent_fk FOREIGN KEY (parent_id) REFERENCES parent (id);""",
                    "parent", SRE),
            ok("""
                    CREATE TABLE "Fresh" ("id" BIGINT, "email" TEXT, "n" INTEGER);
                    ALTER TABLE "Fresh" ADD CONSTRAINT "Fresh_email_key" UNIQUE ("email");
                    ALTER TABLE "Fresh" ADD CONSTRAINT "Fresh_pkey" PRIMARY KEY ("id");
                    ALTER TABLE "Fresh" ALTER COLUMN "n" SET NOT NULL;
                    ALTER TABLE "Fresh" ALTER COLUMN "n" TYPE BIGINT;
                    ALTER TABLE "Fresh" ADD COLUMN "token" uuid DEFAULT gen_random_uuid();"""),
            ok("""
                    CREATE TABLE fresh (id bigint PRIMARY KEY, a text);
                    ALTER TABLE fresh RENAME COLUMN a TO b;
                    ALTER TABLE fresh DROP COLUMN b;
                    ALTER TABLE fresh RENAME TO fresher;
                    DROP TABLE fresher;"""),
            ok("ALTER TYPE mood ADD VALUE 'ok'"),
            ok("ALTER TYPE mood ADD VALUE IF NOT EXISTS 'meh' BEFORE 'sad'"),
            ok("CREATE TYPE \"Color\" AS ENUM ('RED', 'GREEN')"),
            ok("INSERT INTO parent (id, name) VALUES (1, 'a')", "parent", RE),
            ok("UPDATE child SET note = 'x' WHERE id < 10", "child", RE),
            ok("COMMENT ON TABLE child IS 'kids'", "child", SUE),
            ok("CREATE VIEW child_v AS SELECT id, status FROM child", "child", AS),
            ok("CREATE TRIGGER child_touch BEFORE UPDATE ON child FOR EACH ROW EXECUTE FUNCTION touch()", "child",
                    SRE),
            ok("ANALYZE child", "child", SUE),
            ok("ALTER TABLE child SET (fillfactor = 70)", "child", SUE),
            ok("ALTER TABLE child ALTER COLUMN amount SET STATISTICS 500", "child", SUE),
            ok("CREATE STATISTICS child_stats ON status, amount FROM child", "child", SUE),
            ok("BEGIN;\nALTER TABLE child ADD COLUMN extra text;\nCOMMIT;", "child", AE),
            ok("CREATE SCHEMA IF NOT EXISTS extra"),
            ok("CREATE SEQUENCE child_seq"),
            ok("CREATE FUNCTION one() RETURNS int LANGUAGE sql AS $$ SELECT 1; $$"),
            ok("-- keel:allow ban-drop-column unused since v1.2, nothing reads it\nALTER TABLE child DROP COLUMN note",
                    "child", AE),
            ok("""
                    CREATE TABLE IF NOT EXISTS fresh (id bigint PRIMARY KEY, parent_id int);
                    CREATE INDEX CONCURRENTLY IF NOT EXISTS child_amount_idx ON child (amount);
                    ALTER TABLE child ADD COLUMN IF NOT EXISTS extra text;
                    DROP INDEX CONCURRENTLY IF EXISTS child_status_idx;""", "child", SUE),
            ok("ALTER TABLE child ALTER COLUMN amount SET DEFAULT 1, ALTER COLUMN note DROP DEFAULT", "child", AE),
            ok("DO $$ BEGIN PERFORM 1; END $$"),
            ok("SELECT set_config('lock_timeout', '3s', false);\nALTER TABLE parent ADD COLUMN nick text", "parent",
                    AE));

    private static LintFixture fixture;

    @BeforeAll
    static void setUp() {
        fixture = new LintFixture("lint_rules");
    }

    @AfterAll
    static void tearDown() throws Exception {
        fixture.close();
    }

    @TestFactory
    Stream<DynamicTest> unsafeStatementsAreCaughtByTheExpectedRule() {
        assertThat(UNSAFE).hasSizeGreaterThanOrEqualTo(40);
        return IntStream.range(0, UNSAFE.size()).mapToObj(i -> {
            Case k = UNSAFE.get(i);
            return DynamicTest.dynamicTest(k.rule().id + ": " + StatementContext.excerpt(k.sql()), () -> {
                FileReport r = fixture.lint(k.sql(), LintOptions.defaults().withAdvice(k.advice()));
                assertThat(r.error()).as("PostgreSQL error").isEmpty();
                Optional<Finding> f = r.findings().stream().filter(x -> x.rule() == k.rule()).findFirst();
                assertThat(f).as("findings: %s", r.findings()).isPresent();
                assertThat(f.get().fix()).isNotBlank();
                if (k.lock() != null) {
                    StatementProbe p = probeAt(r, f.get().line());
                    assertThat(p.lockOn(qualified(i, k.relation()))).as("locks: %s", p.locks()).contains(k.lock());
                    f.get().lock().filter(l -> l.relation().equals(qualified(i, k.relation())))
                            .ifPresent(l -> assertThat(l.mode()).isEqualTo(k.lock()));
                }
            });
        });
    }

    @TestFactory
    Stream<DynamicTest> safeStatementsHaveNoFinding() {
        assertThat(SAFE).hasSizeGreaterThanOrEqualTo(40);
        int offset = UNSAFE.size();
        return IntStream.range(0, SAFE.size()).mapToObj(j -> {
            Case k = SAFE.get(j);
            int schema = offset + j;
            return DynamicTest.dynamicTest(StatementContext.excerpt(k.sql()), () -> {
                // Safe files set lock_timeout first, as the guide asks of every migration touching live tables.
                String sql = k.sql().contains("lock_timeout") ? k.sql() : "SET lock_timeout = '2s';\n" + k.sql();
                FileReport r = fixture.lint(sql, LintOptions.defaults());
                assertThat(r.error()).as("PostgreSQL error").isEmpty();
                assertThat(r.findings()).isEmpty();
                if (k.lock() != null) {
                    List<StatementProbe> probes = new ArrayList<>();
                    r.statements().forEach(s -> s.probe().ifPresent(probes::add));
                    StatementProbe last = probes.get(probes.size() - 1);
                    assertThat(last.lockOn(qualified(schema, k.relation()))).as("locks: %s", last.locks())
                            .contains(k.lock());
                }
            });
        });
    }

    private static StatementProbe probeAt(FileReport r, int line) {
        // Allow-comment findings name the comment's line: the statement is the next one.
        return r.statements().stream().filter(s -> s.line() >= line).findFirst().flatMap(StatementReport::probe)
                .orElseThrow(() -> new AssertionError("no probe at line " + line));
    }

    private static String qualified(int schema, String relation) {
        return "public." + relation;
    }
}
