package dev.keel.psl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.diag.Diagnostic;
import dev.keel.diag.DiagnosticPrinter;
import dev.keel.diag.SourceFile;
import dev.keel.diag.Span;
import dev.keel.psl.format.Formatter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tuple;

/**
 * Whatever bytes a user (or a merge tool) puts in a schema file, the front end answers with diagnostics: it never
 * throws, never hangs, and every diagnostic points inside the file so it can be printed with a line and column.
 * Valid schemas are damaged by random {@link SchemaMutation}s; the extreme shapes are also pinned as examples.
 * Only public entry points are used, so the validator and formatter are covered as they grow.
 */
class PslRobustnessTest {
    /**
     * Every step here takes well under a second on an idle machine; the margin is for a 2-core CI machine shared
     * with other builds. Hangs, exponential backtracking and the quadratic cases in {@link #manyUnclosedBlocks}
     * (over a minute before the parser remembered unclosed blocks) still exceed it.
     */
    private static final long LIMIT_SECONDS = 10;

    private static final Map<String, String> SEEDS = seeds();

    private static Map<String, String> seeds() {
        Map<String, String> seeds = new LinkedHashMap<>();
        // Maven runs tests in the module folder; the example lives at the repository root.
        seeds.put("go4u", read(Path.of("..", "examples", "go4u", "prisma", "schema.prisma")));
        for (String name : List.of("all-constructs.prisma", "mixed-layout.prisma")) {
            seeds.put(name, read(Path.of("src", "test", "resources", "robustness", name)));
        }
        return seeds;
    }

    record Case(String seed, List<SchemaMutation> mutations) {
        String text() {
            String text = SEEDS.get(seed);
            for (SchemaMutation m : mutations) {
                text = m.apply(text);
            }
            return text;
        }
    }

    @Property(tries = 300, seed = "20261125", shrinking = ShrinkingMode.BOUNDED)
    void damagedSchemasGetDiagnosticsNotExceptions(@ForAll("cases") Case c) {
        assertRobust(c.text());
    }

    @Provide
    Arbitrary<Case> cases() {
        return Combinators.combine(Arbitraries.of(List.copyOf(SEEDS.keySet())), mutation().list().ofMinSize(1)
                .ofMaxSize(4)).as(Case::new);
    }

    private static Arbitrary<SchemaMutation> mutation() {
        Arbitrary<Integer> at = Arbitraries.integers().between(0, SchemaMutation.SCALE);
        Arbitrary<String> nasty = Arbitraries.strings()
                .withChars('\0', '\r', '\n', '\t', '\u000b', '\u000c', '\u0085', '\u00a0', '\u2003', '\u2028',
                        '\u3000', '\u200b', '\ufeff', '\uffff', '\ud800', '\udbff', '\udc00', '\udfff', '"', '\\',
                        '{', '}', '(', ')', '[', ']', '@', ',', ':', '=', '?', '!', '/', '.', '-', ' ', 'a', '0')
                .ofMinLength(1).ofMaxLength(8);
        Arbitrary<String> anyChars = Arbitraries.strings().all().ofMinLength(1).ofMaxLength(8);
        return Arbitraries.frequencyOf(
                Tuple.of(6, at.map(SchemaMutation.DeleteToken::new)),
                Tuple.of(4, at.map(SchemaMutation.DuplicateToken::new)),
                Tuple.of(4, Combinators.combine(at, at).as(SchemaMutation.SwapTokens::new)),
                Tuple.of(3, at.map(SchemaMutation.DeleteLine::new)),
                Tuple.of(3, at.map(SchemaMutation.DuplicateLine::new)),
                Tuple.of(3, Combinators.combine(at, at).as(SchemaMutation.SwapLines::new)),
                Tuple.of(2, at.map(SchemaMutation.Truncate::new)),
                Tuple.of(6, Combinators.combine(at, Arbitraries.oneOf(nasty, anyChars))
                        .as(SchemaMutation.Insert::new)),
                Tuple.of(2, Combinators.combine(at, Arbitraries.integers().between(1, 5000),
                        Arbitraries.of(true, false), Arbitraries.of(true, false)).as(SchemaMutation.Nest::new)),
                Tuple.of(1, Combinators.combine(at, Arbitraries.integers().between(0, 1000))
                        .as(SchemaMutation.LongLine::new)));
    }

    @Example
    void deeplyNestedFunctionCallsAndArrays() {
        for (boolean array : List.of(true, false)) {
            for (boolean closed : List.of(true, false)) {
                for (int depth : List.of(199, 200, 201, 5_000, 100_000)) {
                    assertRobust(new SchemaMutation.Nest(700_000, depth, array, closed).apply(SEEDS.get("go4u")));
                }
            }
        }
    }

    @Example
    void megabyteLines() {
        for (int shape = 0; shape < SchemaMutation.LongLine.SHAPES; shape++) {
            assertRobust(new SchemaMutation.LongLine(500_000, shape).apply(SEEDS.get("all-constructs.prisma")));
        }
    }

    @Example
    void manyUnclosedBlocks() {
        assertRobust("model M {\n  id Int @id\n".repeat(20_000));
        assertRobust("enum E {\n".repeat(20_000));
        assertRobust("datasource db {\n".repeat(20_000));
        assertRobust("x {\n".repeat(20_000));
    }

    @Example
    void degenerateFiles() {
        for (String text : List.of("", "\0", "\r", "\r\r\n\n", "\ufeff", "\ud800", "}", "{", "\"", "@", "@@", "//",
                "model", "model M", "model M {", "model M {}", "model M {\n}", "enum E {\n  A\n", "type T = ",
                "datasource db {\n  provider = \"postgresql\n}", "generator g {\n  x = [\n}\n")) {
            assertRobust(text);
        }
    }

    /** Validates, prints every diagnostic and formats {@code text}, each step within the time limit. */
    private static void assertRobust(String text) {
        SchemaSource source = SchemaSource.ofString("schema.prisma", text);
        ValidatedSchema validated = withinLimit("Psl.validate", () -> Psl.validate(source));
        List<Diagnostic> diagnostics = validated.diagnostics().all();
        List<SourceFile> files = source.files();
        List<String> printed = withinLimit("DiagnosticPrinter", () -> {
            List<String> each = new ArrayList<>();
            for (Diagnostic d : diagnostics) {
                boolean known = d.span().fileId() >= 0 && d.span().fileId() < files.size();
                each.add(known ? new DiagnosticPrinter(false).print(d, files.get(d.span().fileId())) : "");
            }
            // The coloured layout differs only in escape codes; a sample keeps files with 40k diagnostics quick.
            new DiagnosticPrinter(true).print(diagnostics.subList(0, Math.min(diagnostics.size(), 1000)), files);
            return each;
        });
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < diagnostics.size(); i++) {
            Diagnostic d = diagnostics.get(i);
            Span span = d.span();
            if (span.fileId() < 0 || span.fileId() >= files.size()) {
                problems.add("unknown file in " + d);
                continue;
            }
            SourceFile file = files.get(span.fileId());
            int line = file.line(span.start());
            if (span.end() > file.text().length()) {
                problems.add("span past the end of the file (" + file.text().length() + ") in " + d);
            } else if (line < 1 || line > file.lineCount() || file.column(span.start()) < 1) {
                problems.add("no line and column for " + d);
            } else if (!printed.get(i).contains("-->  " + file.name() + ":" + line + "\n")) {
                problems.add("printed without its line " + line + ": " + printed.get(i));
            }
        }
        assertThat(problems).isEmpty();
        withinLimit("Formatter.format", () -> Formatter.format(text));
    }

    /**
     * Runs {@code task} on a fresh thread with the JVM's default stack size (what a library user's thread has),
     * failing on any throwable, stack overflows included, and on overrunning the limit.
     */
    private static <T> T withinLimit(String what, Callable<T> task) {
        FutureTask<T> future = new FutureTask<>(task);
        Thread worker = new Thread(future, "robustness " + what);
        worker.setDaemon(true);
        worker.start();
        try {
            return future.get(LIMIT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            worker.interrupt();
            throw new AssertionError(what + " did not return within " + LIMIT_SECONDS + " s");
        } catch (ExecutionException e) {
            throw new AssertionError(what + " threw " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
