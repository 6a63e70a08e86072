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

/** The 8 real projects' schemas (Prisma 5/6 era: url/directUrl in the datasource) validate without errors. */
class RealWorldSchemasTest {
    @TestFactory
    Stream<DynamicTest> realWorldSchemasHaveNoErrors() throws IOException, URISyntaxException {
        Path root = Path.of(getClass().getResource("/real-world").toURI());
        List<Path> schemas;
        try (Stream<Path> list = Files.list(root)) {
            schemas = list.filter(Files::isDirectory).map(d -> d.resolve("schema.prisma")).sorted().toList();
        }
        assertThat(schemas).hasSize(8);
        return schemas.stream().map(p -> DynamicTest.dynamicTest(p.getParent().getFileName().toString(), () -> {
            String text = Files.readString(p, StandardCharsets.UTF_8);
            ValidatedSchema schema = Psl.validate(SchemaSource.ofString("schema.prisma", text));
            String printed = new DiagnosticPrinter(false).print(schema.diagnostics().errors(),
                    schema.source().files());
            assertThat(printed).isEmpty();
            assertThat(schema.model()).isPresent();
            assertThat(schema.model().get().models()).isNotEmpty();
        }));
    }
}
