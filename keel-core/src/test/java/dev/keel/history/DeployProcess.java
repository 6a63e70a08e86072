package dev.keel.history;

import dev.keel.db.DatabaseUrl;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * A {@link DeployProcessMain} child JVM, started with this JVM's java and class path. Its output lines arrive in
 * {@link #lines}; the end of output is the {@link #EOF} line.
 */
final class DeployProcess {
    static final String EOF = "<eof>";

    final Process process;
    final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    final List<String> seen = new ArrayList<>();
    private final Thread reader;

    private DeployProcess(Process process) {
        this.process = process;
        reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    lines.add(line);
                }
            } catch (IOException e) {
                // The process was killed mid-line; what arrived is what counts.
            } finally {
                lines.add(EOF);
            }
        }, "deploy-process-reader");
        reader.setDaemon(true);
        reader.start();
    }

    static DeployProcess start(DatabaseUrl url, Path migrations, long advisoryLockTimeoutMs) {
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // Small, fast-starting child JVMs: the harness starts dozens of them on a shared machine.
        ProcessBuilder pb = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xss512k",
                "-Xmx128m", "-Xshare:auto", "-cp", System.getProperty("java.class.path"),
                DeployProcessMain.class.getName(), url.toString(), migrations.toString(),
                Long.toString(advisoryLockTimeoutMs));
        pb.redirectError(ProcessBuilder.Redirect.INHERIT);
        try {
            return new DeployProcess(pb.start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The next line, or {@link #EOF}; also kept in {@link #seen}. */
    String next() throws InterruptedException {
        String l = lines.poll(120, java.util.concurrent.TimeUnit.SECONDS);
        if (l == null) {
            throw new AssertionError("no output from the deploy process for 120 s (alive: " + process.isAlive()
                    + ", reader alive: " + reader.isAlive() + "); seen " + seen);
        }
        if (l.equals(EOF)) {
            lines.add(EOF);
        } else {
            seen.add(l);
        }
        return l;
    }

    /** Reads to the end and waits for the exit code. */
    int finish() throws InterruptedException {
        while (!next().equals(EOF)) {
            // drain
        }
        return process.waitFor();
    }

    /** SIGKILL: no shutdown hook, no finally block, no goodbye to the server. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }
}
