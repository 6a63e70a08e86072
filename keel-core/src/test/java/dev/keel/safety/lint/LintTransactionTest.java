package dev.keel.safety.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A file deploy runs as one transaction is judged in one transaction on the shadow: what lives until the commit is
 * there for the next statement, and what PostgreSQL allows only after a commit fails as it would in deploy.
 */
class LintTransactionTest {
    private static LintFixture fixture;

    @BeforeAll
    static void existingSchema() {
        fixture = new LintFixture("lint_tx");
    }

    @AfterAll
    static void drop() {
        fixture.close();
    }

    @Test
    void langfuseBackfillWithAnOnCommitDropTempTableIsJudgedWithoutError() {
        // langfuse (MIT, copied with its licence): the temp table of statement 9 is used by the statements after it.
        Path root = Path.of("src/test/resources/real-world/langfuse__langfuse").toAbsolutePath();
        LintResult r = new LintRun(root, LintOptions.defaults())
                .run(List.of(Path.of("migrations/20260821121500_backfill_evaluator_v2")));

        assertThat(r.errors()).isEmpty();
        assertThat(r.files()).hasSize(1);
        FileReport file = r.files().get(0);
        // Every statement after the temp table's ran (BEGIN, SET TRANSACTION and COMMIT are not probed).
        List<StatementReport> ran = file.statements().stream().filter(s -> s.probe().isPresent()).toList();
        assertThat(ran).hasSizeGreaterThan(5).allMatch(s -> s.probe().get().error().isEmpty());
        assertThat(ran).anyMatch(s -> s.excerpt().startsWith("CREATE UNIQUE INDEX ON \"evaluator_group_map\""));
    }

    @Test
    void theTempTableIsGoneAfterTheFileAsAfterDeploy() {
        List<FileReport> r = fixture.lintAll(List.of(
                "CREATE TEMP TABLE ids ON COMMIT DROP AS SELECT id FROM parent;\n"
                        + "INSERT INTO child (id, parent_id, note) SELECT id, id, 'x' FROM ids;\n",
                "SELECT * FROM ids;\n"), LintOptions.defaults());

        assertThat(r.get(0).error()).isEmpty();
        assertThat(r.get(1).error()).hasValueSatisfying(e -> {
            assertThat(e.line()).isEqualTo(1);
            assertThat(e.message()).contains("relation \"ids\" does not exist");
        });
    }

    @Test
    void aNewEnumValueUsedInTheSameTransactionIsTheErrorDeployWouldHit() {
        FileReport r = fixture.lint("ALTER TYPE mood ADD VALUE 'calm';\n"
                + "UPDATE person SET mood = 'calm' WHERE id = 1;\n", LintOptions.defaults());

        assertThat(r.error()).hasValueSatisfying(e -> {
            assertThat(e.line()).isEqualTo(2);
            // PostgreSQL's own words (55P04).
            assertThat(e.message()).contains("unsafe use of new value \"calm\" of enum type mood");
        });
    }

    @Test
    void aNewEnumValueUsedAfterTheFilesOwnCommitIsFine() {
        FileReport r = fixture.lint("BEGIN;\nALTER TYPE mood ADD VALUE 'calm';\nCOMMIT;\n"
                + "BEGIN;\nUPDATE person SET mood = 'calm' WHERE id = 1;\nCOMMIT;\n", LintOptions.defaults());

        assertThat(r.error()).isEmpty();
    }

    @Test
    void aLockTheTransactionAlreadyHoldsIsReportedOnTheStatementThatTookIt() {
        FileReport r = fixture.lint("ALTER TABLE child ADD COLUMN extra int;\n"
                + "ALTER TABLE child ADD COLUMN more int;\n"
                + "CREATE INDEX child_extra_idx ON child (extra);\n", LintOptions.defaults());

        assertThat(r.error()).isEmpty();
        assertThat(r.statements().get(0).probe().orElseThrow().lockOn("public.child"))
                .hasValueSatisfying(m -> assertThat(m.sqlName).isEqualTo("ACCESS EXCLUSIVE"));
        assertThat(r.statements().get(1).probe().orElseThrow().lockOn("public.child")).isEmpty();
    }

    @Test
    void aNameLongerThan63BytesIsReportedWithTheNamePostgresqlCutItTo() {
        String longName = "child_parent_id_status_amount_created_note_code_composite_lookup_idx"; // 68 bytes
        String cut = longName.substring(0, 63);
        FileReport r = fixture.lint("SET lock_timeout = '2s';\n"
                + "CREATE INDEX CONCURRENTLY IF NOT EXISTS " + longName + " ON child (parent_id, status);\n", LintOptions.defaults());

        assertThat(r.error()).isEmpty();
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(Rule.IDENTIFIER_TRUNCATED);
            assertThat(f.line()).isEqualTo(2);
            assertThat(f.message()).contains(longName).contains("\"" + cut + "\"");
        });
    }

    @Test
    void aNameOfExactly63BytesIsFine() {
        String name = "child_parent_id_status_amount_created_note_code_composite_lookup".substring(0, 63);
        FileReport r = fixture.lint("SET lock_timeout = '2s';\n"
                + "CREATE INDEX CONCURRENTLY IF NOT EXISTS " + name + " ON child (parent_id);\n", LintOptions.defaults());

        assertThat(r.error()).isEmpty();
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void aLongNameInAFileRunAsOneTransactionIsReportedToo() {
        String column = "amount_in_the_smallest_currency_unit_before_tax_and_before_discounts"; // 68 bytes
        FileReport r = fixture.lint("CREATE TABLE ledger (id int PRIMARY KEY, " + column + " int);\n",
                LintOptions.defaults());

        assertThat(r.error()).isEmpty();
        assertThat(r.findings()).extracting(f -> f.rule()).containsExactly(Rule.IDENTIFIER_TRUNCATED);
        assertThat(r.findings().get(0).message()).contains("\"" + column.substring(0, 63) + "\"");
    }

    @Test
    void inAFileWithAConcurrentBuildTheStatementsBetweenSuchBuildsShareATransactionAsInKeelsDeploy() {
        FileReport together = fixture.lint("SET lock_timeout = '2s';\n"
                + "CREATE INDEX CONCURRENTLY IF NOT EXISTS person_mood_idx ON person (mood);\n"
                + "ALTER TYPE mood ADD VALUE IF NOT EXISTS 'calm';\n"
                + "UPDATE person SET mood = 'calm' WHERE id = 1;\n", LintOptions.defaults());
        assertThat(together.error()).hasValueSatisfying(e -> {
            assertThat(e.line()).isEqualTo(4);
            assertThat(e.message()).contains("unsafe use of new value");
        });

        // The concurrent build runs on its own after a commit: the value is committed before it is used.
        FileReport apart = fixture.lint("SET lock_timeout = '2s';\n"
                + "ALTER TYPE mood ADD VALUE IF NOT EXISTS 'calm';\n"
                + "CREATE INDEX CONCURRENTLY IF NOT EXISTS person_mood_idx ON person (mood);\n"
                + "UPDATE person SET mood = 'calm' WHERE id = 1;\n", LintOptions.defaults());
        assertThat(apart.error()).isEmpty();
    }
}
