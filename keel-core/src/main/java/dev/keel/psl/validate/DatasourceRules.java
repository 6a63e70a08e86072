package dev.keel.psl.validate;

import dev.keel.diag.Span;
import dev.keel.psl.model.Extension;

/** PostgreSQL datasource rules: {@code extensions} needs its preview feature, and extension names' syntax. */
final class DatasourceRules {
    private DatasourceRules() {
    }

    static void run(SchemaDb db) {
        if (!db.config.postgres || db.config.extensionsSpan == null) {
            return;
        }
        if (!PreviewFeatures.enabled(db, "postgresqlExtensions")) {
            db.diagnostics.add(PslErrors.error("The `extensions` property is only available with the"
                    + " `postgresqlExtensions` preview feature.", db.config.extensionsSpan));
            return;
        }
        for (int i = 0; i < db.config.extensions.size(); i++) {
            Extension e = db.config.extensions.get(i);
            Span span = db.config.extensionSpans.get(i);
            String name = e.name();
            if (name.isEmpty()) {
                db.diagnostics.add(PslErrors.validation("The name of an extension must not be empty.", span));
            } else if (Character.isDigit(name.codePointAt(0))) {
                db.diagnostics.add(PslErrors.validation("The name of an extension must not start with a number.",
                        span));
            } else if (name.contains("-")) {
                db.diagnostics.add(PslErrors.validation("The character `-` is not allowed in extension names.", span));
            }
        }
    }
}
