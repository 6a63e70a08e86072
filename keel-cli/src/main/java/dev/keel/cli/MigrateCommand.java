package dev.keel.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "migrate", description = "Apply and inspect Prisma migrations.",
        subcommands = {MigrateDevCommand.class, MigrateDeployCommand.class, MigrateStatusCommand.class,
                MigrateResolveCommand.class, MigrateResetCommand.class, MigrateDiffCommand.class})
public final class MigrateCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
