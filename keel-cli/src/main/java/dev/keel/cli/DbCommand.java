package dev.keel.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "db", description = "Manage your database: seed it.", subcommands = {DbSeedCommand.class})
public final class DbCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
