package dev.keel.psl.validate;

import dev.keel.diag.Span;

/** {@code @@schema}: every model, view and enum needs one once the datasource lists schemas; it must be listed. */
final class MultiSchemaRules {
    private static final String NOT_DEFINED = "This schema is not defined in the datasource. Read more on `@@schema`"
            + " at https://pris.ly/d/multi-schema";

    private MultiSchemaRules() {
    }

    static void model(SchemaDb db, SchemaDb.ModelInfo model) {
        if (db.config.datasource == null) {
            return;
        }
        if (model.schema == null) {
            if (!db.config.schemas.isEmpty()) {
                db.diagnostics.add(PslErrors.modelValidation("This " + model.kind() + " is missing an `@@schema`"
                        + " attribute.", model.kind(), model.name(), model.ast.span()));
            }
            return;
        }
        checkListed(db, model.schema, model.schemaSpan);
    }

    static void enumSchema(SchemaDb db, SchemaDb.EnumInfo e) {
        if (db.config.datasource == null) {
            return;
        }
        if (e.schema == null) {
            if (!db.config.schemas.isEmpty()) {
                db.diagnostics.add(PslErrors.error("This enum is missing an `@@schema` attribute.", e.ast.span()));
            }
            return;
        }
        checkListed(db, e.schema, e.schemaSpan);
    }

    private static void checkListed(SchemaDb db, String schema, Span span) {
        if (!db.config.schemas.contains(schema)) {
            db.diagnostics.add(PslErrors.error(NOT_DEFINED, span));
        }
    }
}
