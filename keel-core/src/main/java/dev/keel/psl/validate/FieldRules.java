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
        if (f.unknownDefaultFunction != null) {
            db.diagnostics.add(PslErrors.defaultUnknownFunction(f.unknownDefaultFunction.name(),
                    f.defaultAttribute.span()));
        }
        NativeTypes.validate(db, f);
    }

    static void compositeTypes(SchemaDb db) {
        if (db.config.datasource == null) {
            return;
        }
        for (var ct : db.compositeTypes) {
            db.diagnostics.add(PslErrors.error("Composite types are not supported on Postgres.", ct.span()));
        }
    }
}
