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
    /** Valid but not listed in messages. */
    private static final List<String> HIDDEN = List.of("reactNative");
    /** Features that became GA or were removed: accepted with a warning (Prisma 7.10.1's list and wording). */
    private static final List<String> DEPRECATED = List.of("aggregateApi", "atomicNumberOperations",
            "clientExtensions", "cockroachdb", "connectOrCreate", "createMany", "dataProxy", "deno", "distinct",
            "driverAdapters", "esm", "extendedIndexes", "extendedWhereUnique", "fieldReference",
            "filteredRelationCount", "filterJson", "fullTextIndex", "groupBy", "improvedQueryRaw",
            "interactiveTransactions", "jsonProtocol", "microsoftSqlServer", "middlewares", "mongoDb", "multiSchema",
            "namedConstraints", "nApi", "nativeTypes", "omitApi", "orderByAggregateGroup", "orderByNulls",
            "orderByRelation", "prismaSchemaFolder", "queryCompiler", "referentialActions", "referentialIntegrity",
            "selectRelationCount", "tracing", "transactionApi", "uncheckedScalarInputs");

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
                // Prisma parses feature names case-insensitively and prints the canonical spelling.
                if (find(ACTIVE, f) != null || find(HIDDEN, f) != null) {
                    continue;
                }
                if (f.equalsIgnoreCase("metrics")) {
                    // Removed in Prisma 7; the engine the fixtures come from still said "deprecated".
                    db.diagnostics.add(PslErrors.warning("Preview feature \"metrics\" is deprecated. It will be"
                            + " removed in a future version of Prisma.", span));
                } else if (f.equalsIgnoreCase("fullTextSearch") && db.config.postgres) {
                    db.diagnostics.add(PslErrors.warning("On `provider = \"postgresql\"`, preview feature"
                            + " \"fullTextSearch\" has been renamed to \"fullTextSearchPostgres\". Learn more at"
                            + " https://pris.ly/d/fts-postgres.", span));
                } else if (find(DEPRECATED, f) != null) {
                    db.diagnostics.add(PslErrors.warning("Preview feature \"" + find(DEPRECATED, f) + "\" is"
                            + " deprecated. The functionality can be used without specifying it as a preview feature.",
                            span));
                } else {
                    db.diagnostics.add(PslErrors.previewFeatureNotKnown(f, String.join(", ", ACTIVE), span));
                }
            }
        }
    }

    static boolean enabled(SchemaDb db, String feature) {
        return db.config.previewFeatures.stream().anyMatch(feature::equalsIgnoreCase);
    }

    private static String find(List<String> list, String feature) {
        return list.stream().filter(feature::equalsIgnoreCase).findFirst().orElse(null);
    }
}
