package dev.keel.cli;

import dev.keel.api.Keel;
import dev.keel.api.PlanStatus;
import dev.keel.api.StatusResult;
import dev.keel.history.HistoryDiagnosis;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "status", exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:the database is up to date",
                "1:pending, failed or interrupted migrations, diverging histories, no migrations table, or an error"},
        description = "Check the status of your database migrations. Exit 1 when migrations are "
        + "pending or failed or the histories differ, as Prisma.")
public final class MigrateStatusCommand implements Callable<Integer> {
    @Mixin
    SchemaOption schemaOption;

    @Mixin
    DatabaseOptions db;

    @Mixin
    JsonOption json;

    @Mixin
    ConfigOption config;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        config.explain(spec.commandLine().getErr());
        Keel keel = db.configure(schemaOption).build();
        PrintWriter out = spec.commandLine().getOut();
        if (json.enabled()) {
            StatusResult r = keel.status();
            Json.print(out, JsonShapes.Status.of(r, keel.plans().status()));
            return r.inSync() ? 0 : 1;
        }
        out.println("Datasource \"db\": " + keel.describeDatabase());
        out.flush();
        StatusResult r = keel.status();
        PrintWriter err = spec.commandLine().getErr();
        HistoryDiagnosis d = r.diagnosis();
        out.println();
        out.println(Texts.found(r.localMigrations().size(), r.migrationsDir()));
        // Problems Prisma's status passes over (edited, out of order, case duplicates, recorded twice); missing
        // migrations have their own sections below.
        for (String w : d.warnings(r.migrationsDir())) {
            if (!w.contains("is not found locally in")) {
                err.println("Warning: " + w);
            }
        }
        for (PlanStatus p : keel.plans().status()) {
            if (p.inFlight()) {
                out.println(Texts.planInFlight(p));
            }
        }
        for (String name : d.unreadable()) {
            err.println("Warning: the migration folder " + name + " has no readable migration.sql; deploy will stop "
                    + "there (P3015).");
        }
        out.flush();
        try {
            if (d.kind() == HistoryDiagnosis.Kind.DATABASE_IS_BEHIND) {
                out.println("Following migration" + plural(d.unapplied()) + " have not yet been applied:");
                out.println(String.join("\n", d.unapplied()));
                out.println();
                out.println("To apply migrations in development run keel migrate dev.");
                out.println("To apply migrations in production run keel migrate deploy.");
                return 1;
            }
            if (d.kind() == HistoryDiagnosis.Kind.HISTORIES_DIVERGE) {
                err.println("Your local migration history and the migrations table from your database are different:");
                err.println();
                err.println("The last common migration is: " + d.lastCommonMigration().orElse("null"));
                err.println();
                err.println("The migration" + plural(d.unapplied()) + " have not yet been applied:");
                err.println(String.join("\n", d.unapplied()));
                err.println();
                err.println("The migration" + plural(d.missingLocally()) + " from the database are not found "
                        + "locally in " + r.migrationsDir() + ":");
                err.println(String.join("\n", d.missingLocally()));
                return 1;
            }
            if (!d.hasMigrationsTable()) {
                err.println("The current database is not managed by Prisma Migrate.");
                err.println();
                if (!r.localMigrations().isEmpty()) {
                    String first = r.localMigrations().get(0);
                    err.println("If you want to keep the current database structure and data and create new "
                            + "migrations, baseline this database with the migration \"" + first + "\":");
                    err.println("keel migrate resolve --applied \"" + first + "\"");
                    err.println();
                }
                err.println("Read more about how to baseline an existing production database:");
                err.println("https://pris.ly/d/migrate-baseline");
                return 1;
            }
            if (!r.interrupted().isEmpty()) {
                // Keel's journal knows how far these runs got; Prisma would ask for a resolve.
                err.println("Following migration" + plural(r.interrupted()) + " were interrupted (the deploying "
                        + "process died or lost its connection):");
                err.println(String.join("\n", r.interrupted()));
                err.println();
                err.println("Keel's journal knows how far " + (r.interrupted().size() > 1 ? "they" : "it")
                        + " got: keel migrate deploy carries on from there; no resolve is needed.");
                if (r.interrupted().size() == d.failed().size()) {
                    return 1;
                }
                err.println();
            }
            List<String> failed = d.failed().stream().filter(n -> !r.interrupted().contains(n)).toList();
            if (!failed.isEmpty()) {
                err.println("Following migration" + plural(failed) + " have failed:");
                err.println(String.join("\n", failed));
                err.println();
                err.println("The failed migration(s) can be marked as rolled back or applied:");
                err.println();
                err.println("- If you rolled back the migration(s) manually:");
                err.println("keel migrate resolve --rolled-back \"" + failed.get(0) + "\"");
                err.println();
                err.println("- If you fixed the database manually (hotfix):");
                err.println("keel migrate resolve --applied \"" + failed.get(0) + "\"");
                err.println();
                err.println("Read more about how to resolve migration issues in a production database:");
                err.println("https://pris.ly/d/migrate-resolve");
                return 1;
            }
            if (d.kind() == HistoryDiagnosis.Kind.MIGRATIONS_DIRECTORY_IS_BEHIND) {
                // Prisma 6 says nothing here and exits 0; Keel names the migrations and still exits 1 (diverged).
                err.println("The migration" + plural(d.missingLocally()) + " from the database are not found "
                        + "locally in " + r.migrationsDir() + ":");
                err.println(String.join("\n", d.missingLocally()));
                return 1;
            }
            out.println();
            out.println("Database schema is up to date!");
            return 0;
        } finally {
            out.flush();
            err.flush();
        }
    }

    private static String plural(List<String> names) {
        return names.size() > 1 ? "s" : "";
    }
}
