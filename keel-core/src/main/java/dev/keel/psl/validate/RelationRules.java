package dev.keel.psl.validate;

import dev.keel.psl.model.Arity;
import dev.keel.psl.model.FieldTypeRef;
import dev.keel.psl.model.ReferentialAction;
import dev.keel.psl.model.RelationKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Relation rules (psl-core relations.rs, relations/one_to_one.rs, one_to_many.rs, many_to_many/implicit.rs,
 * relation_fields.rs): both sides, fields/references, referential actions, ambiguity, m:n requirements.
 */
final class RelationRules {
    private static final String REL = "@relation";

    private RelationRules() {
    }

    static void run(SchemaDb db) {
        for (SchemaDb.RelationInfo rel : db.relations) {
            if (rel.kind == RelationKind.IMPLICIT_MANY_TO_MANY) {
                for (SchemaDb.RelationFieldInfo f : List.of(rel.forward, rel.back)) {
                    if (f.model.isView() || f.target.isView()) {
                        db.diagnostics.add(PslErrors.validation("Implicit many-to-many relations are not supported"
                                + " for views.", f.ast.span()));
                    }
                }
            }
        }
        for (SchemaDb.RelationInfo rel : db.relations) {
            if (rel.kind == RelationKind.IMPLICIT_MANY_TO_MANY) {
                manyToMany(db, rel);
            } else {
                inline(db, rel);
            }
        }
    }

    /**
     * Prisma's relation_fields::ambiguity for one model: the first ambiguous field aborts all further validation
     * ("we don't want to spam"), so this returns whether it reported.
     */
    static boolean ambiguity(SchemaDb db, SchemaDb.ModelInfo m) {
        // every pair of the model's relation fields is compared: each field's relation name is built once
        int n = m.relationFields.size();
        String[] relationNames = new String[n];
        for (int i = 0; i < n; i++) {
            relationNames[i] = relationName(m.relationFields.get(i));
        }
        for (int i = 0; i < n; i++) {
            SchemaDb.RelationFieldInfo field = m.relationFields.get(i);
            int count = 0;
            for (int j = 0; j < n; j++) {
                if (m.relationFields.get(j).target == field.target && relationNames[j].equals(relationNames[i])) {
                    count++;
                }
            }
            if (count < 2) {
                continue;
            }
            List<SchemaDb.RelationFieldInfo> same = new ArrayList<>();
            for (int j = 0; j < n; j++) {
                if (m.relationFields.get(j).target == field.target && relationNames[j].equals(relationNames[i])) {
                    same.add(m.relationFields.get(j));
                }
            }
            boolean self = field.target == m;
            boolean explicit = field.name != null;
            String names = fieldList(same);
            String message;
            if (!explicit && self && same.size() == 2) {
                message = "Ambiguous self relation detected. The fields " + names + " in model `" + m.name()
                        + "` both refer to `" + m.name() + "`. If they are part of the same relation add the same"
                        + " relation name for them with `@relation(<name>)`.";
            } else if (!explicit && self) {
                message = "Unnamed self relation detected. The fields " + names + " in model `" + m.name()
                        + "` have no relation name. Please provide a relation name for one of them by adding"
                        + " `@relation(<name>).";
            } else if (explicit && self && same.size() > 2) {
                message = "Wrongly named self relation detected. The fields " + names + " in model `" + m.name()
                        + "` have the same relation name. At most two relation fields can belong to the same relation"
                        + " and therefore have the same name. Please assign a different relation name to one of them.";
            } else if (explicit && self) {
                continue;
            } else if (!explicit) {
                message = "Ambiguous relation detected. The fields " + names + " in model `" + m.name()
                        + "` both refer to `" + field.target.name() + "`. Please provide different relation names for"
                        + " them by adding `@relation(<name>).";
            } else {
                message = "Wrongly named relation detected. The fields " + names + " in model `" + m.name()
                        + "` both use the same relation name. Please provide different relation names for them"
                        + " through `@relation(<name>).";
            }
            db.diagnostics.add(PslErrors.modelValidation(message, m.kind(), m.name(), field.ast.span()));
            return true;
        }
        return false;
    }

    /** With {@code relationMode = "prisma"} PostgreSQL emulates only Cascade, Restrict and SetNull. */
    static void referentialActionsSupported(SchemaDb db, SchemaDb.ModelInfo m) {
        if (!db.config.relationModePrisma) {
            return;
        }
        for (SchemaDb.RelationFieldInfo f : m.relationFields) {
            unsupportedAction(db, f.onDelete, f.onDeleteSpan, f);
            unsupportedAction(db, f.onUpdate, f.onUpdateSpan, f);
        }
    }

    private static void unsupportedAction(SchemaDb db, ReferentialAction action, dev.keel.diag.Span span,
                                          SchemaDb.RelationFieldInfo f) {
        if (action == null || action == ReferentialAction.Cascade || action == ReferentialAction.Restrict
                || action == ReferentialAction.SetNull) {
            return;
        }
        String extra = action == ReferentialAction.NoAction ? ". `NoAction` is not implemented for Postgres when using"
                + " `relationMode = \"prisma\"`, you could try using `Restrict` instead. Learn more at"
                + " https://pris.ly/d/relation-mode" : "";
        db.diagnostics.add(PslErrors.validation("Invalid referential action: `" + action.name() + "`. Allowed values:"
                + " (`Cascade`, `Restrict`, `SetNull`)" + extra, argumentSpan(f, span)));
    }

    /** The span of the whole {@code name: value} argument of {@code @relation} whose value is at {@code value}. */
    private static dev.keel.diag.Span argumentSpan(SchemaDb.RelationFieldInfo f, dev.keel.diag.Span value) {
        if (f.relationAttribute != null) {
            for (var a : f.relationAttribute.arguments().arguments()) {
                if (a.value().span().equals(value)) {
                    return a.span();
                }
            }
        }
        return value != null ? value : f.ast.span();
    }

    /** Effective onDelete: explicit, else SetNull when a referencing field is optional, else Restrict. */
    static ReferentialAction onDelete(SchemaDb.RelationFieldInfo f) {
        if (f.onDelete != null) {
            return f.onDelete;
        }
        boolean optional = f.fields != null && f.fields.stream().anyMatch(s -> s.arity() != Arity.REQUIRED);
        return optional ? ReferentialAction.SetNull : ReferentialAction.Restrict;
    }

    static ReferentialAction onUpdate(SchemaDb.RelationFieldInfo f) {
        return f.onUpdate != null ? f.onUpdate : ReferentialAction.Cascade;
    }

    private static boolean triggersModification(ReferentialAction a) {
        return a != ReferentialAction.NoAction && a != ReferentialAction.Restrict;
    }

    private static boolean triggers(SchemaDb.RelationFieldInfo f) {
        return triggersModification(onDelete(f)) || triggersModification(onUpdate(f));
    }

    /**
     * Cyclic cascades (relations.rs {@code cycles}): checked on PostgreSQL only with {@code relationMode = "prisma"},
     * where Prisma Client emulates the actions.
     */
    private static void cycles(SchemaDb db, SchemaDb.RelationInfo relation) {
        record Step(SchemaDb.RelationFieldInfo field, List<SchemaDb.RelationFieldInfo> path) {
        }
        SchemaDb.RelationFieldInfo root = relation.forward;
        SchemaDb.ModelInfo parent = root.model;
        java.util.Set<SchemaDb.RelationFieldInfo> visited = new java.util.HashSet<>();
        java.util.Deque<Step> next = new java.util.ArrayDeque<>();
        next.push(new Step(root, List.of(root)));
        while (!next.isEmpty()) {
            Step step = next.pop();
            visited.add(step.field());
            SchemaDb.ModelInfo related = step.field().target;
            if (!triggers(step.field())) {
                continue;
            }
            if (step.field().model == related) {
                db.diagnostics.add(cascadeError(root, "A self-relation must have `onDelete` and `onUpdate` referential"
                        + " actions set to `NoAction` in one of the @relation attributes."));
                return;
            }
            if (related == parent) {
                String path = String.join(" → ", step.path().stream().map(f -> f.model.name() + "." + f.name())
                        .toList());
                db.diagnostics.add(cascadeError(root, "Reference causes a cycle. One of the @relation attributes in"
                        + " this cycle must have `onDelete` and `onUpdate` referential actions set to `NoAction`."
                        + " Cycle path: " + path + "."));
                return;
            }
            for (SchemaDb.RelationFieldInfo f : related.relationFields) {
                if (f.relation != null && f.relation.forward == f && f.relation.back != null
                        && f.relation.kind != RelationKind.IMPLICIT_MANY_TO_MANY && !visited.contains(f)) {
                    List<SchemaDb.RelationFieldInfo> path = new ArrayList<>(step.path());
                    path.add(f);
                    next.push(new Step(f, path));
                }
            }
        }
    }

    private static dev.keel.diag.Diagnostic cascadeError(SchemaDb.RelationFieldInfo f, String message) {
        ReferentialAction del = f.onDelete == null && triggersModification(onDelete(f)) ? onDelete(f) : null;
        ReferentialAction upd = f.onUpdate == null && triggersModification(onUpdate(f)) ? onUpdate(f) : null;
        String msg = message;
        if (del != null && upd != null) {
            msg += " (Implicit default `onDelete`: `" + del.name() + "`, and `onUpdate`: `" + upd.name() + "`)";
        } else if (del != null) {
            msg += " (Implicit default `onDelete`: `" + del.name() + "`)";
        } else if (upd != null) {
            msg += " (Implicit default `onUpdate`: `" + upd.name() + "`)";
        }
        return PslErrors.validation(msg + " Read more at https://pris.ly/d/cyclic-referential-actions", f.ast.span());
    }

    /**
     * With {@code relationMode = "prisma"} there is no foreign key (and so no index PostgreSQL users rely on):
     * Prisma warns when the referencing fields are not a left-most prefix of an index, unique or primary key.
     */
    static void missingRelationIndexes(SchemaDb db, SchemaDb.ModelInfo m) {
        if (!db.config.relationModePrisma) {
            return;
        }
        for (SchemaDb.RelationFieldInfo f : m.relationFields) {
            if (f.fields == null || f.relationAttribute == null) {
                continue;
            }
            List<List<SchemaDb.ScalarInfo>> groups = new ArrayList<>();
            m.indexes.forEach(i -> groups.add(i.scalars));
            if (m.id != null) {
                groups.add(m.id.scalars);
            }
            boolean covered = groups.stream().anyMatch(g -> g.size() >= f.fields.size()
                    && g.subList(0, f.fields.size()).equals(f.fields));
            if (!covered) {
                // The stray quote and space at the end are Prisma's.
                db.diagnostics.add(PslErrors.warning("With `relationMode = \"prisma\"`, no foreign keys are used, so"
                        + " relation fields will not benefit from the index usually created by the relational"
                        + " database under the hood. This can lead to poor performance when querying these fields. We"
                        + " recommend adding an index manually. Learn more at"
                        + " https://pris.ly/d/relation-mode-prisma-indexes\" ", f.relationAttribute.span()));
            }
        }
    }

    static void ignoredRelatedModels(SchemaDb db, SchemaDb.ModelInfo m) {
        for (SchemaDb.RelationFieldInfo f : m.relationFields) {
            if (f.target.ignored && !f.ignored && !m.ignored) {
                db.diagnostics.add(PslErrors.attributeValidation("The relation field `" + f.name() + "` on Model `"
                        + m.name() + "` must specify the `@ignore` attribute, because the model " + f.target.name()
                        + " it is pointing to is marked ignored.", "@ignore", f.ast.span()));
            }
        }
    }

    private static String relationName(SchemaDb.RelationFieldInfo f) {
        return f.name != null ? "!" + f.name : RelationsPass.implicitName(f.model.name(), f.target.name());
    }

    private static String fieldList(List<SchemaDb.RelationFieldInfo> fields) {
        List<String> names = fields.stream().map(f -> "`" + f.name() + "`").toList();
        if (names.size() <= 2) {
            return String.join(" and ", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    private static void manyToMany(SchemaDb db, SchemaDb.RelationInfo rel) {
        for (SchemaDb.RelationFieldInfo f : List.of(rel.forward, rel.back)) {
            SchemaDb.ModelInfo target = f.target;
            if (target.id == null || target.id.scalars.size() != 1) {
                String kind = target.isView() ? "view" : "model";
                String message = "The relation field `" + f.name() + "` on " + kind + " `" + f.model.name()
                        + "` references `" + target.name() + "` which does not have an `@id` field. Models without"
                        + " `@id` cannot be part of a many to many relation. Use an explicit intermediate Model to"
                        + " represent this relationship.";
                db.diagnostics.add(PslErrors.fieldValidation(message, kind, f.model.name(), f.name(),
                        f.ast.span()));
            }
        }
        for (SchemaDb.RelationFieldInfo f : List.of(rel.forward, rel.back)) {
            if (f.fields != null || f.references != null) {
                db.diagnostics.add(PslErrors.fieldValidation("Implicit many-to-many relation fields must not"
                        + " specify the `fields` or `references` argument. Please use an explicit many-to-many"
                        + " relation instead.", f.model.kind(), f.model.name(), f.name(), f.ast.span()));
            }
        }
    }


    private static void relError(SchemaDb db, String message, SchemaDb.RelationFieldInfo f) {
        db.diagnostics.add(PslErrors.attributeValidation(message, REL, f.ast.span()));
    }

    private static boolean empty(List<SchemaDb.ScalarInfo> fields) {
        return fields == null || fields.isEmpty();
    }

    private static void inline(SchemaDb db, SchemaDb.RelationInfo rel) {
        SchemaDb.RelationFieldInfo fwd = rel.forward;
        SchemaDb.RelationFieldInfo back = rel.back;
        if (back != null && db.config.relationModePrisma && fwd.fields != null) {
            cycles(db, rel);
        }
        referencesUnique(db, fwd);
        if (fwd.fields != null && fwd.references != null && fwd.fields.size() != fwd.references.size()) {
            db.diagnostics.add(PslErrors.validation("You must specify the same number of fields in `fields` and"
                    + " `references`.", fwd.relationAttribute.span()));
        }
        if (fwd.arity() == Arity.REQUIRED && !empty(fwd.fields)
                && fwd.fields.stream().anyMatch(SchemaDb.ScalarInfo::isOptional)) {
            db.diagnostics.add(PslErrors.validation("The relation field `" + fwd.name() + "` uses the scalar fields "
                    + names(fwd.fields) + ". At least one of those fields is optional. Hence the relation field must"
                    + " be optional as well.", fwd.ast.span()));
        }
        if (fwd.fields != null && fwd.references != null) {
            for (int i = 0; i < Math.min(fwd.fields.size(), fwd.references.size()); i++) {
                SchemaDb.ScalarInfo a = fwd.fields.get(i);
                SchemaDb.ScalarInfo b = fwd.references.get(i);
                if (!sameType(a, b)) {
                    relError(db, "The type of the field `" + a.name() + "` in the model `" + fwd.model.name()
                            + "` is not matching the type of the referenced field `" + b.name() + "` in model `"
                            + fwd.target.name() + "`.", fwd);
                }
            }
        }
        if (back == null) {
            if (!fwd.ignored && !fwd.model.ignored) {
                db.diagnostics.add(PslErrors.fieldValidation("The relation field `" + fwd.name() + "` on "
                        + fwd.model.kind() + " `" + fwd.model.name() + "` is missing an opposite relation field on the"
                        + " model `" + fwd.target.name() + "`. Either run `prisma format` or add it manually.",
                        fwd.model.kind(), fwd.model.name(), fwd.name(), fwd.ast.span()));
            }
            return;
        }
        if (rel.kind == RelationKind.ONE_TO_MANY) {
            if (empty(fwd.fields)) {
                relError(db, "The relation field `" + fwd.name() + "` on Model `" + fwd.model.name() + "` must"
                        + " specify the `fields` argument in the @relation attribute. You can run `prisma format` to"
                        + " fix this automatically.", fwd);
            }
            if (empty(fwd.references)) {
                relError(db, "The relation field `" + fwd.name() + "` on Model `" + fwd.model.name() + "` must"
                        + " specify the `references` argument in the @relation attribute.", fwd);
            }
            if (!empty(back.fields) || !empty(back.references)) {
                relError(db, "The relation field `" + back.name() + "` on Model `" + back.model.name() + "` must not"
                        + " specify the `fields` or `references` argument in the @relation attribute. You must only"
                        + " specify it on the opposite field `" + fwd.name() + "` on model `" + fwd.model.name()
                        + "`.", back);
            }
            if (back.onDelete != null || back.onUpdate != null) {
                relError(db, "The relation field `" + back.name() + "` on Model `" + back.model.name() + "` must not"
                        + " specify the `onDelete` or `onUpdate` argument in the @relation attribute. You must only"
                        + " specify it on the opposite field `" + fwd.name() + "` on model `" + fwd.model.name()
                        + "`, or in case of a many to many relation, in an explicit join table.", back);
            }
            referentialActions(db, fwd);
            return;
        }
        oneToOne(db, fwd, back);
        referentialActions(db, fwd);
    }

    private static void oneToOne(SchemaDb db, SchemaDb.RelationFieldInfo fwd, SchemaDb.RelationFieldInfo back) {
        String fb = "`" + fwd.name() + "` on Model `" + fwd.model.name() + "` and `" + back.name() + "` on Model `"
                + back.model.name() + "`";
        String bf = "`" + back.name() + "` on Model `" + back.model.name() + "` and `" + fwd.name() + "` on Model `"
                + fwd.model.name() + "`";
        if (empty(fwd.fields) && empty(back.fields)) {
            relError(db, "The relation fields " + fb + " do not provide the `fields` argument in the @relation"
                    + " attribute. You have to provide it on one of the two fields.", fwd);
            relError(db, "The relation fields " + bf + " do not provide the `fields` argument in the @relation"
                    + " attribute. You have to provide it on one of the two fields.", back);
        }
        if (empty(fwd.references) && empty(back.references)) {
            relError(db, "The relation fields " + fb + " do not provide the `references` argument in the @relation"
                    + " attribute. You have to provide it on one of the two fields.", fwd);
            relError(db, "The relation fields " + bf + " do not provide the `references` argument in the @relation"
                    + " attribute. You have to provide it on one of the two fields.", back);
        }
        if (!empty(fwd.references) && !empty(back.references)) {
            String m = "The relation fields " + fb + " both provide the `references` argument in the @relation"
                    + " attribute. You have to provide it only on one of the two fields.";
            relError(db, m, fwd);
            relError(db, m, back);
        }
        if (!empty(fwd.fields) && !empty(back.fields)) {
            String m = "The relation fields " + fb + " both provide the `fields` argument in the @relation"
                    + " attribute. You have to provide it only on one of the two fields.";
            relError(db, m, fwd);
            relError(db, m, back);
        }
        boolean fwdActions = fwd.onDelete != null || fwd.onUpdate != null;
        boolean backActions = back.onDelete != null || back.onUpdate != null;
        if (fwdActions && backActions) {
            relError(db, "The relation fields " + bf + " both provide the `onDelete` or `onUpdate` argument in the"
                    + " @relation attribute. You have to provide it only on one of the two fields.", back);
            relError(db, "The relation fields " + fb + " both provide the `onDelete` or `onUpdate` argument in the"
                    + " @relation attribute. You have to provide it only on one of the two fields.", fwd);
        } else if (backActions) {
            relError(db, "The relation field `" + back.name() + "` on Model `" + back.model.name() + "` must not"
                    + " specify the `onDelete` or `onUpdate` argument in the @relation attribute. You must only"
                    + " specify it on the opposite field `" + fwd.name() + "` on model `" + fwd.model.name() + "`.",
                    back);
        }
        if (!empty(fwd.fields) && !isUniqueCriteria(fwd.model, fwd.fields)) {
            String msg = fwd.fields.size() == 1
                    ? "A one-to-one relation must use unique fields on the defining side. Either add an `@unique`"
                    + " attribute to the field `" + fwd.fields.get(0).name() + "`, or change the relation to"
                    + " one-to-many."
                    : "A one-to-one relation must use unique fields on the defining side. Either add an `@@unique(["
                    + names(fwd.fields) + "])` attribute to the model, or change the relation to one-to-many.";
            relError(db, msg, fwd);
        }
        if (db.diagnostics.hasErrors()) {
            return;
        }
        if (!empty(fwd.fields) && !empty(back.references)) {
            String m = "The relation field `" + fwd.name() + "` on Model `" + fwd.model.name() + "` provides the"
                    + " `fields` argument in the @relation attribute. And the related field `" + back.name()
                    + "` on Model `" + back.model.name() + "` provides the `references` argument. You must provide"
                    + " both arguments on the same side.";
            relError(db, m, fwd);
            relError(db, m, back);
        }
        if (!empty(fwd.references) && !empty(back.fields)) {
            relError(db, "The relation field `" + fwd.name() + "` on Model `" + fwd.model.name() + "` provides the"
                    + " `references` argument in the @relation attribute. And the related field `" + back.name()
                    + "` on Model `" + back.model.name() + "` provides the `fields` argument. You must provide both"
                    + " arguments on the same side.", fwd);
        }
        if (db.diagnostics.hasErrors()) {
            return;
        }
        if (back.arity() == Arity.REQUIRED) {
            relError(db, "The relation field `" + back.name() + "` on Model `" + back.model.name() + "` is required."
                    + " This is not valid because it's not possible to enforce this constraint on the database level."
                    + " Please change the field type from `" + fwd.model.name() + "` to `" + fwd.model.name()
                    + "?` to fix this.", back);
            return;
        }
        if (fwd.arity() == Arity.REQUIRED && (back.fields != null || back.references != null)) {
            relError(db, "The relation field `" + back.model.name() + "." + back.name() + "` defines the `fields`"
                    + " and/or `references` argument. You must set them on the required side of the relation (`"
                    + fwd.model.name() + "." + fwd.name() + "`) in order for the constraints to be enforced."
                    + " Alternatively, you can change this field to be required and the opposite optional, or make"
                    + " both sides of the relation optional.", back);
        }
    }

    private static void referencesUnique(SchemaDb db, SchemaDb.RelationFieldInfo f) {
        if (empty(f.references) || f.target.isView()) {
            return;
        }
        if (isUniqueCriteria(f.target, f.references)) {
            return;
        }
        String msg = f.references.size() == 1
                ? "The argument `references` must refer to a unique criterion in the related model. Consider adding"
                + " an `@unique` attribute to the field `" + f.references.get(0).name() + "` in the model `"
                + f.target.name() + "`."
                : "The argument `references` must refer to a unique criterion in the related model. Consider adding"
                + " an `@@unique([" + names(f.references) + "])` attribute to the model `" + f.target.name() + "`.";
        relError(db, msg, f);
    }

    private static String names(List<SchemaDb.ScalarInfo> fields) {
        return String.join(", ", fields.stream().map(SchemaDb.ScalarInfo::name).toList());
    }

    private static boolean sameType(SchemaDb.ScalarInfo a, SchemaDb.ScalarInfo b) {
        if (a.type == null || b.type == null) {
            return true;
        }
        return a.type.equals(b.type);
    }

    /** Whether {@code fields} (in any order) are exactly the id or a unique constraint of {@code model}. */
    static boolean isUniqueCriteria(SchemaDb.ModelInfo model, List<SchemaDb.ScalarInfo> fields) {
        List<List<SchemaDb.ScalarInfo>> criteria = new ArrayList<>();
        if (model.id != null) {
            criteria.add(model.id.scalars);
        }
        for (SchemaDb.IndexInfo idx : model.indexes) {
            if (idx.isUnique()) {
                criteria.add(idx.scalars);
            }
        }
        for (List<SchemaDb.ScalarInfo> c : criteria) {
            if (!c.isEmpty() && c.size() == fields.size() && c.containsAll(fields)) {
                return true;
            }
        }
        return false;
    }

    private static void referentialActions(SchemaDb db, SchemaDb.RelationFieldInfo f) {
        if (f.fields == null) {
            return;
        }
        boolean anyRequired = false;
        for (SchemaDb.ScalarInfo s : f.fields) {
            anyRequired |= s.arity() == Arity.REQUIRED;
        }
        checkAction(db, f, "onDelete", f.onDelete, anyRequired);
        checkAction(db, f, "onUpdate", f.onUpdate, anyRequired);
    }

    private static void checkAction(SchemaDb db, SchemaDb.RelationFieldInfo f, String which,
                                    ReferentialAction action, boolean anyRequired) {
        if (action == null) {
            return;
        }
        boolean emulated = db.config.datasource == null || db.config.relationModePrisma;
        if (action != ReferentialAction.SetNull || !anyRequired) {
            return;
        }
        if (emulated) {
            db.diagnostics.add(PslErrors.attributeValidation("The `" + which + "` referential action of a relation"
                    + " must not be set to `SetNull` when a referenced field is required.\nEither choose another"
                    + " referential action, or make the referenced fields optional.\n", "@relation", f.ast.span()));
        } else {
            db.diagnostics.add(PslErrors.warning("The `" + which + "` referential action of a relation should not be"
                    + " set to `SetNull` when a referenced field is required. We recommend either to choose another"
                    + " referential action, or to make the referenced fields optional. Read more at"
                    + " https://pris.ly/d/postgres-set-null ", f.ast.span()));
        }
    }
}
