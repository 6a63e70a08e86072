package dev.keel.psl.format;

import dev.keel.psl.ast.Argument;
import dev.keel.psl.ast.Attribute;
import dev.keel.psl.ast.Expression;
import dev.keel.psl.ast.Field;
import dev.keel.psl.ast.FieldType;
import dev.keel.psl.ast.SchemaFileAst;
import dev.keel.psl.ast.Top;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Just enough of Prisma's parser database for completing relations: models with their fields resolved into scalar
 * and relation fields, unique criteria, and relations paired up and classified the way Prisma's
 * {@code infer_relations} does. {@link #build} returns null when the schema has an error that Prisma's parser
 * database would report (then {@code prisma format} only re-lays out the text).
 */
record SchemaModel(List<Model> models, List<Relation> relations) {
    private static final Set<String> SCALARS =
            Set.of("String", "Boolean", "Int", "BigInt", "Float", "Decimal", "DateTime", "Json", "Bytes");
    private static final Set<String> SCALAR_FIELD_ATTRIBUTES =
            Set.of("map", "ignore", "id", "updatedAt", "default", "unique", "shardKey");
    private static final Set<String> REFERENTIAL_ACTIONS =
            Set.of("Cascade", "Restrict", "NoAction", "SetNull", "SetDefault");
    private static final Set<String> INDEX_TYPES = Set.of("BTree", "Hash", "Gist", "Gin", "SpGist", "Brin");
    private static final Set<String> RELATION_FIELD_ATTRIBUTES = Set.of("relation", "ignore");
    private static final Set<String> MODEL_ATTRIBUTES =
            Set.of("ignore", "id", "map", "schema", "index", "unique", "fulltext", "shardKey");

    enum Arity {
        REQUIRED, OPTIONAL, LIST
    }

    static final class Model {
        private final Top.Model ast;
        private final int fileId;
        private final List<FieldInfo> fields = new ArrayList<>();
        private final List<List<FieldInfo>> uniqueCriteria = new ArrayList<>();
        private final List<List<FieldInfo>> uniqueIndexes = new ArrayList<>();

        Model(Top.Model ast, int fileId) {
            this.ast = ast;
            this.fileId = fileId;
        }

        Top.Model ast() {
            return ast;
        }

        int fileId() {
            return fileId;
        }

        String name() {
            return ast.name().name();
        }

        boolean ignored() {
            return ast.attributes().stream().anyMatch(a -> a.name().name().equals("ignore"));
        }

        List<FieldInfo> fields() {
            return fields;
        }

        FieldInfo field(String name) {
            return fields.stream().filter(f -> f.name().equals(name)).findFirst().orElse(null);
        }

        FieldInfo scalarField(String name) {
            FieldInfo f = field(name);
            return f != null && f.target() == null ? f : null;
        }

        /** The primary key first, then unique indexes: field-level {@code @unique} in field order, then {@code @@unique}. */
        List<List<FieldInfo>> uniqueCriteria() {
            return uniqueCriteria;
        }

        /** Whether a unique index (not the primary key) covers exactly these fields, in this order. */
        boolean uniqueIndexesIncludeExactly(List<FieldInfo> fields) {
            return uniqueIndexes.contains(fields);
        }
    }

    static final class FieldInfo {
        private final Field ast;
        private final int fileId;
        private final Model model;
        private final Arity arity;
        private final String typeName;
        private final boolean unsupported;
        private Model target;
        private Attribute relationAttribute;
        private String relationName;
        private List<FieldInfo> fields;
        private List<FieldInfo> references;

        FieldInfo(Field ast, int fileId, Model model) {
            this.ast = ast;
            this.fileId = fileId;
            this.model = model;
            FieldType t = ast.type().orElseThrow();
            this.arity = t.isList() ? Arity.LIST : t.isOptional() ? Arity.OPTIONAL : Arity.REQUIRED;
            this.typeName = t.name();
            this.unsupported = t.unsupported();
        }

        Field ast() {
            return ast;
        }

        int fileId() {
            return fileId;
        }

        Model model() {
            return model;
        }

        String name() {
            return ast.name().name();
        }

        Arity arity() {
            return arity;
        }

        String typeName() {
            return typeName;
        }

        boolean unsupported() {
            return unsupported;
        }

        /** The model a relation field points to; null for a scalar field. */
        Model target() {
            return target;
        }

        Attribute relationAttribute() {
            return relationAttribute;
        }

        /** The {@code fields:} argument, resolved; null when absent. */
        List<FieldInfo> fields() {
            return fields;
        }

        /** The {@code references:} argument, resolved; null when absent. */
        List<FieldInfo> references() {
            return references;
        }
    }

    enum Kind {
        ONE_TO_ONE, ONE_TO_MANY, MANY_TO_MANY
    }

    /** {@code modelA} holds the foreign key (the forward side); {@code modelB} is referenced. */
    record Relation(Kind kind, Model modelA, Model modelB, FieldInfo forward, FieldInfo back) {
        boolean isInline() {
            return kind != Kind.MANY_TO_MANY;
        }

        boolean oneToOne() {
            return kind == Kind.ONE_TO_ONE;
        }
    }

    static boolean isStrict(List<FieldInfo> criteria) {
        return criteria.stream().noneMatch(f -> f.arity() == Arity.OPTIONAL || f.unsupported());
    }

    static SchemaModel build(List<SchemaFileAst> asts) {
        Map<String, Object> tops = new HashMap<>();
        List<Model> models = new ArrayList<>();
        for (int fileId = 0; fileId < asts.size(); fileId++) {
            for (Top top : asts.get(fileId).tops()) {
                if (top instanceof Top.ConfigBlock) {
                    continue;
                }
                if (tops.put(top.name().name(), top) != null) {
                    return null;
                }
                if (top instanceof Top.Model m && m.kind() != Top.ModelKind.TYPE) {
                    models.add(new Model(m, fileId));
                }
            }
        }
        Map<String, Model> modelsByName = new HashMap<>();
        models.forEach(m -> modelsByName.put(m.name(), m));

        for (Model m : models) {
            Set<String> names = new HashSet<>();
            for (Field f : m.ast().fields()) {
                if (f.type().isEmpty() || !names.add(f.name().name())) {
                    return null;
                }
                FieldInfo info = new FieldInfo(f, m.fileId(), m);
                FieldType t = f.type().get();
                if (t.form() != FieldType.Form.REQUIRED && t.form() != FieldType.Form.OPTIONAL
                        && t.form() != FieldType.Form.LIST) {
                    return null;
                }
                if (!t.unsupported() && !SCALARS.contains(t.name())) {
                    Object top = tops.get(t.name());
                    if (top == null) {
                        return null;
                    }
                    info.target = modelsByName.get(t.name());
                }
                m.fields.add(info);
            }
        }
        for (Model m : models) {
            if (!resolveAttributes(m) || !AttributeChecks.defaultsFit(m, tops)) {
                return null;
            }
        }
        for (SchemaFileAst ast : asts) {
            for (Top top : ast.tops()) {
                if (top instanceof Top.Enum e && !AttributeChecks.enumIsSound(e)) {
                    return null;
                }
            }
        }
        return new SchemaModel(models, inferRelations(models));
    }

    private static boolean resolveAttributes(Model m) {
        FieldInfo pk = null;
        List<List<FieldInfo>> fieldUniques = new ArrayList<>();
        for (FieldInfo f : m.fields) {
            Set<String> seen = new HashSet<>();
            if (f.ast().attributes().stream().filter(a -> a.name().name().contains(".")).count() > 1) {
                return false;
            }
            for (Attribute a : f.ast().attributes()) {
                String name = a.name().name();
                if (!name.contains(".") && !seen.add(name) || !AttributeChecks.argumentsFit(a, false)) {
                    return false;
                }
                if (f.target() != null) {
                    if (!RELATION_FIELD_ATTRIBUTES.contains(name)) {
                        return false;
                    }
                    if (name.equals("relation") && !relationAttribute(f, a)) {
                        return false;
                    }
                    continue;
                }
                if (name.contains(".")) {
                    if (f.unsupported() || !SCALARS.contains(f.typeName())) {
                        return false;
                    }
                    continue;
                }
                if (!SCALAR_FIELD_ATTRIBUTES.contains(name)) {
                    return false;
                }
                if (name.equals("map") && !AttributeChecks.stringArgument(a, "name")) {
                    return false;
                }
                if (name.equals("updatedAt") && (!f.typeName().equals("DateTime") || f.unsupported())) {
                    return false;
                }
                if (name.equals("id")) {
                    pk = f;
                }
                if (name.equals("unique")) {
                    fieldUniques.add(List.of(f));
                }
            }
        }
        List<List<FieldInfo>> blockUniques = new ArrayList<>();
        List<FieldInfo> blockPk = null;
        Set<String> singles = new HashSet<>();
        for (Attribute a : m.ast().attributes()) {
            String name = a.name().name();
            if (!name.equals("index") && !name.equals("unique") && !name.equals("fulltext") && !singles.add(name)) {
                return false;
            }
            if (name.equals("ignore") && m.fields.stream().anyMatch(f -> f.target() == null
                    && f.ast().attribute("ignore").isPresent())) {
                return false;
            }
            if (name.equals("index") && AttributeChecks.argument(a, "type", false).filter(t -> !(t instanceof Expression.ConstantValue c
                    && INDEX_TYPES.contains(c.value()))).isPresent()) {
                return false;
            }
            if (!MODEL_ATTRIBUTES.contains(name) || !AttributeChecks.argumentsFit(a, true)) {
                return false;
            }
            if ((name.equals("map") || name.equals("schema")) && !AttributeChecks.stringArgument(a, "name")) {
                return false;
            }
            if (name.equals("id") || name.equals("unique") || name.equals("index") || name.equals("fulltext")) {
                Optional<Expression> fieldsArg = AttributeChecks.argument(a, "fields", true);
                if (fieldsArg.isEmpty()) {
                    return false;
                }
                List<FieldInfo> fields = resolveIndexFields(m, fieldsArg.get());
                if (fields == null) {
                    return false;
                }
                if (name.equals("id")) {
                    if (pk != null || blockPk != null) {
                        return false;
                    }
                    blockPk = fields;
                } else if (name.equals("unique")) {
                    blockUniques.add(fields);
                }
            }
        }
        if (pk != null) {
            m.uniqueCriteria.add(List.of(pk));
        } else if (blockPk != null) {
            m.uniqueCriteria.add(blockPk);
        }
        m.uniqueIndexes.addAll(fieldUniques);
        m.uniqueIndexes.addAll(blockUniques);
        m.uniqueCriteria.addAll(m.uniqueIndexes);
        return true;
    }

    private static boolean relationAttribute(FieldInfo f, Attribute a) {
        f.relationAttribute = a;
        Optional<Expression> fields = AttributeChecks.argument(a, "fields", false);
        if (fields.isPresent()) {
            f.fields = resolveFields(f.model(), fields.get());
            if (f.fields == null) {
                return false;
            }
        }
        Optional<Expression> references = AttributeChecks.argument(a, "references", false);
        if (references.isPresent()) {
            f.references = resolveFields(f.target(), references.get());
            if (f.references == null) {
                return false;
            }
        }
        for (String action : List.of("onDelete", "onUpdate")) {
            Optional<Expression> value = AttributeChecks.argument(a, action, false);
            if (value.isPresent() && !(value.get() instanceof Expression.ConstantValue c
                    && REFERENTIAL_ACTIONS.contains(c.value()))) {
                return false;
            }
        }
        Optional<Expression> name = AttributeChecks.argument(a, "name", true);
        boolean nameTwice = AttributeChecks.argument(a, "name", false).isPresent()
                && a.arguments().arguments().stream().anyMatch(Argument::isPositional);
        if (name.isPresent() && !nameTwice) {
            if (!(name.get() instanceof Expression.StringValue s) || s.value().isEmpty()) {
                return false;
            }
            f.relationName = s.value();
        }
        return true;
    }

    private static List<String> constants(Expression e) {
        List<Expression> values = e instanceof Expression.ArrayValue arr ? arr.values() : List.of(e);
        List<String> out = new ArrayList<>();
        for (Expression v : values) {
            if (!(v instanceof Expression.ConstantValue c)) {
                return null;
            }
            out.add(c.value());
        }
        return out;
    }

    /** Field names of {@code @relation(fields:/references:)}: every one a scalar field of the model, no repeats. */
    private static List<FieldInfo> resolveFields(Model m, Expression e) {
        List<String> names = constants(e);
        if (names == null) {
            return null;
        }
        List<FieldInfo> out = new ArrayList<>();
        for (String n : names) {
            FieldInfo f = m.field(n);
            if (f == null || f.target() != null || out.contains(f)) {
                return null;
            }
            out.add(f);
        }
        return out;
    }

    /** Index field lists may carry arguments ({@code name(sort: Desc)}); only the names matter here. */
    private static List<FieldInfo> resolveIndexFields(Model m, Expression e) {
        List<Expression> values = e instanceof Expression.ArrayValue arr ? arr.values() : List.of(e);
        List<FieldInfo> out = new ArrayList<>();
        for (Expression v : values) {
            String n;
            if (v instanceof Expression.ConstantValue c) {
                n = c.value();
            } else if (v instanceof Expression.FunctionCall fc) {
                n = fc.name();
            } else {
                return null;
            }
            FieldInfo f = m.field(n);
            if (f == null || f.target() != null) {
                return null;
            }
            out.add(f);
        }
        return out;
    }

    private static List<Relation> inferRelations(List<Model> models) {
        List<Relation> relations = new ArrayList<>();
        for (Model m : models) {
            for (FieldInfo rf : m.fields) {
                if (rf.target() == null) {
                    continue;
                }
                Relation r = ingest(rf);
                if (r != null) {
                    relations.add(r);
                }
            }
        }
        return relations;
    }

    private static int compare(String modelA, String fieldA, String modelB, String fieldB) {
        int c = modelA.compareTo(modelB);
        return c != 0 ? c : fieldA.compareTo(fieldB);
    }

    private static Relation ingest(FieldInfo rf) {
        Model model = rf.model();
        Model opposite = rf.target();
        boolean self = model == opposite;
        FieldInfo opp = null;
        for (FieldInfo candidate : opposite.fields) {
            if (candidate.target() == model && (!self || candidate != rf)
                    && Objects.equals(candidate.relationName, rf.relationName)) {
                opp = candidate;
                break;
            }
        }
        Arity arity = rf.arity();
        if (opp != null) {
            if (arity == Arity.LIST && opp.arity() == Arity.LIST) {
                if (model.name().compareTo(opposite.name()) > 0) {
                    return null;
                }
                if (self && rf.name().compareTo(opp.name()) > 0) {
                    return null;
                }
                return new Relation(Kind.MANY_TO_MANY, model, opposite, rf, opp);
            }
            if (arity == Arity.REQUIRED && opp.arity() == Arity.OPTIONAL) {
                return new Relation(Kind.ONE_TO_ONE, model, opposite, rf, opp);
            }
            if (arity == Arity.REQUIRED && opp.arity() == Arity.REQUIRED) {
                if (compare(model.name(), rf.name(), opposite.name(), opp.name()) > 0) {
                    return null;
                }
                return new Relation(Kind.ONE_TO_ONE, model, opposite, rf, opp);
            }
            if (arity == Arity.OPTIONAL && opp.arity() == Arity.REQUIRED) {
                return null;
            }
            if (arity == Arity.OPTIONAL && opp.arity() == Arity.OPTIONAL) {
                if (rf.fields() != null) {
                    return new Relation(Kind.ONE_TO_ONE, model, opposite, rf, opp);
                }
                if (opp.fields() == null) {
                    if (compare(model.name(), rf.name(), opposite.name(), opp.name()) > 0) {
                        return null;
                    }
                    return new Relation(Kind.ONE_TO_ONE, model, opposite, rf, opp);
                }
                return null;
            }
            if (arity == Arity.LIST) {
                return null;
            }
            return new Relation(Kind.ONE_TO_MANY, model, opposite, rf, opp);
        }
        if (arity == Arity.LIST) {
            // Only the back side is written: the referenced model is this one.
            return new Relation(Kind.ONE_TO_MANY, opposite, model, null, rf);
        }
        boolean unique = rf.fields() != null && model.uniqueIndexesIncludeExactly(rf.fields());
        return new Relation(unique ? Kind.ONE_TO_ONE : Kind.ONE_TO_MANY, model, opposite, rf, null);
    }
}
