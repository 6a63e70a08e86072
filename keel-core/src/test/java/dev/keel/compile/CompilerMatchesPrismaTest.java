package dev.keel.compile;

import dev.keel.schema.Column;
import dev.keel.schema.DefaultValue;
import dev.keel.schema.Extension;
import dev.keel.schema.Schema;
import dev.keel.testing.PgExtension;
import dev.keel.testing.TestDb;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The compiler must map a schema exactly as Prisma's engine does. Reference: Prisma's own SQL for the schema
 * (golden files made by Prisma 7.10.1's engine), applied to a fresh database and introspected. Keel's compiled model
 * must equal that database's model, for the generated schemas (v1 and v2 of each pair, v2 reached through Prisma's
 * v1→v2 migration) and every real-world schema. Every 7th pair by default, all with {@code -Dkeel.golden.stride=1}.
 */
@ExtendWith(PgExtension.class)
class CompilerMatchesPrismaTest {
    static final List<String> PUBLIC = List.of("public");

    @TestFactory
    Stream<DynamicTest> generatedSchemas(TestDb db) {
        Connection c = db.connect();
        List<DynamicTest> tests = new ArrayList<>();
        for (Goldens.Pair p : Goldens.pairs()) {
            tests.add(DynamicTest.dynamicTest(p.id(), () -> {
                Schema v1 = Goldens.prismaState(c, PUBLIC, p.emptyV1());
                assertSame(Compiler.compile(Goldens.model(p.v1()), "public"), v1, "v1");
                // v2 is reached by a migration, which appends added columns: column order is not compared.
                Schema v2 = Goldens.prismaState(c, PUBLIC, p.emptyV1(), p.v1v2());
                assertSame(columnsByName(Compiler.compile(Goldens.model(p.v2()), "public")), columnsByName(v2),
                        "v2");
            }));
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> realWorldSchemas(TestDb db) {
        Connection c = db.connect();
        return Goldens.projects().stream().map(p -> DynamicTest.dynamicTest(p.name(), () -> {
            // civitai uses citext without declaring the extension; install it and leave it out of the model.
            Schema s = Goldens.prismaState(c, PUBLIC, "CREATE EXTENSION IF NOT EXISTS citext SCHEMA public;\n"
                    + p.empty());
            Schema introspected = withoutExtensions(s);
            assertSame(withoutExtensions(Compiler.compile(Goldens.model(p.schema()), "public")), introspected,
                    p.name());
        }));
    }

    static Schema columnsByName(Schema s) {
        return new Schema(s.namespaces(), s.tables().stream().map(t -> t.withColumns(t.columns().stream()
                .sorted(Comparator.comparing(Column::name)).toList())).toList(), s.enums(), s.sequences(), s.views(),
                s.extensions());
    }

    static Schema withoutExtensions(Schema s) {
        return new Schema(s.namespaces(), s.tables(), s.enums(), s.sequences(), s.views(), List.<Extension>of());
    }

    /**
     * {@code dbgenerated()} without text means "some default the database manages": Prisma writes no DEFAULT and its
     * differ accepts any default there, so it is compared as no default.
     */
    static Schema unmanagedDefaultsDropped(Schema s) {
        return new Schema(s.namespaces(), s.tables().stream().map(t -> t.withColumns(t.columns().stream()
                .map(c -> c.defaultValue().filter(d -> d instanceof DefaultValue.DbGenerated g && g.text().isEmpty())
                        .isPresent() ? c.withoutDefault() : c).toList())).toList(), s.enums(), s.sequences(),
                s.views(), s.extensions());
    }

    static void assertSame(Schema compiledSchema, Schema introspected, String what) {
        Schema compiled = unmanagedDefaultsDropped(compiledSchema);
        assertThat(compiled.describe()).as(what + ": compiled (actual) vs Prisma's SQL applied and introspected")
                .isEqualTo(introspected.describe());
        assertThat(compiled).as(what).isEqualTo(introspected);
    }
}
