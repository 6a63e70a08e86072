package dev.keel.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "db", exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:success",
                "1:an error, or the seed failed"},
        description = "Manage your database: seed it.")
public final class DbCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
