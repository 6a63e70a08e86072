package dev.keel.psl.validate;

import dev.keel.psl.ast.Field;
import dev.keel.psl.ast.FieldType;
import dev.keel.psl.ast.Top;
import dev.keel.psl.model.Arity;
import dev.keel.psl.model.FieldTypeRef;
import dev.keel.psl.model.ScalarType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Second pass (parser-database types.rs): every field's type resolved to a scalar, enum, model or composite type. */
final class FieldsPass {
    private FieldsPass() {
    }

    /** One (immutable, value-equal) type reference per scalar type, shared by every field of that type. */
    private static final FieldTypeRef.Scalar[] SCALARS = java.util.Arrays.stream(ScalarType.values())
            .map(FieldTypeRef.Scalar::new).toArray(FieldTypeRef.Scalar[]::new);

    static Arity arity(Field f) {
        Optional<FieldType> t = f.type();
        if (t.isEmpty()) {
            return Arity.REQUIRED;
        }
        if (t.get().isList()) {
            return Arity.LIST;
        }
        return t.get().isOptional() ? Arity.OPTIONAL : Arity.REQUIRED;
    }

    static void run(SchemaDb db) {
        // Model infos first, so relation fields can point at models declared later.
        for (var ast : db.asts) {
            for (Top top : ast.tops()) {
                if (top instanceof Top.Model m && m.kind() != Top.ModelKind.TYPE) {
                    db.models.add(new SchemaDb.ModelInfo(m));
                } else if (top instanceof Top.Model m) {
                    db.compositeTypes.add(m);
                } else if (top instanceof Top.Enum e) {
                    db.enums.add(new SchemaDb.EnumInfo(e));
                    if (e.values().isEmpty()) {
                        db.diagnostics.add(PslErrors.validation("An enum must have at least one value.", e.span()));
                    }
                }
            }
        }
        for (SchemaDb.ModelInfo model : db.models) {
            for (Field f : model.ast.fields()) {
                if (f.type().isEmpty()) {
                    continue; // the parser already reported the missing type
                }
                FieldType t = f.type().get();
                if (t.unsupported()) {
                    model.scalars.add(new SchemaDb.ScalarInfo(model, f, new FieldTypeRef.Unsupported(t.name()), null));
                    continue;
                }
                Optional<ScalarType> scalar = ScalarType.of(t.name());
                if (scalar.isPresent()) {
                    model.scalars.add(new SchemaDb.ScalarInfo(model, f, SCALARS[scalar.get().ordinal()], null));
                    continue;
                }
                Top target = db.tops.get(t.name());
                if (target instanceof Top.Model m && m.kind() != Top.ModelKind.TYPE) {
                    model.relationFields.add(new SchemaDb.RelationFieldInfo(model, f, db.model(t.name()).get()));
                } else if (target instanceof Top.Enum) {
                    model.scalars.add(new SchemaDb.ScalarInfo(model, f, new FieldTypeRef.EnumRef(t.name()), null));
                } else if (target instanceof Top.Model) {
                    model.scalars.add(new SchemaDb.ScalarInfo(model, f, null, t.name()));
                } else {
                    String lower = t.name().toLowerCase(java.util.Locale.ROOT);
                    String suggestion = null;
                    for (String candidate : candidates(db)) {
                        if (candidate.toLowerCase(java.util.Locale.ROOT).equals(lower)) {
                            suggestion = candidate;
                            break;
                        }
                    }
                    db.diagnostics.add(suggestion != null
                            ? PslErrors.typeForCaseNotFound(t.name(), suggestion, t.nameSpan())
                            : PslErrors.typeNotFound(t.name(), t.nameSpan()));
                }
            }
        }
        for (SchemaDb.ModelInfo model : db.models) {
            model.index();
        }
    }

    private static List<String> candidates(SchemaDb db) {
        List<String> out = new ArrayList<>();
        for (ScalarType s : ScalarType.values()) {
            out.add(s.name());
        }
        for (Top t : db.tops.values()) {
            out.add(t.name().name());
        }
        return out;
    }
}
