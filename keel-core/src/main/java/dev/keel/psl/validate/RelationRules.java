package dev.keel.psl.validate;

import dev.keel.psl.model.Arity;
import dev.keel.psl.model.FieldTypeRef;
import dev.keel.psl.model.ReferentialAction;
import dev.keel.psl.model.RelationKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Relation rules: both sides, fields/references, referential actions, ambiguity, m:n requirements. */
final class RelationRules {
    private RelationRules() {
    }

    static void run(SchemaDb db) {
        ambiguity(db);
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

    private static void ambiguity(SchemaDb db) {
        for (SchemaDb.ModelInfo m : db.models) {
            List<SchemaDb.RelationFieldInfo> fields = m.relationFields;
            for (int i = 0; i < fields.size(); i++) {
                for (int j = i + 1; j < fields.size(); j++) {
                    SchemaDb.RelationFieldInfo a = fields.get(i);
                    SchemaDb.RelationFieldInfo b = fields.get(j);
                    if (a.target == b.target && Objects.equals(a.name, b.name) && a.target != m) {
                        String message = "Ambiguous relation detected. The fields `" + a.name() + "` and `" + b.name()
                                + "` in model `" + m.name() + "` both refer to `" + a.target.name() + "`. Please"
                                + " provide different relation names for them by adding `@relation(<name>).";
                        db.diagnostics.add(PslErrors.fieldValidation(message, m.kind(), m.name(), b.name(),
                                b.ast.span()));
                    }
                }
            }
        }
    }

    private static void manyToMany(SchemaDb db, SchemaDb.RelationInfo rel) {
        for (SchemaDb.RelationFieldInfo f : List.of(rel.forward, rel.back)) {
            if (f.fields != null || f.references != null) {
                db.diagnostics.add(PslErrors.fieldValidation("Implicit many-to-many relation fields must not"
                        + " specify the `fields` or `references` argument. Please use an explicit many-to-many"
                        + " relation instead.", f.model.kind(), f.model.name(), f.name(), f.ast.span()));
            }
            SchemaDb.ModelInfo target = f.target;
            boolean singleId = target.id != null && target.id.scalars.size() == 1;
            if (!singleId) {
                String kind = target.isView() ? "view" : "model";
                String message = target.id == null
                        ? "The relation field `" + f.name() + "` on " + kind + " `" + f.model.name() + "` references `"
                        + target.name() + "` which does not have an `@id` field. Models without `@id` cannot be part"
                        + " of a many to many relation. Use an explicit intermediate Model to represent this"
                        + " relationship."
                        : "The relation field `" + f.name() + "` on model `" + f.model.name() + "` references `"
                        + target.name() + "` which has a compound primary key. Many to many relations are not"
                        + " supported with compound primary keys. Use an explicit intermediate Model to represent"
                        + " this relationship.";
                db.diagnostics.add(PslErrors.fieldValidation(message, kind, f.model.name(), f.name(),
                        f.ast.span()));
            }
        }
    }

    private static void inline(SchemaDb db, SchemaDb.RelationInfo rel) {
        SchemaDb.RelationFieldInfo fwd = rel.forward;
        SchemaDb.RelationFieldInfo back = rel.back;
        if (back == null) {
            if (!fwd.ignored && !fwd.model.ignored && !fwd.target.ignored) {
                db.diagnostics.add(PslErrors.fieldValidation("The relation field `" + fwd.name() + "` on "
                        + fwd.model.kind() + " `" + fwd.model.name() + "` is missing an opposite relation field on the "
                        + fwd.target.kind() + " `" + fwd.target.name() + "`. Either run `prisma format` or add it"
                        + " manually.", fwd.model.kind(), fwd.model.name(), fwd.name(), fwd.ast.span()));
            }
            return;
        }
        if (rel.kind == RelationKind.ONE_TO_MANY) {
            if (back.fields != null || back.references != null) {
                db.diagnostics.add(PslErrors.fieldValidation("The relation field `" + back.name() + "` on Model `"
                        + back.model.name() + "` must not specify the `fields` or `references` argument in the"
                        + " @relation attribute. You must only specify it on the opposite field `" + fwd.name()
                        + "` on model `" + fwd.model.name() + "`.", back.model.kind(), back.model.name(),
                        back.name(), back.ast.span()));
                return;
            }
            if (fwd.fields == null && fwd.references == null && !fwd.model.isView() && !fwd.target.isView()) {
                db.diagnostics.add(PslErrors.fieldValidation("The relation field `" + fwd.name() + "` on Model `"
                        + fwd.model.name() + "` must specify the `fields` argument in the @relation attribute. You can"
                        + " run `prisma format` to fix this automatically.", fwd.model.kind(), fwd.model.name(),
                        fwd.name(), fwd.ast.span()));
                return;
            }
        } else {
            if (fwd.references != null && back.references != null) {
                db.diagnostics.add(PslErrors.fieldValidation("The relation fields `" + fwd.name() + "` on Model `"
                        + fwd.model.name() + "` and `" + back.name() + "` on Model `" + back.model.name() + "` both"
                        + " provide the `references` argument in the @relation attribute. You have to provide it only"
                        + " on one of the two fields.", back.model.kind(), back.model.name(), back.name(),
                        back.ast.span()));
                return;
            }
            if (fwd.fields == null && fwd.references == null && back.fields == null && back.references == null
                    && !fwd.model.isView() && !back.model.isView()) {
                db.diagnostics.add(PslErrors.fieldValidation("The relation fields `" + fwd.name() + "` on Model `"
                        + fwd.model.name() + "` and `" + back.name() + "` on Model `" + back.model.name() + "` do not"
                        + " provide the `fields` argument in the @relation attribute. You have to provide it on one of"
                        + " the two fields.", fwd.model.kind(), fwd.model.name(), fwd.name(), fwd.ast.span()));
                return;
            }
        }
        fieldsAndReferences(db, fwd, rel.kind);
        referentialActions(db, fwd);
    }

    private static void fieldsAndReferences(SchemaDb db, SchemaDb.RelationFieldInfo f, RelationKind kind) {
        String kindName = f.model.kind();
        if (f.fields == null || f.references == null) {
            return;
        }
        if (f.fields.size() != f.references.size()) {
            db.diagnostics.add(PslErrors.validation("You must specify the same number of fields in `fields` and"
                    + " `references`.", f.relationAttribute.span()));
            return;
        }
        for (int i = 0; i < f.fields.size(); i++) {
            SchemaDb.ScalarInfo a = f.fields.get(i);
            SchemaDb.ScalarInfo b = f.references.get(i);
            if (!sameType(a, b)) {
                db.diagnostics.add(PslErrors.validation("The type of the field `" + a.name() + "` in the model `"
                        + f.model.name() + "` is not matching the type of the referenced field `" + b.name()
                        + "` in model `" + f.target.name() + "`.", f.relationAttribute.span()));
            }
        }
        if (!f.target.isView() && !isUniqueCriteria(f.target, f.references)) {
            String fieldsText = f.references.size() == 1 ? "the field `" + f.references.get(0).name() + "`"
                    : "the fields " + f.references.stream().map(s -> "`" + s.name() + "`").reduce((x, y) -> x + ", " + y)
                    .orElse("");
            String msg = f.references.size() == 1
                    ? "The argument `references` must refer to a unique criterion in the related model. Consider adding"
                    + " an `@unique` attribute to the field `" + f.references.get(0).name() + "` in the model `"
                    + f.target.name() + "`."
                    : "The argument `references` must refer to a unique criterion in the related model. Consider adding"
                    + " an `@@unique([" + String.join(", ", f.references.stream().map(SchemaDb.ScalarInfo::name)
                    .toList()) + "])` attribute to the model `" + f.target.name() + "`.";
            if (fieldsText.isEmpty()) {
                return;
            }
            db.diagnostics.add(PslErrors.fieldValidation(msg, kindName, f.model.name(), f.name(), f.ast.span()));
        }
        if (kind == RelationKind.ONE_TO_ONE && !f.model.isView() && !isUniqueCriteria(f.model, f.fields)) {
            String msg = f.fields.size() == 1
                    ? "A one-to-one relation must use unique fields on the defining side. Either add an `@unique`"
                    + " attribute to the field `" + f.fields.get(0).name() + "`, or change the relation to"
                    + " one-to-many."
                    : "A one-to-one relation must use unique fields on the defining side. Either add an `@@unique(["
                    + String.join(", ", f.fields.stream().map(SchemaDb.ScalarInfo::name).toList())
                    + "])` attribute to the model, or change the relation to one-to-many.";
            db.diagnostics.add(PslErrors.fieldValidation(msg, kindName, f.model.name(), f.name(), f.ast.span()));
        }
    }

    private static String names(List<SchemaDb.ScalarInfo> fields) {
        return String.join(", ", fields.stream().map(SchemaDb.ScalarInfo::name).toList());
    }

    private static boolean sameType(SchemaDb.ScalarInfo a, SchemaDb.ScalarInfo b) {
        if (a.type == null || b.type == null) {
            return true;
        }
        if (a.type instanceof FieldTypeRef.Unsupported || b.type instanceof FieldTypeRef.Unsupported) {
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
        boolean anyRequired = f.fields.stream().anyMatch(s -> s.arity() == Arity.REQUIRED);
        checkAction(db, f, "onDelete", f.onDelete, anyRequired);
        checkAction(db, f, "onUpdate", f.onUpdate, anyRequired);
    }

    private static void checkAction(SchemaDb db, SchemaDb.RelationFieldInfo f, String which,
                                    ReferentialAction action, boolean anyRequired) {
        if (action == null) {
            return;
        }
        boolean emulated = db.config.datasource == null || db.config.relationModePrisma;
        if (action == ReferentialAction.SetDefault && emulated && db.config.datasource != null) {
            db.diagnostics.add(PslErrors.attributeValidation("Invalid referential action: `SetDefault`. Allowed"
                    + " values: (`Cascade`, `Restrict`, `NoAction`, `SetNull`)", "@relation",
                    which.equals("onDelete") ? f.onDeleteSpan : f.onUpdateSpan));
            return;
        }
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
