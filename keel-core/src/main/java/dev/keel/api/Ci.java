package dev.keel.api;

import dev.keel.ci.CiCheck;
import dev.keel.ci.CiContext;
import dev.keel.ci.CiFinding;
import dev.keel.ci.CiResult;
import dev.keel.db.DatabaseUrl;
import dev.keel.diag.Diagnostic;
import dev.keel.diag.SourceFile;
import dev.keel.diff.Differ;
import dev.keel.diff.Migration;
import dev.keel.diff.SourceOrder;
import dev.keel.diff.Step;
import dev.keel.history.Applier;
import dev.keel.history.LocalMigration;
import dev.keel.history.MigrationFailure;
import dev.keel.history.MigrationSession;
import dev.keel.history.MigrationsDir;
import dev.keel.introspect.Introspector;
import dev.keel.observe.Listener;
import dev.keel.psl.Psl;
import dev.keel.psl.SchemaLocator;
import dev.keel.psl.SchemaSource;
import dev.keel.psl.ValidatedSchema;
import dev.keel.render.ScriptRenderer;
import dev.keel.render.SummaryRenderer;
import dev.keel.schema.Schema;
import dev.keel.source.ResolvedSchema;
import dev.keel.source.SchemaSources;
import dev.keel.source.SchemaSpec;
import dev.keel.source.ShadowDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code keel ci} (guide §4): validate the schema, check the migrations folder (provider, readable scripts,
 * duplicate names, naming convention), replay it on a fresh database, and diff the result against the schema,
 * so that a schema change without its migration fails the job. Then any extra {@link CiCheck}s (lint).
 */
final class Ci {
    private static final Pattern FOLDER = Pattern.compile("\\d{14}_(.*)");
    private static final Pattern POSITION_LINE = Pattern.compile("^\\s*(\\d+) ", Pattern.MULTILINE);

    private final KeelConfig config;

    Ci(KeelConfig config) {
        this.config = config;
    }

    CiResult run(List<CiCheck> extra) {
        List<CiResult.Step> steps = new ArrayList<>();
        List<CiFinding> findings = new ArrayList<>();

        // 1. validate
        long t0 = System.nanoTime();
        SchemaSource source = SchemaLocator.load(config.schema(), config.workingDir());
        ValidatedSchema validated = Psl.validate(source);
        List<CiFinding> found = new ArrayList<>();
        for (Diagnostic d : validated.diagnostics().all()) {
            Path file = null;
            int line = 0;
            if (d.span() != null && d.span().fileId() >= 0 && d.span().fileId() < source.files().size()) {
                file = source.paths().get(d.span().fileId());
                line = source.files().get(d.span().fileId()).line(d.span().start());
            }
            String msg = d.message().lines().findFirst().orElse("");
            found.add(d.isError() ? CiFinding.error("validate", rel(file), line, "Schema validation error", msg)
                    : CiFinding.warning("validate", rel(file), line, "Schema validation warning", msg));
        }
        Optional<ResolvedSchema> compiled = Optional.empty();
        if (validated.isValid()) {
            compiled = Optional.of(SchemaSources.resolve(new SchemaSpec.SchemaFile(source.location()),
                    new SchemaSources.Options(config.workingDir(), Optional.empty(), List.of())));
        }
        step(steps, findings, "validate", found, t0, false);

        // 2. migrations folder
        t0 = System.nanoTime();
        Path dirPath = MigrateTarget.migrationsDir(config, Optional.of(source));
        MigrationsDir dir = MigrationsDir.read(dirPath);
        found = new ArrayList<>();
        Optional<String> locked = dir.lockedProvider();
        if (locked.isPresent() && !locked.get().equals("postgresql")) {
            found.add(CiFinding.error("migrations", rel(dirPath.resolve(MigrationsDir.LOCK_FILE)), 1,
                    "Provider switched (P3019)", "migration_lock.toml names `" + locked.get()
                            + "`, the datasource is `postgresql`."));
        }
        for (LocalMigration m : dir.unreadable()) {
            found.add(CiFinding.error("migrations", rel(m.scriptPath()), 0, "Missing migration file (P3015)",
                    "The migration folder " + m.name() + " has no readable migration.sql ("
                            + m.readError().orElse("unreadable") + ")."));
        }
        List<String> dups = dir.duplicateNames();
        if (!dups.isEmpty()) {
            found.add(CiFinding.error("migrations", rel(dirPath), 0, "Duplicate migration names",
                    "These folders differ only in letter case, which a case-insensitive file system cannot hold: "
                            + String.join(", ", dups) + "."));
        }
        for (Map.Entry<String, List<String>> shared : dir.sharedTimestamps().entrySet()) {
            found.add(CiFinding.warning("migrations", rel(dirPath), 0, "Migrations share a timestamp",
                    "These migrations share the timestamp " + shared.getKey() + ", so their order depends on the "
                            + "rest of their names: " + String.join(", ", shared.getValue())
                            + ". Check that this is the order they must run in."));
        }
        if (config.naming().enforced()) {
            for (LocalMigration m : dir.migrations()) {
                Matcher fm = FOLDER.matcher(m.name());
                String name = fm.matches() ? fm.group(1) : m.name();
                if (!fm.matches() || !config.naming().accepts(name)) {
                    found.add(CiFinding.error("migrations", rel(m.scriptPath()), 1, "Migration name breaks the "
                            + "naming convention", "`" + m.name() + "` should be <yyyyMMddHHmmss>_<yyyy-mm-dd>-<area>-"
                            + "<short-change> (e.g. 20250925101500_2025-09-25-wallet-add-holds). Rename the folder "
                            + "before it is deployed, or set [naming] enforce = false in keel.toml."));
                }
            }
        }
        boolean folderBroken = found.stream().anyMatch(f -> f.severity() == CiFinding.Severity.ERROR
                && !f.title().startsWith("Migration name"));
        step(steps, findings, "migrations", found, t0, false);

        // 3. replay on a fresh database
        t0 = System.nanoTime();
        found = new ArrayList<>();
        Optional<Schema> replayed = Optional.empty();
        if (!folderBroken) {
            List<String> namespaces = compiled.map(ResolvedSchema::namespaces).orElse(List.of());
            try (ShadowDatabase shadow = ShadowDatabase.create(config.effectiveShadowDatabaseUrl()
                    .map(DatabaseUrl::parse)); MigrationSession s = MigrationSession.open(shadow.url())) {
                Applier.Outcome o = new Applier(s, Listener.NONE).deploy(dir);
                if (o.failure().isPresent()) {
                    found.add(replayFailure(dir, o.failure().get()));
                } else {
                    Schema schema = Introspector.introspect(s.connection(), namespaces.isEmpty()
                            ? userSchemas(s) : namespaces);
                    boolean extensions = compiled.map(ResolvedSchema::managesExtensions).orElse(true);
                    replayed = Optional.of(extensions ? schema : withoutExtensions(schema));
                }
            }
        }
        step(steps, findings, "replay", found, t0, folderBroken);

        // 4. the schema against the migrations
        t0 = System.nanoTime();
        found = new ArrayList<>();
        boolean skip = compiled.isEmpty() || replayed.isEmpty();
        if (!skip) {
            ResolvedSchema to = compiled.get();
            Schema target = to.managesExtensions() ? to.schema() : withoutExtensions(to.schema());
            Migration m = Differ.diff(replayed.get(), SourceOrder.natural(), target, to.order(), to.multiSchema());
            if (!m.isEmpty()) {
                Map.Entry<Path, Integer> where = declaration(source, to, m);
                found.add(CiFinding.error("schema-vs-migrations", rel(where.getKey()), where.getValue(), "Schema "
                        + "change without a "
                        + "migration", "The schema differs from what the migrations create. Run `keel migrate dev "
                        + "--area <area> --name <change>` and commit the migration. Differences:\n"
                        + SummaryRenderer.render(m).strip() + "\n\nThe missing migration:\n"
                        + ScriptRenderer.render(m).strip()));
            }
        }
        step(steps, findings, "schema-vs-migrations", found, t0, skip);

        // 5. extra checks (lint)
        CiContext context = new CiContext(config.workingDir(), source, dir, replayed,
                compiled.map(ResolvedSchema::schema));
        for (CiCheck check : extra) {
            t0 = System.nanoTime();
            step(steps, findings, check.name(), check.run(context), t0, false);
        }
        return new CiResult(steps, findings);
    }

    /**
     * Where to point the annotation: the {@code model} or {@code enum} block of the first object the missing
     * migration touches (found through the schema's {@code @@map}s), else the first line of the schema.
     */
    private static Map.Entry<Path, Integer> declaration(SchemaSource source, ResolvedSchema to, Migration m) {
        for (Step step : m.steps()) {
            Optional<String> keyword = Optional.empty();
            String dbName = null;
            if (step instanceof Step.CreateTable s) {
                dbName = s.table().name().name();
            } else if (step instanceof Step.AlterTable s) {
                dbName = s.to().name().name();
            } else if (step instanceof Step.DropTable s) {
                dbName = s.table().name().name();
            } else if (step instanceof Step.CreateIndex s) {
                dbName = s.table().name();
            } else if (step instanceof Step.DropIndex s) {
                dbName = s.table().name();
            } else if (step instanceof Step.AddForeignKey s) {
                dbName = s.table().name();
            } else if (step instanceof Step.DropForeignKey s) {
                dbName = s.table().name();
            } else if (step instanceof Step.CreateEnum s) {
                keyword = Optional.of(s.enumType().name().name());
            } else if (step instanceof Step.AlterEnum s) {
                keyword = Optional.of(s.to().name().name());
            }
            Optional<String> block = Optional.empty();
            if (keyword.isPresent()) {
                String enumDb = keyword.get();
                block = Optional.of("enum " + to.psl().flatMap(p -> p.enums().stream()
                        .filter(e -> e.dbName().equals(enumDb)).map(e -> e.name()).findFirst()).orElse(enumDb));
            } else if (dbName != null) {
                String table = dbName;
                block = to.psl().flatMap(p -> p.models().stream().filter(x -> x.dbName().equals(table))
                        .map(x -> "model " + x.name()).findFirst());
            }
            if (block.isPresent()) {
                Pattern decl = Pattern.compile("^\\s*" + Pattern.quote(block.get()).replace(" ", "\\E\\s+\\Q")
                        + "\\s*\\{", Pattern.MULTILINE);
                for (int i = 0; i < source.files().size(); i++) {
                    SourceFile f = source.files().get(i);
                    Matcher dm = decl.matcher(f.text());
                    if (dm.find()) {
                        return Map.entry(source.paths().get(i), f.line(dm.start() + (dm.group().length()
                                - dm.group().stripLeading().length())));
                    }
                }
            }
        }
        return Map.entry(source.paths().get(0), 1);
    }

    private static void step(List<CiResult.Step> steps, List<CiFinding> findings, String name, List<CiFinding> found,
                             long t0, boolean skipped) {
        boolean failed = found.stream().anyMatch(f -> f.severity() == CiFinding.Severity.ERROR);
        steps.add(new CiResult.Step(name, skipped ? CiResult.Step.Status.SKIPPED : failed
                ? CiResult.Step.Status.FAILED : CiResult.Step.Status.PASSED, found.size(),
                (System.nanoTime() - t0) / 1_000_000));
        findings.addAll(found);
    }

    /** The failing migration, at the line PostgreSQL pointed at when it gave a position. */
    private CiFinding replayFailure(MigrationsDir dir, MigrationFailure f) {
        String name = f.migrationName().orElse("?");
        Path file = dir.find(name).map(LocalMigration::scriptPath).orElse(null);
        String error = f.message();
        int at = error.indexOf("Database error:\n");
        if (at >= 0) {
            error = error.substring(at + "Database error:\n".length());
        }
        int line = 0;
        int pos = error.indexOf("\nPosition:\n");
        if (pos >= 0) {
            Matcher lm = POSITION_LINE.matcher(error.substring(pos));
            while (lm.find()) {
                line = Integer.parseInt(lm.group(1));
            }
            error = error.substring(0, pos);
        }
        return CiFinding.error("replay", rel(file), line, "Migration fails on a fresh database",
                "Migration `" + name + "` failed to apply cleanly to a fresh database"
                        + f.databaseErrorCode().filter(c -> !c.equals("none")).map(c -> " (SQLSTATE " + c + ")")
                        .orElse("") + ": " + error.strip());
    }

    private static List<String> userSchemas(MigrationSession s) {
        List<String> out = new ArrayList<>();
        try (Statement st = s.connection().createStatement(); ResultSet rs = st.executeQuery("SELECT nspname FROM "
                + "pg_namespace WHERE nspname NOT LIKE 'pg\\_%' AND nspname NOT IN ('information_schema', '_keel') "
                + "ORDER BY nspname")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new KeelException(ErrorCode.DATABASE_ERROR, "Could not list the schemas of the CI database: "
                    + e.getMessage(), e);
        }
        return out;
    }

    private static Schema withoutExtensions(Schema s) {
        return new Schema(s.namespaces(), s.tables(), s.enums(), s.sequences(), s.views(), List.of());
    }

    /** Paths in findings are relative to the project root, as CI annotations want them. */
    private Path rel(Path p) {
        if (p == null) {
            return null;
        }
        Path abs = p.toAbsolutePath().normalize();
        return abs.startsWith(config.workingDir()) ? config.workingDir().relativize(abs) : abs;
    }
}
