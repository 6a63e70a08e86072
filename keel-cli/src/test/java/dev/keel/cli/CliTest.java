package dev.keel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The command line as a user meets it: exit codes, one-line errors without stack traces, Prisma's schema lookup
 * order and Prisma's error layout. Runs in-process through {@link Main#run(PrintWriter, PrintWriter, String...)}.
 */
class CliTest {
    private static final String VALID = """
            datasource db {
              provider = "postgresql"
            }

            model User {
              id Int @id
            }
            """;
    /** A top-level line the grammar cannot read: the parser reports it, whatever the validator does. */
    private static final String INVALID = "datasource db {\n  provider = \"postgresql\"\n}\n\nnot a keyword\n";

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }
    }

    private Run keel(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(exit, out.toString(), err.toString());
    }

    /** Runs {@code args} as if started in {@link #dir}. */
    private Run keelIn(String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--cwd";
        all[args.length + 1] = dir.toString();
        return keel(all);
    }

    private void write(String relative, String text) throws IOException {
        Path p = dir.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    @Test
    void unknownFlagIsOneLineAndExit1() {
        Run r = keel("validate", "--no-such-flag");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.errLines()).hasSize(1);
        assertThat(r.err()).contains("--no-such-flag").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void unknownCommandIsOneLineAndExit1() {
        Run r = keel("frobnicate");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.errLines()).hasSize(1);
        assertThat(r.err()).contains("frobnicate").doesNotContain("Exception");
    }

    @Test
    void missingSchemaFileIsOneLineAndExit1() {
        Run r = keelIn("validate", "--schema", "nowhere/schema.prisma");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.errLines()).hasSize(1);
        assertThat(r.err()).contains("nowhere/schema.prisma").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void noSchemaAnywhereIsOneLineAndExit1() {
        for (String command : List.of("validate", "format")) {
            Run r = keelIn(command);
            assertThat(r.exit()).as(command).isEqualTo(1);
            assertThat(r.errLines()).as(command).hasSize(1);
            assertThat(r.err()).as(command).contains("schema.prisma").doesNotContain("Exception");
        }
    }

    @Test
    void lookupPrefersPrismaFolderFileThenRootFileThenSchemaFolder() throws IOException {
        write("prisma/schema/a.prisma", INVALID);
        Run folder = keelIn("validate");
        assertThat(folder.exit()).isEqualTo(1);
        assertThat(folder.err()).contains("-->  prisma/schema/a.prisma:5".replace('/', java.io.File.separatorChar));

        write("schema.prisma", VALID);
        Run root = keelIn("validate");
        assertThat(root.exit()).as(root.err()).isZero();
        assertThat(root.out()).contains("schema.prisma");

        write("prisma/schema.prisma", INVALID);
        Run prismaFile = keelIn("validate");
        assertThat(prismaFile.exit()).isEqualTo(1);
        assertThat(prismaFile.err()).contains("-->  prisma/schema.prisma:5".replace('/', java.io.File.separatorChar));

        Run explicit = keelIn("validate", "--schema", "schema.prisma");
        assertThat(explicit.exit()).as(explicit.err()).isZero();
    }

    @Test
    void validSchemaExits0() throws IOException {
        write("prisma/schema.prisma", VALID);
        Run r = keelIn("validate");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("is valid");
        assertThat(r.err()).isEmpty();
    }

    /**
     * From {@code Error: Prisma schema validation} to the error count, stderr is Prisma's own output (from
     * prisma-oracle): one invalid top-level line, and one of each of the parser's six "line/block is invalid" errors.
     * Prisma's header also names its WebAssembly module ({@code - (validate wasm)}), which Keel has not.
     */
    @ParameterizedTest
    @ValueSource(strings = {"invalid-line", "parse-errors"})
    void invalidSchemaPrintsPrismaOutputAndExits1(String name) throws IOException {
        write("schema.prisma", resource(name + ".prisma"));
        List<String> prisma = resource(name + ".prisma-oracle.txt").lines()
                .map(l -> l.replace(" - (validate wasm)", ""))
                .toList();
        Run r = keelIn("validate");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        int first = prisma.indexOf("Error: Prisma schema validation");
        int count = prisma.indexOf(prisma.stream().filter(l -> l.startsWith("Validation Error Count: "))
                .findFirst().orElseThrow());
        assertThat(r.errLines()).containsExactlyElementsOf(prisma.subList(first, count + 1));
    }

    @Test
    void formatCheckOnFormattedSchemaExits0AndWritesNothing() throws IOException {
        Path example = Path.of("..", "examples", "go4u", "prisma", "schema.prisma");
        String text = Files.readString(example);
        write("prisma/schema.prisma", text);
        Run r = keelIn("format", "--check");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Files.readString(dir.resolve("prisma/schema.prisma"))).isEqualTo(text);
    }

    @Test
    void helpAndVersionExit0() {
        Run help = keel("--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("validate").contains("format");
        Run version = keel("--version");
        assertThat(version.exit()).isZero();
        assertThat(version.out()).startsWith("keel ");
        Run subHelp = keel("validate", "--help");
        assertThat(subHelp.exit()).isZero();
        assertThat(subHelp.out()).contains("--schema").doesNotContain("--cwd");
    }

    private static String resource(String name) throws IOException {
        try (var in = CliTest.class.getResourceAsStream("/cli/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
