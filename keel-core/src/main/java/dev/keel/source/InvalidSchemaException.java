package dev.keel.source;

import dev.keel.api.ErrorCode;
import dev.keel.api.KeelException;
import dev.keel.diag.Diagnostic;
import dev.keel.diag.SourceFile;
import java.util.List;

/**
 * A schema given as a diff or drift source does not validate (Prisma's P1012). The message is one line naming the
 * first error and where it is; {@link #diagnostics()} and {@link #files()} let a caller print Prisma's full report
 * with {@link dev.keel.diag.DiagnosticPrinter}.
 */
public final class InvalidSchemaException extends KeelException {
    private final transient List<Diagnostic> diagnostics;
    private final transient List<SourceFile> files;

    public InvalidSchemaException(List<Diagnostic> diagnostics, List<SourceFile> files) {
        super(ErrorCode.SCHEMA_INVALID, message(diagnostics, files));
        this.diagnostics = List.copyOf(diagnostics);
        this.files = List.copyOf(files);
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    public List<SourceFile> files() {
        return files;
    }

    public long errorCount() {
        return diagnostics.stream().filter(Diagnostic::isError).count();
    }

    private static String message(List<Diagnostic> diagnostics, List<SourceFile> files) {
        List<Diagnostic> errors = diagnostics.stream().filter(Diagnostic::isError).toList();
        Diagnostic first = errors.get(0);
        String where = "";
        if (first.span() != null && first.span().fileId() >= 0 && first.span().fileId() < files.size()) {
            SourceFile f = files.get(first.span().fileId());
            where = f.name() + ":" + f.line(first.span().start()) + ": ";
        }
        String more = errors.size() > 1 ? " (and " + (errors.size() - 1) + " more error"
                + (errors.size() > 2 ? "s" : "") + ")" : "";
        return "Prisma schema validation: " + where + first.message().lines().findFirst().orElse("") + more;
    }
}
