package dev.keel.psl.ast;

import dev.keel.diag.SourceFile;
import java.util.List;

/**
 * One parsed file. {@code items} holds every top-level piece in order, including free comments, blank lines and
 * unreadable lines, so the formatter can reproduce the file; {@code tops} holds only declarations (a view of
 * {@code items}, always computed from them, once: every validation pass walks it).
 */
public record SchemaFileAst(int fileId, SourceFile source, List<Item> items, List<Top> tops) {
    public SchemaFileAst {
        items = List.copyOf(items);
        tops = Members.of(items, Top.class);
    }

    public SchemaFileAst(int fileId, SourceFile source, List<Item> items) {
        this(fileId, source, items, null);
    }
}
