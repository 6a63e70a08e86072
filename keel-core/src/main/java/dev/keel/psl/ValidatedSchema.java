package dev.keel.psl;

import dev.keel.diag.Diagnostics;
import dev.keel.psl.ast.SchemaFileAst;
import java.util.List;

/** The outcome of reading and validating a schema: its files' ASTs and every diagnostic found. */
public record ValidatedSchema(SchemaSource source, List<SchemaFileAst> asts, Diagnostics diagnostics) {
    public ValidatedSchema {
        asts = List.copyOf(asts);
    }

    public boolean isValid() {
        return !diagnostics.hasErrors();
    }
}
