package dev.keel.cli;

import dev.keel.api.DriftResult;
import dev.keel.api.Keel;
import dev.keel.api.KeelException;
import dev.keel.source.SchemaSpec;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "drift", exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no drift", "1:an error", "2:drift"},
        description = "Compare the live database with the migrations folder (replayed on a shadow "
        + "database) or the Prisma schema. Exit 0 no drift, 2 drift, 1 error. Prisma's and Keel's bookkeeping "
        + "(_prisma_migrations, schema _keel) is ignored.")
public final class DriftCommand implements Callable<Integer> {
    @CommandLine.Mixin
    DatabaseUrlOption url;

    @CommandLine.ArgGroup(exclusive = true)
    SchemaSourceOptions.Expected expected;

    @CommandLine.Mixin
    JsonOption jsonOption;

    @CommandLine.Mixin
    ShadowDatabaseOption shadowDatabase;

    @CommandLine.Mixin
    WorkingDirOption cwd;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DriftResult r;
        try {
            Keel keel = Keel.configure().workingDir(cwd.get()).databaseUrl(url.get())
                    .schema(expected == null ? null : expected.schema)
                    .migrationsDir(expected == null ? null : expected.migrations)
                    .shadowDatabaseUrl(shadowDatabase.get()).build();
            List<SchemaSpec> given = SchemaSourceOptions.given(expected);
            r = given.isEmpty() ? keel.drift() : keel.drift(given.get(0));
        } catch (KeelException e) {
            return jsonOption.enabled() ? Json.error(out, e) : Output.error(err, e);
        }
        if (jsonOption.enabled()) {
            Json.print(out, JsonShapes.Drift.of(r));
        } else if (!r.hasDrift()) {
            out.println("No drift: the database " + r.database() + " matches " + r.expected() + ".");
        } else {
            out.println("Drift detected: the database " + r.database() + " differs from " + r.expected() + ".");
            out.println(r.summary().stripTrailing());
            out.println();
            out.println("To bring the database back (review before running it):");
            out.println();
            out.println(r.repairScript().stripTrailing());
        }
        out.flush();
        return r.hasDrift() ? 2 : 0;
    }
}
