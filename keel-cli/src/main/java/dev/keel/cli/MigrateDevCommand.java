package dev.keel.cli;

import dev.keel.api.DevRequest;
import dev.keel.api.Keel;
import dev.keel.api.MigrateDevResult;
import dev.keel.observe.Listener;
import dev.keel.source.InvalidSchemaException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "dev", exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:in sync: created and applied, created (--create-only), or nothing to do",
                "1:an error, or a refusal (reset, data loss or name needed without a terminal; unexecutable step; "
                        + "@map change)",
                "130:cancelled at a prompt"},
        description = "Create a migration from changes in the Prisma schema, apply it to the database "
        + "(development only). The name must follow the naming convention <yyyy-mm-dd>-<area>-<short-change> "
        + "unless keel.toml turns it off.")
public final class MigrateDevCommand implements Callable<Integer> {
    @Mixin
    SchemaOption schemaOption;

    @Mixin
    DatabaseOptions db;

    @Option(names = {"-n", "--name"}, paramLabel = "NAME", description = "Name the migration")
    String name;

    @Option(names = "--area", paramLabel = "AREA",
            description = "Build the name <today UTC>-<AREA>-<NAME> (e.g. --area wallet --name add-holds)")
    String area;

    @Option(names = "--create-only", description = "Create a new migration but do not apply it")
    boolean createOnly;

    @Option(names = "--unsafe", description = "Write Prisma's plain SQL as one migration instead of Keel's safe plan "
            + "(concurrent indexes, NOT VALID then VALIDATE, NOT NULL through a validated check)")
    boolean unsafe;

    @Option(names = "--skip-seed", description = "Skip triggering seed")
    boolean skipSeed;

    @Mixin
    ShadowDatabaseOption shadowDatabase;

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
        PrintWriter err = spec.commandLine().getErr();
        Listener progress = new Listener() {
            @Override
            public void migrationStarted(String migration, boolean transactional) {
                out.println("Applying migration `" + migration + "`");
                out.flush();
            }
        };
        DevRequest req = new DevRequest(Optional.ofNullable(name), Optional.ofNullable(area), createOnly, skipSeed,
                false, false, unsafe);
        if (json.enabled()) {
            MigrateDevResult r = db.configure(schemaOption).shadowDatabaseUrl(shadowDatabase.get())
                    .seedOutputToStderr(true).build().migrateDev(req);
            JsonShapes.Error error = jsonError(r);
            Json.print(out, JsonShapes.Dev.of(r, error));
            return error == null && r.succeeded() ? 0 : 1;
        }
        Keel keel = db.configure(schemaOption).listener(progress).shadowDatabaseUrl(shadowDatabase.get()).build();
        out.println("Datasource \"db\": " + keel.describeDatabase());
        out.println();
        out.flush();
        MigrateDevResult r;
        try {
            // Each question the facade comes back with is asked here, then the run starts again with the answer;
            // without a terminal the question becomes an error.
            while (true) {
                r = keel.migrateDev(req);
                if (r.outcome() == MigrateDevResult.Outcome.RESET_REQUIRED) {
                    printReset(r, out);
                    if (!Prompt.interactive()) {
                        out.println();
                        out.println("You may use keel migrate reset to drop the development database.");
                        out.println("All data will be lost.");
                        out.flush();
                        err.println("Error: migrate dev cannot continue without a reset, and the environment is "
                                + "non-interactive.");
                        err.flush();
                        return 1;
                    }
                    if (!Prompt.confirm("Do you want to continue? All data will be lost.")) {
                        out.println("Reset cancelled.");
                        out.flush();
                        return 130;
                    }
                    req = req.withResetIfNeeded();
                } else if (r.outcome() == MigrateDevResult.Outcome.NEEDS_CONFIRMATION) {
                    printWarnings(r.warnings(), out);
                    if (!Prompt.interactive()) {
                        err.println("Error: " + Texts.DEV_NON_INTERACTIVE);
                        err.flush();
                        return 1;
                    }
                    if (!Prompt.confirm(createOnly ? "Are you sure you want to create this migration?"
                            : "Are you sure you want to create and apply this migration?")) {
                        out.println("Migration cancelled.");
                        out.flush();
                        return 130;
                    }
                    req = req.withAcceptDataLoss();
                } else if (r.outcome() == MigrateDevResult.Outcome.NEEDS_NAME) {
                    if (!Prompt.interactive()) {
                        err.println("Error: A migration name is required by the naming convention "
                                + "<yyyy-mm-dd>-<area>-<short-change>: pass --name 2025-09-25-wallet-add-holds, or "
                                + "--area wallet --name add-holds (or turn the rule off in keel.toml: [naming] "
                                + "enforce = false).");
                        err.flush();
                        return 1;
                    }
                    String given = Prompt.ask("Enter a name for the new migration (<yyyy-mm-dd>-<area>-<short-change>,"
                            + " or <area> <short change> for today):");
                    if (given == null || given.isBlank()) {
                        out.println("Migration cancelled.");
                        out.flush();
                        return 130;
                    }
                    String[] parts = given.strip().split("\\s+", 2);
                    req = new DevRequest(Optional.of(parts.length == 2 ? parts[1].strip().replaceAll("\\s+", "-")
                            : parts[0]), parts.length == 2 ? Optional.of(parts[0]) : Optional.empty(), createOnly,
                            skipSeed, req.resetIfNeeded(), req.acceptDataLoss(), unsafe);
                } else {
                    break;
                }
            }
        } catch (InvalidSchemaException e) {
            return Output.error(err, e);
        }
        return print(r, out, err);
    }

    /**
     * Why a {@code --json} run stopped, or null. JSON never prompts, so each question the text mode would ask is a
     * refusal with its own code, as the non-interactive text mode refuses.
     */
    private static JsonShapes.Error jsonError(MigrateDevResult r) {
        return switch (r.outcome()) {
            case RESET_REQUIRED -> JsonShapes.Error.refused("KEEL_DEV_RESET_REQUIRED", r.resetReason().orElse("")
                    + "\nmigrate dev cannot continue without a reset; run keel migrate reset (all data will be lost).");
            case NEEDS_CONFIRMATION -> JsonShapes.Error.refused("KEEL_DEV_DATA_LOSS",
                    "The migration would lose data (see warnings); --json never prompts.");
            case NEEDS_NAME -> JsonShapes.Error.refused("KEEL_DEV_NAME_REQUIRED", "A migration name is required by "
                    + "the naming convention <yyyy-mm-dd>-<area>-<short-change>: pass --name, or --area and --name.");
            case UNEXECUTABLE -> JsonShapes.Error.refused("KEEL_DEV_UNEXECUTABLE", "We found changes that cannot be "
                    + "executed (see unexecutable); use --create-only and edit the migration.");
            case RENAME_NEEDS_PLAN -> JsonShapes.Error.refused("KEEL_DEV_RENAME_NEEDS_PLAN", String.join("\n",
                    r.renames().stream().map(dev.keel.safety.expand.MapRename::explanation).toList()));
            case FAILED -> JsonShapes.Error.of(r.failure().orElseThrow());
            default -> r.seed().map(JsonShapes::seedError).orElse(null);
        };
    }

    private int print(MigrateDevResult r, PrintWriter out, PrintWriter err) {
        if (r.databaseCreated()) {
            out.println(r.database() + " created");
            out.println();
        }
        if (r.wasReset()) {
            out.println("Database reset successful");
            out.println();
        }
        if (!r.appliedPending().isEmpty()) {
            out.println();
            out.println("The following migration(s) have been applied:");
            out.println();
            Output.migrationTree(out, "migrations", r.appliedPending());
        }
        switch (r.outcome()) {
            case UNEXECUTABLE -> {
                out.flush();
                err.println("Error: ");
                err.println("\u26A0\uFE0F We found changes that cannot be executed:");
                err.println();
                r.unexecutable().forEach(u -> err.println("  \u2022 " + u));
                err.println();
                err.println("You can use keel migrate dev --create-only to create the migration file, and manually "
                        + "modify it to address the underlying issue(s).");
                err.println("Then run keel migrate dev to apply it and verify it works.");
                err.flush();
                return 1;
            }
            case RENAME_NEEDS_PLAN -> {
                out.flush();
                r.renames().forEach(x -> err.println("Error: " + x.explanation()));
                err.flush();
                return 1;
            }
            case FAILED -> {
                out.flush();
                return Output.migrationFailure(err, r.failure().orElseThrow());
            }
            case CREATED -> {
                if (!r.warnings().isEmpty()) {
                    printWarnings(r.warnings(), out);
                }
                out.println("Keel created the following migration" + (r.migrationNames().size() > 1 ? "s" : "")
                        + " without applying " + (r.migrationNames().size() > 1 ? "them " : "it ")
                        + String.join(", ", r.migrationNames()));
                printPlanNotes(r, out);
                printLint(r, out);
                out.println();
                out.println("You can now edit it and apply it by running keel migrate dev.");
            }
            case CREATED_AND_APPLIED -> {
                if (!r.appliedPending().isEmpty()) {
                    out.println();
                }
                out.println();
                out.println("The following migration(s) have been created and applied from new schema changes:");
                out.println();
                Output.migrationTree(out, r.migrationsDir(), r.migrationNames());
                printPlanNotes(r, out);
                printLint(r, out);
                out.println();
                out.println("Your database is now in sync with your schema.");
            }
            case APPLIED_PENDING -> {
                out.println();
                out.println("Your database is now in sync with your schema.");
            }
            default -> out.println("Already in sync, no schema change or pending migration was found.");
        }
        out.flush();
        // As Prisma: a seed that is not configured is not mentioned after dev.
        return r.seed().filter(dev.keel.api.SeedRunResult::configured).map(s -> {
            out.println();
            return DbSeedCommand.print(s, out, err);
        }).orElse(0);
    }

    private static void printReset(MigrateDevResult r, PrintWriter out) {
        out.println(r.resetReason().orElse(""));
        String where = r.database().replaceFirst("^postgresql://([^@]*@)?", "").replaceFirst("/.*$", "");
        out.println((r.schemas().size() > 1 ? "We need to reset the following schemas: \""
                + String.join(", ", r.schemas()) + "\"" : "We need to reset the \"" + r.schemas().get(0) + "\" schema")
                + " at \"" + where + "\"");
        out.flush();
    }

    private static void printWarnings(List<String> warnings, PrintWriter out) {
        out.println();
        out.println("\u26A0\uFE0F  Warnings for the current datasource:");
        out.println();
        warnings.forEach(w -> out.println("  \u2022 " + w));
        out.println();
        out.flush();
    }

    /** What Keel's safe plan could not make lock-free; the user decides (edit the SQL, or plan it by hand). */
    private static void printPlanNotes(MigrateDevResult r, PrintWriter out) {
        if (r.planNotes().isEmpty()) {
            return;
        }
        out.println();
        out.println("Not made lock-free by Keel's safe plan:");
        r.planNotes().forEach(n -> out.println("  - " + n));
    }

    /** Lint's findings on what was written: warnings (the exit code stays 0), in {@code keel lint}'s layout. */
    private static void printLint(MigrateDevResult r, PrintWriter out) {
        if (r.lintFindings().isEmpty()) {
            return;
        }
        int n = r.lintFindings().size();
        out.println();
        out.println("keel lint: " + n + (n == 1 ? " finding" : " findings") + " in the new migration"
                + (r.migrationNames().size() > 1 ? "s" : "") + " (warnings; each names its safe alternative):");
        out.print(LintPrinter.findings(r.lintFindings()));
    }
}
