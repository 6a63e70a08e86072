package dev.keel.introspect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.schema.Autoincrement;
import dev.keel.schema.Column;
import dev.keel.schema.DefaultValue;
import dev.keel.schema.EnumType;
import dev.keel.schema.ForeignKey;
import dev.keel.schema.Index;
import dev.keel.schema.IndexKind;
import dev.keel.schema.PgType;
import dev.keel.schema.QualifiedName;
import dev.keel.schema.Schema;
import dev.keel.schema.Table;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks an introspected model against what PostgreSQL reports through a different route than the introspector's
 * catalog SQL: the SQL-standard {@code information_schema} views, {@code pg_indexes.indexdef} and
 * {@code enum_range()}. A bug in the introspection queries then shows up as a disagreement.
 */
final class CatalogCrossCheck {
    private final Connection c;
    private final List<String> schemas;

    CatalogCrossCheck(Connection c, List<String> schemas) {
        this.c = c;
        this.schemas = schemas;
    }

    static void verify(Connection c, List<String> schemas, Schema model) throws SQLException {
        new CatalogCrossCheck(c, schemas).run(model);
    }

    private void run(Schema model) throws SQLException {
        String context = model.describe();
        List<QualifiedName> tables = new ArrayList<>();
        for (Map<String, String> r : rows("SELECT table_schema, table_name FROM information_schema.tables "
                + "WHERE table_type = 'BASE TABLE' AND table_schema = ANY (?) AND table_name <> '_prisma_migrations' "
                + "AND table_name NOT LIKE '\\_keel\\_%' ORDER BY 1, 2")) {
            tables.add(new QualifiedName(r.get("table_schema"), r.get("table_name")));
        }
        assertThat(model.tables()).as(context).extracting(Table::name).containsExactlyElementsOf(tables);
        for (Table t : model.tables()) {
            columns(t, context);
            constraints(t, context);
            indexes(t, context);
        }
        for (EnumType e : model.enums()) {
            List<String> values = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT unnest(enum_range(NULL::" + e.name().quoted() + "))::text");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
            assertThat(e.values()).as(context).containsExactlyElementsOf(values);
        }
        List<String> enumNames = new ArrayList<>();
        for (Map<String, String> r : rows("SELECT n.nspname || '.' || t.typname AS n FROM pg_type t JOIN "
                + "pg_namespace n ON n.oid = t.typnamespace WHERE t.typtype = 'e' AND n.nspname = ANY (?) ORDER BY 1")) {
            enumNames.add(r.get("n"));
        }
        assertThat(model.enums()).as(context).extracting(e -> e.name().schema() + "." + e.name().name())
                .containsExactlyInAnyOrderElementsOf(enumNames);
    }

    private void columns(Table t, String context) throws SQLException {
        List<Map<String, String>> cols = rows("SELECT * FROM information_schema.columns WHERE table_schema = ? "
                + "AND table_name = ? ORDER BY ordinal_position", t.name().schema(), t.name().name());
        assertThat(t.columns()).as(context).extracting(Column::name)
                .containsExactlyElementsOf(cols.stream().map(r -> r.get("column_name")).toList());
        for (int i = 0; i < cols.size(); i++) {
            Map<String, String> r = cols.get(i);
            Column col = t.columns().get(i);
            String where = t.name() + "." + col.name() + "\n" + context;
            assertThat(col.nullable()).as(where).isEqualTo(r.get("is_nullable").equals("YES"));
            type(col.type(), r, where);
            boolean identity = "YES".equals(r.get("is_identity"));
            assertThat(col.autoincrement().isIdentity()).as(where).isEqualTo(identity);
            if (identity) {
                assertThat(col.autoincrement()).as(where).isEqualTo("ALWAYS".equals(r.get("identity_generation"))
                        ? Autoincrement.IDENTITY_ALWAYS : Autoincrement.IDENTITY_BY_DEFAULT);
            }
            String def = r.get("column_default");
            if (col.autoincrement() == Autoincrement.SERIAL) {
                assertThat(def).as(where).startsWith("nextval(");
            }
            if ("ALWAYS".equals(r.get("is_generated"))) {
                assertThat(col.generated()).as(where).contains(r.get("generation_expression"));
                assertThat(col.defaultValue()).as(where).isEmpty();
            }
            if (def == null) {
                assertThat(col.defaultValue()).as(where).isEmpty();
            } else if (col.defaultValue().isPresent() && col.defaultValue().get() instanceof DefaultValue.Literal) {
                String lit = ((DefaultValue.Literal) col.defaultValue().get()).text();
                if (lit.startsWith("'")) {
                    assertThat(def).as(where).startsWith(lit);
                } else if (!lit.startsWith("ARRAY")) {
                    assertThat(def.replaceAll("[()']", "").replaceAll("::.*$", "")).as(where).isEqualTo(lit);
                }
            }
        }
    }

    private static void type(PgType t, Map<String, String> r, String where) {
        String dataType = r.get("data_type");
        if (dataType.equals("ARRAY")) {
            assertThat(t.isArray()).as(where).isTrue();
            String udt = r.get("udt_name");
            if (t.userTypeRef().isPresent()) {
                assertThat("_" + t.name()).as(where).isEqualTo(udt);
                assertThat(t.schema()).as(where).contains(r.get("udt_schema"));
            }
            return;
        }
        assertThat(t.isArray()).as(where).isFalse();
        if (dataType.equals("USER-DEFINED")) {
            assertThat(t.kind()).as(where).isNotEqualTo(PgType.Kind.BUILTIN);
            assertThat(t.schema()).as(where).contains(r.get("udt_schema"));
            assertThat(t.name().replaceAll("\\(.*$", "")).as(where).isEqualTo(r.get("udt_name"));
            return;
        }
        assertThat(t.kind()).as(where).isEqualTo(PgType.Kind.BUILTIN);
        assertThat(t.name()).as(where).isEqualTo(dataType);
        if (r.get("character_maximum_length") != null) {
            assertThat(t.length()).as(where).contains(Integer.parseInt(r.get("character_maximum_length")));
        }
        if (dataType.equals("numeric") && r.get("numeric_precision") != null) {
            assertThat(t.precision()).as(where).contains(Integer.parseInt(r.get("numeric_precision")));
            assertThat(t.scale()).as(where).contains(Integer.parseInt(r.get("numeric_scale")));
        }
        if (dataType.startsWith("time") && r.get("datetime_precision") != null) {
            // information_schema reports 6 when no precision was declared
            assertThat(t.precision().orElse(6)).as(where).isEqualTo(Integer.parseInt(r.get("datetime_precision")));
        }
    }

    private void constraints(Table t, String context) throws SQLException {
        String schema = t.name().schema();
        String table = t.name().name();
        Map<String, String> types = new LinkedHashMap<>();
        for (Map<String, String> r : rows("SELECT tc.constraint_name, tc.constraint_type, cc.check_clause FROM "
                + "information_schema.table_constraints tc LEFT JOIN information_schema.check_constraints cc "
                + "ON cc.constraint_schema = tc.constraint_schema AND cc.constraint_name = tc.constraint_name "
                + "WHERE tc.table_schema = ? AND tc.table_name = ?", schema, table)) {
            String type = r.get("constraint_type");
            if (type.equals("CHECK") && r.get("check_clause") != null && r.get("check_clause").endsWith("IS NOT NULL")) {
                continue; // NOT NULL shown as a check by information_schema
            }
            types.put(r.get("constraint_name"), type);
        }
        Set<String> expected = new TreeSet<>();
        t.primaryKey().ifPresent(pk -> expected.add(pk.name() + ":PRIMARY KEY"));
        t.foreignKeys().forEach(fk -> expected.add(fk.name() + ":FOREIGN KEY"));
        t.checks().forEach(ch -> expected.add(ch.name() + ":CHECK"));
        t.indexes().stream().filter(i -> i.kind() == IndexKind.UNIQUE_CONSTRAINT)
                .forEach(i -> expected.add(i.name() + ":UNIQUE"));
        Set<String> actual = new TreeSet<>();
        types.forEach((n, ty) -> actual.add(n + ":" + ty));
        assertThat(expected).as(t.name() + "\n" + context).isEqualTo(actual);

        if (t.primaryKey().isPresent()) {
            assertThat(t.primaryKey().get().columns()).as(context)
                    .containsExactlyElementsOf(keyColumns(schema, t.primaryKey().get().name()));
        }
        for (ForeignKey fk : t.foreignKeys()) {
            assertThat(fk.columns()).as(context).containsExactlyElementsOf(keyColumns(schema, fk.name()));
            Map<String, String> rc = rows("SELECT update_rule, delete_rule FROM information_schema.referential_constraints "
                    + "WHERE constraint_schema = ? AND constraint_name = ?", schema, fk.name()).get(0);
            assertThat(fk.onDelete().sql()).as(context).isEqualTo(rc.get("delete_rule"));
            assertThat(fk.onUpdate().sql()).as(context).isEqualTo(rc.get("update_rule"));
            List<Map<String, String>> used = rows("SELECT table_schema, table_name, column_name FROM "
                    + "information_schema.constraint_column_usage WHERE constraint_schema = ? AND constraint_name = ?",
                    schema, fk.name());
            assertThat(used).as(context).allSatisfy(u -> assertThat(new QualifiedName(u.get("table_schema"),
                    u.get("table_name"))).isEqualTo(fk.referencedTable()));
            assertThat(used.stream().map(u -> u.get("column_name")).toList()).as(context)
                    .containsExactlyInAnyOrderElementsOf(fk.referencedColumns());
        }
    }

    private List<String> keyColumns(String schema, String constraint) throws SQLException {
        return rows("SELECT column_name FROM information_schema.key_column_usage WHERE constraint_schema = ? "
                + "AND constraint_name = ? ORDER BY ordinal_position", schema, constraint)
                .stream().map(r -> r.get("column_name")).toList();
    }

    private void indexes(Table t, String context) throws SQLException {
        Map<String, String> defs = new LinkedHashMap<>();
        for (Map<String, String> r : rows("SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = ? "
                + "AND tablename = ?", t.name().schema(), t.name().name())) {
            defs.put(r.get("indexname"), r.get("indexdef"));
        }
        t.primaryKey().ifPresent(pk -> assertThat(defs.remove(pk.name())).as(context).isNotNull());
        assertThat(t.indexes()).as(context).extracting(Index::name).containsExactlyInAnyOrderElementsOf(defs.keySet());
        for (Index i : t.indexes()) {
            String def = defs.get(i.name());
            assertThat(def.startsWith("CREATE UNIQUE INDEX")).as(def).isEqualTo(i.isUnique());
            assertThat(def).as(def).contains(" USING " + i.method().amName() + " (");
            i.predicate().ifPresent(p -> assertThat(def).as(def).contains(" WHERE "));
            String keys = def.substring(def.indexOf(" USING ") + (" USING " + i.method().amName() + " (").length());
            for (var e : i.elements()) {
                if (e.column().isPresent()) {
                    String col = e.column().get();
                    boolean plain = col.matches("[a-z_][a-z0-9_]*");
                    assertThat(keys).as(def).contains(plain ? col : "\"" + col + "\"");
                }
                if (e.order().name().equals("DESC")) {
                    assertThat(def).as(def).contains(" DESC");
                }
            }
        }
    }

    private List<Map<String, String>> rows(String sql, String... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (sql.contains("ANY (?)")) {
                ps.setArray(1, c.createArrayOf("text", schemas.toArray(new String[0])));
            } else {
                for (int i = 0; i < params.length; i++) {
                    ps.setString(i + 1, params[i]);
                }
            }
            List<Map<String, String>> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    Map<String, String> row = new LinkedHashMap<>();
                    for (int i = 1; i <= n; i++) {
                        row.put(rs.getMetaData().getColumnLabel(i).toLowerCase(Locale.ROOT), rs.getString(i));
                    }
                    out.add(row);
                }
            }
            return out;
        }
    }
}
