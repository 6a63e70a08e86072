package dev.keel.cli;

import dev.keel.api.DiffResult;
import dev.keel.api.ErrorCode;
import dev.keel.api.Keel;
import dev.keel.api.KeelException;
import dev.keel.source.SchemaSpec;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "diff", exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:success (with --exit-code: no difference)",
                "1:an error",
                "2:with --exit-code: there is a difference"},
        description = "Compare two schema sources (empty, a Prisma schema, a migrations folder, a "
        + "live database) and print the difference: a readable summary, or the SQL migration with --script. "
        + "With --exit-code: 0 no difference, 2 difference, 1 error.")
public final class MigrateDiffCommand implements Callable<Integer> {
    @CommandLine.ArgGroup(exclusive = false, validate = false, heading = "Start from (exactly one):%n")
    SchemaSourceOptions.From from;

    @CommandLine.ArgGroup(exclusive = false, validate = false, heading = "End at (exactly one):%n")
    SchemaSourceOptions.To to;

    @Option(names = "--script", description = "Print the SQL migration instead of the summary")
    boolean script;
    @Option(names = "--exit-code", description = "Exit 0 when there is no difference, 2 when there is one")
    boolean exitCode;
    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of stdout")
    Path output;
    @CommandLine.Mixin
    ShadowDatabaseOption shadowDatabase;

    @CommandLine.Mixin
    WorkingDirOption cwd;

    @CommandLine.Mixin
    ConfigOption config;

    @CommandLine.Mixin
    JsonOption json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        config.explain(spec.commandLine().getErr());
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<SchemaSpec> from = SchemaSourceOptions.given(this.from);
        List<SchemaSpec> to = SchemaSourceOptions.given(this.to);
        if (from.size() != 1 || to.size() != 1) {
            if (json.enabled()) {
                return Json.usage(out, (from.size() != 1 ? from.size() + " `--from-...` parameter(s) provided. " : "")
                        + (to.size() != 1 ? to.size() + " `--to-...` parameter(s) provided. " : "")
                        + "1 must be provided.");
            }
            // Prisma's wording, one line per side that is wrong.
            if (from.size() != 1) {
                err.println("Error: " + from.size() + " `--from-...` parameter(s) provided. 1 must be provided.");
            }
            if (to.size() != 1) {
                err.println("Error: " + to.size() + " `--to-...` parameter(s) provided. 1 must be provided.");
            }
            err.flush();
            return 1;
        }
        DiffResult r;
        try {
            Keel keel = Keel.configure().workingDir(cwd.get()).shadowDatabaseUrl(shadowDatabase.get()).build();
            r = keel.diff(configured(keel, from.get(0)), configured(keel, to.get(0)));
        } catch (KeelException e) {
            return json.enabled() ? Json.error(out, e) : Output.error(err, e);
        }
        String text = json.enabled() ? Json.write(JsonShapes.Diff.of(r)) : script ? r.script() : r.summary();
        if (!text.endsWith("\n")) {
            text += "\n";
        }
        if (output != null) {
            Path file = cwd.get().resolve(output);
            try {
                if (file.toAbsolutePath().getParent() != null) {
                    Files.createDirectories(file.toAbsolutePath().getParent());
                }
                Files.writeString(file, text, StandardCharsets.UTF_8);
            } catch (IOException e) {
                KeelException failure = new KeelException(ErrorCode.IO, "Could not write " + output + ": "
                        + e.getMessage(), e);
                return json.enabled() ? Json.error(out, failure) : Output.error(err, failure);
            }
        } else {
            out.print(text);
            out.flush();
        }
        return exitCode && r.hasChanges() ? 2 : 0;
    }

    private static SchemaSpec configured(Keel keel, SchemaSpec spec) {
        return spec == SchemaSourceOptions.CONFIGURED ? keel.configuredDatabase() : spec;
    }
}
