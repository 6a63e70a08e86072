package dev.keel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code keel format} as a user runs it, in process. Expected texts and exit codes are those of
 * {@code prisma format} (Prisma 7.10.1) on the same files.
 */
class FormatCommandTest {
    private static final String UNFORMATTED = "datasource db {\n    provider = \"postgresql\"\n}\n\n"
            + "model User {\n  id    Int @id\n  posts Post[]\n}\n\nmodel Post {\n  id Int @id\n}\n";
    /** prisma format's output for {@link #UNFORMATTED}: aligned, and the missing relation side added. */
    private static final String FORMATTED = "datasource db {\n  provider = \"postgresql\"\n}\n\n"
            + "model User {\n  id    Int    @id\n  posts Post[]\n}\n\n"
            + "model Post {\n  id     Int   @id\n  user   User? @relation(fields: [userId], references: [id])\n"
            + "  userId Int?\n}\n";
    /** A line Prisma cannot parse: prisma format exits 1 and leaves the file alone. */
    private static final String INVALID = "model User {\n  id    Int @id\n  this is not a field\n}\n";

    @TempDir
    Path dir;

    @Test
    void formatRewritesTheFileInPlace() throws IOException {
        Path schema = write(UNFORMATTED);
        assertThat(Main.run("format", "--schema", schema.toString())).isZero();
        assertThat(read(schema)).isEqualTo(FORMATTED);
    }

    @Test
    void formatOfAFormattedFileLeavesItAsItIs() throws IOException {
        Path schema = write(FORMATTED);
        assertThat(Main.run("format", "--schema", schema.toString())).isZero();
        assertThat(read(schema)).isEqualTo(FORMATTED);
    }

    @Test
    void checkOnAnUnformattedFileExitsOneWithoutWriting() throws IOException {
        Path schema = write(UNFORMATTED);
        assertThat(Main.run("format", "--check", "--schema", schema.toString())).isEqualTo(1);
        assertThat(read(schema)).isEqualTo(UNFORMATTED);
    }

    @Test
    void checkOnAFormattedFileExitsZero() throws IOException {
        Path schema = write(FORMATTED);
        assertThat(Main.run("format", "--check", "--schema", schema.toString())).isZero();
        assertThat(read(schema)).isEqualTo(FORMATTED);
    }

    @Test
    void anInvalidSchemaIsNotFormattedAndExitsOne() throws IOException {
        Path schema = write(INVALID);
        assertThat(Main.run("format", "--schema", schema.toString())).isEqualTo(1);
        assertThat(read(schema)).isEqualTo(INVALID);
        assertThat(Main.run("format", "--check", "--schema", schema.toString())).isEqualTo(1);
        assertThat(read(schema)).isEqualTo(INVALID);
    }

    @Test
    void crlfInputIsRewrittenWithUnixNewlines() throws IOException {
        Path schema = write(FORMATTED.replace("\n", "\r\n"));
        assertThat(Main.run("format", "--check", "--schema", schema.toString())).isEqualTo(1);
        assertThat(Main.run("format", "--schema", schema.toString())).isZero();
        assertThat(read(schema)).isEqualTo(FORMATTED);
    }

    /**
     * An invalid schema is reported as {@code prisma format} reports it: validate's P1012 layout on the formatted
     * text, with exit code 1, for {@code format} and {@code format --check} alike (golden from Prisma 7.10.1).
     */
    @ParameterizedTest
    @CsvSource({"format-unformatted-and-invalid, prisma-format",
            "validate-syntax-attribute-and-relation-errors, prisma-validate"})
    void anInvalidSchemaPrintsPrismasP1012Report(String name, String golden, @TempDir Path root) throws IOException {
        String schema = resource(name + ".prisma");
        Files.createDirectories(root.resolve("prisma"));
        Files.writeString(root.resolve("prisma/schema.prisma"), schema);
        String prisma = resource(name + "." + golden + ".txt");
        String expected = "Error: Prisma schema validation\n"
                + prisma.substring(prisma.indexOf("Error code: P1012"), prisma.indexOf("[Context: validate]"));
        for (String[] args : new String[][] {{"format"}, {"format", "--check"}}) {
            Cli r = Cli.run(Cli.args(args, "--cwd", root.toString()));
            assertThat(r.exit()).as(String.join(" ", args)).isEqualTo(1);
            assertThat(r.out()).isEmpty();
            assertThat(r.err()).isEqualTo(expected);
            assertThat(Files.readString(root.resolve("prisma/schema.prisma"))).isEqualTo(schema);
        }
    }

    private static String resource(String name) throws IOException {
        try (var in = FormatCommandTest.class.getResourceAsStream("/cli/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private Path write(String text) throws IOException {
        Path schema = dir.resolve("schema.prisma");
        Files.write(schema, text.getBytes(StandardCharsets.UTF_8));
        return schema;
    }

    private static String read(Path p) throws IOException {
        return new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
    }
}
