package dev.keel.cli;

import dev.keel.diag.Diagnostic;
import dev.keel.diag.DiagnosticPrinter;
import dev.keel.diag.SourceFile;
import java.io.PrintWriter;
import java.util.List;

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
}
