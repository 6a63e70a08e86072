package dev.keel.cli;

import dev.keel.api.Keel;
import dev.keel.api.ResetResult;
import dev.keel.history.AppliedMigration;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "reset", exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:reset, migrations applied and seeded",
                "1:an error, a failed migration or seed, or no --force without a terminal",
                "130:cancelled at the prompt"},
        description = "Reset your database and apply all migrations, all data will be lost.")
public final class MigrateResetCommand implements Callable<Integer> {
    @Mixin
    SchemaOption schemaOption;

    @Mixin
    DatabaseOptions db;

    @Option(names = {"-f", "--force"}, description = "Skip the confirmation prompt")
    boolean force;

    @Option(names = "--skip-seed", description = "Skip triggering seed")
    boolean skipSeed;

    @Mixin
    JsonOption json;

    @Mixin
    ConfigOption config;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        config.explain(spec.commandLine().getErr());
        Keel keel = db.configure(schemaOption).seedOutputToStderr(json.enabled()).build();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (json.enabled()) {
            // JSON is for scripts: no prompt, so --force is the consent.
            if (!force) {
                Json.print(out, new JsonShapes.ErrorOutput(JsonShapes.Error.refused("KEEL_NEEDS_FORCE",
                        "migrate reset --json never prompts: pass --force to drop the database's schemas.")));
                return 1;
            }
            ResetResult r = keel.reset(skipSeed);
            Json.print(out, JsonShapes.Reset.of(r));
            return r.succeeded() ? 0 : 1;
        }
        out.println("Datasource \"db\": " + keel.describeDatabase());
        out.println();
        out.flush();
        if (!force) {
            if (!Prompt.interactive()) {
                err.println("Error: " + Texts.RESET_NON_INTERACTIVE);
                err.flush();
                return 1;
            }
            if (!Prompt.confirm("Are you sure you want to reset your database? All data will be lost.")) {
                out.println("Reset cancelled.");
                out.flush();
                return 130;
            }
        }
        ResetResult r = keel.reset(skipSeed);
        out.println("Database reset successful");
        if (!r.deploy().applied().isEmpty()) {
            out.println();
            out.println("The following migration(s) have been applied:");
            out.println();
            Output.migrationTree(out, "migrations", r.deploy().applied().stream().map(AppliedMigration::name)
                    .toList());
        }
        out.flush();
        if (r.deploy().failure().isPresent()) {
            return Output.migrationFailure(err, r.deploy().failure().get());
        }
        return r.seed().filter(dev.keel.api.SeedRunResult::configured).map(s -> {
            out.println();
            return DbSeedCommand.print(s, out, err);
        }).orElse(0);
    }
}
