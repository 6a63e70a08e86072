package dev.keel.psl.format;

import dev.keel.diag.Diagnostics;
import dev.keel.diag.SourceFile;
import dev.keel.psl.ast.SchemaFileAst;
import dev.keel.psl.parse.PslParser;
import java.util.ArrayList;
import java.util.List;

/**
 * Produces exactly what {@code prisma format} writes for a schema: the missing sides of relations are added first
 * (only when the schema has no errors Prisma's parser database would report), then every file is printed in the
 * canonical layout.
 */
public final class Formatter {
    private Formatter() {
    }

    public static String format(String text) {
        return formatAll(List.of(new SourceFile("schema.prisma", text))).get(0);
    }

    /** Formats the files of one multi-file schema together (relations may span files); same order as given. */
    public static List<String> formatAll(List<SourceFile> files) {
        Diagnostics diagnostics = new Diagnostics();
        List<SchemaFileAst> asts = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            asts.add(PslParser.parse(i, files.get(i), diagnostics));
        }
        List<String> enriched = RelationCompletion.complete(asts, diagnostics.hasErrors());
        List<String> out = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            SchemaFileAst ast = asts.get(i);
            String text = enriched.get(i);
            if (!text.equals(files.get(i).text())) {
                ast = PslParser.parse(i, new SourceFile(files.get(i).name(), text), new Diagnostics());
            }
            out.add(AstPrinter.print(ast));
        }
        return out;
    }
}
