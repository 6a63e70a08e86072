package dev.keel.psl.validate;

import dev.keel.diag.Span;
import dev.keel.psl.ast.ConfigProperty;
import dev.keel.psl.ast.Expression;
import dev.keel.psl.ast.Top;
import java.util.List;
import java.util.Optional;

/**
 * Generator {@code previewFeatures}: Prisma 7.10's list. Deliberate difference: an unknown feature is a warning (old
 * schemas keep features that have since become GA), not an error.
 */
final class PreviewFeatures {
    static final List<String> ACTIVE = List.of("fullTextSearchPostgres", "nativeDistinct", "partialIndexes",
            "postgresqlExtensions", "relationJoins", "schemaEngineDriverAdapters", "shardKeys",
            "strictUndefinedChecks", "typedSql", "views");
    private static final List<String> DEPRECATED = List.of("metrics");

    private PreviewFeatures() {
    }

    static void validate(SchemaDb db) {
        for (Top.ConfigBlock g : db.generators) {
            Optional<ConfigProperty> p = g.property("previewFeatures");
            if (p.isEmpty() || p.get().value().isEmpty()) {
                continue;
            }
            Expression e = p.get().value().get();
            List<Expression> items = e instanceof Expression.ArrayValue a ? a.values() : List.of(e);
            Span span = e.span();
            for (Expression item : items) {
                if (!(item instanceof Expression.StringValue s)) {
                    continue;
                }
                String f = s.value();
                if (ACTIVE.contains(f)) {
                    continue;
                }
                if (DEPRECATED.contains(f)) {
                    db.diagnostics.add(PslErrors.warning("Preview feature \"" + f + "\" is deprecated. It will be"
                            + " removed in a future version of Prisma.", span));
                } else if (f.equals("fullTextSearch") && db.config.postgres) {
                    db.diagnostics.add(PslErrors.warning("On `provider = \"postgresql\"`, preview feature"
                            + " \"fullTextSearch\" has been renamed to \"fullTextSearchPostgres\". Learn more at"
                            + " https://pris.ly/d/fts-postgres.", span));
                } else {
                    db.diagnostics.add(PslErrors.previewFeatureNotKnown(f, String.join(", ", ACTIVE), span));
                }
            }
        }
    }

    static boolean enabled(SchemaDb db, String feature) {
        return db.config.previewFeatures.contains(feature);
    }
}
