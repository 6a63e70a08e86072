package dev.keel.psl.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.diag.Diagnostic;
import dev.keel.psl.Psl;
import dev.keel.psl.SchemaSource;
import dev.keel.psl.ValidatedSchema;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Mutated versions of every validation fixture and oracle case must produce diagnostics only: no exception and no
 * internal-error diagnostic (the validator's safety net must never be needed). Seeded, so failures reproduce.
 */
class ValidatorRobustnessTest {
    private static final String[] TOKENS = {"@", "@@", "(", ")", "[", "]", "{", "}", "\"", ",", ":", "?", "[]", ".",
        "@id", "@@id([a, b])", "@unique", "@relation(fields: [x], references: [y])", "@default(", "@db.VarChar(",
        "model", "enum", "view", "type", "\n", "@@map(\"t\")", "@@schema(\"s\")", "Int", "String?", "Unsupported(\"x\")",
        "onDelete: SetNull", "=", "env(", "@map(", "@@index([", "ops: ", "sort: Desc", "-1", "1.5", "//", "///"};

    @Test
    void mutatedSchemasNeverBreakTheValidator() throws IOException, URISyntaxException {
        List<Path> files = new ArrayList<>();
        for (String dir : List.of("/prisma-engines/psl/validation", "/keel-validation/oracle")) {
            try (Stream<Path> walk = Files.walk(Path.of(getClass().getResource(dir).toURI()))) {
                walk.filter(p -> p.toString().endsWith(".prisma")).sorted().forEach(files::add);
            }
        }
        Random random = new Random(20261125L);
        int runs = 0;
        for (Path file : files) {
            String original = Files.readString(file, StandardCharsets.UTF_8);
            for (int i = 0; i < 25; i++) {
                String mutated = mutate(original, random);
                ValidatedSchema schema = Psl.validate(SchemaSource.ofString("schema.prisma", mutated));
                List<Diagnostic> internal = schema.diagnostics().all().stream()
                        .filter(d -> d.code().equals("E_INTERNAL")).toList();
                assertThat(internal).as("%s mutated:%n%s", file, mutated).isEmpty();
                runs++;
            }
        }
        assertThat(runs).isGreaterThan(1000);
    }

    private static String mutate(String text, Random random) {
        StringBuilder sb = new StringBuilder(text);
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits; e++) {
            int at = sb.length() == 0 ? 0 : random.nextInt(sb.length());
            switch (random.nextInt(3)) {
                case 0 -> sb.delete(at, Math.min(sb.length(), at + 1 + random.nextInt(12)));
                case 1 -> sb.insert(at, TOKENS[random.nextInt(TOKENS.length)]);
                default -> {
                    int lineStart = sb.lastIndexOf("\n", at) + 1;
                    int lineEnd = sb.indexOf("\n", at);
                    if (lineEnd > lineStart) {
                        sb.insert(lineEnd + 1, sb.substring(lineStart, lineEnd + 1));
                    }
                }
            }
        }
        return sb.toString();
    }
}
