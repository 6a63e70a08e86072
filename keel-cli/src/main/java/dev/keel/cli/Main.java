package dev.keel.cli;

import java.io.PrintWriter;
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
        return KeelCommand.commandLine(args).execute(args);
    }

    /** As {@link #run(String...)}, printing to the given writers instead of the process's streams. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = KeelCommand.commandLine(args);
        cl.setOut(out);
        cl.setErr(err);
        return cl.execute(args);
    }
}
