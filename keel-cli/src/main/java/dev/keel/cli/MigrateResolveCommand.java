package dev.keel.cli;

import dev.keel.api.Keel;
import dev.keel.api.ResolveResult;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "resolve", exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:recorded",
                "1:an error (P3008, P3011, P3012, P3017), or neither/both of --applied and --rolled-back"},
        description = "Record a migration as applied (baseline, hotfix) or as rolled back "
        + "(after a failure), without running it.")
public final class MigrateResolveCommand implements Callable<Integer> {
    @Mixin
    SchemaOption schemaOption;

    @Mixin
    DatabaseOptions db;

    @Option(names = "--applied", paramLabel = "NAME", description = "Record a specific migration as applied")
    String applied;

    @Option(names = "--rolled-back", paramLabel = "NAME", description = "Record a specific migration as rolled back")
    String rolledBack;

    @Mixin
    JsonOption json;

    @Mixin
    ConfigOption config;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        config.explain(spec.commandLine().getErr());
        PrintWriter err = spec.commandLine().getErr();
        if (json.enabled() && (applied == null) == (rolledBack == null)) {
            return Json.usage(spec.commandLine().getOut(), applied == null
                    ? "--applied or --rolled-back must be part of the command"
                    : "Pass either --applied or --rolled-back, not both.");
        }
        if (applied == null && rolledBack == null) {
            err.println("Error: --applied or --rolled-back must be part of the command like:\n"
                    + "keel migrate resolve --applied 20201231000000_example\n"
                    + "keel migrate resolve --rolled-back 20201231000000_example");
            err.flush();
            return 1;
        }
        if (applied != null && rolledBack != null) {
            err.println("Error: Pass either --applied or --rolled-back, not both.");
            err.flush();
            return 1;
        }
        Keel keel = db.configure(schemaOption).build();
        PrintWriter out = spec.commandLine().getOut();
        if (json.enabled()) {
            Json.print(out, JsonShapes.Resolve.of(applied != null ? keel.resolveApplied(applied)
                    : keel.resolveRolledBack(rolledBack)));
            return 0;
        }
        out.println("Datasource \"db\": " + keel.describeDatabase());
        out.flush();
        ResolveResult r = applied != null ? keel.resolveApplied(applied) : keel.resolveRolledBack(rolledBack);
        out.println();
        out.println("Migration " + r.migrationName() + " marked as "
                + (r.action() == ResolveResult.Action.APPLIED ? "applied." : "rolled back."));
        out.flush();
        return 0;
    }
}
