package dev.keel.cli;

import dev.keel.api.FormatResult;
import dev.keel.api.Keel;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "format", description = "Format the Prisma schema in place, as `prisma format` does.")
public final class FormatCommand implements Callable<Integer> {
    @Mixin
    SchemaOption schemaOption;

    @Option(names = "--check", description = "Do not write; exit 1 if any file is not formatted.")
    boolean check;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        FormatResult result = Keel.configure().workingDir(schemaOption.workingDir()).schema(schemaOption.schema).build()
                .format(check);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (check) {
            for (FormatResult.FileOutcome f : result.files()) {
                if (f.changed()) {
                    err.println("Not formatted: " + f.path());
                }
            }
            err.flush();
            if (result.anyChanged()) {
                return 1;
            }
            out.println("All schema files are formatted.");
        } else {
            out.println("Formatted " + result.files().size() + " schema file" + (result.files().size() == 1 ? "" : "s")
                    + (result.anyChanged() ? "" : " (already formatted)") + ".");
        }
        out.flush();
        return 0;
    }
}
