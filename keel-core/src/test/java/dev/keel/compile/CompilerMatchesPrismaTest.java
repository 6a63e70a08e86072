package dev.keel.compile;

import dev.keel.diff.Differ;
import dev.keel.diff.Migration;
import dev.keel.diff.Predicates;
import dev.keel.diff.SourceOrder;
import dev.keel.render.ScriptRenderer;
import dev.keel.schema.Column;
import dev.keel.schema.DefaultValue;
import dev.keel.schema.Extension;
import dev.keel.schema.Index;
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
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The compiler against Prisma's engine, on a real database. Reference: Prisma 7.10.1's own SQL for each schema
 * (golden files, see {@code golden/diff/README.md}) applied to an empty database and introspected ("Prisma's
 * database"). Keel's side uses only the .prisma files: compile, diff, render, apply ("Keel's database"). Per pair:
 * <ul>
 *   <li>{@code compiles}: the compiled v1 equals Prisma's database for v1, and the compiled v2 equals Prisma's
 *       database after Prisma's v1→v2 migration (v2 up to column order, which a migration changes by appending);</li>
 *   <li>{@code round trip}: Keel's empty→v1 and empty→v2 scripts applied to an empty database, introspected and
 *       diffed against the compiled schema, give no step;</li>
 *   <li>{@code apply-equivalence}: Keel's empty→v1 script and Prisma's give the same introspected model, and so do
 *       Keel's v1→v2 script and Prisma's, each applied on top of its own v1 database.</li>
 * </ul>
 * Every {@code keel.golden.stride}-th pair (default 7; {@code -Dkeel.golden.stride=1} for all 700) and every
 * real-world schema. Pairs whose Prisma SQL PostgreSQL rejects (a hash index on {@code money}, ...) are skipped.
 */
@ExtendWith(PgExtension.class)
class CompilerMatchesPrismaTest {
    static final List<String> PUBLIC = List.of("public");

    static CompiledSchema compile(java.nio.file.Path prisma) {
        return Compiler.compileWithSource(Goldens.model(prisma), "public");
    }

    static Migration diff(CompiledSchema from, CompiledSchema to) {
        return Differ.diff(from.schema(), from.order(), to.schema(), to.order(),
                from.qualifiedNames() || to.qualifiedNames());
    }

    static final CompiledSchema EMPTY = new CompiledSchema(Schema.empty(), SourceOrder.natural(), false);

    @TestFactory
    Stream<DynamicTest> generated(TestDb prismaDb) {
        return pairs(Goldens.pairs(), prismaDb);
    }

    /** The hand-written pairs: defaults, index kinds, partial indexes, multi-schema, relationMode, extensions. */
    @TestFactory
    Stream<DynamicTest> features(TestDb prismaDb) {
        return pairs(Goldens.features(), prismaDb);
    }

    Stream<DynamicTest> pairs(List<Goldens.Pair> pairs, TestDb prismaDb) {
        Connection prisma = prismaDb.connect();
        Connection keel = EmbeddedDb.second(prismaDb);
        List<DynamicTest> tests = new ArrayList<>();
        for (Goldens.Pair p : pairs) {
            List<String> schemas = compile(p.v1()).schema().namespaces().stream().map(n -> n.name()).toList();
            Schema[] prismaV1 = new Schema[1];
            Schema[] prismaV2 = new Schema[1];
            Schema[] keelV1 = new Schema[1];
            tests.add(DynamicTest.dynamicTest(p.id() + " compiles", () -> {
                prismaV1[0] = Goldens.prismaState(prisma, schemas, p.emptyV1());
                assertSame(compile(p.v1()).schema(), prismaV1[0], "v1");
                prismaV2[0] = Goldens.prismaApply(prisma, schemas, p.v1v2());
                assertSame(columnsByName(compile(p.v2()).schema()), columnsByName(prismaV2[0]), "v2");
            }));
            tests.add(DynamicTest.dynamicTest(p.id() + " round trip v1, apply-equivalence empty-v1", () -> {
                Assumptions.assumeTrue(prismaV1[0] != null, "Prisma's SQL did not apply");
                CompiledSchema v1 = compile(p.v1());
                keelV1[0] = Goldens.state(keel, schemas, ScriptRenderer.render(diff(EMPTY, v1)));
                assertThat(Differ.diff(keelV1[0], withoutExtensions(v1.schema())).steps()).as("round trip")
                        .isEmpty();
                assertThat(keelV1[0].describe()).as("Keel's empty-v1 vs Prisma's").isEqualTo(prismaV1[0].describe());
            }));
            tests.add(DynamicTest.dynamicTest(p.id() + " apply-equivalence v1-v2, round trip v2", () -> {
                Assumptions.assumeTrue(prismaV2[0] != null && keelV1[0] != null, "v1 or v2 did not apply");
                CompiledSchema v1 = compile(p.v1());
                CompiledSchema v2 = compile(p.v2());
                Schema keelV2 = Goldens.apply(keel, schemas, ScriptRenderer.render(diff(v1, v2)));
                assertThat(keelV2.describe()).as("Keel's v1-v2 vs Prisma's").isEqualTo(prismaV2[0].describe());
                Schema fresh = Goldens.state(keel, schemas, ScriptRenderer.render(diff(EMPTY, v2)));
                assertThat(Differ.diff(fresh, withoutExtensions(v2.schema())).steps()).as("round trip").isEmpty();
            }));
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> realWorld(TestDb prismaDb) throws SQLException {
        Connection prisma = prismaDb.connect();
        Connection keel = EmbeddedDb.second(prismaDb);
        // civitai uses citext without declaring the extension; it is installed first and left out of the models.
        String citext = "CREATE EXTENSION IF NOT EXISTS citext SCHEMA public;\n";
        return Goldens.projects().stream().map(p -> DynamicTest.dynamicTest(p.name(), () -> {
            Schema prismaState = withoutExtensions(Goldens.prismaState(prisma, PUBLIC, citext + p.empty()));
            CompiledSchema compiled = compile(p.schema());
            assertSame(withoutExtensions(compiled.schema()), prismaState, p.name());
            Schema keelState = withoutExtensions(Goldens.state(keel, PUBLIC, citext
                    + ScriptRenderer.render(diff(EMPTY, compiled))));
            assertThat(Differ.diff(keelState, withoutExtensions(compiled.schema())).steps()).as("round trip")
                    .isEmpty();
            assertThat(keelState.describe()).as("apply-equivalence").isEqualTo(prismaState.describe());
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

    /**
     * What the model cannot compare without a database, compared as Prisma's differ does: a partial index's predicate
     * in {@link Predicates#canonical} form (PostgreSQL reprints it), a date-time literal default as any date-time
     * literal (PostgreSQL converts it to the column's type and time zone; Prisma never diffs them either).
     */
    static Schema comparable(Schema s) {
        return new Schema(s.namespaces(), s.tables().stream().map(t -> t.withIndexes(t.indexes().stream()
                .map(i -> new Index(i.name(), i.kind(), i.method(), i.elements(), i.include(),
                        i.predicate().map(Predicates::canonical), i.nullsNotDistinct())).toList())
                .withColumns(t.columns().stream().map(c -> isDateTimeLiteral(c)
                        ? c.withDefault(new DefaultValue.Literal("'<date-time>'")) : c).toList())).toList(),
                s.enums(), s.sequences(), s.views(), List.<Extension>of());
    }

    private static boolean isDateTimeLiteral(Column c) {
        return c.defaultValue().filter(d -> d instanceof DefaultValue.Literal).isPresent()
                && c.type().element().kind() == dev.keel.schema.PgType.Kind.BUILTIN
                && (c.type().element().name().startsWith("timestamp") || c.type().element().name().startsWith("time ")
                || c.type().element().name().equals("date"));
    }

    static void assertSame(Schema compiledSchema, Schema introspectedSchema, String what) {
        Schema compiled = comparable(unmanagedDefaultsDropped(compiledSchema));
        Schema introspected = comparable(introspectedSchema);
        assertThat(compiled.describe()).as(what + ": compiled (actual) vs Prisma's SQL applied and introspected")
                .isEqualTo(introspected.describe());
        assertThat(compiled).as(what).isEqualTo(introspected);
    }
}
