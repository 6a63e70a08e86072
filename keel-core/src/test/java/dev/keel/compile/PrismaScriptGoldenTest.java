package dev.keel.compile;

import dev.keel.diff.Differ;
import dev.keel.diff.Migration;
import dev.keel.diff.SourceOrder;
import dev.keel.render.ScriptRenderer;
import dev.keel.schema.Schema;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keel from the .prisma files alone: compile v1 and v2, diff, render; the text must equal Prisma 7.10.1's script byte
 * for byte (golden files made by Prisma's engine, see {@code golden/diff/README.md}): empty→v1 and v1→v2 for every
 * generated pair, empty→schema for every real-world schema. No database is involved, so every pair runs.
 */
class PrismaScriptGoldenTest {

    static Migration diff(CompiledSchema from, CompiledSchema to) {
        return Differ.diff(from.schema(), from.order(), to.schema(), to.order(),
                from.qualifiedNames() || to.qualifiedNames());
    }

    static CompiledSchema empty() {
        return new CompiledSchema(Schema.empty(), SourceOrder.natural(), false);
    }

    @TestFactory
    Stream<DynamicTest> generated() {
        return pairs(Goldens.pairs(1));
    }

    @TestFactory
    Stream<DynamicTest> features() {
        return pairs(Goldens.features());
    }

    Stream<DynamicTest> pairs(List<Goldens.Pair> pairs) {
        List<DynamicTest> tests = new ArrayList<>();
        for (Goldens.Pair p : pairs) {
            tests.add(DynamicTest.dynamicTest(p.id() + " empty-v1", () -> {
                CompiledSchema v1 = Compiler.compileWithSource(Goldens.model(p.v1()), "public");
                assertThat(ScriptRenderer.render(diff(empty(), v1))).isEqualTo(p.emptyV1());
            }));
            tests.add(DynamicTest.dynamicTest(p.id() + " v1-v2", () -> {
                CompiledSchema v1 = Compiler.compileWithSource(Goldens.model(p.v1()), "public");
                CompiledSchema v2 = Compiler.compileWithSource(Goldens.model(p.v2()), "public");
                assertThat(ScriptRenderer.render(diff(v1, v2))).isEqualTo(p.v1v2());
            }));
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> realWorld() {
        return Goldens.projects().stream().map(p -> DynamicTest.dynamicTest(p.name(), () -> {
            CompiledSchema s = Compiler.compileWithSource(Goldens.model(p.schema()), "public");
            assertThat(ScriptRenderer.render(diff(empty(), s))).isEqualTo(p.empty());
        }));
    }
}
