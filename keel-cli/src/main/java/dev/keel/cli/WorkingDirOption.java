package dev.keel.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * Hidden {@code --cwd}: lets tests and embedders run a command as if started in another folder (a JVM cannot
 * chdir).
 */
public final class WorkingDirOption {
    @Option(names = "--cwd", paramLabel = "DIR", hidden = true)
    Path workingDir = Path.of("");

    Path get() {
        return workingDir;
    }
}
