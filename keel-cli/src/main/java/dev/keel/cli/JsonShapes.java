package dev.keel.cli;

import dev.keel.api.DeployResult;
import dev.keel.api.DiffResult;
import dev.keel.api.DriftResult;
import dev.keel.api.FormatResult;
import dev.keel.api.KeelException;
import dev.keel.api.MigrateDevResult;
import dev.keel.api.PlanResult;
import dev.keel.api.PlanStatus;
import dev.keel.api.ResetResult;
import dev.keel.api.ResolveResult;
import dev.keel.api.SeedRunResult;
import dev.keel.api.StatusResult;
import dev.keel.api.ValidateResult;
import dev.keel.ci.CiResult;
import dev.keel.diag.Diagnostic;
import dev.keel.diag.SourceFile;
import dev.keel.history.AppliedMigration;
import dev.keel.history.HistoryDiagnosis;
import dev.keel.history.MigrationFailure;
import dev.keel.seed.SeedResult;
import dev.keel.source.InvalidSchemaException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The documented JSON shapes of {@code --json} (README, "JSON output"). They are views of the facade's immutable
 * results, kept separate so a change inside keel-core does not change what scripts parse: a field is only ever
 * added. Enum values are lower-case; absent values are {@code null}; durations are milliseconds.
 */
final class JsonShapes {
    private JsonShapes() {
    }

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    private static String path(Path p) {
        return p == null ? null : p.toString().replace('\\', '/');
    }

    /**
     * An error: {@code code} is Prisma's P-code where Prisma has one, else Keel's stable code (also always in
     * {@code keelCode}); passwords in {@code message} are masked.
     */
    record Error(String code, String keelCode, String message, String migration, String databaseErrorCode,
                 List<DiagnosticJson> diagnostics) {
        static Error of(KeelException e) {
            List<DiagnosticJson> diagnostics = e instanceof InvalidSchemaException invalid
                    ? DiagnosticJson.of(invalid.diagnostics(), invalid.files()) : List.of();
            return new Error(e.code().prismaCode().orElse(e.code().code()), e.code().code(),
                    Json.redact(e.getMessage()), null, null, diagnostics);
        }

        static Error of(MigrationFailure f) {
            return new Error(f.code().prismaCode().orElse(f.code().code()), f.code().code(), Json.redact(f.message()),
                    f.migrationName().orElse(null), f.databaseErrorCode().orElse(null), List.of());
        }

        static Error usage(String message) {
            return new Error("KEEL_USAGE", "KEEL_USAGE", Json.redact(message), null, null, List.of());
        }

        /** A refusal that is not an exception (a prompt that cannot be asked, a plan that must be run instead). */
        static Error refused(String keelCode, String message) {
            return new Error(keelCode, keelCode, Json.redact(message), null, null, List.of());
        }
    }

    record ErrorOutput(Error error) {
    }

    record DiagnosticJson(String severity, String code, String message, String file, Integer line, Integer column) {
        static List<DiagnosticJson> of(List<Diagnostic> diagnostics, List<SourceFile> files) {
            return diagnostics.stream().map(d -> {
                SourceFile f = d.span() != null && d.span().fileId() < files.size() ? files.get(d.span().fileId())
                        : null;
                return new DiagnosticJson(lower(d.severity()), d.code(), d.message(), f == null ? null : f.name(),
                        f == null ? null : f.line(d.span().start()), f == null ? null : f.column(d.span().start()));
            }).toList();
        }
    }

    /** {@code keel validate --json}. */
    record Validate(boolean valid, String schema, List<String> files, long errorCount,
                    List<DiagnosticJson> diagnostics) {
        static Validate of(ValidateResult r) {
            return new Validate(r.valid(), path(r.schemaLocation()), r.files().stream().map(SourceFile::name).toList(),
                    r.errorCount(), DiagnosticJson.of(r.diagnostics(), r.files()));
        }
    }

    /** {@code keel format --json}: {@code written} is false with {@code --check} or when the result is invalid. */
    record Format(boolean valid, boolean check, boolean written, boolean anyChanged, List<FormatFile> files,
                  long errorCount, List<DiagnosticJson> diagnostics) {
        record FormatFile(String path, boolean changed) {
        }

        static Format of(FormatResult r, boolean check) {
            return new Format(r.valid(), check, r.written(), r.anyChanged(), r.files().stream()
                    .map(f -> new FormatFile(path(f.path()), f.changed())).toList(), r.errorCount(),
                    DiagnosticJson.of(r.diagnostics(), r.formatted()));
        }
    }

    /**
     * A migration deploy applied, with what the journal records for its run: {@code durationMs}, {@code rowsAffected},
     * {@code mode} and the deploy guard's lock figures ({@code lockRetries}: attempts refused for a lock and tried
     * again, {@code lockRefused}, {@code lockWaitMs}: time the refused attempts ran, {@code lockPauseMs}: backoff).
     */
    record Applied(String name, String mode, int statements, int skippedStatements, long durationMs,
                   long rowsAffected, boolean resumed, int lockRetries, int lockRefused, long lockWaitMs,
                   long lockPauseMs) {
        static List<Applied> of(List<AppliedMigration> applied) {
            return applied.stream().map(m -> new Applied(m.name(), lower(m.mode()), m.statements(),
                    m.skippedStatements(), m.duration().toMillis(), m.rowsAffected(), m.resumed(),
                    m.locks().retries(), m.locks().refused(), m.locks().waited().toMillis(),
                    m.locks().paused().toMillis())).toList();
        }
    }

    /** {@code keel migrate deploy --json}: {@code error} is the migration failure (P3009, P3015, P3018), else null. */
    record Deploy(boolean succeeded, String database, String migrationsDir, int found, boolean databaseCreated,
                  List<Applied> applied, List<String> warnings, Error error) {
        static Deploy of(DeployResult r) {
            return new Deploy(r.succeeded(), r.database(), r.migrationsDir(), r.found(), r.databaseCreated(),
                    Applied.of(r.applied()), r.warnings(), r.failure().map(Error::of).orElse(null));
        }
    }

    /** An expand/contract plan in {@code migrate status}. */
    record Plan(String name, String summary, boolean inFlight, Integer deployedRelease, List<Integer> pendingReleases,
                long backfillRows, boolean backfilled) {
        static Plan of(PlanStatus p) {
            return new Plan(p.name(), p.summary(), p.inFlight(), p.deployedRelease().orElse(null),
                    p.pendingReleases(), p.backfillRows(), p.backfilled());
        }
    }

    /**
     * {@code keel migrate status --json}: {@code upToDate} is the exit-0 case; {@code state} is Prisma's diagnosis
     * ({@code in_sync}, {@code database_is_behind}, {@code migrations_directory_is_behind},
     * {@code histories_diverge}).
     */
    record Status(boolean upToDate, String database, String migrationsDir, boolean hasMigrationsTable, String state,
                  List<String> localMigrations, List<String> unapplied, List<String> failed,
                  List<String> interrupted, List<String> missingLocally, List<String> edited,
                  String lastCommonMigration, List<String> unreadable, List<String> outOfOrder,
                  List<String> caseDuplicates, List<String> recordedTwice, List<Plan> plans) {
        static Status of(StatusResult r, List<PlanStatus> plans) {
            HistoryDiagnosis d = r.diagnosis();
            return new Status(r.inSync(), r.database(), r.migrationsDir(), d.hasMigrationsTable(), lower(d.kind()),
                    r.localMigrations(), d.unapplied(), d.failed(), r.interrupted(), d.missingLocally(), d.edited(),
                    d.lastCommonMigration().orElse(null), d.unreadable(), d.outOfOrder(), d.caseDuplicates(),
                    d.recordedTwice(), plans.stream().map(Plan::of).toList());
        }
    }

    /**
     * {@code keel migrate history --json} (or {@code --format json}): every row of {@code _prisma_migrations} in the
     * order it started. {@code state} is {@code applied}, {@code failed} or {@code rolled_back}; {@code recordedBy} is
     * {@code keel} when Keel's journal has the run (then {@code mode}, {@code statementCount}, {@code outcome},
     * {@code rowsAffected}, {@code statementsFinished} and, for a {@code statements} run, {@code slowestStatement}
     * are set; {@code lockRetries}, {@code lockRefused}, {@code lockWaitMs} and {@code lockPauseMs} too, unless an
     * earlier Keel journaled the run) or {@code prisma} (then {@code durationMs} is {@code finishedAt - startedAt}).
     * Times are ISO-8601.
     */
    record History(String database, String historySchema, boolean hasMigrationsTable, boolean hasJournal,
                   HistoryTotals totals, List<HistoryMigration> migrations, List<HistoryPlan> plans) {
        static History of(dev.keel.api.HistoryResult r) {
            return new History(r.database(), r.historySchema(), r.hasMigrationsTable(), r.hasJournal(),
                    new HistoryTotals(r.totals().applied(), r.totals().failed(), r.totals().rolledBack(),
                            r.totals().duration().toMillis()),
                    r.migrations().stream().map(HistoryMigration::of).toList(),
                    r.plans().stream().map(HistoryPlan::of).toList());
        }
    }

    record HistoryTotals(int applied, int failed, int rolledBack, long durationMs) {
    }

    record HistoryStatement(int index, long durationMs, long rowsAffected) {
    }

    record HistoryMigration(String id, String name, String checksum, String state, String startedAt,
                            String finishedAt, String rolledBackAt, int appliedStepsCount, String logs,
                            Long durationMs, Long rowsAffected, String recordedBy, String mode,
                            Integer statementCount, String outcome, Integer statementsFinished,
                            HistoryStatement slowestStatement, Integer lockRetries, Integer lockRefused,
                            Long lockWaitMs, Long lockPauseMs) {
        static HistoryMigration of(dev.keel.api.HistoryResult.Migration m) {
            java.util.Optional<dev.keel.api.HistoryResult.Run> j = m.journal();
            return new HistoryMigration(m.id(), m.name(), m.checksum(), lower(m.state()), m.startedAt().toString(),
                    m.finishedAt().map(Object::toString).orElse(null),
                    m.rolledBackAt().map(Object::toString).orElse(null), m.appliedStepsCount(),
                    m.logs().map(Json::redact).orElse(null), m.duration().map(java.time.Duration::toMillis).orElse(null),
                    m.rowsAffected().isPresent() ? m.rowsAffected().getAsLong() : null,
                    j.isPresent() ? "keel" : "prisma", j.map(x -> lower(x.mode())).orElse(null),
                    j.map(dev.keel.api.HistoryResult.Run::statementCount).orElse(null),
                    j.flatMap(dev.keel.api.HistoryResult.Run::outcome).orElse(null),
                    j.map(dev.keel.api.HistoryResult.Run::statementsFinished).orElse(null),
                    j.flatMap(dev.keel.api.HistoryResult.Run::slowest).map(s -> new HistoryStatement(s.index(),
                            s.duration().toMillis(), s.rowsAffected())).orElse(null),
                    m.locks().map(dev.keel.history.LockWaits::retries).orElse(null),
                    m.locks().map(dev.keel.history.LockWaits::refused).orElse(null),
                    m.locks().map(l -> l.waited().toMillis()).orElse(null),
                    m.locks().map(l -> l.paused().toMillis()).orElse(null));
        }
    }

    record HistoryBackfill(String name, long rowsChanged, boolean finished, String updatedAt) {
    }

    /** A plan of {@code "_keel"."plans"}; {@code backfills} are the parts of a plan with several. */
    record HistoryPlan(String name, String kind, String table, int release, boolean inFlight, long backfillRows,
                       boolean backfilled, String backfilledAt, String updatedAt, List<HistoryBackfill> backfills) {
        static HistoryPlan of(dev.keel.api.HistoryResult.Plan p) {
            return new HistoryPlan(p.name(), p.kind(), p.table(), p.release(), p.inFlight(), p.backfillRows(),
                    p.backfilled(), p.backfilledAt().map(Object::toString).orElse(null), p.updatedAt().toString(),
                    p.backfills().stream().map(b -> new HistoryBackfill(b.name(), b.rowsChanged(), b.finished(),
                            b.updatedAt().toString())).toList());
        }
    }

    /** {@code keel migrate resolve --json}: {@code action} is {@code applied} or {@code rolled_back}. */
    record Resolve(String database, String migration, String action, int rolledBackRows) {
        static Resolve of(ResolveResult r) {
            return new Resolve(r.database(), r.migrationName(), lower(r.action()), r.rolledBackRows());
        }
    }

    record DiffStep(String kind) {
    }

    /** {@code keel migrate diff --json}: both renderings, Prisma's warnings and unexecutable steps. */
    record Diff(String from, String to, boolean hasChanges, List<DiffStep> steps, String summary, String script,
                List<String> warnings, List<String> unexecutable) {
        static Diff of(DiffResult r) {
            return new Diff(Json.redact(r.from()), Json.redact(r.to()), r.hasChanges(),
                    r.steps().stream().map(s -> new DiffStep(s.description())).toList(), r.summary(), r.script(),
                    r.warnings(), r.unexecutable());
        }
    }

    record SeedTable(String table, int inserted, int updated, int unchanged) {
    }

    record Declarative(int inserted, int updated, int unchanged, List<SeedTable> tables) {
        static Declarative of(SeedResult s) {
            return new Declarative(s.inserted(), s.updated(), s.unchanged(), s.tables().stream()
                    .map(t -> new SeedTable(t.table(), t.inserted(), t.updated(), t.unchanged())).toList());
        }
    }

    /**
     * {@code keel db seed --json}; {@code commandSource} is {@code keel.toml} or {@code package.json}; {@code error}
     * ({@code KEEL_SEED_FAILED}) when the seed command exited non-zero.
     */
    record Seed(boolean configured, boolean succeeded, List<String> seedFiles, Declarative declarative,
                String command, String commandSource, Integer commandExitCode, Error error) {
        static Seed of(SeedRunResult r) {
            return new Seed(r.configured(), r.succeeded(), r.seedFiles().stream().map(JsonShapes::path).toList(),
                    r.declarative().map(Declarative::of).orElse(null), r.command().orElse(null),
                    r.commandSource().orElse(null),
                    r.commandExitCode().isPresent() ? r.commandExitCode().getAsInt() : null, seedError(r));
        }
    }

    static Error seedError(SeedRunResult r) {
        return r.succeeded() ? null : Error.refused("KEEL_SEED_FAILED", "An error occurred while running the seed "
                + "command: Command failed with exit code " + r.commandExitCode().orElse(1) + ": "
                + r.command().orElse(""));
    }

    /**
     * {@code keel migrate reset --json}: the replay has the shape of deploy; {@code seed} is null when skipped;
     * {@code error} is the replay's or the seed's.
     */
    record Reset(boolean succeeded, String database, List<String> schemas, Deploy deploy, Seed seed, Error error) {
        static Reset of(ResetResult r) {
            Deploy deploy = Deploy.of(r.deploy());
            Seed seed = r.seed().map(Seed::of).orElse(null);
            return new Reset(r.succeeded(), r.database(), r.schemas(), deploy, seed,
                    deploy.error() != null ? deploy.error() : seed == null ? null : seed.error());
        }
    }

    record Rename(String model, String field, String table, String oldColumn, String newColumn, String command) {
    }

    /**
     * {@code keel migrate dev --json} (never prompts): {@code outcome} is one of {@code already_in_sync},
     * {@code applied_pending}, {@code created}, {@code created_and_applied}, {@code reset_required},
     * {@code needs_name}, {@code needs_confirmation}, {@code unexecutable}, {@code rename_needs_plan},
     * {@code failed}; {@code error} says why a run stopped (null when it succeeded).
     */
    record Dev(boolean succeeded, String outcome, String database, String migrationsDir, boolean databaseCreated,
               boolean wasReset, String resetReason, List<String> schemas, List<String> appliedPending,
               List<String> migrations, String migrationFile, List<String> planNotes, List<String> warnings,
               List<String> unexecutable, List<Map<String, Object>> lintFindings, List<Rename> renames, Seed seed,
               Error error) {
        static Dev of(MigrateDevResult r, Error error) {
            return new Dev(r.succeeded() && error == null, lower(r.outcome()), r.database(), r.migrationsDir(),
                    r.databaseCreated(), r.wasReset(), r.resetReason().orElse(null), r.schemas(), r.appliedPending(),
                    r.migrationNames(), r.migrationFile().map(JsonShapes::path).orElse(null), r.planNotes(),
                    r.warnings(), r.unexecutable(), r.lintFindings().stream().map(LintPrinter::finding).toList(),
                    r.renames().stream().map(x -> new Rename(x.model(), x.field(), x.table(), x.oldColumn(),
                            x.newColumn(), x.command())).toList(),
                    r.seed().filter(SeedRunResult::configured).map(Seed::of).orElse(null), error);
        }
    }

    /** {@code keel plan … --json}. */
    record PlanWritten(String name, String summary, List<String> written, String planFile,
                       List<Integer> pendingReleases, List<String> notes) {
        static PlanWritten of(PlanResult r) {
            return new PlanWritten(r.name(), r.summary(), r.written().stream().map(JsonShapes::path).toList(),
                    path(r.planFile()), r.pendingReleases(), r.notes());
        }
    }

    record DriftChange(String kind, List<String> sql) {
    }

    /** {@code keel drift --json}. */
    record Drift(boolean drift, String database, String expected, String summary, List<DriftChange> changes,
                 String repairScript) {
        static Drift of(DriftResult r) {
            return new Drift(r.hasDrift(), r.database(), Json.redact(r.expected()), r.summary(),
                    r.changes().stream().map(c -> new DriftChange(c.kind(), c.sql())).toList(), r.repairScript());
        }
    }

    record CiStep(String name, String status, int findings, long millis) {
    }

    record CiFindingJson(String check, String severity, String file, Integer line, String title, String message) {
    }

    /** {@code keel ci --json}. */
    record Ci(boolean passed, int exitCode, List<CiStep> steps, List<CiFindingJson> findings) {
        static Ci of(CiResult r) {
            return new Ci(r.passed(), r.exitCode(), r.steps().stream().map(s -> new CiStep(s.name(),
                    lower(s.status()), s.findings(), s.millis())).toList(), r.findings().stream()
                    .map(f -> new CiFindingJson(f.check(), lower(f.severity()), f.file().map(JsonShapes::path)
                            .orElse(null), f.line().isPresent() ? f.line().getAsInt() : null, f.title(),
                            f.message())).toList());
        }
    }
}
