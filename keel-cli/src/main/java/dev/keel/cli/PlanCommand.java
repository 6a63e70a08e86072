package dev.keel.cli;

import dev.keel.api.Keel;
import dev.keel.api.PlanResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code keel plan}: expand/contract plans for changes that cannot be made in one release without downtime. */
@Command(name = "plan", exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:written",
                "1:an error"},
        description = "Write multi-release expand/contract migration plans (zero downtime).")
public final class PlanCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The options every plan command shares: where the schema and the migrations folder are. */
    static final class Common {
        @Mixin
        SchemaOption schemaOption;

        @Mixin
        MigrationsDirOption migrationsDir;

        @Mixin
        JsonOption json;

        Keel keel() {
            return Keel.configure().workingDir(schemaOption.workingDir()).schema(schemaOption.schema)
                    .migrationsDir(migrationsDir.get()).build();
        }
    }

    static int print(CommandLine.Model.CommandSpec spec, Common common, PlanResult r, boolean first) {
        PrintWriter out = spec.commandLine().getOut();
        if (common.json.enabled()) {
            Json.print(out, JsonShapes.PlanWritten.of(r));
            return 0;
        }
        if (first) {
            out.println("Plan " + r.name() + ": " + r.summary());
            out.println();
        }
        out.println("Wrote " + r.written().size() + " migration" + (r.written().size() == 1 ? "" : "s") + ":");
        for (Path p : r.written()) {
            out.println("  " + p.getFileName() + "/migration.sql");
        }
        out.println();
        out.println("Plan: " + r.planFile());
        for (String n : r.notes()) {
            out.println("Note: " + n);
        }
        if (r.pendingReleases().isEmpty()) {
            out.println("Next: deploy these migrations; that is the last release of the plan.");
        } else {
            out.println("Next: deploy these migrations with the current code; then follow PLAN.md (release "
                    + r.pendingReleases().get(0) + " comes with `keel plan advance " + r.name() + "`).");
        }
        out.flush();
        return 0;
    }

    @Command(name = "rename-column", exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written", "1:an error"},
        description = "Rename a column in three releases: add + dual-write + backfill, "
            + "switch the code, drop the old column.")
    static final class RenameColumn implements Callable<Integer> {
        @Mixin
        Common common;

        @Parameters(index = "0", paramLabel = "Model.field", description = "The field whose column is renamed")
        String field;

        @Parameters(index = "1", paramLabel = "newName", description = "The new column name")
        String newName;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            return print(spec, common, common.keel().plans().renameColumn(field, newName), true);
        }
    }

    @Command(name = "change-type", exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written", "1:an error"},
        description = "Change a column's type in three releases through a new column.")
    static final class ChangeType implements Callable<Integer> {
        @Mixin
        Common common;

        @Parameters(index = "0", paramLabel = "Model.field", description = "The field whose type changes")
        String field;

        @Parameters(index = "1", paramLabel = "NewType",
                description = "A Prisma scalar type (BigInt, String...) or a PostgreSQL type (varchar(200))")
        String newType;

        @Option(names = "--column", paramLabel = "NAME",
                description = "Name of the new column (default: <column>_<type>)")
        String column;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            return print(spec, common, common.keel().plans().changeType(field, newType, Optional.ofNullable(column)),
                    true);
        }
    }

    @Command(name = "rename-enum-value", exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written", "1:an error"},
        description = "Rename an enum value in three releases: add the new "
            + "value, map old to new on every write and backfill, clean up.")
    static final class RenameEnumValue implements Callable<Integer> {
        @Mixin
        Common common;

        @Parameters(index = "0", paramLabel = "Enum.OLD", description = "The enum and the value to rename")
        String value;

        @Parameters(index = "1", paramLabel = "NEW", description = "The new value")
        String newValue;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            return print(spec, common, common.keel().plans().renameEnumValue(value, newValue), true);
        }
    }

    @Command(name = "advance", exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written", "1:an error (unknown plan, nothing left to write)"},
        description = "Write the next release's migrations of a plan into the migrations "
            + "folder (run it once the previous release is rolled out everywhere).")
    static final class Advance implements Callable<Integer> {
        @Mixin
        Common common;

        @Parameters(index = "0", paramLabel = "NAME", description = "The plan's name (see keel migrate status)")
        String name;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            return print(spec, common, common.keel().plans().advance(name), false);
        }
    }
}
