package dev.keel.psl.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.diag.SourceFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Keel's formatter against the reference: Prisma's own reformatter fixtures, and goldens produced by running
 * Prisma 7.10.1's {@code prisma format} (the oracle) on real-world and hand-made tricky schemas. Every case also
 * checks that formatting the expected output changes nothing.
 */
class FormatterGoldenTest {

    @TestFactory
    Stream<DynamicTest> prismaEngineReformatterFixtures() {
        Path root = resource("/prisma-engines/psl/reformatter");
        List<Path> inputs = files(root, p -> p.toString().endsWith(".prisma")
                && !p.toString().endsWith(".reformatted.prisma"));
        assertThat(inputs).hasSize(12);
        return inputs.stream().map(input -> {
            String name = input.getFileName().toString();
            Path expected = input.resolveSibling(name.replace(".prisma", ".reformatted.prisma"));
            return DynamicTest.dynamicTest(root.relativize(input).toString(), () -> check(input, expected));
        });
    }

    @TestFactory
    Stream<DynamicTest> realWorldSchemasMatchPrismaFormat() {
        Path root = resource("/real-world");
        List<Path> inputs = files(root, p -> p.getFileName().toString().equals("schema.prisma"));
        assertThat(inputs).hasSize(8);
        return inputs.stream().map(input -> DynamicTest.dynamicTest(root.relativize(input.getParent()).toString(),
                () -> check(input, input.resolveSibling("schema.formatted.prisma"))));
    }

    @TestFactory
    Stream<DynamicTest> trickySchemasMatchPrismaFormat() {
        Path root = resource("/format");
        List<Path> inputs = files(root, p -> p.toString().endsWith(".prisma")
                && !p.toString().endsWith(".formatted.prisma") && !p.toString().endsWith(".formatted-twice.prisma"));
        assertThat(inputs).hasSizeGreaterThanOrEqualTo(40);
        return inputs.stream().map(input -> {
            String name = input.getFileName().toString();
            Path expected = input.resolveSibling(name.replace(".prisma", ".formatted.prisma"));
            return DynamicTest.dynamicTest(root.relativize(input).toString(), () -> check(input, expected));
        });
    }

    /** Prisma's validation fixtures, valid or not, formatted by Prisma's formatter without the CLI's validation. */
    @TestFactory
    Stream<DynamicTest> prismaEngineValidationFixturesMatchPrismaFormatter() {
        Path root = resource("/prisma-engines/psl/validation");
        Path goldens = resource("/format/prisma-engines-validation");
        List<Path> inputs = files(root, p -> p.toString().endsWith(".prisma"));
        assertThat(inputs).hasSize(98);
        return inputs.stream().map(input -> {
            String rel = root.relativize(input).toString();
            Path expected = goldens.resolve(rel.replace(".prisma", ".formatted.prisma"));
            return DynamicTest.dynamicTest(rel, () -> check(input, expected));
        });
    }

    /** A relation across the files of a multi-file schema is completed in the file of the model that lacks it. */
    @Test
    void multiFileSchemaIsFormattedTogether() {
        Path dir = resource("/format-multi-file/relations");
        List<SourceFile> files = List.of(new SourceFile("a.prisma", read(dir.resolve("a.prisma"))),
                new SourceFile("b.prisma", read(dir.resolve("b.prisma"))));
        assertThat(Formatter.formatAll(files)).containsExactly(read(dir.resolve("a.formatted.prisma")),
                read(dir.resolve("b.formatted.prisma")));
    }

    static void check(Path input, Path expectedFile) {
        String expected = read(expectedFile);
        assertThat(Formatter.format(read(input))).as("format(input)").isEqualTo(expected);
        // Prisma is idempotent except on a few invalid schemas; for those its second pass is a golden too.
        Path twice = expectedFile.resolveSibling(
                expectedFile.getFileName().toString().replace(".formatted.prisma", ".formatted-twice.prisma"));
        String again = Files.exists(twice) ? read(twice) : expected;
        assertThat(Formatter.format(expected)).as("format(expected)").isEqualTo(again);
    }

    static String read(Path p) {
        try {
            return new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path resource(String name) {
        try {
            return Path.of(FormatterGoldenTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Path> files(Path root, java.util.function.Predicate<Path> filter) {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).filter(filter).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
