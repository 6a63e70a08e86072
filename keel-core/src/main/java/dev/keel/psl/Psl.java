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

    public static ValidatedSchema validate(SchemaSource source) {
        Diagnostics diagnostics = new Diagnostics();
        List<SchemaFileAst> asts = parse(source, diagnostics);
        var model = Validator.validate(asts, diagnostics);
        return new ValidatedSchema(source, asts, diagnostics, model);
    }
}
