package dev.keel.psl.validate;

/** Scalar field rules for PostgreSQL: default functions the connector knows, native types, composite types. */
final class FieldRules {
    private FieldRules() {
    }

    static void scalarField(SchemaDb db, SchemaDb.ScalarInfo f) {
        if (f.compositeType != null) {
            db.diagnostics.add(PslErrors.fieldValidation("Composite types are not supported on Postgres.",
                    f.model.kind(), f.model.name(), f.name(), f.ast.span()));
        }
        if (f.defaultValue != null && f.defaultValue.map().isPresent() && db.config.datasource != null) {
            db.diagnostics.add(PslErrors.attributeValidation("You defined a database name for the default value of a"
                    + " field on the model. This is not supported by the provider.", "@default",
                    f.defaultAttribute.span()));
        }
        NativeTypes.validate(db, f);
        DefaultLiteralRules.check(db, f);
    }

    /** Defaults calling functions the PostgreSQL connector does not know; Prisma reports these first. */
    static void unknownDefaultFunctions(SchemaDb db) {
        for (SchemaDb.ModelInfo m : db.models) {
            for (SchemaDb.ScalarInfo f : m.scalars) {
                if (f.unknownDefaultFunction != null) {
                    db.diagnostics.add(PslErrors.defaultUnknownFunction(f.unknownDefaultFunction.name(),
                            f.defaultAttribute.span()));
                }
            }
        }
    }

    static void compositeTypes(SchemaDb db) {
        if (db.config.datasource == null) {
            return;
        }
        for (var ct : db.compositeTypes) {
            db.diagnostics.add(PslErrors.validation("Composite types are not supported on Postgres.", ct.span()));
        }
    }
}
