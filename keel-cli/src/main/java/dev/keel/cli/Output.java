package dev.keel.cli;

import dev.keel.api.KeelException;
import dev.keel.diag.Diagnostic;
import dev.keel.diag.DiagnosticPrinter;
import dev.keel.diag.SourceFile;
import dev.keel.source.InvalidSchemaException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Set;

/** Shared printing of core results; colour only on a terminal and never when NO_COLOR is set. */
final class Output {
    private Output() {
    }

    static boolean colour() {
        return System.console() != null && System.getenv("NO_COLOR") == null;
    }

    static void printDiagnostics(PrintWriter w, List<Diagnostic> diagnostics, List<SourceFile> files) {
        if (!diagnostics.isEmpty()) {
            w.print(new DiagnosticPrinter(colour()).print(diagnostics, files));
            w.flush();
        }
    }

    /** Prisma's connection check before a migrate command fails with these, printed as {@code Error: P1001: text}. */
    private static final Set<String> CONNECTION_CODES = Set.of("P1000", "P1001", "P1003", "P1010");

    /**
     * Every command's layout for an environment failure, as Prisma prints its errors: a failed connection as
     * {@code Error: P1001: Can't reach database server at `host:port`}, a blank line and Prisma's hint (the text of
     * Prisma's connection check before each migrate command); Prisma's migrate errors (P3xxx, and P1002 for the
     * advisory lock) as the code, a blank line, then the message; {@code Error: message} when Prisma has no code
     * (Keel's stable code is in {@code --json}'s {@code keelCode}). A schema that does not validate (P1012) is {@link #invalidSchema printed as validate prints
     * it}. Returns the exit code.
     */
    static int error(PrintWriter err, KeelException e) {
        if (e instanceof InvalidSchemaException invalid) {
            invalidSchema(err, invalid.diagnostics(), invalid.files(), invalid.errorCount());
            return e.code().exitCode();
        }
        String code = e.code().prismaCode().map(p -> p + " ").orElse("");
        if (code.startsWith("P3") || code.equals("P1002 ")) {
            err.println("Error: " + code.strip() + "\n\n" + e.getMessage());
        } else if (CONNECTION_CODES.contains(code.strip())) {
            err.println("Error: " + code.strip() + ": " + e.getMessage());
        } else {
            err.println("Error: " + code + e.getMessage());
        }
        err.flush();
        return e.code().exitCode();
    }

    /**
     * A schema that does not validate, in every command as Prisma 7 prints it ({@code prisma validate},
     * {@code prisma format}, and {@code migrate dev|deploy|status|resolve|reset} before they touch the database):
     * {@code Error: Prisma schema validation}, {@code Error code: P1012}, the diagnostics, a blank line,
     * {@code Validation Error Count: N}. Prisma's own header names the WebAssembly module that found the errors ({@code - (validate wasm)}) and it ends with
     * {@code [Context: validate]} and its version; Keel has neither module nor Prisma version to name.
     */
    static void invalidSchema(PrintWriter err, List<Diagnostic> diagnostics, List<SourceFile> files, long errorCount) {
        err.println("Error: Prisma schema validation");
        err.println("Error code: P1012");
        printDiagnostics(err, diagnostics, files);
        err.println();
        err.println("Validation Error Count: " + errorCount);
        err.flush();
    }

    /** Prisma's tree of migration folders ({@code migrations/}, then {@code └─ name/} and its script). */
    static void migrationTree(PrintWriter out, String root, List<String> names) {
        out.println(root + "/");
        for (String n : names) {
            out.println("  └─ " + n + "/");
            out.println("    └─ migration.sql");
        }
    }

    /** A migration that failed to apply, as Prisma prints schema-engine errors: the code, a blank line, the text. */
    static int migrationFailure(PrintWriter err, dev.keel.history.MigrationFailure f) {
        err.println("Error: " + f.code().prismaCode().orElse(f.code().code()));
        err.println();
        err.println(f.message());
        err.flush();
        return 1;
    }
}
