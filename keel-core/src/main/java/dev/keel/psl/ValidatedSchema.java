package dev.keel.psl;

import dev.keel.diag.Diagnostics;
import dev.keel.psl.ast.SchemaFileAst;
import dev.keel.psl.model.PslSchema;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of reading and validating a schema: its files' ASTs, every diagnostic found, and, when there is no
 * error, the resolved model ({@link PslSchema}) that the compiler consumes.
 */
public record ValidatedSchema(SchemaSource source, List<SchemaFileAst> asts, Diagnostics diagnostics,
                              Optional<PslSchema> model) {
    public ValidatedSchema {
        asts = List.copyOf(asts);
    }

    public boolean isValid() {
        return !diagnostics.hasErrors();
    }
}
