package dev.keel.compile;

import dev.keel.psl.model.Arity;
import dev.keel.psl.model.DefaultValue;
import dev.keel.psl.model.FieldTypeRef;
import dev.keel.psl.model.IndexAlgorithm;
import dev.keel.psl.model.IndexField;
import dev.keel.psl.model.IndexKind;
import dev.keel.psl.model.PslEnum;
import dev.keel.psl.model.PslModel;
import dev.keel.psl.model.PslSchema;
import dev.keel.psl.model.Relation;
import dev.keel.psl.model.RelationField;
import dev.keel.psl.model.RelationKind;
import dev.keel.psl.model.RelationMode;
import dev.keel.psl.model.ScalarField;
import dev.keel.psl.model.ScalarType;
import dev.keel.psl.model.SortOrder;
import dev.keel.diff.SourceOrder;
import dev.keel.schema.Autoincrement;
import dev.keel.schema.Column;
import dev.keel.schema.EnumType;
import dev.keel.schema.ForeignKey;
import dev.keel.schema.Identifiers;
import dev.keel.schema.Index;
import dev.keel.schema.IndexElement;
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
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A validated Prisma schema to the PostgreSQL model, exactly as Prisma's {@code sql_schema_calculator} maps it:
 * one table per model (views are not managed), columns in field order, Prisma's constraint names, foreign keys
 * from the relation side that holds {@code fields:}, implicit many-to-many join tables, enums, and SERIAL sequences
 * for {@code autoincrement()}. Client-side defaults ({@code uuid()}, {@code cuid()}...) and {@code @updatedAt} give no
 * database default. The result is normalised like an introspected schema.
 */
public final class Compiler {
    private final PslSchema psl;
    private final String defaultSchema;
    private final Map<String, Table> tables = new LinkedHashMap<>();
    private final List<Sequence> sequences = new ArrayList<>();
    private final Map<QualifiedName, List<String>> indexOrder = new LinkedHashMap<>();
    private final Map<QualifiedName, List<String>> foreignKeyOrder = new LinkedHashMap<>();
    private final WrittenSpellings written = new WrittenSpellings();
    /** Name look-ups run per relation field and per enum column; a scan of the schema each time was quadratic. */
    private final Map<String, PslModel> modelsByName = new HashMap<>();
    private final Map<String, PslEnum> enumsByName = new HashMap<>();
    private final Map<String, PgType> enumTypes = new HashMap<>();

    private Compiler(PslSchema psl, String defaultSchema) {
        this.psl = psl;
        this.defaultSchema = defaultSchema;
        // first declaration wins, as PslSchema.model / enumNamed find it
        psl.models().forEach(m -> modelsByName.putIfAbsent(m.name(), m));
        psl.enums().forEach(e -> enumsByName.putIfAbsent(e.name(), e));
    }

    private Optional<PslModel> model(String name) {
        return Optional.ofNullable(modelsByName.get(name));
    }

    private Optional<PslEnum> enumNamed(String name) {
        return Optional.ofNullable(enumsByName.get(name));
    }

    /**
     * The PostgreSQL model of a validated schema.
     *
     * @param defaultSchema the namespace for models without {@code @@schema} ({@code public}, or {@code ?schema=})
     */
    public static Schema compile(PslSchema psl, String defaultSchema) {
        return new Compiler(psl, defaultSchema).run().schema();
    }

    /**
     * The model together with what the differ and renderer need to reproduce Prisma's script byte for byte: the
     * declaration order of models, enums, indexes and relations, the spellings the schema wrote, and whether Prisma
     * qualifies names (it does when the datasource lists {@code schemas}).
     */
    public static CompiledSchema compileWithSource(PslSchema psl, String defaultSchema) {
        return new Compiler(psl, defaultSchema).run();
    }

    private CompiledSchema run() {
        // Prisma manages the datasource's schemas when it lists them, else the connection's schema alone
        List<String> schemaNames = psl.datasource().map(ds -> ds.schemas()).filter(l -> !l.isEmpty())
                .orElse(List.of(defaultSchema));
        List<Namespace> namespaces = schemaNames.stream().map(Namespace::new).toList();
        List<EnumType> enums = psl.enums().stream()
                .map(e -> new EnumType(enumName(e), e.values().stream().map(v -> v.dbName()).toList())).toList();
        boolean foreignKeys = psl.datasource().map(d -> d.relationMode() == RelationMode.FOREIGN_KEYS).orElse(true);
        // a table gets its foreign keys when it is built (they depend only on the models), not in a second pass
        // that rebuilt every table
        for (PslModel m : psl.models()) {
            if (!m.view()) {
                tables.put(m.name(), table(m, foreignKeys ? foreignKeys(m) : List.of()));
            }
        }
        for (Relation r : joinRelationsInPrismaOrder()) {
            joinTable(r, foreignKeys);
        }
        Schema schema = Normalize.schema(new Schema(namespaces, new ArrayList<>(tables.values()), enums, sequences,
                List.of(), extensions()));
        SourceOrder order = new SourceOrder(
                tables.values().stream().map(t -> truncated(t.name())).toList(),
                enums.stream().map(e -> truncated(e.name())).toList(),
                truncatedKeys(indexOrder), truncatedKeys(foreignKeyOrder), written.resolve(schema));
        boolean qualified = psl.datasource().map(ds -> !ds.schemas().isEmpty()).orElse(false);
        return new CompiledSchema(schema, order, qualified);
    }

    /**
     * The datasource's {@code extensions}, which Prisma manages only with the {@code postgresqlExtensions} preview
     * feature; schema and version stay empty unless the schema gives them (Prisma's {@code CREATE EXTENSION} then
     * names neither, and its differ leaves an installed extension's schema and version alone).
     */
    private List<dev.keel.schema.Extension> extensions() {
        if (!psl.previewFeatures().contains("postgresqlExtensions")) {
            return List.of();
        }
        return psl.datasource().map(ds -> ds.extensions().stream().map(e -> new dev.keel.schema.Extension(
                e.effectiveDbName(), e.schema().orElse(""), e.version().orElse(""))).toList()).orElse(List.of());
    }

    /**
     * Implicit many-to-many relations in the order Prisma's parser database stores them: it records each one at the
     * relation field of model A, walking models in declaration order and fields in field order.
     */
    private List<Relation> joinRelationsInPrismaOrder() {
        List<Relation> out = new ArrayList<>();
        for (Relation r : psl.relations()) {
            if (r.kind() == RelationKind.IMPLICIT_MANY_TO_MANY && tables.containsKey(r.modelA())
                    && tables.containsKey(r.modelB())) {
                out.add(r);
            }
        }
        Map<String, Integer> modelIndex = new HashMap<>();
        for (int i = 0; i < psl.models().size(); i++) {
            modelIndex.putIfAbsent(psl.models().get(i).name(), i);
        }
        out.sort(Comparator.<Relation>comparingInt(r -> modelIndex.getOrDefault(r.modelA(), -1))
                .thenComparingInt(r -> model(r.modelA()).orElseThrow().fieldOrder().indexOf(r.fieldA())));
        return out;
    }

    static QualifiedName truncated(QualifiedName q) {
        String schema = Identifiers.truncate(q.schema());
        String name = Identifiers.truncate(q.name());
        return schema == q.schema() && name == q.name() ? q : new QualifiedName(schema, name);
    }

    private static Map<QualifiedName, List<String>> truncatedKeys(Map<QualifiedName, List<String>> names) {
        Map<QualifiedName, List<String>> out = new LinkedHashMap<>();
        names.forEach((t, list) -> {
            List<String> names1 = List.copyOf(list);
            for (String n : list) {
                if (Identifiers.truncate(n) != n) {
                    names1 = list.stream().map(Identifiers::truncate).toList();
                    break;
                }
            }
            out.put(truncated(t), names1);
        });
        return out;
    }

    /**
     * The schema an extension's types live in: its {@code schema:} in the datasource's {@code extensions}, else the
     * default schema (the first on Prisma's search path, where {@code CREATE EXTENSION} puts them).
     */
    private String extensionSchema(String extension) {
        return psl.datasource().flatMap(ds -> ds.extensions().stream()
                .filter(e -> e.effectiveDbName().equals(extension)).findFirst()).flatMap(e -> e.schema())
                .orElse(defaultSchema);
    }

    private QualifiedName tableName(PslModel m) {
        return new QualifiedName(m.schema().orElse(defaultSchema), m.dbName());
    }

    private QualifiedName enumName(PslEnum e) {
        return new QualifiedName(e.schema().orElse(defaultSchema), e.dbName());
    }

    private Table table(PslModel m, List<ForeignKey> foreignKeys) {
        QualifiedName name = tableName(m);
        List<Column> columns = new ArrayList<>();
        for (ScalarField f : m.scalarFields()) {
            columns.add(column(name, f));
        }
        Optional<PrimaryKey> pk = m.primaryKey().map(p -> {
            String[] cols = new String[p.fields().size()];
            for (int i = 0; i < cols.length; i++) {
                cols[i] = columnName(m, p.fields().get(i).field());
            }
            return new PrimaryKey(p.dbName(), List.of(cols));
        });
        List<Index> indexes = new ArrayList<>();
        for (dev.keel.psl.model.Index i : m.indexes()) {
            if (i.kind() == IndexKind.FULLTEXT) {
                continue;
            }
            Index index = index(name, i, columns, m);
            indexes.add(index);
            indexOrder.computeIfAbsent(name, k -> new ArrayList<>()).add(index.name());
        }
        return new Table(name, columns, pk, indexes, foreignKeys, List.of());
    }

    private static List<String> columnNames(PslModel m, List<String> fields) {
        String[] out = new String[fields.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = columnName(m, fields.get(i));
        }
        return List.of(out);
    }

    private static String columnName(PslModel m, String field) {
        return m.scalarField(field).map(ScalarField::dbName).orElse(field);
    }

    private Column column(QualifiedName table, ScalarField f) {
        PgType type;
        if (f.type() instanceof FieldTypeRef.Scalar s) {
            type = f.nativeType().isPresent()
                    ? ColumnTypes.forNative(f.nativeType().get(), f.nativeType().get().name().equals("Citext")
                    ? extensionSchema("citext") : defaultSchema)
                    : ColumnTypes.forScalar(s.type());
        } else if (f.type() instanceof FieldTypeRef.EnumRef e) {
            // one (immutable) type per enum, shared by its columns
            type = enumTypes.computeIfAbsent(e.enumName(), n -> PgType.enumType(enumNamed(n).map(this::enumName)
                    .orElse(new QualifiedName(defaultSchema, n))));
        } else {
            String dbType = ((FieldTypeRef.Unsupported) f.type()).dbType();
            type = unsupported(dbType);
            // Prisma writes an Unsupported type exactly as the schema does
            written.type(table, f.dbName(), dbType + (f.arity() == Arity.LIST ? "[]" : ""));
        }
        if (f.arity() == Arity.LIST) {
            type = type.array();
        }
        if (f.nativeType().isPresent()) {
            var n = f.nativeType().get();
            if (n.args().isEmpty() && (n.name().equals("Char") || n.name().equals("Bit"))) {
                written.type(table, f.dbName(), n.name().toUpperCase() + (f.arity() == Arity.LIST ? "[]" : ""));
            }
        }
        // every column of the schema passes here: one Column each, no lambdas
        boolean nullable = f.arity() != Arity.REQUIRED;
        if (f.defaultValue().isEmpty()) {
            return Column.of(f.dbName(), type, nullable);
        }
        DefaultValue d = f.defaultValue().get().value();
        if (d instanceof DefaultValue.Autoincrement) {
            if (!type.isArray() && (type.name().equals("integer") || type.name().equals("bigint")
                    || type.name().equals("smallint"))) {
                sequences.add(Sequence.serialFor(table, f.dbName(), type));
                return new Column(f.dbName(), type, nullable, Optional.empty(), Autoincrement.SERIAL,
                        Optional.empty(), Optional.empty());
            }
            return Column.of(f.dbName(), type, nullable);
        }
        Optional<dev.keel.schema.DefaultValue> db = databaseDefault(d, f);
        if (db.isEmpty()) {
            return Column.of(f.dbName(), type, nullable);
        }
        dev.keel.schema.DefaultValue v = db.get();
        if (v instanceof dev.keel.schema.DefaultValue.Literal
                || v instanceof dev.keel.schema.DefaultValue.DbGenerated g && g.text().isPresent()) {
            written.defaultValue(table, f.dbName(), v.sql().orElseThrow());
        }
        return new Column(f.dbName(), type, nullable, db, Autoincrement.NONE, Optional.empty(), Optional.empty());
    }

    /**
     * {@code Unsupported("...")}: a built-in type as PostgreSQL names it, or a type from an extension, which lives in
     * the extension's schema and whose modifiers PostgreSQL prints without spaces ({@code geometry(Point,4326)}).
     */
    private PgType unsupported(String dbType) {
        PgType t = PgType.parse(dbType);
        if (t.kind() != PgType.Kind.OTHER || t.schema().isPresent()) {
            return t;
        }
        String name = t.name().replaceAll("\\s*,\\s*", ",").replaceAll("\\s*\\(\\s*", "(")
                .replaceAll("\\s*\\)", ")");
        int paren = name.indexOf('(');
        String base = paren < 0 ? name : name.substring(0, paren);
        return PgType.other(new QualifiedName(extensionSchema(base), name)).withArrayDimensions(t.arrayDimensions());
    }

    /** {@code now()}: one immutable value for every such column. */
    private static final Optional<dev.keel.schema.DefaultValue> NOW =
            Optional.of(new dev.keel.schema.DefaultValue.Expression("CURRENT_TIMESTAMP"));

    private Optional<dev.keel.schema.DefaultValue> databaseDefault(DefaultValue d, ScalarField f) {
        if (d instanceof DefaultValue.Now) {
            return NOW;
        }
        if (d instanceof DefaultValue.DbGenerated g) {
            return Optional.of(new dev.keel.schema.DefaultValue.DbGenerated(g.expression()));
        }
        if (d instanceof DefaultValue.EnumValue || d instanceof DefaultValue.Literal
                || d instanceof DefaultValue.ListLiteral) {
            return Optional.of(new dev.keel.schema.DefaultValue.Literal(literal(d, f)));
        }
        // uuid(), cuid(), nanoid(), ulid(), sequence(): generated by Prisma Client, nothing in the database.
        return Optional.empty();
    }

    private String literal(DefaultValue d, ScalarField f) {
        if (d instanceof DefaultValue.ListLiteral list) {
            List<String> items = list.values().stream().map(v -> literal(v, f)).toList();
            return "ARRAY[" + String.join(", ", items) + "]";
        }
        if (d instanceof DefaultValue.EnumValue e) {
            String enumName = ((FieldTypeRef.EnumRef) f.type()).enumName();
            String db = enumNamed(enumName).flatMap(en -> en.values().stream()
                    .filter(v -> v.name().equals(e.value())).findFirst()).map(v -> v.dbName()).orElse(e.value());
            return quote(db);
        }
        DefaultValue.Literal l = (DefaultValue.Literal) d;
        ScalarType scalar = f.type() instanceof FieldTypeRef.Scalar s ? s.type() : ScalarType.String;
        return switch (l.kind()) {
            case BOOLEAN -> l.text();
            case NUMBER -> l.text();
            case STRING -> switch (scalar) {
                case Bytes -> quote("\\x" + HexFormat.of().formatHex(decodeBase64(l.text())));
                case Decimal -> l.text();
                case DateTime -> quote(PrismaDateTime.display(l.text()));
                default -> quote(l.text());
            };
        };
    }

    private static byte[] decodeBase64(String text) {
        try {
            return Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            return new byte[0];
        }
    }

    private static String quote(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    private Index index(QualifiedName table, dev.keel.psl.model.Index i, List<Column> columns, PslModel m) {
        IndexMethod method = i.algorithm().map(Compiler::method).orElse(IndexMethod.BTREE);
        List<IndexElement> elements = new ArrayList<>();
        List<Optional<String>> written = new ArrayList<>();
        boolean defaultWritten = false;
        for (IndexField f : i.fields()) {
            String col = columnName(m, f.field());
            IndexElement.SortOrder order = f.sort().filter(s -> s == SortOrder.Desc).isPresent()
                    ? IndexElement.SortOrder.DESC : IndexElement.SortOrder.ASC;
            IndexElement e = IndexElement.column(col, order);
            Optional<String> op = f.operatorClass().map(o -> f.rawOperatorClass() ? o : OperatorClassNames.pgName(o));
            if (op.isPresent()) {
                PgType type = columns.stream().filter(c -> c.name().equals(col)).findFirst().map(Column::type)
                        .orElse(PgType.builtin("text"));
                if (OperatorClassNames.isDefault(op.get(), method, type.name(), type.isArray())) {
                    // the database does not remember a default operator class; Prisma still prints it
                    defaultWritten = true;
                } else {
                    e = e.withOpclass(op.get());
                }
            }
            written.add(op);
            elements.add(e);
        }
        dev.keel.schema.IndexKind kind = i.kind() == IndexKind.UNIQUE ? dev.keel.schema.IndexKind.UNIQUE_INDEX
                : dev.keel.schema.IndexKind.INDEX;
        Index index = new Index(i.dbName(), kind, method, elements, List.of(), i.where(), false);
        if (defaultWritten) {
            this.written.opclasses(table, index.name(), written);
        }
        return index;
    }

    private static IndexMethod method(IndexAlgorithm a) {
        return switch (a) {
            case BTree -> IndexMethod.BTREE;
            case Hash -> IndexMethod.HASH;
            case Gist -> IndexMethod.GIST;
            case Gin -> IndexMethod.GIN;
            case SpGist -> IndexMethod.SPGIST;
            case Brin -> IndexMethod.BRIN;
        };
    }

    private List<ForeignKey> foreignKeys(PslModel m) {
        List<ForeignKey> fks = new ArrayList<>(m.relationFields().size());
        for (RelationField rf : m.relationFields()) {
            if (!rf.holdsForeignKey()) {
                continue;
            }
            Optional<PslModel> target = model(rf.targetModel());
            if (target.isEmpty() || target.get().view()) {
                continue;
            }
            QualifiedName table = tableName(m);
            List<String> columns = columnNames(m, rf.fields());
            List<String> referenced = columnNames(target.get(), rf.references());
            String name = rf.foreignKeyName().orElseGet(() -> rf.map().orElse(table.name() + "_fkey"));
            fks.add(ForeignKey.of(name, columns, tableName(target.get()), referenced, action(rf.effectiveOnDelete()),
                    action(rf.effectiveOnUpdate())));
            foreignKeyOrder.computeIfAbsent(table, k -> new ArrayList<>()).add(name);
        }
        return fks;
    }

    private static ReferentialAction action(dev.keel.psl.model.ReferentialAction a) {
        return switch (a) {
            case Cascade -> ReferentialAction.CASCADE;
            case Restrict -> ReferentialAction.RESTRICT;
            case NoAction -> ReferentialAction.NO_ACTION;
            case SetNull -> ReferentialAction.SET_NULL;
            case SetDefault -> ReferentialAction.SET_DEFAULT;
        };
    }

    /** The {@code _<relation>} table: columns A and B, PK (A, B), index on B, cascading FKs to both sides. */
    private void joinTable(Relation r, boolean foreignKeys) {
        PslModel a = model(r.modelA()).orElseThrow();
        PslModel b = model(r.modelB()).orElseThrow();
        Table ta = tables.get(a.name());
        Table tb = tables.get(b.name());
        if (ta.primaryKey().isEmpty() || tb.primaryKey().isEmpty()) {
            return;
        }
        String tableName = ConstraintNames.takeChars(r.joinTableName(), ConstraintNames.LIMIT);
        QualifiedName name = new QualifiedName(ta.name().schema(), tableName);
        String aPk = ta.primaryKey().get().columns().get(0);
        String bPk = tb.primaryKey().get().columns().get(0);
        PgType aType = ta.column(aPk).orElseThrow().type();
        PgType bType = tb.column(bPk).orElseThrow().type();
        List<Column> columns = List.of(Column.of("A", aType, false), Column.of("B", bType, false));
        PrimaryKey pk = new PrimaryKey(ConstraintNames.takeChars(tableName, ConstraintNames.LIMIT - 8) + "_AB_pkey",
                List.of("A", "B"));
        Index bIndex = Index.of(ConstraintNames.takeChars(tableName, ConstraintNames.LIMIT - 8) + "_B_index",
                dev.keel.schema.IndexKind.INDEX, "B");
        List<ForeignKey> fks = new ArrayList<>();
        if (foreignKeys) {
            int maxTable = ConstraintNames.LIMIT - 5 - 2;
            String aFk = (tableName.length() > maxTable ? tableName.substring(0, maxTable) : tableName) + "_A_fkey";
            String bFk = (tableName.length() >= maxTable ? tableName.substring(0, maxTable) : tableName) + "_B_fkey";
            fks.add(ForeignKey.of(aFk, List.of("A"), ta.name(), List.of(aPk), ReferentialAction.CASCADE,
                    ReferentialAction.CASCADE));
            fks.add(ForeignKey.of(bFk, List.of("B"), tb.name(), List.of(bPk), ReferentialAction.CASCADE,
                    ReferentialAction.CASCADE));
        }
        tables.put("_join_" + tableName, new Table(name, columns, Optional.of(pk), List.of(bIndex), fks, List.of()));
        indexOrder.put(name, List.of(bIndex.name()));
        foreignKeyOrder.put(name, fks.stream().map(ForeignKey::name).toList());
    }
}
