package dev.keel.cli;

import picocli.CommandLine;

/** Process entry point: runs the command tree and exits with its code. The only place that calls System.exit. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code (used by tests and benchmarks without forking). */
    public static int run(String... args) {
        return KeelCommand.commandLine().execute(args);
    }
}
