package dev.keel.compile;

import dev.keel.introspect.Introspector;
import dev.keel.psl.Psl;
import dev.keel.psl.SchemaSource;
import dev.keel.psl.ValidatedSchema;
import dev.keel.psl.model.PslSchema;
import dev.keel.schema.Schema;
import org.junit.jupiter.api.Assumptions;

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
 * The oracle golden files ({@code golden/diff}, made by Prisma 7.10.1's engine; see the README there) as test cases:
 * the generated pairs (every {@code keel.golden.stride}-th, default 7; {@code -Dkeel.golden.stride=1} for all) and
 * the real-world schemas.
 */
final class Goldens {
    static final Path GENERATED = Path.of("src/test/resources/golden/diff/generated");
    static final Path FEATURES = Path.of("src/test/resources/golden/diff/features");
    static final Path REAL_WORLD_SQL = Path.of("src/test/resources/golden/diff/real-world");
    static final Path REAL_WORLD = Path.of("src/test/resources/real-world");

    private Goldens() {
    }

    /** One generated pair: v1 and v2 schemas, Prisma's empty→v1 and v1→v2 scripts. */
    record Pair(String id, Path v1, Path v2, String emptyV1, String v1v2) {
    }

    /** One real-world project: its schema and Prisma's empty→schema script. */
    record Project(String name, Path schema, String empty) {
    }

    /** The hand-written pairs for what the generator does not make (see the README there); always all of them. */
    static List<Pair> features() {
        List<Pair> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(FEATURES)) {
            for (Path v1 : files.filter(p -> p.toString().endsWith(".v1.prisma")).sorted().toList()) {
                String id = v1.getFileName().toString().replace(".v1.prisma", "");
                out.add(new Pair(id, v1, FEATURES.resolve(id + ".v2.prisma"),
                        read(FEATURES.resolve(id + ".empty-v1.sql")), read(FEATURES.resolve(id + ".v1-v2.sql"))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static int stride() {
        return Integer.getInteger("keel.golden.stride", 7);
    }

    static List<Pair> pairs() {
        return pairs(stride());
    }

    /** Every {@code stride}-th generated pair. */
    static List<Pair> pairs(int stride) {
        List<Pair> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(GENERATED)) {
            List<Path> v1s = files.filter(p -> p.toString().endsWith(".v1.prisma")).sorted().toList();
            for (Path v1 : v1s) {
                String id = v1.getFileName().toString().substring(0, 4);
                if (Integer.parseInt(id) % stride != 0) {
                    continue;
                }
                out.add(new Pair(id, v1, GENERATED.resolve(id + ".v2.prisma"),
                        read(GENERATED.resolve(id + ".empty-v1.sql")), read(GENERATED.resolve(id + ".v1-v2.sql"))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static List<Project> projects() {
        List<Project> out = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(REAL_WORLD)) {
            for (Path d : dirs.filter(Files::isDirectory).sorted().toList()) {
                String name = d.getFileName().toString();
                out.add(new Project(name, d.resolve("schema.prisma"), read(REAL_WORLD_SQL.resolve(name + ".empty.sql"))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ValidatedSchema validate(Path schemaFile) {
        ValidatedSchema v = Psl.validate(SchemaSource.ofString(schemaFile.toString(), read(schemaFile)));
        assertThat(v.diagnostics().errors()).as("validation errors of " + schemaFile).isEmpty();
        return v;
    }

    static PslSchema model(Path schemaFile) {
        return validate(schemaFile).model().orElseThrow();
    }

    /**
     * Empties the database's user schemas ({@code public} and {@code extra}), runs the scripts in order and
     * introspects {@code schemas}.
     */
    static Schema state(Connection c, List<String> schemas, String... scripts) throws SQLException {
        try (Statement st = c.createStatement()) {
            StringBuilder reset = new StringBuilder();
            for (String s : schemas) {
                reset.append("DROP SCHEMA IF EXISTS \"").append(s).append("\" CASCADE;");
            }
            reset.append("CREATE SCHEMA IF NOT EXISTS public;");
            st.execute(reset.toString());
            for (String s : scripts) {
                st.execute(s);
            }
        }
        return Introspector.introspect(c, schemas);
    }

    /** Runs {@code script} on the database as it is and introspects {@code schemas}. */
    static Schema apply(Connection c, List<String> schemas, String script) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute(script);
        }
        return Introspector.introspect(c, schemas);
    }

    /** {@link #apply} for Prisma's own scripts: skips the test when PostgreSQL rejects one. */
    static Schema prismaApply(Connection c, List<String> schemas, String script) {
        try {
            return apply(c, schemas, script);
        } catch (SQLException e) {
            Assumptions.abort("Prisma's SQL does not apply: " + e.getMessage().lines().findFirst().orElse(""));
            throw new AssertionError(e);
        }
    }

    /**
     * Like {@link #state}, for Prisma's own scripts: some generated schemas are valid for Prisma but not for
     * PostgreSQL (a hash index on {@code money}), and those cases are skipped, as in the differ's golden test.
     */
    static Schema prismaState(Connection c, List<String> schemas, String... scripts) {
        try {
            return state(c, schemas, scripts);
        } catch (SQLException e) {
            Assumptions.abort("Prisma's SQL does not apply: " + e.getMessage().lines().findFirst().orElse(""));
            throw new AssertionError(e);
        }
    }
}
