package dev.keel.psl.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.diag.DiagnosticPrinter;
import dev.keel.psl.Psl;
import dev.keel.psl.SchemaSource;
import dev.keel.psl.ValidatedSchema;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Keel's extra validation cases against Prisma 7.10.1's own output (golden files produced by the prisma-oracle; see
 * {@code keel-validation/README.md}). Errors are compared as printed, without colour: {@code prisma validate} shows
 * errors only, so warnings are not part of the comparison.
 */
class OracleValidationCasesTest {
    @TestFactory
    Stream<DynamicTest> casesMatchPrisma() throws IOException, URISyntaxException {
        Path root = Path.of(getClass().getResource("/keel-validation/oracle").toURI());
        List<Path> cases;
        try (Stream<Path> list = Files.list(root)) {
            cases = list.filter(p -> p.toString().endsWith(".prisma")).sorted().toList();
        }
        assertThat(cases).hasSizeGreaterThanOrEqualTo(40);
        return cases.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            String text = Files.readString(p, StandardCharsets.UTF_8);
            String expected = Files.readString(Path.of(p.toString().replace(".prisma", ".expected")),
                    StandardCharsets.UTF_8);
            ValidatedSchema schema = Psl.validate(SchemaSource.ofString("schema.prisma", text));
            String actual = new DiagnosticPrinter(false).print(schema.diagnostics().errors(),
                    schema.source().files());
            assertThat(actual.stripTrailing()).isEqualTo(expected.stripTrailing());
        }));
    }
}
