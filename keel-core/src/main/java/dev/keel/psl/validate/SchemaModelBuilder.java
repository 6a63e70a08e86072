package dev.keel.psl.validate;

import dev.keel.psl.ast.ConfigProperty;
import dev.keel.psl.ast.Expression;
import dev.keel.psl.ast.Field;
import dev.keel.psl.ast.Top;
import dev.keel.psl.model.Arity;
import dev.keel.psl.model.ConfigValue;
import dev.keel.psl.model.Datasource;
import dev.keel.psl.model.Generator;
import dev.keel.psl.model.Index;
import dev.keel.psl.model.IndexKind;
import dev.keel.psl.model.PrimaryKey;
import dev.keel.psl.model.PslEnum;
import dev.keel.psl.model.PslEnumValue;
import dev.keel.psl.model.PslModel;
import dev.keel.psl.model.PslSchema;
import dev.keel.psl.model.ReferentialAction;
import dev.keel.psl.model.Relation;
import dev.keel.psl.model.RelationField;
import dev.keel.psl.model.RelationMode;
import dev.keel.psl.model.ScalarField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns the validator's working state into the immutable {@link PslSchema} (valid schemas only). */
final class SchemaModelBuilder {
    private SchemaModelBuilder() {
    }

    static PslSchema build(SchemaDb db) {
        Optional<Datasource> ds = Optional.ofNullable(db.config.datasource).map(d -> datasource(db, d));
        List<Generator> generators = db.generators.stream().map(SchemaModelBuilder::generator).toList();
        List<PslModel> models = new ArrayList<>(db.models.size());
        for (SchemaDb.ModelInfo m : db.models) {
            models.add(model(m));
        }
        List<PslEnum> enums = db.enums.stream().map(e -> new PslEnum(e.name(), e.dbName(),
                Optional.ofNullable(e.schema), e.ast.values().stream().map(v -> new PslEnumValue(v.name().name(),
                e.mappedValues.getOrDefault(v.name().name(), v.name().name()))).toList(), e.ast.documentation()))
                .toList();
        List<Relation> relations = new ArrayList<>();
        for (SchemaDb.RelationInfo r : db.relations) {
            relations.add(new Relation(r.name, r.kind, r.forward.model.name(), r.forward.name(),
                    r.back != null ? r.back.model.name() : r.forward.target.name(),
                    Optional.ofNullable(r.back).map(SchemaDb.RelationFieldInfo::name)));
        }
        return new PslSchema(ds, generators, models, enums, relations);
    }

    static Optional<ConfigValue> configValue(Optional<Expression> e) {
        if (e.isEmpty()) {
            return Optional.empty();
        }
        if (e.get() instanceof Expression.StringValue s) {
            return Optional.of(new ConfigValue.Literal(s.value()));
        }
        if (e.get() instanceof Expression.FunctionCall f && f.name().equals("env")
                && f.arguments().arguments().size() == 1
                && f.arguments().arguments().get(0).value() instanceof Expression.StringValue s) {
            return Optional.of(new ConfigValue.EnvVar(s.value()));
        }
        return Optional.empty();
    }

    private static Optional<ConfigValue> property(Top.ConfigBlock block, String key) {
        return configValue(block.property(key).flatMap(ConfigProperty::value));
    }

    private static Datasource datasource(SchemaDb db, Top.ConfigBlock d) {
        return new Datasource(d.name().name(), db.config.provider == null ? "" : db.config.provider,
                property(d, "url"), property(d, "directUrl"), property(d, "shadowDatabaseUrl"), db.config.schemas,
                db.config.extensions, db.config.relationModePrisma ? RelationMode.PRISMA : RelationMode.FOREIGN_KEYS);
    }

    private static Generator generator(Top.ConfigBlock g) {
        List<String> features = new ArrayList<>();
        Map<String, String> config = new LinkedHashMap<>();
        for (ConfigProperty p : g.properties()) {
            if (p.value().isEmpty()) {
                continue;
            }
            Expression v = p.value().get();
            if (p.name().name().equals("previewFeatures")) {
                List<Expression> items = v instanceof Expression.ArrayValue a ? a.values() : List.of(v);
                for (Expression i : items) {
                    if (i instanceof Expression.StringValue s) {
                        features.add(s.value());
                    }
                }
            } else {
                config.put(p.name().name(), v instanceof Expression.StringValue s ? s.value() : v.source());
            }
        }
        return new Generator(g.name().name(), property(g, "provider"), property(g, "output"), features, config);
    }

    private static PslModel model(SchemaDb.ModelInfo m) {
        List<ScalarField> scalars = new ArrayList<>(m.scalars.size());
        for (SchemaDb.ScalarInfo s : m.scalars) {
            scalars.add(new ScalarField(s.name(), s.dbName(), s.type, s.arity(), Optional.ofNullable(s.nativeType),
                    Optional.ofNullable(s.defaultValue), s.updatedAt, s.ignored, s.ast.documentation()));
        }
        List<RelationField> relationFields = new ArrayList<>(m.relationFields.size());
        for (SchemaDb.RelationFieldInfo rf : m.relationFields) {
            relationFields.add(relationField(rf));
        }
        Optional<PrimaryKey> pk = Optional.ofNullable(m.id).map(id -> new PrimaryKey(id.fields,
                Optional.ofNullable(id.name), Optional.ofNullable(id.map),
                id.constraintName(m), id.sourceField != null));
        List<Index> indexes = new ArrayList<>(m.indexes.size());
        for (SchemaDb.IndexInfo i : m.indexes) {
            if (i.kind != IndexKind.FULLTEXT) {
                indexes.add(new Index(i.kind, i.fields, Optional.ofNullable(i.name), Optional.ofNullable(i.map),
                        i.constraintName(m), Optional.ofNullable(i.algorithm), Optional.ofNullable(i.clustered),
                        i.sourceField != null, Optional.ofNullable(i.where)));
            }
        }
        List<Field> fields = m.ast.fields();
        String[] fieldOrder = new String[fields.size()];
        for (int i = 0; i < fieldOrder.length; i++) {
            fieldOrder[i] = fields.get(i).name().name();
        }
        return new PslModel(m.name(), m.dbName(), Optional.ofNullable(m.schema), m.isView(), m.ignored, scalars,
                relationFields, pk, indexes, List.of(fieldOrder),
                m.ast.documentation());
    }

    private static List<String> names(List<SchemaDb.ScalarInfo> scalars) {
        if (scalars == null || scalars.isEmpty()) {
            return List.of();
        }
        String[] out = new String[scalars.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = scalars.get(i).name();
        }
        return List.of(out);
    }

    private static RelationField relationField(SchemaDb.RelationFieldInfo rf) {
        List<String> fields = names(rf.fields);
        List<String> references = names(rf.references);
        boolean anyOptional = false;
        if (rf.fields != null) {
            for (SchemaDb.ScalarInfo s : rf.fields) {
                anyOptional |= s.arity() != Arity.REQUIRED;
            }
        }
        ReferentialAction defaultOnDelete = anyOptional ? ReferentialAction.SetNull : ReferentialAction.Restrict;
        String relationName = rf.relation != null ? rf.relation.name
                : RelationsPass.implicitName(rf.model.name(), rf.target.name());
        return new RelationField(rf.name(), rf.target.name(), rf.arity(), relationName, fields, references,
                Optional.ofNullable(rf.onDelete), Optional.ofNullable(rf.onUpdate),
                rf.onDelete != null ? rf.onDelete : defaultOnDelete,
                rf.onUpdate != null ? rf.onUpdate : ReferentialAction.Cascade, Optional.ofNullable(rf.map),
                rf.fields == null || rf.fields.isEmpty() ? Optional.empty()
                        : Optional.of(rf.foreignKeyName()),
                rf.ignored);
    }
}
