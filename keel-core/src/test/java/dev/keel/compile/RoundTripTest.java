package dev.keel.compile;

import dev.keel.diff.Differ;
import dev.keel.diff.Migration;
import dev.keel.gen.GenerateCorpus;
import dev.keel.psl.Psl;
import dev.keel.psl.SchemaSource;
import dev.keel.psl.ValidatedSchema;
import dev.keel.render.ScriptRenderer;
import dev.keel.schema.Schema;
import dev.keel.testing.PgExtension;
import dev.keel.testing.TestDb;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round trip on fresh generator output (the golden schemas are checked in {@link CompilerMatchesPrismaTest}):
 * Keel's own script for empty→schema, applied to an empty database and introspected, diffs against the compiled
 * schema with no step. {@code keel.roundtrip.generated} seeds (default 30) from seed 100000, which the goldens do not
 * use; v1 and v2 (the random edit) of each.
 */
@ExtendWith(PgExtension.class)
class RoundTripTest {
    static final List<String> PUBLIC = List.of("public");
    static final long FIRST_SEED = 100_000;

    static Migration fromEmpty(CompiledSchema c) {
        return Differ.diff(Schema.empty(), dev.keel.diff.SourceOrder.natural(), c.schema(), c.order(),
                c.qualifiedNames());
    }

    @TestFactory
    Stream<DynamicTest> generatedSchemas(TestDb db) {
        Connection c = db.connect();
        int count = Integer.getInteger("keel.roundtrip.generated", 30);
        List<DynamicTest> tests = new ArrayList<>();
        for (long seed = FIRST_SEED; seed < FIRST_SEED + count; seed++) {
            long s = seed;
            tests.add(DynamicTest.dynamicTest("seed " + s, () -> {
                List<String> pair = GenerateCorpus.pair(s);
                for (int i = 0; i < 2; i++) {
                    ValidatedSchema v = Psl.validate(SchemaSource.ofString("seed" + s + ".prisma", pair.get(i)));
                    Assumptions.assumeTrue(v.diagnostics().errors().isEmpty(), "not a valid schema");
                    assertRoundTrip(c, Compiler.compileWithSource(v.model().orElseThrow(), "public"), "");
                }
            }));
        }
        return tests.stream();
    }

    static void assertRoundTrip(Connection c, CompiledSchema compiled, String prelude) throws SQLException {
        String script = ScriptRenderer.render(fromEmpty(compiled));
        Schema applied;
        try {
            applied = CompilerMatchesPrismaTest.withoutExtensions(Goldens.state(c, PUBLIC, prelude, script));
        } catch (SQLException e) {
            // PostgreSQL rejects a few schemas Prisma accepts (no hash operator class for money, ...)
            Assumptions.assumeFalse("42704".equals(e.getSQLState()) && e.getMessage().contains("operator class"),
                    e.getMessage());
            throw e;
        }
        Schema target = CompilerMatchesPrismaTest.withoutExtensions(compiled.schema());
        assertThat(Differ.diff(applied, target).steps()).as(script).isEmpty();
    }
}
