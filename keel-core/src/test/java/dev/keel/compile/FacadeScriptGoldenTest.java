package dev.keel.compile;

import dev.keel.api.Keel;
import dev.keel.source.SchemaSpec;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code keel migrate diff --script} through the public facade ({@link Keel#diff}), from the .prisma files alone:
 * the script equals Prisma 7.10.1's byte for byte for the feature pairs, the real-world schemas and every
 * {@code keel.golden.stride}-th generated pair (see {@link PrismaScriptGoldenTest} for the same on the compiler).
 */
class FacadeScriptGoldenTest {
    static final Keel KEEL = Keel.configure().workingDir(Path.of("").toAbsolutePath()).build();

    static String script(SchemaSpec from, SchemaSpec to) {
        return KEEL.diff(from, to).script();
    }

    @TestFactory
    Stream<DynamicTest> pairs() {
        List<Goldens.Pair> pairs = new ArrayList<>(Goldens.features());
        pairs.addAll(Goldens.pairs());
        List<DynamicTest> tests = new ArrayList<>();
        for (Goldens.Pair p : pairs) {
            tests.add(DynamicTest.dynamicTest(p.id() + " empty-v1", () -> assertThat(
                    script(SchemaSpec.empty(), SchemaSpec.schemaFile(p.v1()))).isEqualTo(p.emptyV1())));
            tests.add(DynamicTest.dynamicTest(p.id() + " v1-v2", () -> assertThat(
                    script(SchemaSpec.schemaFile(p.v1()), SchemaSpec.schemaFile(p.v2()))).isEqualTo(p.v1v2())));
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> realWorld() {
        return Goldens.projects().stream().map(p -> DynamicTest.dynamicTest(p.name(), () -> assertThat(
                script(SchemaSpec.empty(), SchemaSpec.schemaFile(p.schema()))).isEqualTo(p.empty())));
    }
}
