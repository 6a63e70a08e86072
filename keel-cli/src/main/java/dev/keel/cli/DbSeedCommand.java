package dev.keel.cli;

import dev.keel.api.SeedRunResult;
import dev.keel.seed.SeedResult;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "seed", exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:seeded, or no seed configured", "1:the seed failed"},
        description = "Seed your database: upsert the declarative seed files (seed/*.json|yaml "
        + "beside the schema), then run the seed command (keel.toml [seed] command, or package.json prisma.seed). "
        + "Arguments after -- are passed to the seed command (keel db seed -- --env staging).")
public final class DbSeedCommand implements Callable<Integer> {
    @Mixin
    SchemaOption schemaOption;

    @Mixin
    DatabaseOptions db;

    @Mixin
    JsonOption json;

    @Mixin
    ConfigOption config;

    @Parameters(paramLabel = "ARG", arity = "0..*",
            description = "After --: arguments appended to the seed command, each passed as one word")
    List<String> args = new ArrayList<>();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        config.explain(spec.commandLine().getErr());
        SeedRunResult r = db.configure(schemaOption).seedOutputToStderr(json.enabled()).build().seed(args);
        if (json.enabled()) {
            Json.print(spec.commandLine().getOut(), JsonShapes.Seed.of(r));
            return r.succeeded() ? 0 : 1;
        }
        return print(r, spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /** Prints a seed outcome as Prisma's {@code db seed} does (plus the declarative counts); returns the exit code. */
    static int print(SeedRunResult r, PrintWriter out, PrintWriter err) {
        if (!r.configured()) {
            out.println("No seed configured: add seed files to prisma/seed/ (JSON or YAML), or a command in keel.toml "
                    + "([seed] command = \"...\") or package.json (\"prisma\": {\"seed\": \"...\"}).");
            out.flush();
            return 0;
        }
        if (r.declarative().isPresent()) {
            SeedResult s = r.declarative().get();
            out.println("Declarative seed (" + r.seedFiles().size() + " file" + (r.seedFiles().size() == 1 ? "" : "s")
                    + "): " + s.inserted() + " inserted, " + s.updated() + " updated, " + s.unchanged() + " unchanged");
            for (SeedResult.TableCount t : s.tables()) {
                out.println("  " + t.table().replaceFirst("^\"public\"\\.", "") + ": " + t.inserted() + " inserted, "
                        + t.updated() + " updated, " + t.unchanged() + " unchanged");
            }
        }
        if (r.command().isPresent()) {
            out.println("Running seed command `" + r.command().get() + "` ...");
            if (!r.succeeded()) {
                out.flush();
                err.println("Error: An error occurred while running the seed command:");
                err.println("Error: Command failed with exit code " + r.commandExitCode().getAsInt() + ": "
                        + r.command().get());
                err.flush();
                return 1;
            }
        }
        out.println();
        out.println(r.command().isPresent() ? "\uD83C\uDF31  The seed command has been executed."
                : "\uD83C\uDF31  The seed has been applied.");
        out.flush();
        return 0;
    }
}
