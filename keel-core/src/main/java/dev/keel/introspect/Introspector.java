package dev.keel.introspect;

import dev.keel.api.ErrorCode;
import dev.keel.api.KeelException;
import dev.keel.schema.Autoincrement;
import dev.keel.schema.CheckConstraint;
import dev.keel.schema.Column;
import dev.keel.schema.Deferral;
import dev.keel.schema.DefaultValue;
import dev.keel.schema.EnumType;
import dev.keel.schema.Extension;
import dev.keel.schema.ForeignKey;
import dev.keel.schema.Index;
import dev.keel.schema.IndexElement;
import dev.keel.schema.IndexKind;
import dev.keel.schema.IndexMethod;
import dev.keel.schema.Namespace;
import dev.keel.schema.Normalize;
import dev.keel.schema.PgType;
import dev.keel.schema.PrimaryKey;
import dev.keel.schema.QualifiedName;
import dev.keel.schema.ReferentialAction;
import dev.keel.schema.Schema;
import dev.keel.schema.Sequence;
import dev.keel.schema.Table;
import dev.keel.schema.View;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a live database into the {@link Schema} model with a fixed number of catalog queries ({@link #QUERY_COUNT}),
 * whatever the number of tables. The result is normalised ({@link Normalize#schema}).
 *
 * <p>Left out: Prisma's {@code _prisma_migrations} table, Keel's {@code _keel_*} tables, partitions (their parent
 * is read), objects that belong to an extension, exclusion constraints, and plpgsql.
 */
public final class Introspector {
    /** Statements one {@link #introspect} call sends. */
    public static final int QUERY_COUNT = CatalogQuery.values().length;

    private Introspector() {
    }

    /**
     * Reads the given schemas. When the connection is in auto-commit mode the queries run in one read-only
     * REPEATABLE READ transaction, so they see one snapshot; otherwise they run in the caller's transaction.
     */
    public static Schema introspect(Connection connection, List<String> schemas) {
        try {
            boolean ownTransaction = connection.getAutoCommit();
            int isolation = connection.getTransactionIsolation();
            if (ownTransaction) {
                connection.setAutoCommit(false);
                connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            }
            try {
                Schema s = read(connection, schemas);
                if (ownTransaction) {
                    connection.commit();
                }
                return s;
            } catch (SQLException | RuntimeException e) {
                if (ownTransaction) {
                    connection.rollback();
                }
                throw e;
            } finally {
                if (ownTransaction) {
                    connection.setAutoCommit(true);
                    connection.setTransactionIsolation(isolation);
                }
            }
        } catch (SQLException e) {
            throw new KeelException(ErrorCode.DATABASE_ERROR, "Could not read the database schema: "
                    + e.getMessage(), e);
        }
    }

    private static Schema read(Connection c, List<String> schemas) throws SQLException {
        Array schemaArray = c.createArrayOf("text", schemas.toArray(new String[0]));
        CatalogReader r = new CatalogReader();
        query(c, CatalogQuery.NAMESPACES, schemaArray, r::namespace);
        query(c, CatalogQuery.TABLES, schemaArray, r::table);
        query(c, CatalogQuery.COLUMNS, schemaArray, r::column);
        query(c, CatalogQuery.CONSTRAINTS, schemaArray, r::constraint);
        query(c, CatalogQuery.INDEXES, schemaArray, r::indexElement);
        query(c, CatalogQuery.ENUMS, schemaArray, r::enumValue);
        query(c, CatalogQuery.SEQUENCES, schemaArray, r::sequence);
        query(c, CatalogQuery.VIEWS, schemaArray, r::view);
        query(c, CatalogQuery.EXTENSIONS, schemaArray, r::extension);
        return Normalize.schema(r.build());
    }

    private interface RowHandler {
        void row(ResultSet rs) throws SQLException;
    }

    private static void query(Connection c, CatalogQuery q, Array schemas, RowHandler handler) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(q.sql())) {
            if (q.takesSchemas()) {
                ps.setArray(1, schemas);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    handler.row(rs);
                }
            }
        }
    }

    /** Accumulates rows, then builds the model. Tables keep the order of tables.sql. */
    private static final class CatalogReader {
        private final List<Namespace> namespaces = new ArrayList<>();
        private final Map<QualifiedName, TableParts> tables = new LinkedHashMap<>();
        private final Map<QualifiedName, List<String>> enums = new LinkedHashMap<>();
        private final List<Sequence> sequences = new ArrayList<>();
        private final List<View> views = new ArrayList<>();
        private final List<Extension> extensions = new ArrayList<>();
        private IndexParts currentIndex;

        void namespace(ResultSet rs) throws SQLException {
            namespaces.add(new Namespace(rs.getString("name")));
        }

        void table(ResultSet rs) throws SQLException {
            tables.put(tableName(rs), new TableParts());
        }

        void column(ResultSet rs) throws SQLException {
            TableParts t = tables.get(tableName(rs));
            if (t == null) {
                return; // a table tables.sql skipped (extension member)
            }
            String name = rs.getString("column_name");
            if (t.columns.stream().anyMatch(col -> col.name().equals(name))) {
                return; // a default that depends on two sequences gives two rows
            }
            String schema = rs.getString("schema_name");
            PgType type = columnType(rs);
            String identity = rs.getString("identity");
            String generated = rs.getString("generated");
            String defaultExpr = rs.getString("default_expr");
            Autoincrement auto = Autoincrement.NONE;
            if ("a".equals(identity)) {
                auto = Autoincrement.IDENTITY_ALWAYS;
            } else if ("d".equals(identity)) {
                auto = Autoincrement.IDENTITY_BY_DEFAULT;
            }
            Optional<DefaultValue> def = Optional.empty();
            Optional<String> generatedExpr = Optional.empty();
            boolean isGenerated = generated != null && !generated.isEmpty();
            if (isGenerated) {
                generatedExpr = Optional.ofNullable(defaultExpr);
            } else if (defaultExpr != null) {
                String seqName = rs.getString("default_seq_name");
                if (seqName != null && defaultExpr.toLowerCase(java.util.Locale.ROOT).startsWith("nextval(")) {
                    def = Optional.of(new DefaultValue.NextVal(
                            new QualifiedName(rs.getString("default_seq_schema"), seqName)));
                } else {
                    def = Normalize.parseDefault(defaultExpr, type, schema);
                }
            }
            t.columns.add(new Column(name, type, !rs.getBoolean("not_null"), def, auto, generatedExpr,
                    Optional.ofNullable(rs.getString("collation_name"))));
        }

        private static PgType columnType(ResultSet rs) throws SQLException {
            String formatted = rs.getString("formatted_type");
            int dims = rs.getBoolean("is_array") ? 1 : 0;
            String elementSchema = rs.getString("element_type_schema");
            String elementName = rs.getString("element_type_name");
            if ("e".equals(rs.getString("element_type_kind"))) {
                return PgType.enumType(new QualifiedName(elementSchema, elementName)).withArrayDimensions(dims);
            }
            String element = dims > 0 && formatted.endsWith("[]")
                    ? formatted.substring(0, formatted.length() - 2) : formatted;
            if (!"pg_catalog".equals(elementSchema)) {
                int paren = element.indexOf('(');
                String withModifiers = paren >= 0 ? elementName + element.substring(paren) : elementName;
                return new PgType(withModifiers, PgType.Kind.OTHER, Optional.of(elementSchema), Optional.empty(),
                        Optional.empty(), Optional.empty(), dims);
            }
            PgType parsed = PgType.parse(element);
            if (parsed.kind() != PgType.Kind.BUILTIN) {
                // a pg_catalog type Keel has no grammar for ("char", interval fields...): keep PostgreSQL's text
                return new PgType(element, PgType.Kind.BUILTIN, Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.empty(), dims);
            }
            return parsed.withArrayDimensions(dims);
        }

        void constraint(ResultSet rs) throws SQLException {
            TableParts t = tables.get(tableName(rs));
            if (t == null) {
                return;
            }
            String name = rs.getString("constraint_name");
            List<String> columns = strings(rs.getArray("columns"));
            switch (rs.getString("constraint_type")) {
                case "p":
                    t.primaryKey = Optional.of(new PrimaryKey(name, columns));
                    break;
                case "f":
                    t.foreignKeys.add(new ForeignKey(name, columns,
                            new QualifiedName(rs.getString("referenced_schema"), rs.getString("referenced_table")),
                            strings(rs.getArray("referenced_columns")),
                            ReferentialAction.fromCatalog(rs.getString("on_delete").charAt(0)),
                            ReferentialAction.fromCatalog(rs.getString("on_update").charAt(0)),
                            Deferral.of(rs.getBoolean("deferrable"), rs.getBoolean("deferred")),
                            rs.getBoolean("validated")));
                    break;
                case "c":
                    t.checks.add(new CheckConstraint(name, checkExpression(rs.getString("definition")),
                            rs.getBoolean("validated")));
                    break;
                default:
                    break; // unique constraints come with their index
            }
        }

        /** {@code CHECK (a > 0) NOT VALID} gives {@code a > 0}. */
        static String checkExpression(String definition) {
            String d = definition.strip();
            if (!d.startsWith("CHECK (")) {
                return d;
            }
            int depth = 0;
            boolean inString = false;
            for (int i = "CHECK ".length(); i < d.length(); i++) {
                char ch = d.charAt(i);
                if (inString) {
                    inString = ch != '\'';
                } else if (ch == '\'') {
                    inString = true;
                } else if (ch == '(') {
                    depth++;
                } else if (ch == ')' && --depth == 0) {
                    return d.substring("CHECK (".length(), i).strip();
                }
            }
            return d;
        }

        void indexElement(ResultSet rs) throws SQLException {
            QualifiedName table = tableName(rs);
            String name = rs.getString("index_name");
            if (currentIndex == null || !currentIndex.table.equals(table) || !currentIndex.name.equals(name)) {
                finishIndex();
                IndexKind kind = "u".equals(rs.getString("constraint_type")) ? IndexKind.UNIQUE_CONSTRAINT
                        : rs.getBoolean("is_unique") ? IndexKind.UNIQUE_INDEX : IndexKind.INDEX;
                currentIndex = new IndexParts(table, name, kind, IndexMethod.fromAmName(rs.getString("method")),
                        Optional.ofNullable(rs.getString("predicate")), rs.getBoolean("nulls_not_distinct"));
            }
            int position = rs.getInt("position");
            String column = rs.getString("column_name");
            if (position > rs.getInt("key_count")) {
                currentIndex.include.add(column);
                return;
            }
            int options = rs.getInt("options");
            IndexElement.SortOrder order = (options & 1) != 0 ? IndexElement.SortOrder.DESC
                    : IndexElement.SortOrder.ASC;
            IndexElement.NullsOrder nulls = (options & 2) != 0 ? IndexElement.NullsOrder.FIRST
                    : IndexElement.NullsOrder.LAST;
            Optional<String> opclass = rs.getBoolean("opclass_is_default") ? Optional.empty()
                    : Optional.ofNullable(rs.getString("opclass_name"));
            IndexElement.Key key = column != null ? IndexElement.Key.COLUMN : IndexElement.Key.EXPRESSION;
            String text = column != null ? column : rs.getString("element_def");
            currentIndex.elements.add(new IndexElement(key, text, order, nulls, opclass, Optional.empty()));
        }

        private void finishIndex() {
            if (currentIndex == null) {
                return;
            }
            TableParts t = tables.get(currentIndex.table);
            if (t != null) {
                t.indexes.add(new Index(currentIndex.name, currentIndex.kind, currentIndex.method,
                        currentIndex.elements, currentIndex.include, currentIndex.predicate,
                        currentIndex.nullsNotDistinct));
            }
            currentIndex = null;
        }

        void enumValue(ResultSet rs) throws SQLException {
            List<String> values = enums.computeIfAbsent(
                    new QualifiedName(rs.getString("schema_name"), rs.getString("type_name")), k -> new ArrayList<>());
            String value = rs.getString("value");
            if (value != null) {
                values.add(value);
            }
        }

        void sequence(ResultSet rs) throws SQLException {
            String ownerTable = rs.getString("owner_table");
            Optional<Sequence.ColumnRef> owner = ownerTable == null ? Optional.empty()
                    : Optional.of(new Sequence.ColumnRef(new QualifiedName(rs.getString("owner_schema"), ownerTable),
                    rs.getString("owner_column")));
            sequences.add(new Sequence(new QualifiedName(rs.getString("schema_name"), rs.getString("sequence_name")),
                    PgType.parse(rs.getString("data_type")), rs.getLong("start_value"), rs.getLong("increment_by"),
                    rs.getLong("min_value"), rs.getLong("max_value"), rs.getLong("cache_size"),
                    rs.getBoolean("cycle"), owner));
        }

        void view(ResultSet rs) throws SQLException {
            views.add(new View(new QualifiedName(rs.getString("schema_name"), rs.getString("view_name")),
                    rs.getString("definition"), rs.getBoolean("materialized")));
        }

        void extension(ResultSet rs) throws SQLException {
            extensions.add(new Extension(rs.getString("name"), rs.getString("schema_name"), rs.getString("version")));
        }

        Schema build() {
            finishIndex();
            List<Table> out = new ArrayList<>(tables.size());
            tables.forEach((name, p) -> out.add(new Table(name, p.columns, p.primaryKey, p.indexes, p.foreignKeys,
                    p.checks)));
            List<EnumType> enumTypes = new ArrayList<>();
            enums.forEach((name, values) -> enumTypes.add(new EnumType(name, values)));
            return new Schema(namespaces, out, enumTypes, sequences, views, extensions);
        }

        private static QualifiedName tableName(ResultSet rs) throws SQLException {
            return new QualifiedName(rs.getString("schema_name"), rs.getString("table_name"));
        }

        private static List<String> strings(Array array) throws SQLException {
            if (array == null) {
                return List.of();
            }
            return List.of((String[]) array.getArray());
        }
    }

    private static final class TableParts {
        final List<Column> columns = new ArrayList<>();
        Optional<PrimaryKey> primaryKey = Optional.empty();
        final List<Index> indexes = new ArrayList<>();
        final List<ForeignKey> foreignKeys = new ArrayList<>();
        final List<CheckConstraint> checks = new ArrayList<>();
    }

    private static final class IndexParts {
        final QualifiedName table;
        final String name;
        final IndexKind kind;
        final IndexMethod method;
        final Optional<String> predicate;
        final boolean nullsNotDistinct;
        final List<IndexElement> elements = new ArrayList<>();
        final List<String> include = new ArrayList<>();

        IndexParts(QualifiedName table, String name, IndexKind kind, IndexMethod method, Optional<String> predicate,
                   boolean nullsNotDistinct) {
            this.table = table;
            this.name = name;
            this.kind = kind;
            this.method = method;
            this.predicate = predicate;
            this.nullsNotDistinct = nullsNotDistinct;
        }
    }
}
