package dev.keel.psl.validate;

import dev.keel.diag.Diagnostics;
import dev.keel.diag.Span;
import dev.keel.psl.ast.Attribute;
import dev.keel.psl.ast.Field;
import dev.keel.psl.ast.SchemaFileAst;
import dev.keel.psl.ast.Top;
import dev.keel.psl.model.Arity;
import dev.keel.psl.model.FieldDefault;
import dev.keel.psl.model.FieldTypeRef;
import dev.keel.psl.model.IndexAlgorithm;
import dev.keel.psl.model.IndexField;
import dev.keel.psl.model.IndexKind;
import dev.keel.psl.model.NativeType;
import dev.keel.psl.model.ReferentialAction;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The working state of one validation run (Prisma's ParserDatabase): the name tables, the typed view of every
 * model, field and enum, filled pass by pass. Mutable and private to the validator; the public result is built from
 * it by {@code dev.keel.psl.resolve.ModelBuilder}-style code in {@link SchemaModelBuilder}.
 */
final class SchemaDb {
    final List<SchemaFileAst> asts;
    final Diagnostics diagnostics;
    final List<ModelInfo> models = new ArrayList<>();
    final List<EnumInfo> enums = new ArrayList<>();
    final List<Top.Model> compositeTypes = new ArrayList<>();
    final Map<String, Top> tops = new LinkedHashMap<>();
    final List<Top.ConfigBlock> datasources = new ArrayList<>();
    final List<Top.ConfigBlock> generators = new ArrayList<>();
    final List<RelationInfo> relations = new ArrayList<>();
    Config config = new Config();

    SchemaDb(List<SchemaFileAst> asts, Diagnostics diagnostics) {
        this.asts = asts;
        this.diagnostics = diagnostics;
    }

    /** First model of that name. Indexed: it runs once per relation field, and a scan made validation quadratic. */
    Optional<ModelInfo> model(String name) {
        for (; modelsIndexed < models.size(); modelsIndexed++) {
            modelsByName.putIfAbsent(models.get(modelsIndexed).name(), models.get(modelsIndexed));
        }
        return Optional.ofNullable(modelsByName.get(name));
    }

    /** {@link #models} is only ever appended to, so the index catches up with the entries added since last time. */
    private final Map<String, ModelInfo> modelsByName = new HashMap<>();
    private int modelsIndexed;

    Optional<EnumInfo> enumNamed(String name) {
        for (EnumInfo e : enums) {
            if (e.name().equals(name)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /**
     * The type name of a native type attribute's name ({@code db.VarChar} to {@code VarChar}): one string per distinct
     * attribute name (the parser interns those), so type look-ups hash it once per schema rather than once per field.
     */
    String nativeTypeName(String attributeName) {
        return nativeTypeNames.computeIfAbsent(attributeName, a -> a.substring(a.indexOf('.') + 1));
    }

    private final Map<String, String> nativeTypeNames = new HashMap<>();

    /** What the configuration blocks say (filled by {@link ConfigRules}). */
    static final class Config {
        Top.ConfigBlock datasource;
        String provider;
        boolean postgres;
        final Set<String> previewFeatures = new LinkedHashSet<>();
        final List<String> schemas = new ArrayList<>();
        Span schemasSpan;
        boolean relationModePrisma;
        final List<dev.keel.psl.model.Extension> extensions = new ArrayList<>();
        final List<Span> extensionSpans = new ArrayList<>();
        /** Span of the {@code extensions} property, when it was readable. */
        Span extensionsSpan;

        String datasourceName() {
            return datasource == null ? null : datasource.name().name();
        }
    }

    static final class ModelInfo {
        final Top.Model ast;
        final List<ScalarInfo> scalars = new ArrayList<>();
        final List<RelationFieldInfo> relationFields = new ArrayList<>();
        final List<IndexInfo> indexes = new ArrayList<>();
        IdInfo id;
        String mappedName;
        Span mapSpan;
        String schema;
        Span schemaSpan;
        boolean ignored;

        ModelInfo(Top.Model ast) {
            this.ast = ast;
        }

        String name() {
            return ast.name().name();
        }

        boolean isView() {
            return ast.isView();
        }

        String kind() {
            return isView() ? "view" : "model";
        }

        String dbName() {
            return mappedName != null ? mappedName : name();
        }

        /** Name lookups, built once the fields are typed ({@link #index()}); first declaration wins. */
        private final Map<String, ScalarInfo> scalarByName = new java.util.HashMap<>();
        private final Map<String, RelationFieldInfo> relationByName = new java.util.HashMap<>();

        void index() {
            for (ScalarInfo s : scalars) {
                scalarByName.putIfAbsent(s.name(), s);
            }
            for (RelationFieldInfo r : relationFields) {
                relationByName.putIfAbsent(r.name(), r);
            }
        }

        Optional<ScalarInfo> scalar(String fieldName) {
            return Optional.ofNullable(scalarByName.get(fieldName));
        }

        Optional<RelationFieldInfo> relationField(String fieldName) {
            return Optional.ofNullable(relationByName.get(fieldName));
        }

        boolean hasField(String fieldName) {
            if (scalarByName.containsKey(fieldName) || relationByName.containsKey(fieldName)) {
                return true;
            }
            // a field without a usable type is neither: asked rarely (an unknown name), so scanned, not indexed
            for (Field f : ast.fields()) {
                if (f.name().name().equals(fieldName)) {
                    return true;
                }
            }
            return false;
        }
    }

    static final class ScalarInfo {
        final ModelInfo model;
        final Field ast;
        final FieldTypeRef type;
        /** Composite type name when the field's type is a composite type (MongoDB only). */
        final String compositeType;
        String mappedName;
        boolean ignored;
        boolean updatedAt;
        FieldDefault defaultValue;
        Attribute defaultAttribute;
        Span defaultValueSpan;
        /** A {@code @default(fn())} whose function only the connector can judge (reported later). */
        dev.keel.psl.ast.Expression.FunctionCall unknownDefaultFunction;
        NativeType nativeType;
        Attribute nativeAttribute;

        /** Fixed by the AST; asked by many rules, so read once. */
        private final Arity arity;

        ScalarInfo(ModelInfo model, Field ast, FieldTypeRef type, String compositeType) {
            this.model = model;
            this.ast = ast;
            this.type = type;
            this.compositeType = compositeType;
            this.arity = FieldsPass.arity(ast);
        }

        String name() {
            return ast.name().name();
        }

        String dbName() {
            return mappedName != null ? mappedName : name();
        }

        Arity arity() {
            return arity;
        }

        boolean isOptional() {
            return arity() == Arity.OPTIONAL;
        }

        boolean isList() {
            return arity() == Arity.LIST;
        }

        boolean isUnsupported() {
            return type instanceof FieldTypeRef.Unsupported;
        }
    }

    static final class RelationFieldInfo {
        final ModelInfo model;
        final Field ast;
        final ModelInfo target;
        List<ScalarInfo> fields;
        List<ScalarInfo> references;
        Span fieldsSpan;
        String name;
        ReferentialAction onDelete;
        Span onDeleteSpan;
        ReferentialAction onUpdate;
        Span onUpdateSpan;
        String map;
        /** Span of the {@code map:} argument of {@code @relation}. */
        Span mapSpan;
        boolean ignored;
        Attribute relationAttribute;
        RelationInfo relation;

        RelationFieldInfo(ModelInfo model, Field ast, ModelInfo target) {
            this.model = model;
            this.ast = ast;
            this.target = target;
        }

        String name() {
            return ast.name().name();
        }

        Arity arity() {
            return FieldsPass.arity(ast);
        }

        boolean hasFields() {
            return fields != null && !fields.isEmpty();
        }

        private String foreignKeyName;

        /**
         * The foreign key's name ({@code map:} or Prisma's default), null without {@code fields:}. Asked by several
         * rules and the model builder, which all run after the attributes are resolved, so it is computed once.
         */
        String foreignKeyName() {
            if (fields == null || fields.isEmpty()) {
                return null;
            }
            if (foreignKeyName == null) {
                foreignKeyName = map != null ? map : ConstraintNames.foreignKeyOf(model.dbName(), fields);
            }
            return foreignKeyName;
        }
    }

    static final class IdInfo {
        List<IndexField> fields = List.of();
        List<ScalarInfo> scalars = List.of();
        String name;
        String map;
        Boolean clustered;
        ScalarInfo sourceField;
        Attribute attribute;
        private String constraintName;

        /** {@code map:} or Prisma's default name; computed once, after the attributes are resolved. */
        String constraintName(ModelInfo model) {
            if (constraintName == null) {
                constraintName = map != null ? map : ConstraintNames.primaryKey(model.dbName());
            }
            return constraintName;
        }
    }

    static final class IndexInfo {
        IndexKind kind;
        List<IndexField> fields = List.of();
        List<ScalarInfo> scalars = List.of();
        ScalarInfo sourceField;
        String name;
        String map;
        IndexAlgorithm algorithm;
        Boolean clustered;
        Attribute attribute;
        /** {@code where: raw("...")}: the SQL predicate of a partial index. */
        String where;
        boolean hasWhere;

        boolean isUnique() {
            return kind == IndexKind.UNIQUE;
        }

        private String constraintName;

        /** {@code map:} or Prisma's default name; computed once, after the attributes are resolved. */
        String constraintName(ModelInfo model) {
            if (constraintName == null) {
                constraintName = map != null ? map : ConstraintNames.indexOf(model.dbName(), scalars, kind);
            }
            return constraintName;
        }
    }

    static final class EnumInfo {
        final Top.Enum ast;
        String mappedName;
        String schema;
        Span schemaSpan;
        final Map<String, String> mappedValues = new LinkedHashMap<>();

        EnumInfo(Top.Enum ast) {
            this.ast = ast;
        }

        String name() {
            return ast.name().name();
        }

        String dbName() {
            return mappedName != null ? mappedName : name();
        }
    }

    /** A relation after inference: forward side holds the @relation(fields) (or is first for m:n). */
    static final class RelationInfo {
        String name;
        boolean explicitName;
        dev.keel.psl.model.RelationKind kind;
        RelationFieldInfo forward;
        RelationFieldInfo back;
    }
}
