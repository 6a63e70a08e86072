package dev.keel.psl.validate;

import dev.keel.diag.Diagnostics;
import dev.keel.psl.ast.SchemaFileAst;
import dev.keel.psl.ast.Top;
import dev.keel.psl.model.PslSchema;
import java.util.List;
import java.util.Optional;

/**
 * Runs Prisma's validation pipeline for PostgreSQL over parsed files, adding to {@code diagnostics}: names, types,
 * attributes, relation inference, configuration, then (only if all that is clean, as Prisma does) the model,
 * field, index, relation and connector rules. Never throws on user input.
 */
public final class Validator {
    private Validator() {
    }

    /** Validates and, when there are no errors, returns the resolved model. */
    public static Optional<PslSchema> validate(List<SchemaFileAst> asts, Diagnostics diagnostics) {
        try {
            return run(asts, diagnostics);
        } catch (RuntimeException | StackOverflowError e) {
            // A bug in a rule must not take the user's command down: report it as a diagnostic instead.
            var span = asts.isEmpty() ? new dev.keel.diag.Span(0, 0, 0)
                    : new dev.keel.diag.Span(asts.get(0).fileId(), 0, 0);
            diagnostics.add(dev.keel.diag.Diagnostic.error("E_INTERNAL", "Internal error while validating the schema"
                    + " (please report it): " + e, span));
            return Optional.empty();
        }
    }

    /**
     * Only the datasource and generator blocks, as Prisma's get-config checks a schema before every migrate command
     * (models are not validated there). Parse errors are the caller's: they are in the same diagnostics already.
     */
    public static void validateConfiguration(List<SchemaFileAst> asts, Diagnostics diagnostics) {
        SchemaDb db = new SchemaDb(asts, diagnostics);
        for (SchemaFileAst ast : asts) {
            for (Top top : ast.tops()) {
                if (top instanceof Top.ConfigBlock c) {
                    (c.kind() == Top.ConfigKind.DATASOURCE ? db.datasources : db.generators).add(c);
                }
            }
        }
        ConfigRules.run(db);
    }

    private static Optional<PslSchema> run(List<SchemaFileAst> asts, Diagnostics diagnostics) {
        SchemaDb db = new SchemaDb(asts, diagnostics);
        // Prisma resolves types, attributes and relations past syntax errors (prisma validate reports an unknown type
        // or attribute beside them); only an error of the pass before stops the next one.
        int syntaxErrors = diagnostics.errors().size();
        NamesPass.run(db);
        if (diagnostics.errors().size() == syntaxErrors) {
            FieldsPass.run(db);
            if (diagnostics.errors().size() == syntaxErrors) {
                AttributesPass.run(db);
                RelationsPass.run(db);
            }
        }
        ConfigRules.run(db);
        if (diagnostics.hasErrors()) {
            return Optional.empty();
        }
        Validations.run(db);
        if (diagnostics.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(SchemaModelBuilder.build(db));
    }
}
