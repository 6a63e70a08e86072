package dev.keel.api;

import dev.keel.config.NamingRule;
import dev.keel.db.DatabaseUrl;
import dev.keel.diff.DataLossCheck;
import dev.keel.diff.Differ;
import dev.keel.diff.Migration;
import dev.keel.diff.SourceOrder;
import dev.keel.history.Applier;
import dev.keel.history.HistoryDiagnosis;
import dev.keel.history.HistoryRecord;
import dev.keel.history.HistoryTable;
import dev.keel.history.LocalMigration;
import dev.keel.history.MigrationFailure;
import dev.keel.history.MigrationName;
import dev.keel.history.MigrationSession;
import dev.keel.history.MigrationsDir;
import dev.keel.introspect.Introspector;
import dev.keel.observe.Listener;
import dev.keel.render.ScriptRenderer;
import dev.keel.safety.expand.FieldColumns;
import dev.keel.safety.expand.MapRename;
import dev.keel.safety.expand.PlanRegistry;
import dev.keel.safety.expand.PlansInFlight;
import dev.keel.safety.lint.Finding;
import dev.keel.safety.lint.LintOptions;
import dev.keel.safety.plan.PlannedMigration;
import dev.keel.safety.plan.SafePlan;
import dev.keel.safety.plan.SafePlanner;
import dev.keel.render.SummaryRenderer;
import dev.keel.schema.Schema;
import dev.keel.source.ResolvedSchema;
import dev.keel.source.SchemaSources;
import dev.keel.source.SchemaSpec;
import dev.keel.source.ShadowDatabase;
import dev.keel.workflow.SchemaReset;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@code migrate dev}, as Prisma's {@code MigrateDev} + the engine's {@code devDiagnostic}, {@code applyMigrations},
 * {@code evaluateDataLoss} and {@code createMigration}: one shadow database carries the whole run, first with the
 * applied migrations (to see drift), then with every local one (the "from" of the new migration).
 */
final class MigrateDev {
    /** Prisma's drift explanation (engine {@code DRIFT_DETECTED_MESSAGE}), then its summary. */
    static final String DRIFT = "Drift detected: Your database schema is not in sync with your migration history.\n\n"
            + "The following is a summary of the differences between the expected database schema given your "
            + "migrations files, and the actual schema of the database.\n\n"
            + "This summary details discrepancies by listing elements found in the current database schema but "
            + "missing in your Prisma schema, indicating the Prisma schema updates required for alignment.\n";
    static final String FIRST_TIME = "\nIf you are running this the first time on an existing database, please make "
            + "sure to read this documentation page:\nhttps://www.prisma.io/docs/guides/database/"
            + "developing-with-prisma-migrate/troubleshooting-development\n";

    private final KeelConfig config;
    private final Supplier<ZonedDateTime> clock;

    MigrateDev(KeelConfig config, Supplier<ZonedDateTime> clock) {
        this.config = config;
        this.clock = clock;
    }

    MigrateDevResult run(DevRequest req, Keel keel) {
        // The name is checked before anything else, so a bad one writes nothing and touches no database.
        Optional<String> name = NamingRule.compose(req.name(), req.area(), clock.get().toLocalDate());
        if (name.isPresent()) {
            config.naming().check(name);
        }
        Optional<String> slug = name.map(n -> slug(n));
        slug.ifPresent(MigrationName::checkLength);

        MigrateTarget target = MigrateTarget.resolve(config);
        Path schemaPath = target.schema().orElseThrow(() -> new KeelException(ErrorCode.SCHEMA_NOT_FOUND,
                "Could not find a schema.prisma file: pass --schema, or run from a project with prisma/schema.prisma."))
                .location();
        SchemaSources.Options options = new SchemaSources.Options(config.workingDir(),
                config.effectiveShadowDatabaseUrl(), List.of());
        ResolvedSchema to = SchemaSources.resolve(new SchemaSpec.SchemaFile(schemaPath), options);
        MigrationsDir dir = MigrationsDir.read(target.migrationsDir());
        dir.checkProvider(target.provider());
        if (!dir.unreadable().isEmpty()) {
            LocalMigration m = dir.unreadable().get(0);
            throw new KeelException(ErrorCode.MIGRATION_FILE_NOT_FOUND, "Could not find the migration file at "
                    + m.scriptPath() + ". Please delete the directory or restore the migration file.");
        }
        boolean created = Keel.createDatabaseIfMissing(target.url());
        List<String> schemas = Keel.projectSchemas(target);
        Set<String> ns = new LinkedHashSet<>(to.namespaces());
        ns.addAll(schemas);
        List<String> namespaces = List.copyOf(ns);
        boolean extensions = to.managesExtensions();
        String display = keel.display(target);
        Result r = new Result(target.url().toString(), display, created, schemas);

        Migration migration;
        try (MigrationSession session = MigrationSession.open(target.url())) {
            keel.lock(session);
            try (ShadowDatabase shadow = ShadowDatabase.create(config.effectiveShadowDatabaseUrl().map(DatabaseUrl::parse));
                 MigrationSession sh = MigrationSession.open(shadow.url())) {
                HistoryTable table = session.history();
                boolean hasTable = table.exists();
                List<HistoryRecord> rows = hasTable ? table.list() : List.of();
                HistoryDiagnosis diag = HistoryDiagnosis.of(dir, hasTable ? Optional.of(rows) : Optional.empty());

                // Replay what the database says it applied; the database should look exactly like that.
                Set<String> applied = new LinkedHashSet<>();
                for (HistoryRecord row : rows) {
                    if (row.state() == HistoryRecord.State.APPLIED && dir.find(row.migrationName()).isPresent()) {
                        applied.add(row.migrationName());
                    }
                }
                List<Map.Entry<String, String>> appliedScripts = new ArrayList<>();
                for (LocalMigration m : dir.migrations()) {
                    if (applied.contains(m.name())) {
                        appliedScripts.add(Map.entry(m.name(), m.script().orElseThrow()));
                    }
                }
                replay(sh, MigrationsDir.ofEntries(appliedScripts, dir.lockFile()));
                Schema expected = read(sh, namespaces, extensions);
                Schema live = read(session, namespaces, extensions);
                Migration drift = Differ.diff(expected, live);
                // Every local migration must run on a fresh database (P3006) before anything touches this one.
                replay(sh, dir);

                Optional<String> reason = resetReason(diag, drift, hasTable);
                if (reason.isPresent()) {
                    r.resetReason = reason;
                    if (!req.resetIfNeeded()) {
                        return r.build(MigrateDevResult.Outcome.RESET_REQUIRED);
                    }
                    SchemaReset.reset(session, schemas);
                    r.wasReset = true;
                }

                Applier.Outcome pending = new Applier(session, config.listener()).deploy(dir);
                pending.applied().forEach(a -> r.appliedPending.add(a.name()));
                if (pending.failure().isPresent()) {
                    r.failure = pending.failure();
                    return r.build(MigrateDevResult.Outcome.FAILED);
                }
                Schema wanted = extensions ? to.schema() : withoutExtensions(to.schema());
                // An expand/contract plan in flight owns a second column (and its copies of indexes and foreign
                // keys) until release 3: not the developer's change, so not dropped, not offered as a migration.
                Schema from = PlansInFlight.hide(read(sh, namespaces, extensions), wanted,
                        PlansInFlight.columns(PlanRegistry.read(sh.connection())));
                migration = Differ.diff(from, SourceOrder.natural(), wanted, to.order(), to.multiSchema());
            }

            // Checked before the data-loss question: the answer to a lost column is a plan, not a confirmation.
            if (!req.unsafe() && to.psl().isPresent()) {
                r.renames = MapRename.find(migration, to.psl().get(), FieldColumns.read(session.connection()));
                if (!r.renames.isEmpty()) {
                    return r.build(MigrateDevResult.Outcome.RENAME_NEEDS_PLAN);
                }
            }
            if (migration.isEmpty() && !req.createOnly()) {
                remember(session, to);
                seedIfFresh(req, keel, r);
                return r.build(r.appliedPending.isEmpty() ? MigrateDevResult.Outcome.ALREADY_IN_SYNC
                        : MigrateDevResult.Outcome.APPLIED_PENDING);
            }
            // Judged against the development database's rows, as Prisma's evaluateDataLoss; the file's header keeps
            // the count-free wording (it is about every database the migration will reach).
            DataLossCheck.Result loss = DataLossCheck.evaluate(session.connection(), migration);
            r.warnings = loss.warnings();
            r.unexecutable = loss.unexecutable();
            if (!loss.unexecutable().isEmpty() && !req.createOnly()) {
                return r.build(MigrateDevResult.Outcome.UNEXECUTABLE);
            }
            if (!loss.warnings().isEmpty() && !req.acceptDataLoss()) {
                return r.build(MigrateDevResult.Outcome.NEEDS_CONFIRMATION);
            }
            if (name.isEmpty() && config.naming().enforced()) {
                return r.build(MigrateDevResult.Outcome.NEEDS_NAME);
            }
            // The safe plan may split the change (a concurrent index build must be a migration of its own); its
            // folders are one second apart so that they sort in plan order.
            SafePlan plan = req.unsafe() || migration.isEmpty() ? SafePlan.ofScript(
                    ScriptRenderer.renderWithWarnings(migration)) : SafePlanner.plan(migration);
            ZonedDateTime now = clock.get();
            for (int i = 0; i < plan.migrations().size(); i++) {
                PlannedMigration pm = plan.migrations().get(i);
                // Under the naming convention (dashes) the phase suffix is dashed too, so the folder still passes.
                String suffix = slug.orElse("").contains("-") ? pm.suffix().replace('_', '-') : pm.suffix();
                String folder = MigrationName.folder(now.plusSeconds(i), slug.orElse("") + suffix);
                Path file = write(target.migrationsDir(), folder, pm.sql());
                r.migrationNames.add(folder);
                if (i == 0) {
                    r.migrationName = Optional.of(folder);
                    r.migrationFile = Optional.of(file);
                    r.script = Optional.of(pm.sql());
                }
            }
            r.planNotes = plan.notes();
            r.lintFindings = lint(keel, target, r.migrationNames);
            if (req.createOnly()) {
                return r.build(MigrateDevResult.Outcome.CREATED);
            }
            Applier.Outcome applied = new Applier(session, config.listener())
                    .deploy(MigrationsDir.read(target.migrationsDir()));
            if (applied.failure().isPresent()) {
                r.failure = applied.failure();
                return r.build(MigrateDevResult.Outcome.FAILED);
            }
            remember(session, to);
        }
        seedIfFresh(req, keel, r);
        return r.build(MigrateDevResult.Outcome.CREATED_AND_APPLIED);
    }

    /**
     * Lints the folders just written before they are applied, against the development database (its tables are
     * live, the migrations it applied are skipped), so each is judged after the ones before it. Keel's deploy sets
     * {@code lock_timeout} itself. Only findings are kept: a script PostgreSQL rejects fails when it is applied.
     */
    private static List<Finding> lint(Keel keel, MigrateTarget target, List<String> folders) {
        List<Path> paths = folders.stream().map(f -> target.migrationsDir().resolve(f)).toList();
        LintOptions options = LintOptions.defaults().withLockTimeoutByRunner(true).withDatabaseUrl(target.rawUrl());
        try {
            return keel.lint(paths, options).findings();
        } catch (KeelException e) {
            // Advice must not undo a migration already written (e.g. no embedded PostgreSQL on this platform while
            // the shadow database is a server): `keel lint` run by hand reports the same failure.
            return List.of();
        }
    }

    /**
     * The database now matches the Prisma schema: which column each field maps to is recorded there, so that the
     * next run tells a changed {@code @map} from a field removed beside a new one ({@link MapRename}).
     */
    private static void remember(MigrationSession session, ResolvedSchema to) {
        to.psl().ifPresent(p -> FieldColumns.of(p).write(session.connection()));
    }

    /**
     * A name that passes an enforced naming rule is kept as written (the convention's dashes are the point of
     * it); otherwise it is slugged as Prisma slugs it.
     */
    private String slug(String name) {
        if (config.naming().enforced() && name.matches("[a-z0-9][a-z0-9_-]*")) {
            return name;
        }
        return MigrationName.slugify(name);
    }

    /** Prisma 6 seeds after {@code migrate dev} only when the database was just created (Keel: or reset). */
    private void seedIfFresh(DevRequest req, Keel keel, Result r) {
        if ((r.created || r.wasReset) && !req.skipSeed()) {
            r.seed = Optional.of(keel.seed());
        }
    }

    static Optional<String> resetReason(HistoryDiagnosis d, Migration drift, boolean hasTable) {
        List<String> reasons = new ArrayList<>();
        d.failed().forEach(n -> reasons.add("The migration `" + n + "` failed."));
        d.edited().forEach(n -> reasons.add("The migration `" + n + "` was modified after it was applied."));
        if (!drift.isEmpty()) {
            reasons.add(DRIFT + (hasTable ? "" : FIRST_TIME) + "\n" + SummaryRenderer.render(drift));
        }
        switch (d.kind()) {
            case HISTORIES_DIVERGE -> reasons.add("The migrations recorded in the database diverge from the local "
                    + "migrations directory." + d.lastCommonMigration().map(last -> " Last common migration: `" + last
                    + "`. Migrations applied to the database but absent from the migrations directory are: "
                    + String.join(", ", d.missingLocally())).orElse(""));
            case MIGRATIONS_DIRECTORY_IS_BEHIND -> reasons.add("The following migration(s) are applied to the database "
                    + "but missing from the local migrations directory: " + String.join(", ", d.missingLocally()));
            default -> {
            }
        }
        if (reasons.isEmpty()) {
            return Optional.empty();
        }
        if (reasons.size() == 1) {
            return Optional.of(reasons.get(0));
        }
        StringBuilder sb = new StringBuilder();
        reasons.forEach(x -> sb.append("- ").append(x).append('\n'));
        return Optional.of(sb.toString());
    }

    /** Applies what the shadow database lacks; a failure is Prisma's P3006. */
    private static void replay(MigrationSession shadow, MigrationsDir dir) {
        Applier.Outcome o = new Applier(shadow, Listener.NONE).deploy(dir);
        if (o.failure().isPresent()) {
            MigrationFailure f = o.failure().get();
            String db = f.message();
            int at = db.indexOf("Database error:\n");
            throw new KeelException(ErrorCode.SHADOW_MIGRATION_FAILED, "Migration `"
                    + f.migrationName().orElse("?") + "` failed to apply cleanly to the shadow database. \nError:\n"
                    + (at >= 0 ? db.substring(at + "Database error:\n".length()) : db).strip());
        }
    }

    private static Schema read(MigrationSession s, List<String> namespaces, boolean extensions) {
        Schema schema = Introspector.introspect(s.connection(), namespaces);
        return extensions ? schema : withoutExtensions(schema);
    }

    /** Without {@code postgresqlExtensions} a Prisma schema says nothing about extensions; neither side has them. */
    private static Schema withoutExtensions(Schema s) {
        return new Schema(s.namespaces(), s.tables(), s.enums(), s.sequences(), s.views(), List.of());
    }

    private static Path write(Path migrationsDir, String folder, String script) {
        Path dir = migrationsDir.resolve(folder);
        try {
            Files.createDirectories(migrationsDir);
            Path lock = migrationsDir.resolve(MigrationsDir.LOCK_FILE);
            if (!Files.exists(lock)) {
                Files.writeString(lock, MigrationsDir.lockFileText("postgresql"), StandardCharsets.UTF_8);
            }
            Files.createDirectory(dir);
            Path file = dir.resolve(MigrationsDir.SCRIPT_FILE);
            Files.writeString(file, script, StandardCharsets.UTF_8);
            return file;
        } catch (FileAlreadyExistsException e) {
            throw new KeelException(ErrorCode.IO, "The migration directory already exists at " + dir);
        } catch (IOException e) {
            throw new KeelException(ErrorCode.IO, "Could not write the migration " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The result under construction. */
    private static final class Result {
        final String database;
        final String migrationsDir;
        final boolean created;
        final List<String> schemas;
        boolean wasReset;
        Optional<String> resetReason = Optional.empty();
        final List<String> appliedPending = new ArrayList<>();
        Optional<String> migrationName = Optional.empty();
        Optional<Path> migrationFile = Optional.empty();
        Optional<String> script = Optional.empty();
        final List<String> migrationNames = new ArrayList<>();
        List<String> planNotes = List.of();
        List<String> warnings = List.of();
        List<String> unexecutable = List.of();
        Optional<MigrationFailure> failure = Optional.empty();
        Optional<SeedRunResult> seed = Optional.empty();
        List<Finding> lintFindings = List.of();
        List<MapRename> renames = List.of();

        Result(String database, String migrationsDir, boolean created, List<String> schemas) {
            this.database = database;
            this.migrationsDir = migrationsDir;
            this.created = created;
            this.schemas = schemas;
        }

        MigrateDevResult build(MigrateDevResult.Outcome outcome) {
            return new MigrateDevResult(database, migrationsDir, outcome, created, wasReset, resetReason, schemas,
                    appliedPending, migrationName, migrationFile, script, migrationNames, planNotes, warnings, unexecutable, failure, seed,
                    lintFindings, renames);
        }
    }
}
