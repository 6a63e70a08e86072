package dev.keel.psl.validate;

import dev.keel.diag.Diagnostics;
import dev.keel.psl.ast.SchemaFileAst;
import java.util.List;

/** Runs Prisma's validation rules for PostgreSQL over parsed files, adding to {@code diagnostics}. */
public final class Validator {
    private Validator() {
    }

    public static void validate(List<SchemaFileAst> asts, Diagnostics diagnostics) {
        // Rules land here pass by pass (names, types, attributes, relations, connector rules).
    }
}
