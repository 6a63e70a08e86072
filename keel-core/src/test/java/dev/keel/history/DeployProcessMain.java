package dev.keel.history;

import dev.keel.api.DeployResult;
import dev.keel.api.Keel;
import dev.keel.observe.Listener;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * {@code migrate deploy} in a process of its own, for tests that kill it or run many at once. Arguments: database
 * URL, migrations folder, advisory-lock timeout in ms. Prints one line per event as it happens (so the parent can
 * kill it at a chosen point) and {@code DONE ok|failed <applied>} at the end; exit 0 on success, 1 on a failed
 * migration.
 */
public final class DeployProcessMain {
    private DeployProcessMain() {
    }

    public static void main(String[] args) {
        PrintStream out = System.out;
        Listener events = new Listener() {
            @Override
            public void migrationStarted(String migration, boolean transactional) {
                out.println("M " + migration + " " + (transactional ? "tx" : "stmts"));
                out.flush();
            }

            @Override
            public void statementStarted(String migration, int index, String sql) {
                out.println("S " + migration + " " + index);
                out.flush();
            }

            @Override
            public void migrationFinished(String migration, Duration duration, boolean succeeded) {
                out.println("F " + migration + " " + succeeded);
                out.flush();
            }
        };
        DeployResult r = Keel.configure().workingDir(Path.of(args[1])).databaseUrl(args[0])
                .migrationsDir(Path.of(args[1])).lockTimeout(Duration.ofMillis(Long.parseLong(args[2])))
                .environment(Map.of()).listener(events).build().deploy();
        out.println("DONE " + (r.succeeded() ? "ok" : "failed") + " " + r.applied().size());
        r.failure().ifPresent(f -> out.println("FAILURE " + f.message().replace('\n', ' ')));
        out.flush();
        System.exit(r.succeeded() ? 0 : 1);
    }
}
