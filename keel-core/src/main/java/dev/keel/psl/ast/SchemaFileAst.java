package dev.keel.psl.ast;

import dev.keel.diag.SourceFile;
import java.util.List;

/**
 * One parsed file. {@code items} holds every top-level piece in order, including free comments, blank lines and
 * unreadable lines, so the formatter can reproduce the file; {@code tops} holds only declarations.
 */
public record SchemaFileAst(int fileId, SourceFile source, List<Item> items) {
    public SchemaFileAst {
        items = List.copyOf(items);
    }

    public List<Top> tops() {
        return Members.of(items, Top.class);
    }
}
