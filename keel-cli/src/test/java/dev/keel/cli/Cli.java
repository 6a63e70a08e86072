package dev.keel.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

/** Runs the CLI in-process through {@link Main#run(PrintWriter, PrintWriter, String...)} and keeps its output. */
record Cli(int exit, String out, String err) {
    static Cli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Cli(code, out.toString(), err.toString());
    }

    static String[] args(Object... parts) {
        List<String> out = new ArrayList<>();
        for (Object p : parts) {
            if (p instanceof String[] a) {
                out.addAll(List.of(a));
            } else {
                out.add(String.valueOf(p));
            }
        }
        return out.toArray(String[]::new);
    }
}
