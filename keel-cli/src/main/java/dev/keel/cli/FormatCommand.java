package dev.keel.cli;

import dev.keel.api.FormatResult;
import dev.keel.api.Keel;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "format", exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:formatted (or, with --check, already formatted)",
                "1:--check found an unformatted file, or the schema is invalid"},
        description = "Format the Prisma schema in place, as `prisma format` does. "
        + "A schema that is invalid once formatted is left untouched (exit 1).")
public final class FormatCommand implements Callable<Integer> {
    @Mixin
    SchemaOption schemaOption;

    @Option(names = "--check", description = "Do not write; exit 1 if any file is not formatted.")
    boolean check;

    @Mixin
    JsonOption json;

    @Mixin
    ConfigOption config;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        config.explain(spec.commandLine().getErr());
        FormatResult result = Keel.configure().workingDir(schemaOption.workingDir()).schema(schemaOption.schema).build()
                .format(check);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (json.enabled()) {
            Json.print(out, JsonShapes.Format.of(result, check));
            return !result.valid() || (check && result.anyChanged()) ? 1 : 0;
        }
        if (!result.valid()) {
            // prisma format reports the formatted schema's errors exactly as prisma validate does.
            Output.invalidSchema(err, result.diagnostics(), result.formatted(), result.errorCount());
            return 1;
        }
        Output.printDiagnostics(err, result.diagnostics(), result.formatted());
        if (check) {
            if (result.anyChanged()) {
                for (FormatResult.FileOutcome f : result.files()) {
                    if (f.changed()) {
                        err.println("Not formatted: " + f.path());
                    }
                }
                err.println("There are unformatted files. Run keel format to format them.");
                err.flush();
                return 1;
            }
            out.println("All files are formatted correctly!");
        } else {
            for (FormatResult.FileOutcome f : result.files()) {
                out.println("Formatted " + f.path() + (f.changed() ? "" : " (already formatted)"));
            }
        }
        out.flush();
        return 0;
    }
}
