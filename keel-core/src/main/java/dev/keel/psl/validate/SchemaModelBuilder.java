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
        List<PslModel> models = db.models.stream().map(SchemaModelBuilder::model).toList();
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
        List<ScalarField> scalars = m.scalars.stream().map(s -> new ScalarField(s.name(), s.dbName(), s.type,
                s.arity(), Optional.ofNullable(s.nativeType), Optional.ofNullable(s.defaultValue), s.updatedAt,
                s.ignored, s.ast.documentation())).toList();
        List<RelationField> relationFields = m.relationFields.stream().map(SchemaModelBuilder::relationField)
                .toList();
        Optional<PrimaryKey> pk = Optional.ofNullable(m.id).map(id -> new PrimaryKey(id.fields,
                Optional.ofNullable(id.name), Optional.ofNullable(id.map),
                id.map != null ? id.map : ConstraintNames.primaryKey(m.dbName()), id.sourceField != null));
        List<Index> indexes = m.indexes.stream().filter(i -> i.kind != IndexKind.FULLTEXT).map(i -> new Index(i.kind,
                i.fields, Optional.ofNullable(i.name), Optional.ofNullable(i.map),
                i.constraintName(m),
                Optional.ofNullable(i.algorithm), Optional.ofNullable(i.clustered), i.sourceField != null,
                Optional.ofNullable(i.where))).toList();
        return new PslModel(m.name(), m.dbName(), Optional.ofNullable(m.schema), m.isView(), m.ignored, scalars,
                relationFields, pk, indexes, m.ast.fields().stream().map(Field::name).map(i -> i.name()).toList(),
                m.ast.documentation());
    }

    private static RelationField relationField(SchemaDb.RelationFieldInfo rf) {
        List<String> fields = rf.fields == null ? List.of() : rf.fields.stream().map(SchemaDb.ScalarInfo::name)
                .toList();
        List<String> references = rf.references == null ? List.of()
                : rf.references.stream().map(SchemaDb.ScalarInfo::name).toList();
        boolean anyOptional = rf.fields != null && rf.fields.stream().anyMatch(s -> s.arity() != Arity.REQUIRED);
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
