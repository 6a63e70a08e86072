package dev.keel.introspect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.db.EmbeddedPostgresServer;
import dev.keel.schema.Column;
import dev.keel.schema.EnumType;
import dev.keel.schema.ForeignKey;
import dev.keel.schema.Index;
import dev.keel.schema.IndexElement;
import dev.keel.schema.IndexKind;
import dev.keel.schema.QualifiedName;
import dev.keel.schema.Schema;
import dev.keel.schema.Table;
import dev.keel.testing.TestDb;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Prisma's own migration fixtures ({@code single_migration_tests/postgres}): the expected SQL Prisma generates is
 * applied to a fresh database, introspected, and every statement of it is checked against the model, including that
 * the model renders each column type the way Prisma wrote it. The model is also cross-checked with
 * information_schema.
 */
class PrismaMigrationFixturesTest {
    private static final String ROOT = "/prisma-engines/schema-engine/single_migration_tests/postgres";
    private static final String MARKER = "// Expected Migration:";

    private static final Pattern SCHEMAS = Pattern.compile("(?m)^\\s*schemas\\s*=\\s*\\[([^\\]]*)\\]");
    private static final Pattern CREATE_SCHEMA = Pattern.compile("CREATE SCHEMA IF NOT EXISTS \"([^\"]+)\"");
    private static final Pattern CREATE_ENUM =
            Pattern.compile("CREATE TYPE (?:\"([^\"]+)\"\\.)?\"([^\"]+)\" AS ENUM \\((.*)\\)");
    private static final Pattern CREATE_TABLE =
            Pattern.compile("(?s)CREATE TABLE (?:\"([^\"]+)\"\\.)?\"([^\"]+)\" \\(\\n(.*)\\n\\)");
    private static final Pattern PK = Pattern.compile("\\s*CONSTRAINT \"([^\"]+)\" PRIMARY KEY \\((.*)\\)");
    private static final Pattern COLUMN = Pattern.compile("    \"([^\"]+)\" (.+)");
    private static final Pattern CREATE_INDEX = Pattern.compile(
            "CREATE (UNIQUE )?INDEX \"([^\"]+)\" ON (?:\"([^\"]+)\"\\.)?\"([^\"]+)\"\\((.*)\\)");
    private static final Pattern ADD_FK = Pattern.compile("ALTER TABLE (?:\"([^\"]+)\"\\.)?\"([^\"]+)\" ADD CONSTRAINT "
            + "\"([^\"]+)\" FOREIGN KEY \\((.*)\\) REFERENCES (?:\"([^\"]+)\"\\.)?\"([^\"]+)\"\\((.*)\\) ON DELETE "
            + "(.+) ON UPDATE (.+)");

    @TestFactory
    Stream<DynamicTest> everyFixture() throws IOException, URISyntaxException {
        Path root = Path.of(getClass().getResource(ROOT).toURI());
        try (Stream<Path> files = Files.walk(root)) {
            List<Path> fixtures = files.filter(p -> p.toString().endsWith(".prisma")).sorted().toList();
            assertThat(fixtures).hasSize(10);
            return fixtures.stream().map(p -> DynamicTest.dynamicTest(root.relativize(p).toString(), () -> run(p)));
        }
    }

    private void run(Path file) throws Exception {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String sql = expectedMigration(text);
        List<String> schemas = schemas(text);
        TestDb db = new TestDb(EmbeddedPostgresServer.get().createDatabase("fixture_" + file.getFileName()));
        db.execute(sql);
        Schema model;
        try (Connection c = db.connect()) {
            model = Introspector.introspect(c, schemas);
            CatalogCrossCheck.verify(c, schemas, model);
        }
        checkStatements(sql, model);
    }

    static String expectedMigration(String text) {
        int at = text.indexOf("\n" + MARKER);
        StringBuilder out = new StringBuilder();
        String[] lines = text.substring(at + 1).split("\n", -1);
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            if (line.isEmpty() && i == lines.length - 1) {
                break;
            }
            while (line.startsWith("// ")) {
                line = line.substring(3);
            }
            out.append(line).append('\n');
        }
        return out.toString();
    }

    private static List<String> schemas(String text) {
        Matcher m = SCHEMAS.matcher(text);
        if (!m.find()) {
            return List.of("public");
        }
        return Arrays.stream(m.group(1).split(",")).map(s -> s.strip().replace("\"", "")).toList();
    }

    private static void checkStatements(String sql, Schema model) {
        String context = sql + "\n--- model:\n" + model.describe();
        int tables = 0;
        int enums = 0;
        int indexes = 0;
        int fks = 0;
        for (String raw : sql.split(";\n")) {
            String stmt = raw.lines().filter(l -> !l.startsWith("--") && !l.isBlank())
                    .reduce((a, b) -> a + "\n" + b).orElse("");
            if (stmt.isEmpty()) {
                continue;
            }
            Matcher m;
            if ((m = CREATE_SCHEMA.matcher(stmt)).matches()) {
                assertThat(model.hasNamespace(m.group(1))).as(context).isTrue();
            } else if ((m = CREATE_ENUM.matcher(stmt)).matches()) {
                enums++;
                EnumType e = model.enumType(name(m.group(1), m.group(2))).orElseThrow(() -> new AssertionError(stmt));
                assertThat(e.values()).as(context).containsExactlyElementsOf(
                        Arrays.stream(m.group(3).split(", ")).map(v -> v.substring(1, v.length() - 1)).toList());
            } else if ((m = CREATE_TABLE.matcher(stmt)).matches()) {
                tables++;
                checkTable(model, m, context);
            } else if ((m = CREATE_INDEX.matcher(stmt)).matches()) {
                indexes++;
                Table t = model.table(name(m.group(3), m.group(4))).orElseThrow();
                Index i = t.index(m.group(2)).orElseThrow(() -> new AssertionError(stmt + "\n" + context));
                assertThat(i.kind()).as(context).isEqualTo(m.group(1) != null ? IndexKind.UNIQUE_INDEX : IndexKind.INDEX);
                assertThat(i.elements()).as(context).extracting(IndexElement::sql)
                        .containsExactlyElementsOf(Arrays.asList(m.group(5).split(", ")));
            } else if ((m = ADD_FK.matcher(stmt)).matches()) {
                fks++;
                Table t = model.table(name(m.group(1), m.group(2))).orElseThrow();
                ForeignKey fk = t.foreignKey(m.group(3)).orElseThrow(() -> new AssertionError(stmt + "\n" + context));
                assertThat(fk.columns()).as(context).containsExactlyElementsOf(unquote(m.group(4)));
                assertThat(fk.referencedTable()).as(context).isEqualTo(name(m.group(5), m.group(6)));
                assertThat(fk.referencedColumns()).as(context).containsExactlyElementsOf(unquote(m.group(7)));
                assertThat(fk.onDelete().sql()).as(context).isEqualTo(m.group(8));
                assertThat(fk.onUpdate().sql()).as(context).isEqualTo(m.group(9));
            } else {
                throw new AssertionError("statement the test does not know: " + stmt);
            }
        }
        assertThat(model.tables()).as(context).hasSize(tables);
        assertThat(model.enums()).as(context).hasSize(enums);
        assertThat(model.tables().stream().mapToInt(t -> t.indexes().size()).sum()).as(context).isEqualTo(indexes);
        assertThat(model.tables().stream().mapToInt(t -> t.foreignKeys().size()).sum()).as(context).isEqualTo(fks);
    }

    private static void checkTable(Schema model, Matcher m, String context) {
        boolean qualified = m.group(1) != null;
        Table t = model.table(name(m.group(1), m.group(2))).orElseThrow(() -> new AssertionError(context));
        List<String> columnNames = new ArrayList<>();
        for (String line : m.group(3).split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            Matcher pk = PK.matcher(line);
            if (pk.matches()) {
                assertThat(t.primaryKey()).as(context).isPresent();
                assertThat(t.primaryKey().get().name()).as(context).isEqualTo(pk.group(1));
                assertThat(t.primaryKey().get().columns()).as(context)
                        .containsExactlyElementsOf(unquote(pk.group(2).replace(",", ", ")));
                continue;
            }
            Matcher col = COLUMN.matcher(line.endsWith(",") ? line.substring(0, line.length() - 1) : line);
            assertThat(col.matches()).as(line).isTrue();
            String rest = col.group(2);
            String def = null;
            int d = rest.indexOf(" DEFAULT ");
            if (d >= 0) {
                def = rest.substring(d + " DEFAULT ".length());
                rest = rest.substring(0, d);
            }
            boolean notNull = rest.endsWith(" NOT NULL");
            String type = notNull ? rest.substring(0, rest.length() - " NOT NULL".length()) : rest;
            Column c = t.column(col.group(1)).orElseThrow(() -> new AssertionError(line + "\n" + context));
            columnNames.add(c.name());
            assertThat(c.prismaTypeSql(qualified)).as(line).isEqualTo(type);
            assertThat(c.nullable()).as(line).isEqualTo(!notNull);
            if (def == null) {
                assertThat(c.defaultValue()).as(line).isEmpty();
            } else {
                assertThat(c.defaultValue().flatMap(v -> v.sql())).as(line).contains(def);
            }
        }
        assertThat(t.columns()).as(context).extracting(Column::name).containsExactlyElementsOf(columnNames);
    }

    private static QualifiedName name(String schema, String name) {
        return new QualifiedName(schema == null ? "public" : schema, name);
    }

    private static List<String> unquote(String list) {
        return Arrays.stream(list.split(", ")).map(s -> s.substring(1, s.length() - 1)).toList();
    }
}
