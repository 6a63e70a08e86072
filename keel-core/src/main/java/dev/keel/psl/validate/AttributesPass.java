package dev.keel.psl.validate;

import dev.keel.diag.Diagnostics;
import dev.keel.diag.Span;
import dev.keel.psl.ast.Argument;
import dev.keel.psl.ast.Attribute;
import dev.keel.psl.ast.EnumValue;
import dev.keel.psl.ast.Expression;
import dev.keel.psl.ast.Field;
import dev.keel.psl.ast.Top;
import dev.keel.psl.model.FieldTypeRef;
import dev.keel.psl.model.IndexAlgorithm;
import dev.keel.psl.model.IndexField;
import dev.keel.psl.model.IndexKind;
import dev.keel.psl.model.ReferentialAction;
import dev.keel.psl.model.ScalarType;
import dev.keel.psl.model.SortOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Third pass (parser-database attributes.rs): every field, model and enum attribute, in Prisma's order. */
final class AttributesPass {
    private final SchemaDb db;
    private final Diagnostics d;
    private final AttributeVisitor v;

    private AttributesPass(SchemaDb db) {
        this.db = db;
        this.d = db.diagnostics;
        this.v = new AttributeVisitor(db.diagnostics);
    }

    static void run(SchemaDb db) {
        new AttributesPass(db).resolve();
    }

    private void resolve() {
        for (SchemaDb.ModelInfo m : db.models) {
            for (SchemaDb.RelationFieldInfo rf : m.relationFields) {
                relationFieldAttributes(rf);
            }
        }
        Map<String, Field> unused = new HashMap<>();
        unused.clear();
        // by AST node identity, first info wins (a scan per declaration made this pass quadratic)
        Map<Top, SchemaDb.ModelInfo> modelInfos = new java.util.IdentityHashMap<>();
        db.models.forEach(mi -> modelInfos.putIfAbsent(mi.ast, mi));
        Map<Top, SchemaDb.EnumInfo> enumInfos = new java.util.IdentityHashMap<>();
        db.enums.forEach(ei -> enumInfos.putIfAbsent(ei.ast, ei));
        for (var ast : db.asts) {
            for (Top top : ast.tops()) {
                if (top instanceof Top.Model m && m.kind() != Top.ModelKind.TYPE) {
                    Optional.ofNullable(modelInfos.get(m)).ifPresent(this::modelAttributes);
                } else if (top instanceof Top.Enum e) {
                    Optional.ofNullable(enumInfos.get(e)).ifPresent(this::enumAttributes);
                }
            }
        }
    }

    // ------------------------------------------------------------------ relation fields

    private void relationFieldAttributes(SchemaDb.RelationFieldInfo rf) {
        v.start(rf.ast.attributes());
        if (v.optionalSingle("relation")) {
            relation(rf);
            v.validateArgs();
        }
        if (v.optionalSingle("id")) {
            v.attributeError("The field `" + rf.name() + "` is a relation field and cannot be marked with `@id`."
                    + " Only scalar fields can be declared as id.");
            v.discardArgs();
        }
        if (v.optionalSingle("ignore")) {
            rf.ignored = true;
            v.validateArgs();
        }
        if (v.optionalSingle("default")) {
            v.attributeError("Cannot set a default value on a relation field.");
            v.discardArgs();
        }
        if (v.optionalSingle("map")) {
            v.attributeError("The attribute `@map` cannot be used on relation fields.");
            v.defaultArg("name");
            v.discardArgs();
        }
        if (v.optionalSingle("unique")) {
            List<String> suggested = rf.fields == null ? List.of()
                    : rf.fields.stream().map(SchemaDb.ScalarInfo::name).toList();
            String suggestion = suggested.isEmpty() ? ""
                    : suggested.size() == 1 ? " Did you mean to put it on `" + suggested.get(0) + "`?"
                    : " Did you mean to provide `@@unique([" + String.join(", ", suggested) + "])`?";
            v.attributeError("The field `" + rf.name() + "` is a relation field and cannot be marked with `unique`."
                    + " Only scalar fields can be made unique." + suggestion);
            v.discardArgs();
        }
        v.finish();
    }

    private void relation(SchemaDb.RelationFieldInfo rf) {
        Attribute attr = v.current();
        rf.relationAttribute = attr;
        Optional<Expression> fields = v.optionalArg("fields");
        if (fields.isPresent()) {
            rf.fieldsSpan = fields.get().span();
            rf.fields = resolveFieldsWithoutArgs(fields.get(), attr.span(), rf.model, true, fields.get().span());
        }
        Optional<Expression> references = v.optionalArg("references");
        if (references.isPresent()) {
            rf.references = resolveFieldsWithoutArgs(references.get(), attr.span(), rf.target, false, attr.span());
        }
        v.defaultArgQuietNoMissing("name").flatMap(e -> Coerce.string(e, d)).ifPresent(name -> {
            if (name.isEmpty()) {
                v.attributeError("A relation cannot have an empty name.");
            } else {
                rf.name = name;
            }
        });
        Optional<Expression> onDelete = v.optionalArg("onDelete");
        if (onDelete.isPresent()) {
            referentialAction(onDelete.get()).ifPresent(a -> {
                rf.onDelete = a;
                rf.onDeleteSpan = onDelete.get().span();
            });
        }
        Optional<Expression> onUpdate = v.optionalArg("onUpdate");
        if (onUpdate.isPresent()) {
            referentialAction(onUpdate.get()).ifPresent(a -> {
                rf.onUpdate = a;
                rf.onUpdateSpan = onUpdate.get().span();
            });
        }
        Attribute relationAttr = v.current();
        for (Argument a : relationAttr.arguments().arguments()) {
            if (a.name().isPresent() && a.name().get().name().equals("map")) {
                rf.mapSpan = a.span();
                break;
            }
        }
        mapArgument().ifPresent(m -> rf.map = m);
    }

    /** {@code values()} copies its array on every call. */
    private static final ReferentialAction[] REFERENTIAL_ACTIONS = ReferentialAction.values();

    private Optional<ReferentialAction> referentialAction(Expression e) {
        Optional<String> c = Coerce.constant(e, d);
        if (c.isEmpty()) {
            return Optional.empty();
        }
        for (ReferentialAction a : REFERENTIAL_ACTIONS) {
            if (a.name().equals(c.get())) {
                return Optional.of(a);
            }
        }
        d.add(PslErrors.attributeValidation("Invalid referential action: `" + c.get() + "`", "@relation",
                e.span()));
        return Optional.empty();
    }

    /** Optional {@code map:} argument; empty string is an error. */
    private Optional<String> mapArgument() {
        Optional<Expression> e = v.optionalArg("map");
        if (e.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> s = Coerce.string(e.get(), d);
        if (s.isPresent() && s.get().isEmpty()) {
            v.attributeError("The `map` argument cannot be an empty string.");
            return Optional.empty();
        }
        return s;
    }

    private Optional<String> nameArgument() {
        Optional<Expression> e = v.optionalArg("name");
        if (e.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> s = Coerce.string(e.get(), d);
        if (s.isPresent() && s.get().isEmpty()) {
            v.attributeError("The `name` argument cannot be an empty string.");
            return Optional.empty();
        }
        return s;
    }

    private List<SchemaDb.ScalarInfo> resolveFieldsWithoutArgs(Expression values, Span attributeSpan,
                                                               SchemaDb.ModelInfo model, boolean isFields,
                                                               Span errorSpan) {
        Optional<List<String>> names = Coerce.array(values, Coerce::constant, d);
        if (names.isEmpty()) {
            return List.of();
        }
        List<SchemaDb.ScalarInfo> out = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        List<String> relationFields = new ArrayList<>();
        for (String name : names.get()) {
            if (name.contains(".") || !model.hasField(name)) {
                unknown.add(name);
                continue;
            }
            Optional<SchemaDb.ScalarInfo> sf = model.scalar(name);
            if (sf.isEmpty()) {
                relationFields.add(name);
                continue;
            }
            if (out.contains(sf.get())) {
                d.add(PslErrors.modelValidation("The unique index definition refers to the field " + name
                        + " multiple times.", "model", model.name(), attributeSpan));
                return List.of();
            }
            out.add(sf.get());
        }
        if (unknown.isEmpty() && relationFields.isEmpty()) {
            return out;
        }
        if (isFields) {
            if (!unknown.isEmpty()) {
                d.add(PslErrors.validation("The argument fields must refer only to existing fields. The following"
                        + " fields do not exist in this model: " + String.join(", ", unknown), errorSpan));
            }
            if (!relationFields.isEmpty()) {
                d.add(PslErrors.validation("The argument fields must refer only to scalar fields. But it is"
                        + " referencing the following relation fields: " + String.join(", ", relationFields),
                        errorSpan));
            }
        } else {
            if (!unknown.isEmpty()) {
                d.add(PslErrors.validation("The argument `references` must refer only to existing fields in the"
                        + " related model `" + model.name() + "`. The following fields do not exist in the related"
                        + " model: " + String.join(", ", unknown), errorSpan));
            }
            if (!relationFields.isEmpty()) {
                d.add(PslErrors.validation("The argument `references` must refer only to scalar fields in the"
                        + " related model `" + model.name() + "`. But it is referencing the following relation"
                        + " fields: " + String.join(", ", relationFields), errorSpan));
            }
        }
        return List.of();
    }

    // ------------------------------------------------------------------ models

    private void modelAttributes(SchemaDb.ModelInfo model) {
        for (SchemaDb.ScalarInfo sf : model.scalars) {
            scalarFieldAttributes(model, sf);
        }
        v.start(model.ast.attributes());
        if (v.optionalSingle("ignore")) {
            for (SchemaDb.ScalarInfo sf : model.scalars) {
                if (sf.ignored) {
                    d.add(PslErrors.attributeValidation("Fields on an already ignored Model do not need an `@ignore`"
                            + " annotation.", "@ignore", sf.ast.span()));
                }
            }
            model.ignored = true;
            v.validateArgs();
        }
        if (v.optionalSingle("id")) {
            modelId(model);
            v.validateArgs();
        }
        if (v.optionalSingle("map")) {
            mapAttribute().ifPresent(name -> {
                model.mappedName = name;
                model.mapSpan = v.current().span();
            });
            v.validateArgs();
        }
        if (v.optionalSingle("schema")) {
            schemaAttribute().ifPresent(s -> {
                model.schema = s.value();
                model.schemaSpan = s.span();
            });
            v.validateArgs();
        }
        while (v.repeated("index")) {
            modelIndex(model);
            v.validateArgs();
        }
        while (v.repeated("unique")) {
            modelUnique(model);
            v.validateArgs();
        }
        while (v.repeated("fulltext")) {
            SchemaDb.IndexInfo idx = new SchemaDb.IndexInfo();
            idx.kind = IndexKind.FULLTEXT;
            idx.attribute = v.current();
            commonIndex(idx, model);
            mapArgument().ifPresent(m -> idx.map = m);
            model.indexes.add(idx);
            v.validateArgs();
        }
        idFieldArities(model);
        v.finish();
    }

    private void idFieldArities(SchemaDb.ModelInfo model) {
        if (model.ignored || model.id == null || model.id.sourceField == null) {
            return;
        }
        SchemaDb.ScalarInfo sf = model.id.sourceField;
        if (sf.isList() || sf.isOptional()) {
            d.add(PslErrors.attributeValidation("Fields that are marked as id must be required.", "@id",
                    model.id.attribute.span()));
        }
    }

    /** {@code @map("name")} / {@code @@map("name")}; Prisma 7.10 accepts an empty name here. */
    private Optional<String> mapAttribute() {
        return v.defaultArg("name").flatMap(e -> Coerce.string(e, d));
    }

    private Optional<Expression.StringValue> schemaAttribute() {
        Optional<Expression> e = v.defaultArg("map");
        if (e.isEmpty()) {
            return Optional.empty();
        }
        if (Coerce.string(e.get(), d).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of((Expression.StringValue) e.get());
    }

    private void modelId(SchemaDb.ModelInfo model) {
        Attribute attr = v.current();
        Optional<Expression> fields = v.defaultArg("fields");
        if (fields.isEmpty()) {
            return;
        }
        Optional<List<IndexField>> resolved = resolveFieldsWithArgs(fields.get(), model, attr, false, true);
        if (resolved.isEmpty()) {
            return;
        }
        List<SchemaDb.ScalarInfo> scalars = resolved.get().stream().map(f -> model.scalar(f.field()).get()).toList();
        List<String> notRequired = scalars.stream().filter(s -> s.isOptional() || s.isList())
                .map(SchemaDb.ScalarInfo::name).toList();
        if (!notRequired.isEmpty() && !model.ignored) {
            d.add(PslErrors.modelValidation("The id definition refers to the optional "
                    + (notRequired.size() == 1 ? "field " : "fields ") + String.join(", ", notRequired.stream()
                    .map(n -> "`" + n + "`").toList()) + ". ID definitions must reference only required fields.",
                    "model", model.name(), attr.span()));
        }
        if (model.id != null) {
            d.add(PslErrors.modelValidation("Each model must have at most one id criteria. You can't have `@id` and"
                    + " `@@id` at the same time.", "model", model.name(), model.ast.span()));
        }
        Optional<String> map = mapArgument();
        Optional<String> name = nameArgument();
        name.ifPresent(n -> clientName(attr.span(), model.name(), n, "@@id"));
        Optional<Boolean> clustered = v.optionalArg("clustered").flatMap(e -> Coerce.bool(e, d));
        SchemaDb.IdInfo id = new SchemaDb.IdInfo();
        id.fields = resolved.get();
        id.scalars = scalars;
        id.name = name.orElse(null);
        id.map = map.orElse(null);
        id.clustered = clustered.orElse(null);
        id.attribute = attr;
        model.id = id;
    }

    private void clientName(Span span, String objectName, String name, String attribute) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c == '_' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
                d.add(PslErrors.modelValidation("The `name` property within the `" + attribute + "` attribute only"
                        + " allows for the following characters: `_a-zA-Z0-9`.", "model", objectName, span));
                return;
            }
        }
    }

    private void modelIndex(SchemaDb.ModelInfo model) {
        SchemaDb.IndexInfo idx = new SchemaDb.IndexInfo();
        idx.kind = IndexKind.NORMAL;
        idx.attribute = v.current();
        commonIndex(idx, model);
        Optional<String> name = nameArgument();
        Optional<String> map = mapArgument();
        if (name.isPresent() && map.isPresent()) {
            v.attributeError("The `@@index` attribute accepts the `name` argument as an alias for the `map` argument"
                    + " for legacy reasons. It does not accept both though. Please use the `map` argument to specify"
                    + " the database name of the index.");
        } else {
            idx.map = name.or(() -> map).orElse(null);
        }
        Optional<Expression> type = v.optionalArg("type");
        if (type.isPresent()) {
            Coerce.constant(type.get(), d).ifPresent(t -> {
                try {
                    idx.algorithm = IndexAlgorithm.valueOf(t);
                } catch (IllegalArgumentException e) {
                    v.attributeError("Unknown index type: " + t + ".");
                }
            });
        }
        idx.clustered = v.optionalArg("clustered").flatMap(e -> Coerce.bool(e, d)).orElse(null);
        whereArgument(idx);
        model.indexes.add(idx);
    }

    /** {@code where: raw("predicate")} of a partial index. */
    private void whereArgument(SchemaDb.IndexInfo idx) {
        Optional<Expression> where = v.optionalArg("where");
        if (where.isEmpty()) {
            return;
        }
        idx.hasWhere = true;
        if (where.get() instanceof Expression.FunctionCall f && f.name().equals("raw")
                && f.arguments().arguments().size() == 1
                && f.arguments().arguments().get(0).value() instanceof Expression.StringValue s) {
            idx.where = s.value();
        } else {
            d.add(PslErrors.typeMismatch("function", where.get().describe(), where.get().span()));
        }
    }

    private void modelUnique(SchemaDb.ModelInfo model) {
        SchemaDb.IndexInfo idx = new SchemaDb.IndexInfo();
        idx.kind = IndexKind.UNIQUE;
        idx.attribute = v.current();
        commonIndex(idx, model);
        Optional<String> name = nameArgument();
        Optional<String> map = mapArgument();
        name.ifPresent(n -> clientName(idx.attribute.span(), model.name(), n, "@@unique"));
        idx.name = name.orElse(null);
        idx.map = map.orElse(null);
        idx.clustered = v.optionalArg("clustered").flatMap(e -> Coerce.bool(e, d)).orElse(null);
        whereArgument(idx);
        model.indexes.add(idx);
    }

    private void commonIndex(SchemaDb.IndexInfo idx, SchemaDb.ModelInfo model) {
        Optional<Expression> fields = v.defaultArg("fields");
        if (fields.isEmpty()) {
            return;
        }
        resolveFieldsWithArgs(fields.get(), model, idx.attribute, idx.isUnique(), false).ifPresent(f -> {
            idx.fields = f;
            idx.scalars = f.stream().map(x -> model.scalar(x.field()).get()).toList();
        });
    }

    /**
     * Index field list {@code [a, b(sort: Desc, length: 10, ops: X)]}; reports unknown and relation fields as
     * {@code @@index}/{@code @@unique} do, or as {@code @@id} does when {@code forId}.
     */
    private Optional<List<IndexField>> resolveFieldsWithArgs(Expression values, SchemaDb.ModelInfo model,
                                                             Attribute attr, boolean unique, boolean forId) {
        Optional<List<IndexField>> parsed = Coerce.array(values, this::indexField, d);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        List<String> unknown = new ArrayList<>();
        List<String> relationFields = new ArrayList<>();
        List<SchemaDb.RelationFieldInfo> relationInfos = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (IndexField f : parsed.get()) {
            String name = f.field();
            if (name.contains(".")) {
                // Composite type paths: PostgreSQL has no composite types, so the first segment decides.
                unknown.add(name);
                continue;
            }
            if (!model.hasField(name)) {
                unknown.add(name);
                continue;
            }
            if (model.scalar(name).isEmpty()) {
                relationFields.add(name);
                model.relationField(name).ifPresent(relationInfos::add);
                continue;
            }
            if (!seen.add(name)) {
                d.add(PslErrors.modelValidation("The unique index definition refers to the field " + name
                        + " multiple times.", "model", model.name(), attr.span()));
                return Optional.empty();
            }
        }
        if (unknown.isEmpty() && relationFields.isEmpty()) {
            return parsed;
        }
        if (forId) {
            if (!unknown.isEmpty()) {
                d.add(PslErrors.modelValidation("The multi field id declaration refers to the unknown fields "
                        + String.join(", ", unknown) + ".", "model", model.name(), values.span()));
            }
            if (!relationFields.isEmpty()) {
                d.add(PslErrors.modelValidation("The id definition refers to the relation fields "
                        + String.join(", ", relationFields) + ". ID definitions must reference only scalar fields.",
                        "model", model.name(), attr.span()));
            }
            return Optional.empty();
        }
        String prefix = unique ? "unique " : "";
        if (!unknown.isEmpty()) {
            d.add(PslErrors.modelValidation("The " + prefix + "index definition refers to the unknown fields: "
                    + String.join(", ", unknown) + ".", "model", model.name(), attr.span()));
        }
        if (!relationFields.isEmpty()) {
            List<String> suggested = new ArrayList<>();
            for (SchemaDb.RelationFieldInfo rf : relationInfos) {
                if (rf.fields != null) {
                    rf.fields.forEach(s -> suggested.add(s.name()));
                }
            }
            String suggestion = suggested.isEmpty() ? "" : " Did you mean `@@" + (unique ? "unique" : "index")
                    + "([" + String.join(", ", suggested) + "])`?";
            d.add(PslErrors.modelValidation("The " + prefix + "index definition refers to the relation fields "
                    + String.join(", ", relationFields) + ". Index definitions must reference only scalar fields."
                    + suggestion, "model", model.name(), attr.span()));
        }
        return Optional.empty();
    }

    private Optional<IndexField> indexField(Expression e, Diagnostics diags) {
        if (e instanceof Expression.ConstantValue c) {
            return Optional.of(new IndexField(c.value(), Optional.empty(), Optional.empty(), Optional.empty(), false));
        }
        if (e instanceof Expression.FunctionCall f) {
            Optional<SortOrder> sort = Optional.empty();
            Optional<Integer> length = Optional.empty();
            Optional<String> ops = Optional.empty();
            boolean raw = false;
            for (Argument a : f.arguments().arguments()) {
                String n = a.name().map(i -> i.name()).orElse("");
                if (n.equals("sort") && sort.isEmpty()) {
                    Optional<String> c = Coerce.constant(a.value(), diags);
                    if (c.isPresent()) {
                        if (c.get().equals("Asc") || c.get().equals("Desc")) {
                            sort = Optional.of(SortOrder.valueOf(c.get()));
                        } else {
                            diags.add(PslErrors.parser("Asc, Desc", a.span()));
                        }
                    }
                    break;
                }
            }
            for (Argument a : f.arguments().arguments()) {
                if (a.name().map(i -> i.name()).orElse("").equals("length")) {
                    Optional<Long> l = Coerce.integer(a.value(), diags);
                    if (l.isPresent() && l.get() >= 0 && l.get() <= Integer.MAX_VALUE) {
                        length = Optional.of(l.get().intValue());
                    }
                    break;
                }
            }
            for (Argument a : f.arguments().arguments()) {
                if (!a.name().map(i -> i.name()).orElse("").equals("ops")) {
                    continue;
                }
                if (a.value() instanceof Expression.ConstantValue c) {
                    if (OperatorClasses.isKnown(c.value())) {
                        ops = Optional.of(c.value());
                    } else {
                        diags.add(PslErrors.parser("Invalid operator class: " + c.value(), c.span()));
                    }
                } else if (a.value() instanceof Expression.FunctionCall rawFn && rawFn.name().equals("raw")) {
                    List<Argument> ra = rawFn.arguments().arguments();
                    if (ra.size() == 1 && ra.get(0).value() instanceof Expression.StringValue s) {
                        ops = Optional.of(s.value());
                        raw = true;
                    } else if (ra.size() == 1) {
                        diags.add(PslErrors.parser("Invalid parameter type: expected string", rawFn.span()));
                    } else {
                        diags.add(PslErrors.parser("Wrong number of arguments. Expected: 1, got: " + ra.size(),
                                rawFn.span()));
                    }
                } else {
                    diags.add(PslErrors.parser("operator class", a.span()));
                }
                break;
            }
            return Optional.of(new IndexField(f.name(), sort, length, ops, raw));
        }
        diags.add(PslErrors.typeMismatch("constant literal", e.describe(), e.span()));
        return Optional.empty();
    }

    // ------------------------------------------------------------------ scalar fields

    private void scalarFieldAttributes(SchemaDb.ModelInfo model, SchemaDb.ScalarInfo sf) {
        v.start(sf.ast.attributes());
        if (v.optionalSingle("map")) {
            mapAttribute().ifPresent(name -> {
                sf.mappedName = name;
                checkMappedName(model, sf, name);
            });
            v.validateArgs();
        }
        if (v.optionalSingle("ignore")) {
            if (sf.isUnsupported()) {
                v.attributeError("Fields of type `Unsupported` cannot take an `@ignore` attribute. They are already"
                        + " treated as ignored by the client due to their type.");
            } else {
                sf.ignored = true;
            }
            v.validateArgs();
        }
        if (v.optionalSingle("relation")) {
            v.attributeError("Invalid field type, not a relation.");
            v.validateArgs();
        }
        if (v.optionalSingle("id")) {
            fieldId(model, sf);
            v.validateArgs();
        }
        if (v.optionalSingle("updatedAt")) {
            if (!(sf.type instanceof FieldTypeRef.Scalar s && s.type() == ScalarType.DateTime)) {
                v.attributeError("Fields that are marked with @updatedAt must be of type DateTime.");
            }
            if (sf.isList()) {
                v.attributeError("Fields that are marked with @updatedAt cannot be lists.");
            }
            sf.updatedAt = true;
            v.validateArgs();
        }
        if (v.optionalSingle("default")) {
            Defaults.visit(db, sf, v);
            v.validateArgs();
        }
        if (sf.type instanceof FieldTypeRef.Scalar) {
            v.datasourceScoped().ifPresent(a -> sf.nativeAttribute = a);
        }
        if (v.optionalSingle("unique")) {
            fieldUnique(model, sf);
            v.validateArgs();
        }
        v.finish();
    }

    private final Map<SchemaDb.ModelInfo, Map<String, SchemaDb.ScalarInfo>> mappedFieldNames = new HashMap<>();

    private void checkMappedName(SchemaDb.ModelInfo model, SchemaDb.ScalarInfo sf, String name) {
        Map<String, SchemaDb.ScalarInfo> mapped = mappedFieldNames.computeIfAbsent(model, k -> new HashMap<>());
        if (mapped.putIfAbsent(name, sf) != null) {
            d.add(PslErrors.duplicateField(model.name(), sf.name(), model.kind(), sf.ast.span()));
        }
        Optional<SchemaDb.ScalarInfo> other = model.scalar(name);
        if (other.isPresent() && other.get() != sf && other.get().ast.attribute("map").isEmpty()) {
            d.add(PslErrors.duplicateField(model.name(), sf.name(), model.kind(), sf.ast.span()));
        }
    }

    private void fieldId(SchemaDb.ModelInfo model, SchemaDb.ScalarInfo sf) {
        Attribute attr = v.current();
        Optional<String> map = mapArgument();
        Optional<Integer> length = v.optionalArg("length").flatMap(e -> Coerce.integer(e, d))
                .map(Long::intValue);
        Optional<SortOrder> sort = sortArgument();
        Optional<Boolean> clustered = v.optionalArg("clustered").flatMap(e -> Coerce.bool(e, d));
        if (model.id != null) {
            d.add(PslErrors.modelValidation("At most one field must be marked as the id field with the `@id`"
                    + " attribute.", "model", model.name(), model.ast.span()));
            return;
        }
        SchemaDb.IdInfo id = new SchemaDb.IdInfo();
        id.fields = List.of(new IndexField(sf.name(), sort, length, Optional.empty(), false));
        id.scalars = List.of(sf);
        id.map = map.orElse(null);
        id.clustered = clustered.orElse(null);
        id.sourceField = sf;
        id.attribute = attr;
        model.id = id;
    }

    private Optional<SortOrder> sortArgument() {
        Optional<Expression> e = v.optionalArg("sort");
        if (e.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> c = Coerce.constant(e.get(), d);
        if (c.isEmpty()) {
            return Optional.empty();
        }
        if (c.get().equals("Asc") || c.get().equals("Desc")) {
            return Optional.of(SortOrder.valueOf(c.get()));
        }
        v.attributeError("The `sort` argument can only be `Asc` or `Desc` you provided: " + c.get() + ".");
        return Optional.empty();
    }

    private void fieldUnique(SchemaDb.ModelInfo model, SchemaDb.ScalarInfo sf) {
        SchemaDb.IndexInfo idx = new SchemaDb.IndexInfo();
        idx.kind = IndexKind.UNIQUE;
        idx.attribute = v.current();
        idx.map = mapArgument().orElse(null);
        Optional<Integer> length = v.optionalArg("length").flatMap(e -> Coerce.integer(e, d))
                .map(Long::intValue);
        Optional<SortOrder> sort = sortArgument();
        idx.clustered = v.optionalArg("clustered").flatMap(e -> Coerce.bool(e, d)).orElse(null);
        idx.fields = List.of(new IndexField(sf.name(), sort, length, Optional.empty(), false));
        idx.scalars = List.of(sf);
        idx.sourceField = sf;
        model.indexes.add(idx);
    }

    // ------------------------------------------------------------------ enums

    private void enumAttributes(SchemaDb.EnumInfo e) {
        Map<String, EnumValue> mappedValues = new HashMap<>();
        for (EnumValue value : e.ast.values()) {
            v.start(value.attributes());
            if (v.optionalSingle("map")) {
                mapAttribute().ifPresent(name -> {
                    e.mappedValues.put(value.name().name(), name);
                    mappedValues.put(name, value);
                });
                v.validateArgs();
            }
            v.finish();
        }
        v.start(e.ast.attributes());
        if (v.optionalSingle("map")) {
            mapAttribute().ifPresent(name -> e.mappedName = name);
            v.validateArgs();
        }
        if (v.optionalSingle("schema")) {
            schemaAttribute().ifPresent(s -> {
                e.schema = s.value();
                e.schemaSpan = s.span();
            });
            v.validateArgs();
        }
        v.finish();
    }
}
