package dev.keel.cli;

import dev.keel.api.Keel;
import dev.keel.api.ValidateResult;
import dev.keel.diag.DiagnosticPrinter;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "validate", exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the schema is valid", "1:it is not (or it cannot be read)"},
        description = "Validate the Prisma schema. Exit 0 when valid, 1 otherwise.")
public final class ValidateCommand implements Callable<Integer> {
    @Mixin
    SchemaOption schemaOption;

    @Mixin
    JsonOption json;

    @Mixin
    ConfigOption config;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        config.explain(spec.commandLine().getErr());
        ValidateResult result = Keel.configure().workingDir(schemaOption.workingDir()).schema(schemaOption.schema).build().validate();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (json.enabled()) {
            Json.print(out, JsonShapes.Validate.of(result));
            return result.valid() ? 0 : 1;
        }
        if (!result.valid()) {
            Output.invalidSchema(err, result.diagnostics(), result.files(), result.errorCount());
            return 1;
        }
        Output.printDiagnostics(err, result.diagnostics(), result.files());
        out.println("The schema at " + result.files().get(0).name() + " is valid \uD83D\uDE80");
        out.flush();
        return 0;
    }
}
