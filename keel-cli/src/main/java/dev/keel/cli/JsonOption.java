package dev.keel.cli;

import picocli.CommandLine.Option;

/**
 * {@code --json}, shared by every command with a result: stdout becomes exactly one JSON object (the shapes are in
 * README, "JSON output"), errors included; the exit code is the same as without it.
 */
public final class JsonOption {
    @Option(names = "--json", description = "Print the result as one JSON object on stdout (errors too); "
            + "same exit codes")
    boolean json;

    boolean enabled() {
        return json;
    }
}
