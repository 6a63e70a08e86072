package dev.keel.safety.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The fix a finding proposes is real SQL for the very objects involved: run in place of the unsafe statement
 * (split into the migrations the fix asks for), PostgreSQL accepts it and lint finds nothing in it.
 */
class LintFixesTest {
    static final List<String> UNSAFE = List.of(
            "CREATE INDEX child_amount_idx ON child (amount)",
            "CREATE UNIQUE INDEX \"child_note_uq\" ON \"child\"(\"note\")",
            "DROP INDEX child_status_idx",
            "ALTER TABLE child ADD CONSTRAINT child_parent_fk FOREIGN KEY (parent_id) REFERENCES parent (id)",
            "ALTER TABLE child ADD CONSTRAINT amount_pos CHECK (amount > 0)",
            "ALTER TABLE child ALTER COLUMN amount SET NOT NULL",
            "ALTER TABLE child ADD CONSTRAINT child_note_key UNIQUE (note)",
            "ALTER TABLE event ADD PRIMARY KEY (id)",
            "ALTER TABLE child ADD COLUMN seen timestamptz DEFAULT clock_timestamp()",
            "ALTER TABLE child RENAME TO kid",
            "REINDEX INDEX child_status_idx",
            "CREATE INDEX CONCURRENTLY child_amount_idx ON child (amount)");

    private static LintFixture fixture;

    @BeforeAll
    static void setUp() {
        fixture = new LintFixture("lint_fixes");
    }

    @AfterAll
    static void tearDown() {
        fixture.close();
    }

    @TestFactory
    Stream<DynamicTest> fixesRunCleanInPlaceOfTheUnsafeStatement() {
        return UNSAFE.stream().map(sql -> DynamicTest.dynamicTest(sql, () -> {
            FileReport unsafe = fixture.lint("SET lock_timeout = '2s';\n" + sql, LintOptions.defaults());
            assertThat(unsafe.findings()).hasSize(1);
            String fix = unsafe.findings().get(0).fix();
            List<String> files = migrations(fix);
            List<FileReport> reports = fixture.lintAll(files, LintOptions.defaults());
            for (FileReport r : reports) {
                assertThat(r.error()).as("fix:\n%s", fix).isEmpty();
                assertThat(r.findings()).as("fix:\n%s", fix).isEmpty();
            }
        }));
    }

    /** Splits a fix where it says the rest goes in a later migration; each file sets lock_timeout first. */
    static List<String> migrations(String fix) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder("SET lock_timeout = '2s';\n");
        for (String line : fix.lines().toList()) {
            String l = line.strip();
            if ((l.startsWith("-- then") || l.startsWith("-- in a later")) && cur.length() > 30) {
                out.add(cur.toString());
                cur = new StringBuilder("SET lock_timeout = '2s';\n");
            }
            cur.append(line).append('\n');
        }
        out.add(cur.toString());
        return out;
    }
}
