package dev.keel.diff;

import dev.keel.schema.QualifiedName;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Until the compiler exists, the declaration order Prisma sorts by is read back from the golden files: the order
 * of CREATE statements in Prisma's from-empty SQL, and the model/enum order of a .prisma file. Only the order
 * within one step kind comes from here; every statement's text, the kind order and the step selection are still
 * Keel's own and compared with Prisma's.
 */
final class GoldenOrder {
    private GoldenOrder() {
    }

    private static final Pattern CREATE_TABLE = Pattern.compile("^CREATE TABLE \"((?:[^\"]|\"\")*)\"", Pattern.MULTILINE);
    private static final Pattern CREATE_TYPE = Pattern.compile("^CREATE TYPE \"((?:[^\"]|\"\")*)\"", Pattern.MULTILINE);
    private static final Pattern CREATE_INDEX = Pattern.compile(
            "^CREATE (?:UNIQUE )?INDEX \"((?:[^\"]|\"\")*)\" ON \"((?:[^\"]|\"\")*)\"", Pattern.MULTILINE);
    private static final Pattern ADD_FK = Pattern.compile(
            "^ALTER TABLE \"((?:[^\"]|\"\")*)\" ADD CONSTRAINT \"((?:[^\"]|\"\")*)\" FOREIGN KEY", Pattern.MULTILINE);
    private static final Pattern BLOCK = Pattern.compile("^(model|enum) (\\w+) \\{(.*?)^}", Pattern.MULTILINE
            | Pattern.DOTALL);
    private static final Pattern MAP = Pattern.compile("@@map\\(\"([^\"]*)\"\\)");

    private static QualifiedName pub(String name) {
        return new QualifiedName("public", name.replace("\"\"", "\""));
    }

    /** The order of Prisma's from-empty script. */
    static SourceOrder fromSql(String sql) {
        List<QualifiedName> tables = new ArrayList<>();
        Matcher m = CREATE_TABLE.matcher(sql);
        while (m.find()) {
            tables.add(pub(m.group(1)));
        }
        List<QualifiedName> enums = new ArrayList<>();
        m = CREATE_TYPE.matcher(sql);
        while (m.find()) {
            enums.add(pub(m.group(1)));
        }
        Map<QualifiedName, List<String>> indexes = new LinkedHashMap<>();
        m = CREATE_INDEX.matcher(sql);
        while (m.find()) {
            indexes.computeIfAbsent(pub(m.group(2)), k -> new ArrayList<>()).add(m.group(1).replace("\"\"", "\""));
        }
        Map<QualifiedName, List<String>> fks = new LinkedHashMap<>();
        m = ADD_FK.matcher(sql);
        while (m.find()) {
            fks.computeIfAbsent(pub(m.group(1)), k -> new ArrayList<>()).add(m.group(2).replace("\"\"", "\""));
        }
        return new SourceOrder(tables, enums, indexes, fks);
    }

    /** Models and enums in .prisma declaration order (database names), then {@code base}'s order for the rest. */
    static SourceOrder fromPrisma(String prisma, SourceOrder base) {
        List<QualifiedName> tables = new ArrayList<>();
        List<QualifiedName> enums = new ArrayList<>();
        Map<QualifiedName, List<String>> indexes = new LinkedHashMap<>(base.indexes());
        Map<QualifiedName, List<String>> fks = new LinkedHashMap<>(base.foreignKeys());
        Matcher m = BLOCK.matcher(prisma);
        while (m.find()) {
            Matcher map = MAP.matcher(m.group(3));
            String name = map.find() ? map.group(1) : m.group(2);
            (m.group(1).equals("model") ? tables : enums).add(pub(name));
            if (m.group(1).equals("model") && !base.tables().contains(pub(name))) {
                newModel(name, m.group(3), indexes, fks);
            }
        }
        for (QualifiedName t : base.tables()) {
            if (!tables.contains(t)) {
                tables.add(t);
            }
        }
        return new SourceOrder(tables, enums, indexes, fks);
    }

    private static final Pattern FIELD = Pattern.compile("^\\s+(\\w+) \\S+(.*)$", Pattern.MULTILINE);
    private static final Pattern FIELD_MAP = Pattern.compile("@map\\(\"([^\"]*)\"\\)");
    private static final Pattern RELATION_FIELDS = Pattern.compile("@relation\\(.*fields: \\[([^\\]]*)\\]");
    private static final Pattern BLOCK_INDEX = Pattern.compile("^\\s+@@(unique|index)\\(\\[([^\\]]*)\\](.*)\\)$",
            Pattern.MULTILINE);
    private static final Pattern INDEX_MAP = Pattern.compile("map: \"([^\"]*)\"");

    /**
     * Index and foreign key order of a model the base script does not create (a model added by the edit): field
     * {@code @unique}s, then {@code @@unique}/{@code @@index} in declaration order; relations in field order.
     */
    private static void newModel(String table, String body, Map<QualifiedName, List<String>> indexes,
                                 Map<QualifiedName, List<String>> fks) {
        Map<String, String> columns = new LinkedHashMap<>();
        List<String> idx = new ArrayList<>();
        List<String> fk = new ArrayList<>();
        Matcher f = FIELD.matcher(body);
        while (f.find()) {
            if (f.group(1).startsWith("@@")) {
                continue;
            }
            Matcher fm = FIELD_MAP.matcher(f.group(2));
            columns.put(f.group(1), fm.find() ? fm.group(1) : f.group(1));
        }
        f = FIELD.matcher(body);
        while (f.find()) {
            String attrs = f.group(2);
            if (attrs.contains("@unique")) {
                idx.add(table + "_" + columns.get(f.group(1)) + "_key");
            }
            Matcher r = RELATION_FIELDS.matcher(attrs);
            if (r.find()) {
                fk.add(table + "_" + String.join("_", cols(r.group(1), columns)) + "_fkey");
            }
        }
        Matcher b = BLOCK_INDEX.matcher(body);
        while (b.find()) {
            Matcher map = INDEX_MAP.matcher(b.group(3));
            idx.add(map.find() ? map.group(1) : table + "_" + String.join("_", cols(b.group(2), columns))
                    + (b.group(1).equals("unique") ? "_key" : "_idx"));
        }
        indexes.put(pub(table), idx);
        fks.put(pub(table), fk);
    }

    private static List<String> cols(String list, Map<String, String> columns) {
        List<String> out = new ArrayList<>();
        for (String part : list.split(",")) {
            String field = part.strip().replaceAll("\\(.*", "");
            out.add(columns.getOrDefault(field, field));
        }
        return out;
    }
}
