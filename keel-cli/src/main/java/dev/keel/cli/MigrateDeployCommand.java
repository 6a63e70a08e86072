package dev.keel.cli;

import dev.keel.api.DeployResult;
import dev.keel.api.Keel;
import dev.keel.history.AppliedMigration;
import dev.keel.history.DeployGuard;
import dev.keel.observe.Listener;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "deploy", exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:every pending migration applied (or none pending)",
                "1:an error (P3005, P3009, P3015, P3018, P3019, P1001, P1002 ...)"},
        description = "Apply pending migrations to update the database schema in production/staging.")
public final class MigrateDeployCommand implements Callable<Integer> {
    @Mixin
    SchemaOption schemaOption;

    @Mixin
    DatabaseOptions db;

    @CommandLine.Option(names = "--ddl-lock-timeout-ms", paramLabel = "MS", defaultValue = "2000",
            description = "PostgreSQL lock_timeout for each migration statement, so a statement waiting for a table "
                    + "lock does not stall the application's queries queued behind it; the first attempts wait less "
                    + "(a sixteenth, at least 100 ms, doubling with each retry); 0 waits forever "
                    + "(default: ${DEFAULT-VALUE}; not the advisory lock, see --lock-timeout)")
    long ddlLockTimeoutMs;

    @CommandLine.Option(names = "--lock-retries", paramLabel = "N", defaultValue = "5",
            description = "How many times a statement refused a lock within --ddl-lock-timeout-ms is rolled back "
                    + "and tried again, after an exponential, jittered pause (default: ${DEFAULT-VALUE})")
    int lockRetries;

    @CommandLine.Option(names = "--statement-timeout-ms", paramLabel = "MS", defaultValue = "3600000",
            description = "PostgreSQL statement_timeout for each migration statement (a transactional migration "
                    + "counts as one); CONCURRENTLY builds and VALIDATE CONSTRAINT run without one; 0 = none "
                    + "(default: ${DEFAULT-VALUE})")
    long statementTimeoutMs;

    @CommandLine.Option(names = "--max-parallel-maintenance-workers", paramLabel = "N",
            description = "PostgreSQL max_parallel_maintenance_workers for CREATE INDEX CONCURRENTLY, REINDEX "
                    + "CONCURRENTLY and VALIDATE CONSTRAINT: these block no query, so Keel keeps their CPU low; raise "
                    + "it on a machine with idle cores to build faster (default: keel.toml [deploy], else 0)")
    Integer maintenanceWorkers;

    @CommandLine.Option(names = "--deadlock-timeout-ms", paramLabel = "MS",
            description = "PostgreSQL deadlock_timeout of the migration session (superusers and roles granted SET on "
                    + "it): a waiting lock request cancels an autovacuum that blocks it only after this long, while the "
                    + "application queues behind the wait; 0 keeps the server's value (default: keel.toml [deploy], "
                    + "else 50)")
    Long deadlockTimeoutMs;

    @Mixin
    JsonOption json;

    @Mixin
    ConfigOption config;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        config.explain(spec.commandLine().getErr());
        PrintWriter out = spec.commandLine().getOut();
        Listener progress = new Listener() {
            @Override
            public void migrationStarted(String migration, boolean transactional) {
                out.println("Applying migration `" + migration + "`" + (transactional ? "" : " (statement by statement,"
                        + " outside a transaction)"));
                out.flush();
            }

            @Override
            public void lockRetry(String migration, int index, int retry, int maxRetries, Duration pause,
                                  String error) {
                out.println("  Lock not available for `" + migration + "`" + (index == 0 ? "" : " statement "
                        + (index + 1)) + " (" + error + "); retry " + retry + "/" + maxRetries + " in "
                        + pause.toMillis() + " ms");
                out.flush();
            }
        };
        dev.keel.api.KeelConfig.Builder builder = db.configure(schemaOption);
        // keel.toml's [deploy] values, under the flags.
        DeployGuard guard = builder.buildConfig().deployGuard().withLockTimeout(Duration.ofMillis(ddlLockTimeoutMs))
                .withStatementTimeout(Duration.ofMillis(statementTimeoutMs)).withLockRetries(lockRetries);
        if (maintenanceWorkers != null) {
            guard = guard.withMaintenanceWorkers(maintenanceWorkers);
        }
        if (deadlockTimeoutMs != null) {
            guard = guard.withDeadlockTimeout(Duration.ofMillis(deadlockTimeoutMs));
        }
        if (json.enabled()) {
            DeployResult r = builder.deployGuard(guard).build().deploy();
            Json.print(out, JsonShapes.Deploy.of(r));
            return r.succeeded() ? 0 : 1;
        }
        Keel keel = builder.listener(progress).deployGuard(guard).build();
        out.println("Datasource \"db\": " + keel.describeDatabase());
        out.flush();
        DeployResult r = keel.deploy();
        out.println();
        if (r.databaseCreated()) {
            out.println(r.database() + " created");
            out.println();
        }
        out.println(Texts.found(r.found(), r.migrationsDir()));
        out.println();
        if (!r.applied().isEmpty()) {
            out.println("The following migration(s) have been applied:");
            out.println();
            Output.migrationTree(out, "migrations", r.applied().stream().map(AppliedMigration::name).toList());
            out.println();
            // Only a run that was held up says so, like `migrate history`: the lock cost is what an operator tunes.
            for (AppliedMigration m : r.applied()) {
                if (m.locks().refused() > 0) {
                    out.println("`" + m.name() + "` waited " + m.locks().waited().toMillis() + " ms for locks ("
                            + m.locks().refused() + " attempt" + (m.locks().refused() == 1 ? "" : "s")
                            + " refused by lock_timeout), " + m.locks().retries() + " retr"
                            + (m.locks().retries() == 1 ? "y" : "ies") + " (" + m.locks().paused().toMillis()
                            + " ms paused)");
                }
            }
            if (r.applied().stream().anyMatch(m -> m.locks().refused() > 0)) {
                out.println();
            }
        }
        for (String w : r.warnings()) {
            out.println("Warning: " + w);
            out.println();
        }
        out.flush();
        if (r.failure().isPresent()) {
            return Output.migrationFailure(spec.commandLine().getErr(), r.failure().get());
        }
        out.println(r.applied().isEmpty() ? "No pending migrations to apply."
                : "All migrations have been successfully applied.");
        out.flush();
        return 0;
    }
}
