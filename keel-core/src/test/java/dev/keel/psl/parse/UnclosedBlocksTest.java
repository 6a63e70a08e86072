package dev.keel.psl.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.diag.Diagnostics;
import dev.keel.diag.SourceFile;
import dev.keel.psl.ast.Top;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The parser remembers where an unclosed block body ran off the end of the file so that later block openings
 * fail at once; these cases pin that the shortcut never changes what the grammar would parse.
 */
class UnclosedBlocksTest {
    private static List<String> models(String text) {
        return PslParser.parse(0, new SourceFile("schema.prisma", text), new Diagnostics()).items().stream()
                .filter(Top.Model.class::isInstance).map(i -> ((Top.Model) i).name().name()).toList();
    }

    @Test
    void modelAfterAnUnclosedOneStillParsesWhenItIsClosed() {
        assertThat(models("model A {\n  id Int @id\n\nmodel B {\n  id Int @id\n}\n")).containsExactly("A");
        assertThat(models("model A {\n  id Int @id\n")).isEmpty();
    }

    /**
     * Inside A the field's trailing comment runs to the last line, hiding B's closing brace, and A stays
     * unclosed; at top level that field line is a catch-all, so B is read and closed.
     */
    @Test
    void multiLineCommentHidingAClosingLineFromOneBodyOnly() {
        assertThat(models("model A {\n  id Int /*\nmodel B {\n  x Int\n}\n*/\n")).containsExactly("B");
    }
}
