package dev.keel.psl.validate;

/** The last stage (psl-core validation_pipeline/validations.rs), run only on schemas without earlier errors. */
final class Validations {
    private Validations() {
    }

    static void run(SchemaDb db) {
        DatasourceRules.run(db);
        ModelRules.databaseNames(db);
        ModelRules.enumDatabaseNames(db);
        FieldRules.compositeTypes(db);
        for (SchemaDb.ModelInfo m : db.models) {
            ViewRules.viewsNeedPreviewFeature(db, m);
            ViewRules.noPrimaryKey(db, m);
            ModelRules.uniqueCriteria(db, m);
            MultiSchemaRules.model(db, m);
            for (SchemaDb.ScalarInfo f : m.scalars) {
                FieldRules.scalarField(db, f);
            }
            ViewRules.indexes(db, m);
            IndexRules.model(db, m);
            ViewRules.uniqueFieldsWithoutArguments(db, m);
        }
        for (SchemaDb.EnumInfo e : db.enums) {
            MultiSchemaRules.enumSchema(db, e);
        }
        RelationRules.run(db);
        ModelRules.constraintNames(db);
    }
}
