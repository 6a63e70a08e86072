package dev.keel.psl;

import dev.keel.diag.Diagnostics;
import dev.keel.psl.ast.SchemaFileAst;
import dev.keel.psl.parse.PslParser;
import dev.keel.psl.validate.Validator;
import java.util.ArrayList;
import java.util.List;

/** Entry point of the schema-language front end: parse, then validate. Never throws on bad input. */
public final class Psl {
    private Psl() {
    }

    public static List<SchemaFileAst> parse(SchemaSource source, Diagnostics diagnostics) {
        List<SchemaFileAst> asts = new ArrayList<>();
        for (int i = 0; i < source.files().size(); i++) {
            asts.add(PslParser.parse(i, source.files().get(i), diagnostics));
        }
        return asts;
    }

    /**
     * As Prisma's schema engine reads a schema it is given ({@code migrate diff --to-schema}, {@code migrate dev}):
     * first the syntax and the datasource and generator blocks (psl's configuration parse, the CLI's get-config); when
     * those have errors they are the whole report, the models are not validated. Otherwise as {@link #validate}.
     */
    public static ValidatedSchema validateConfigurationFirst(SchemaSource source) {
        Diagnostics diagnostics = new Diagnostics();
        List<SchemaFileAst> asts = parse(source, diagnostics);
        Diagnostics configuration = new Diagnostics();
        configuration.addAll(diagnostics);
        Validator.validateConfiguration(asts, configuration);
        if (configuration.hasErrors()) {
            return new ValidatedSchema(source, asts, configuration, java.util.Optional.empty());
        }
        var model = Validator.validate(asts, diagnostics);
        return new ValidatedSchema(source, asts, diagnostics, model);
    }

    public static ValidatedSchema validate(SchemaSource source) {
        Diagnostics diagnostics = new Diagnostics();
        List<SchemaFileAst> asts = parse(source, diagnostics);
        var model = Validator.validate(asts, diagnostics);
        return new ValidatedSchema(source, asts, diagnostics, model);
    }
}
