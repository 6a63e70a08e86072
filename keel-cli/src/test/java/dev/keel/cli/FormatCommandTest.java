package dev.keel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    private Path write(String text) throws IOException {
        Path schema = dir.resolve("schema.prisma");
        Files.write(schema, text.getBytes(StandardCharsets.UTF_8));
        return schema;
    }

    private static String read(Path p) throws IOException {
        return new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
    }
}
