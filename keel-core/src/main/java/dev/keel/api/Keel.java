package dev.keel.api;

import dev.keel.ci.CiCheck;
import dev.keel.ci.CiResult;
import dev.keel.db.DatabaseUrl;
import dev.keel.diag.SourceFile;
import dev.keel.diff.Migration;
import dev.keel.history.AdvisoryLock;
import dev.keel.history.Applier;
import dev.keel.history.HistoryDiagnosis;
import dev.keel.history.HistoryRecord;
import dev.keel.history.HistoryTable;
import dev.keel.history.MigrationSession;
import dev.keel.history.MigrationsDir;
import dev.keel.history.Resolver;
import dev.keel.introspect.Introspector;
import dev.keel.psl.Psl;
import dev.keel.psl.SchemaLocator;
import dev.keel.psl.SchemaSource;
import dev.keel.psl.ValidatedSchema;
import dev.keel.psl.format.Formatter;
import dev.keel.psl.model.PslSchema;
import dev.keel.render.ScriptRenderer;
import dev.keel.render.StepRenderer;
import dev.keel.render.SummaryRenderer;
import dev.keel.safety.lint.LintOptions;
import dev.keel.safety.lint.LintResult;
import dev.keel.safety.lint.LintRun;
import dev.keel.schema.Schema;
import dev.keel.seed.SeedBlock;
import dev.keel.seed.SeedCommand;
import dev.keel.seed.SeedFiles;
import dev.keel.seed.SeedResult;
import dev.keel.seed.Seeder;
import dev.keel.source.ResolvedSchema;
import dev.keel.source.SchemaPair;
import dev.keel.source.SchemaSources;
import dev.keel.source.SchemaSpec;
import dev.keel.workflow.PackageJson;
import dev.keel.workflow.PslSeedMapping;
import dev.keel.workflow.SchemaReset;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The library facade: configure once, then call one method per command. Each returns an immutable result;
 * nothing here prints or exits.
 *
 * <pre>{@code
 * ValidateResult r = Keel.configure().schema(Path.of("prisma/schema.prisma")).build().validate();
 * }</pre>
 */
public final class Keel {
    private final KeelConfig config;

    private Keel(KeelConfig config) {
        this.config = config;
    }

    public static KeelConfig.Builder configure() {
        return KeelConfig.builder();
    }

    public static Keel of(KeelConfig config) {
        return new Keel(config);
    }

    public KeelConfig config() {
        return config;
    }

    public ValidateResult validate() {
        SchemaSource source = loadSchema();
        ValidatedSchema validated = Psl.validate(source);
        return new ValidateResult(source.location(), source.files(), validated.diagnostics().all());
    }

    /**
     * Formats every schema file as {@code prisma format} does, then validates the result: when it has errors nothing
     * is written (the result carries the diagnostics). Otherwise changed files are written back unless {@code check}.
     */
    public FormatResult format(boolean check) {
        SchemaSource source = loadSchema();
        List<String> texts = Formatter.formatAll(source.files());
        List<SourceFile> formattedFiles = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            formattedFiles.add(new SourceFile(source.files().get(i).name(), texts.get(i)));
        }
        SchemaSource formatted = new SchemaSource(source.location(), source.paths(), formattedFiles);
        ValidatedSchema validated = Psl.validate(formatted);
        boolean write = !check && validated.isValid();
        List<FormatResult.FileOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            boolean changed = !texts.get(i).equals(source.files().get(i).text());
            Path path = source.paths().get(i);
            if (changed && write) {
                try {
                    Files.writeString(path, texts.get(i), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new KeelException(ErrorCode.IO, "Could not write " + path + ": " + e.getMessage(), e);
                }
            }
            outcomes.add(new FormatResult.FileOutcome(path, changed));
        }
        return new FormatResult(outcomes, write, validated.diagnostics().all(), formattedFiles);
    }

    /**
     * {@code keel lint}: judges migration files (a migrations folder, migration folders or SQL files; default
     * {@code prisma/migrations}) statement by statement on a shadow database. Paths are relative to the working
     * directory. A database URL in {@code options}, else the configured one, makes that database's schema the
     * starting point (it is only read). Unreadable files and SQL PostgreSQL rejects come back as errors in the
     * result; an unreachable database or embedded PostgreSQL failure is thrown.
     */
    public LintResult lint(List<Path> paths, LintOptions options) {
        LintOptions o = options.databaseUrl().isPresent() || config.databaseUrl().isEmpty() ? options
                : options.withDatabaseUrl(config.databaseUrl().get());
        return new LintRun(config.workingDir(), o).run(paths);
    }

    /**
     * Lints {@code sql} as the next migration of {@code migrationsDir} before it is written ({@code migrate dev},
     * {@code keel ci}): the folder is replayed on a shadow database, then the script is judged. {@code name} is
     * how findings refer to the file (e.g. {@code prisma/migrations/20240101000000_x/migration.sql}).
     */
    public LintResult lintNext(Path migrationsDir, String name, String sql, LintOptions options) {
        LintOptions o = options.databaseUrl().isPresent() || config.databaseUrl().isEmpty() ? options
                : options.withDatabaseUrl(config.databaseUrl().get());
        return new LintRun(config.workingDir(), o).runNext(migrationsDir, name, sql);
    }

    private SchemaSource loadSchema() {
        return SchemaLocator.load(config.schema(), config.workingDir());
    }

    /**
     * {@code migrate diff}: the migration that turns {@code from} into {@code to}, as Prisma computes it. A
     * migrations folder is replayed on a throw-away shadow database ({@link KeelConfig#effectiveShadowDatabaseUrl()},
     * else the embedded PostgreSQL). A schema that does not validate is an
     * {@link dev.keel.source.InvalidSchemaException}; environment failures are {@link KeelException}s.
     */
    public DiffResult diff(SchemaSpec from, SchemaSpec to) {
        SchemaPair pair = SchemaPair.resolve(from, to, sourceOptions());
        Migration m = pair.diff();
        return new DiffResult(from.describe(), to.describe(), m);
    }

    /**
     * {@code keel drift}: compares the live database (the configured URL, {@code DATABASE_URL}, or the schema's
     * datasource url) with {@code expected}. A migrations folder is replayed on a throw-away shadow database first.
     */
    public DriftResult drift(SchemaSpec expected) {
        DatabaseUrl url = MigrateTarget.resolve(config).url();
        SchemaSources.Options options = sourceOptions();
        ResolvedSchema want;
        ResolvedSchema live;
        if (expected instanceof SchemaSpec.Migrations) {
            // The database decides which PostgreSQL schemas matter; the replay is read in the same ones.
            live = SchemaSources.introspect(url, options);
            want = SchemaSources.resolve(expected, options.withNamespaces(live.namespaces()));
        } else {
            want = SchemaSources.resolve(expected, options);
            live = SchemaSources.introspect(url, options.withNamespaces(want.namespaces()));
        }
        Migration drift = new SchemaPair(want, live).diff();
        Migration repair = new SchemaPair(live, want).diff();
        StepRenderer renderer = new StepRenderer(drift.qualifiedNames());
        List<DriftResult.Change> changes = new ArrayList<>();
        for (dev.keel.diff.Step step : drift.steps()) {
            changes.add(new DriftResult.Change(step.description(),
                    renderer.render(step).stream().map(dev.keel.render.Statement::sql).toList()));
        }
        return new DriftResult(url.toString(), expected.describe(), drift, SummaryRenderer.render(drift), changes,
                repair.isEmpty() ? ScriptRenderer.EMPTY : ScriptRenderer.renderWithWarnings(repair));
    }

    /**
     * {@code keel drift} without an explicit source: the migrations folder when it exists (what deploys built the
     * database from), else the Prisma schema.
     */
    public DriftResult drift() {
        if (config.migrationsDir().isPresent() || config.schema().isEmpty()) {
            Path dir = MigrateTarget.resolve(config).migrationsDir();
            if (java.nio.file.Files.isDirectory(dir) || config.migrationsDir().isPresent()) {
                return drift(new SchemaSpec.Migrations(dir));
            }
        }
        return drift(new SchemaSpec.SchemaFile(SchemaLocator.locate(config.schema(), config.workingDir())));
    }

    /**
     * The configured database as a diff source (Prisma 7's {@code --from-config-datasource}): the configured URL,
     * else {@code DATABASE_URL}, else the schema's datasource {@code url}.
     */
    public SchemaSpec configuredDatabase() {
        return new SchemaSpec.Url(MigrateTarget.resolve(config).rawUrl());
    }

    /** How {@link SchemaSources} should resolve paths and where it creates shadow databases, for this config. */
    public SchemaSources.Options sourceOptions() {
        return new SchemaSources.Options(config.workingDir(), config.effectiveShadowDatabaseUrl(), List.of());
    }

    /**
     * {@code migrate deploy}: applies every pending migration in folder order under the advisory lock. Failures
     * of a migration (P3009, P3018, P3015) come back in the result; environment failures are thrown.
     */
    public DeployResult deploy() {
        MigrateTarget target = MigrateTarget.resolve(config);
        MigrationsDir dir = MigrationsDir.read(target.migrationsDir());
        dir.checkProvider(target.provider());
        boolean created = createDatabaseIfMissing(target.url());
        try (MigrationSession session = MigrationSession.open(target.url())) {
            lock(session);
            Applier.Outcome outcome = new Applier(session, config.listener(), config.deployGuard()).deploy(dir);
            return new DeployResult(target.url().toString(), display(target), dir.migrations().size(), created,
                    outcome.applied(), outcome.warnings(), outcome.failure());
        }
    }

    /** {@code keel plan ...}: expand/contract plans for this project's schema and migrations folder. */
    public KeelPlans plans() {
        return new KeelPlans(config);
    }

    /** {@code migrate status}: read-only comparison of the folder with {@code _prisma_migrations}. */
    public StatusResult status() {
        MigrateTarget target = MigrateTarget.resolve(config);
        MigrationsDir dir = MigrationsDir.read(target.migrationsDir());
        dir.checkProvider(target.provider());
        try (MigrationSession session = MigrationSession.openReadOnly(target.url())) {
            HistoryTable table = session.history();
            Optional<List<HistoryRecord>> rows = table.exists() ? Optional.of(table.list()) : Optional.empty();
            List<String> interrupted = rows.map(r -> new Applier(session, config.listener()).interrupted(dir, r))
                    .orElse(List.of());
            return new StatusResult(target.url().toString(), display(target), dir.names(),
                    HistoryDiagnosis.of(dir, rows), interrupted);
        }
    }

    /**
     * {@code migrate history}: what past deploys recorded, read-only: {@code _prisma_migrations} (in the URL's
     * schema) joined with Keel's journal, and the expand/contract plans' backfill progress. Needs no migrations
     * folder; a database without the migrations table gives an empty result.
     */
    public HistoryResult history() {
        MigrateTarget target = MigrateTarget.resolve(config);
        try (MigrationSession session = MigrationSession.openReadOnly(target.url())) {
            return new HistoryReader(session.connection(), session.schema()).read(target.url().toString());
        }
    }

    /** {@code migrate resolve --applied NAME}. */
    public ResolveResult resolveApplied(String migrationName) {
        MigrateTarget target = MigrateTarget.resolve(config);
        MigrationsDir dir = MigrationsDir.read(target.migrationsDir());
        dir.checkProvider(target.provider());
        try (MigrationSession session = MigrationSession.open(target.url())) {
            lock(session);
            int closed = new Resolver(session).markApplied(dir, migrationName);
            return new ResolveResult(target.url().toString(), migrationName, ResolveResult.Action.APPLIED, closed);
        }
    }

    /** {@code migrate resolve --rolled-back NAME}. */
    public ResolveResult resolveRolledBack(String migrationName) {
        MigrateTarget target = MigrateTarget.resolve(config);
        try (MigrationSession session = MigrationSession.open(target.url())) {
            lock(session);
            int closed = new Resolver(session).markRolledBack(migrationName);
            return new ResolveResult(target.url().toString(), migrationName, ResolveResult.Action.ROLLED_BACK, closed);
        }
    }

    /**
     * {@code migrate reset}: drops every schema of the project (the datasource's {@code schemas}, else the URL's
     * schema) with everything in it, re-creates it, applies every migration, then seeds unless {@code skipSeed}.
     * Asking for confirmation is the caller's job; this method does not ask.
     */
    public ResetResult reset(boolean skipSeed) {
        MigrateTarget target = MigrateTarget.resolve(config);
        MigrationsDir dir = MigrationsDir.read(target.migrationsDir());
        dir.checkProvider(target.provider());
        createDatabaseIfMissing(target.url());
        List<String> schemas = projectSchemas(target);
        DeployResult deployed;
        try (MigrationSession session = MigrationSession.open(target.url())) {
            lock(session);
            SchemaReset.reset(session, schemas);
            Applier.Outcome outcome = new Applier(session, config.listener()).deploy(dir);
            deployed = new DeployResult(target.url().toString(), display(target), dir.migrations().size(), false,
                    outcome.applied(), outcome.warnings(), outcome.failure());
        }
        Optional<SeedRunResult> seeded = skipSeed || !deployed.succeeded() ? Optional.empty()
                : Optional.of(seed(target, List.of()));
        return new ResetResult(target.url().toString(), schemas, deployed, seeded);
    }

    /**
     * {@code db seed}: upserts the declarative seed files ({@code seed/*.json|yaml|yml} beside the schema), then
     * runs the seed command ({@code keel.toml} {@code [seed] command}, else {@code package.json}
     * {@code prisma.seed}) with {@code DATABASE_URL} set to the target database.
     */
    public SeedRunResult seed() {
        return seed(MigrateTarget.resolve(config), List.of());
    }

    /** {@code db seed -- args}: as {@link #seed()}, with {@code args} appended to the seed command. */
    public SeedRunResult seed(List<String> args) {
        return seed(MigrateTarget.resolve(config), args);
    }

    private SeedRunResult seed(MigrateTarget target, List<String> args) {
        Path seedDir = target.schema().map(s -> (Files.isDirectory(s.location()) ? s.location()
                : s.location().toAbsolutePath().getParent()).resolve("seed"))
                .orElse(config.workingDir().resolve("prisma/seed"));
        List<SeedBlock> blocks = SeedFiles.readFolder(seedDir);
        List<Path> files = blocks.stream().map(b -> Path.of(b.file())).distinct().toList();
        Optional<SeedResult> declarative = Optional.empty();
        if (!blocks.isEmpty()) {
            Optional<PslSchema> psl = target.schema().map(Psl::validate)
                    .flatMap(ValidatedSchema::model);
            try (Connection c = target.url().connect()) {
                Schema live = Introspector.introspect(c, projectSchemas(target));
                declarative = Optional.of(Seeder.seed(c, live, blocks,
                        new PslSeedMapping(psl, target.url().schema())));
            } catch (SQLException e) {
                throw new KeelException(ErrorCode.DATABASE_ERROR, "Seeding failed: " + e.getMessage(), e);
            }
        }
        Optional<String> command = config.seedCommand();
        Optional<String> source = command.map(c -> "keel.toml");
        if (command.isEmpty()) {
            command = PackageJson.prismaSeed(config.workingDir().resolve("package.json"));
            source = command.map(c -> "package.json");
        }
        OptionalInt exit = OptionalInt.empty();
        if (command.isPresent()) {
            Map<String, String> env = new HashMap<>(config.environment());
            env.put("DATABASE_URL", target.rawUrl());
            exit = OptionalInt.of(SeedCommand.run(command.get(), args, config.seedOutputToStderr(), config.workingDir(),
                    env));
        }
        return new SeedRunResult(files, declarative, command, source, exit);
    }

    /** The schemas the project lives in: the datasource's {@code schemas}, else the URL's {@code ?schema=}. */
    static List<String> projectSchemas(MigrateTarget target) {
        return target.datasourceSchemas().isEmpty() ? List.of(target.url().schema()) : target.datasourceSchemas();
    }

    /**
     * The database the migrate commands will use, described as Prisma's CLI prints it before working:
     * {@code PostgreSQL database "app", schema "public" at "localhost:5432"} (never the password).
     */
    public String describeDatabase() {
        DatabaseUrl url = MigrateTarget.resolve(config).url();
        return "PostgreSQL database \"" + url.database() + "\", schema \"" + url.schema() + "\" at \"" + url.host()
                + ":" + url.port() + "\"";
    }

    /**
     * {@code migrate dev}: checks the name against the naming convention, replays the folder on a shadow database
     * (embedded PostgreSQL, or {@code SHADOW_DATABASE_URL}), reports drift / edited / failed migrations as a needed
     * reset (performed only when {@link DevRequest#resetIfNeeded()}), applies pending migrations, then writes the
     * migration from the replayed folder to the schema and applies it (unless {@code createOnly}).
     */
    public MigrateDevResult migrateDev(DevRequest request) {
        return new MigrateDev(config, () -> java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC)).run(request, this);
    }

    /** As {@link #migrateDev(DevRequest)} with a fixed clock (the folder timestamp and {@code --area}'s date). */
    public MigrateDevResult migrateDev(DevRequest request, java.time.ZonedDateTime now) {
        return new MigrateDev(config, () -> now).run(request, this);
    }

    /**
     * {@code keel ci}: validate, check the migrations folder, replay it on a fresh database (embedded, or
     * {@code SHADOW_DATABASE_URL}), and fail when the schema has changes no migration makes. Needs no
     * {@code DATABASE_URL}. Findings are in the result; environment failures are thrown.
     */
    public CiResult ci() {
        return ci(List.of());
    }

    /** As {@link #ci()}, then the given extra checks (the lint step plugs in here). */
    public CiResult ci(List<CiCheck> extraChecks) {
        return new Ci(config).run(extraChecks);
    }

    void lock(MigrationSession session) {
        // Prisma users set this to skip the lock (e.g. behind PgBouncer in transaction mode); honour it the same way.
        if (config.environment().get("PRISMA_SCHEMA_DISABLE_ADVISORY_LOCK") == null) {
            AdvisoryLock.acquire(session.connection(), config.lockTimeout());
        }
    }

    String display(MigrateTarget target) {
        Path dir = target.migrationsDir();
        return dir.startsWith(config.workingDir()) ? config.workingDir().relativize(dir).toString() : dir.toString();
    }

    /** As Prisma's deploy: create the database when the server says it does not exist. */
    static boolean createDatabaseIfMissing(DatabaseUrl url) {
        try (Connection c = url.connect()) {
            return false;
        } catch (KeelException e) {
            if (!(e.getCause() instanceof SQLException) || !"3D000".equals(((SQLException) e.getCause()).getSQLState())) {
                throw e;
            }
        } catch (SQLException e) {
            return false;
        }
        try (Connection c = url.withDatabase("postgres").connect(); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE \"" + url.database().replace("\"", "\"\"") + "\"");
            return true;
        } catch (SQLException e) {
            throw new KeelException(ErrorCode.DATABASE_CREATION_FAILED, "Failed to create database: " + e.getMessage(), e);
        }
    }
}
