package dev.keel.diff;

import dev.keel.compile.Compiler;
import dev.keel.introspect.Introspector;
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

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keel's differ and renderer against Prisma 7.10.1's own SQL for the 700 generated schema pairs
 * ({@code golden/diff/generated}, see its README). Without the compiler, each schema is obtained by applying
 * Prisma's SQL to a real database and introspecting it; the expected text is always Prisma's file:
 * <ul>
 *   <li>{@code empty-v1}: diff(empty, v1) renders exactly {@code NNNN.empty-v1.sql};</li>
 *   <li>{@code v1-v2}: diff(v1, v2) renders exactly {@code NNNN.v1-v2.sql};</li>
 *   <li>{@code apply}: Keel's v1→v2 script applied to a database in state v1 introspects to v2, and
 *       diff(v, v) is empty for both models.</li>
 * </ul>
 * The declaration order and the schema's own spellings come from the .prisma files
 * ({@link Compiler#compileWithSource}), never from the expected SQL.
 * By default every 7th case runs (about a minute on a busy machine); {@code -Dkeel.golden.stride=1} runs all
 * 700.
 */
@ExtendWith(PgExtension.class)
class PrismaDiffGoldenTest {
    static final Path DIR = Path.of("src/test/resources/golden/diff/generated");

    static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Resets {@code public}, runs the scripts, and introspects. */
    static Schema state(Connection c, String... scripts) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;");
            for (String s : scripts) {
                st.execute(s);
            }
        }
        return Introspector.introspect(c, List.of("public"));
    }

    /**
     * Like {@link #state}, for Prisma's own scripts: some generated schemas are valid for Prisma but not for
     * PostgreSQL (a hash index on {@code money}), and those cases cannot be checked this way.
     */
    static Schema prismaState(Connection c, String... scripts) {
        try {
            return state(c, scripts);
        } catch (SQLException e) {
            Assumptions.abort("Prisma's SQL does not apply: " + e.getMessage().lines().findFirst().orElse(""));
            throw new AssertionError(e);
        }
    }

    @TestFactory
    Stream<DynamicTest> generated(TestDb db) throws SQLException {
        int stride = Integer.getInteger("keel.golden.stride", 7);
        Connection c = db.connect();
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < 700; i += stride) {
            String n = String.format("%04d", i);
            Path v1Sql = DIR.resolve(n + ".empty-v1.sql");
            if (!Files.exists(v1Sql)) {
                continue;
            }
            String emptyV1 = read(v1Sql);
            String v1v2 = read(DIR.resolve(n + ".v1-v2.sql"));
            SourceOrder o1 = source(DIR.resolve(n + ".v1.prisma"));
            SourceOrder o2 = source(DIR.resolve(n + ".v2.prisma"));
            Schema[] s = new Schema[2];
            tests.add(DynamicTest.dynamicTest(n + " empty-v1", () -> {
                s[0] = prismaState(c, emptyV1);
                Migration m = Differ.diff(Schema.empty(), SourceOrder.natural(), s[0], o1, false);
                assertThat(ScriptRenderer.render(m)).isEqualTo(emptyV1);
            }));
            tests.add(DynamicTest.dynamicTest(n + " v1-v2", () -> {
                Assumptions.assumeTrue(s[0] != null, "v1 did not apply");
                s[1] = prismaState(c, emptyV1, v1v2);
                Migration m = Differ.diff(s[0], o1, s[1], o2, false);
                assertThat(ScriptRenderer.render(m)).isEqualTo(v1v2);
            }));
            tests.add(DynamicTest.dynamicTest(n + " apply", () -> {
                Assumptions.assumeTrue(s[0] != null && s[1] != null, "Prisma's SQL did not apply");
                Schema v1 = s[0];
                Schema v2 = s[1];
                assertThat(Differ.diff(v1, v1).steps()).isEmpty();
                assertThat(Differ.diff(v2, v2).steps()).isEmpty();
                String keel = ScriptRenderer.render(Differ.diff(v1, v2));
                Schema applied = state(c, emptyV1, keel);
                assertThat(applied.describe()).as(keel).isEqualTo(v2.describe());
            }));
        }
        return tests.stream();
    }

    /** The declaration order and spellings of a .prisma file. */
    static SourceOrder source(Path prisma) {
        ValidatedSchema v = Psl.validate(SchemaSource.ofString(prisma.toString(), read(prisma)));
        return Compiler.compileWithSource(v.model().orElseThrow(), "public").order();
    }

    /** The eight real-world schemas: diff(empty, schema) renders exactly Prisma's script. */
    @TestFactory
    Stream<DynamicTest> realWorld(TestDb db) throws IOException {
        Path projects = Path.of("src/test/resources/real-world");
        Connection c = db.connect();
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(DIR.resolveSibling("real-world"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".empty.sql")).sorted().toList()) {
                String sql = read(p);
                tests.add(DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
                    // civitai uses citext without declaring the extension; install it and leave it out of the model.
                    Schema withExt = prismaState(c, "CREATE EXTENSION IF NOT EXISTS citext SCHEMA public;\n" + sql);
                    Schema s = new Schema(withExt.namespaces(), withExt.tables(), withExt.enums(),
                            withExt.sequences(), withExt.views(), List.of());
                    String project = p.getFileName().toString().replace(".empty.sql", "");
                    SourceOrder order = source(projects.resolve(project).resolve("schema.prisma"));
                    Migration m = Differ.diff(Schema.empty(), SourceOrder.natural(), s, order, false);
                    assertThat(ScriptRenderer.render(m)).isEqualTo(sql);
                    assertThat(Differ.diff(s, s).steps()).isEmpty();
                }));
            }
        }
        return tests.stream();
    }
}
