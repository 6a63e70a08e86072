package dev.keel.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "migrate", exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:success (see each command: keel migrate COMMAND --help)",
                "1:an error, or (status) the database is not up to date",
                "2:migrate diff --exit-code: there is a difference",
                "130:cancelled at a prompt (dev, reset)"},
        description = "Apply and inspect Prisma migrations.")
public final class MigrateCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
