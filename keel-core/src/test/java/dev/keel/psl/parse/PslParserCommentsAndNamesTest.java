package dev.keel.psl.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.diag.Diagnostics;
import dev.keel.diag.SourceFile;
import dev.keel.psl.ast.Field;
import dev.keel.psl.ast.Member;
import dev.keel.psl.ast.SchemaFileAst;
import dev.keel.psl.ast.Top;
import org.junit.jupiter.api.Test;

/**
 * Grammar points of Prisma 7.10.1 checked with its CLI: {@code /* *}{@code /} comments are comment-block and
 * trailing-comment elements (not whitespace that may appear anywhere), and identifiers take any Unicode letter.
 */
class PslParserCommentsAndNamesTest {

    private static SchemaFileAst parse(String text, Diagnostics d) {
        return PslParser.parse(0, new SourceFile("schema.prisma", text), d);
    }

    @Test
    void blockCommentsAreCommentsAndDocumentation() {
        Diagnostics d = new Diagnostics();
        SchemaFileAst ast = parse("/* top\ncomment */\nmodel A {\n  id Int @id /* trailing */\n"
                + "  /** doc */\n  b String\n}\n", d);
        assertThat(d.hasErrors()).isFalse();
        assertThat(ast.items().get(0)).isInstanceOf(Member.CommentBlock.class);
        Top.Model model = (Top.Model) ast.tops().get(0);
        assertThat(model.documentation()).contains("top\ncomment");
        Field id = model.fields().get(0);
        assertThat(id.trailingComment()).hasValueSatisfying(c -> assertThat(c.source()).isEqualTo("/* trailing */"));
        assertThat(model.fields().get(1).documentation()).contains("* doc");
    }

    @Test
    void aBlockCommentInsideAFieldLineMakesTheLineInvalid() {
        // prisma validate: "Error validating: This line is not a valid field or attribute definition." on line 5.
        Diagnostics d = new Diagnostics();
        String text = "/* top\ncomment */\nmodel A {\n  id Int @id /* trailing */\n  b String /* x */ @unique\n}\n";
        parse(text, d);
        assertThat(d.errors()).hasSize(1);
        assertThat(d.errors().get(0).message())
                .isEqualTo("Error validating: This line is not a valid field or attribute definition.");
        assertThat(new SourceFile("schema.prisma", text).line(d.errors().get(0).span().start())).isEqualTo(5);
    }

    @Test
    void identifiersTakeUnicodeLettersButNotOtherDigits() {
        Diagnostics ok = new Diagnostics();
        SchemaFileAst ast = parse("model L\u00f6\u00f6p {\n  id Int @id\n  \u65e5\u672c String\n}\n", ok);
        assertThat(ok.hasErrors()).isFalse();
        assertThat(((Top.Model) ast.tops().get(0)).fields()).extracting(f -> f.name().name())
                .containsExactly("id", "\u65e5\u672c");

        Diagnostics bad = new Diagnostics();
        parse("model A {\n  id Int @id\n  a\u0661 String\n}\n", bad);
        assertThat(bad.errors()).extracting(e -> e.message())
                .containsExactly("Error validating: This line is not a valid field or attribute definition.");
    }
}
