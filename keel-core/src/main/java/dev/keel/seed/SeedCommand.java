package dev.keel.seed;

import dev.keel.api.ErrorCode;
import dev.keel.api.KeelException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs a user's seed command ({@code keel.toml} {@code [seed] command}, or {@code "prisma": {"seed": ...}} in
 * package.json) through the shell, as {@code prisma db seed} does, with the resolved {@code DATABASE_URL} in its
 * environment and its output going straight to the user's terminal.
 */
public final class SeedCommand {
    private SeedCommand() {
    }

    /** Returns the command's exit code. */
    public static int run(String command, Path workingDir, Map<String, String> env) {
        return run(command, List.of(), false, workingDir, env);
    }

    /**
     * Runs {@code command} with {@code args} appended (as {@code prisma db seed -- args} does), each passed to the
     * shell as one word, never re-parsed; with {@code stdoutToStderr} the command's standard output goes to
     * standard error. Returns the command's exit code.
     */
    public static int run(String command, List<String> args, boolean stdoutToStderr, Path workingDir,
                          Map<String, String> env) {
        List<String> argv = new ArrayList<>(List.of("sh", "-c",
                (stdoutToStderr ? "exec 1>&2\n" : "") + command + (args.isEmpty() ? "" : " \"$@\""), "sh"));
        argv.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(argv).directory(workingDir.toFile()).inheritIO();
        pb.environment().putAll(env);
        try {
            return pb.start().waitFor();
        } catch (IOException e) {
            throw new KeelException(ErrorCode.SEED_FAILED, "Could not run the seed command `" + command + "`: "
                    + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KeelException(ErrorCode.SEED_FAILED, "Interrupted while running the seed command", e);
        }
    }
}
