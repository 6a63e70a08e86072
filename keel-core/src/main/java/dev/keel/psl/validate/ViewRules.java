package dev.keel.psl.validate;

/** Views: behind the {@code views} preview feature, no primary key, no indexes, plain unique criteria. */
final class ViewRules {
    private ViewRules() {
    }

    static void viewsNeedPreviewFeature(SchemaDb db, SchemaDb.ModelInfo model) {
        if (model.isView() && !PreviewFeatures.enabled(db, "views")) {
            db.diagnostics.add(PslErrors.validation("View definitions are only available with the `views` preview"
                    + " feature.", model.ast.span()));
        }
    }

    static void noPrimaryKey(SchemaDb db, SchemaDb.ModelInfo model) {
        if (model.isView() && model.id != null) {
            db.diagnostics.add(PslErrors.validation("Views cannot have primary keys.", model.id.attribute.span()));
        }
    }

    static void indexes(SchemaDb db, SchemaDb.ModelInfo model) {
        if (!model.isView()) {
            return;
        }
        for (SchemaDb.IndexInfo idx : model.indexes) {
            if (idx.isUnique()) {
                if (idx.map != null) {
                    db.diagnostics.add(PslErrors.validation("@@unique annotations on views are not backed by unique"
                            + " indexes in the database and cannot specify a mapped database name.",
                            idx.attribute.span()));
                }
            } else {
                db.diagnostics.add(PslErrors.validation("Views cannot have indexes.", idx.attribute.span()));
            }
        }
    }

    static void uniqueFieldsWithoutArguments(SchemaDb db, SchemaDb.ModelInfo model) {
        if (!model.isView()) {
            return;
        }
        for (SchemaDb.IndexInfo idx : model.indexes) {
            if (idx.isUnique() && idx.sourceField == null && idx.fields.stream().anyMatch(f -> f.sort().isPresent()
                    || f.length().isPresent() || f.operatorClass().isPresent())) {
                db.diagnostics.add(PslErrors.attributeValidation("Scalar fields in @@unique attributes in views cannot"
                        + " have arguments.", "@@unique", idx.attribute.span()));
            }
        }
    }
}
