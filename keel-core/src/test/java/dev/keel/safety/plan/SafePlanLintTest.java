package dev.keel.safety.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.diff.Differ;
import dev.keel.diff.Migration;
import dev.keel.render.ScriptRenderer;
import dev.keel.safety.lint.Finding;
import dev.keel.safety.lint.Linter;
import dev.keel.safety.lint.LintOptions;
import dev.keel.safety.lint.FileReport;
import dev.keel.schema.Schema;
import dev.keel.testing.PgExtension;
import dev.keel.testing.TestDb;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two independent judges agree: {@code keel lint} finds nothing in the migrations of a safe plan, and finds the
 * problems in Prisma's plain SQL for the same change whenever the planner had to split it.
 */
@ExtendWith(PgExtension.class)
class SafePlanLintTest {
    private static final LintOptions OPTIONS = LintOptions.defaults().withLockTimeoutByRunner(true);

    @TestFactory
    Stream<DynamicTest> safePlansLintCleanAndPrismasPlainSqlDoesNot(TestDb db) throws Exception {
        Connection c = db.connect();
        return SafePlannerTest.CASES.stream().map(k -> DynamicTest.dynamicTest(k.name(), () -> {
            Schema v1 = SafePlannerTest.state(c, k.v1());
            Schema v2 = SafePlannerTest.state(c, k.v2());
            Migration m = Differ.diff(v1, v2);

            SafePlannerTest.state(c, k.v1());
            Linter linter = new Linter(c, db.url()::connect, OPTIONS);
            List<Finding> planned = new ArrayList<>();
            for (PlannedMigration p : SafePlanner.plan(m).migrations()) {
                FileReport r = linter.lint(p.suffix() + ".sql", p.sql(), Map.of());
                assertThat(r.error()).as(p.sql()).isEmpty();
                planned.addAll(r.findings());
            }
            assertThat(planned).isEmpty();

            SafePlannerTest.state(c, k.v1());
            FileReport plain = new Linter(c, db.url()::connect, OPTIONS).lint("prisma.sql", ScriptRenderer.render(m),
                    Map.of());
            assertThat(plain.error()).isEmpty();
            boolean split = !k.phases().equals(List.of(Phase.MAIN));
            assertThat(plain.findings().isEmpty()).as("plain: %s", plain.findings()).isEqualTo(!split);
        }));
    }
}
