package dev.keel.api;

import dev.keel.compile.Compiler;
import dev.keel.db.DatabaseUrl;
import dev.keel.psl.Psl;
import dev.keel.psl.SchemaSource;
import dev.keel.psl.ValidatedSchema;
import dev.keel.psl.model.PslEnum;
import dev.keel.psl.model.PslEnumValue;
import dev.keel.psl.model.PslModel;
import dev.keel.psl.model.PslSchema;
import dev.keel.psl.model.ScalarField;
import dev.keel.history.Applier;
import dev.keel.history.MigrationSession;
import dev.keel.history.MigrationsDir;
import dev.keel.observe.Listener;
import dev.keel.safety.expand.ColumnDependents;
import dev.keel.safety.expand.ColumnPlans;
import dev.keel.safety.expand.EnumPlans;
import dev.keel.safety.expand.ExpandContractPlan;
import dev.keel.safety.expand.PlanFiles;
import dev.keel.safety.expand.PlanRegistry;
import dev.keel.schema.QualifiedName;
import dev.keel.schema.Schema;
import dev.keel.schema.Table;
import dev.keel.source.ShadowDatabase;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code keel plan ...}: expand/contract plans written into the migrations folder (see
 * {@link dev.keel.safety.expand}), named from the Prisma schema ({@code Model.field}), and their status for
 * {@code keel migrate status}. Obtained from {@link Keel#plans()}.
 */
public final class KeelPlans {
    private static final Map<String, String> PRISMA_TYPES = Map.of(
            "Int", "integer", "BigInt", "bigint", "Float", "double precision", "Decimal", "decimal(65,30)",
            "String", "text", "Boolean", "boolean", "DateTime", "timestamp(3)", "Json", "jsonb", "Bytes", "bytea");

    private final KeelConfig config;

    KeelPlans(KeelConfig config) {
        this.config = config;
    }

    /** {@code keel plan rename-column Model.field newColumn}. */
    public PlanResult renameColumn(String modelField, String newColumn) {
        Target t = target(modelField);
        return write(ColumnPlans.renameColumn(t.table, t.column, newColumn,
                dependents(t, newColumn, Optional.empty())));
    }

    /**
     * {@code keel plan change-type Model.field NewType [--column name]}: {@code newType} is a Prisma scalar type
     * ({@code BigInt}, which maps to its default PostgreSQL type) or a PostgreSQL type ({@code varchar(100)}).
     */
    public PlanResult changeType(String modelField, String newType, Optional<String> newColumn) {
        Target t = target(modelField);
        String sql = PRISMA_TYPES.getOrDefault(newType, newType);
        String column = newColumn.orElse(t.column + "_" + sql.replaceAll("[^A-Za-z0-9]+", "_")
                .replaceAll("_+$", "").toLowerCase(Locale.ROOT));
        return write(ColumnPlans.changeType(t.table, t.column, sql, column, dependents(t, column, Optional.of(sql))));
    }

    /** {@code keel plan rename-enum-value Enum.OLD NEW} ({@code OLD} and {@code NEW} as the database spells them). */
    public PlanResult renameEnumValue(String enumValue, String newValue) {
        int dot = enumValue.indexOf('.');
        if (dot <= 0 || dot == enumValue.length() - 1) {
            throw new KeelException(ErrorCode.USAGE, "Name the value as Enum.VALUE, got `" + enumValue + "`.");
        }
        String enumName = enumValue.substring(0, dot);
        String value = enumValue.substring(dot + 1);
        PslSchema psl = psl(enumValue);
        PslEnum e = psl.enumNamed(enumName).orElseThrow(() -> new KeelException(ErrorCode.USAGE,
                "No enum `" + enumName + "` in the schema."));
        String dbValue = e.values().stream().filter(v -> v.name().equals(value)).map(PslEnumValue::dbName)
                .findFirst().orElse(value);
        Schema schema = Compiler.compile(psl, DEFAULT_SCHEMA);
        return write(EnumPlans.renameValue(schema, new QualifiedName(e.schema().orElse(DEFAULT_SCHEMA), e.dbName()),
                dbValue, newValue));
    }

    /** {@code keel plan advance NAME}: writes the next waiting release of a plan into the migrations folder. */
    public PlanResult advance(String name) {
        Path dir = migrationsDir();
        List<Path> written = PlanFiles.advance(dir, now(), name);
        PlanFiles.Found f = PlanFiles.find(dir, name).orElseThrow();
        return new PlanResult(name, "", written, f.home().resolve(PlanFiles.PLAN_FILE), f.pendingReleases(),
                List.of());
    }

    /** Plans in the migrations folder and, when a database URL is configured, in the database. */
    public List<PlanStatus> status() {
        Optional<DatabaseUrl> url;
        try {
            url = Optional.of(MigrateTarget.resolve(config).url());
        } catch (KeelException e) {
            url = Optional.empty();
        }
        List<PlanFiles.Found> folder = PlanFiles.list(migrationsDir());
        List<PlanRegistry.Row> rows = List.of();
        if (url.isPresent()) {
            try (Connection c = url.get().connect()) {
                rows = PlanRegistry.read(c);
            } catch (SQLException e) {
                throw new KeelException(ErrorCode.DATABASE_ERROR, "Could not read the plans: " + e.getMessage(), e);
            }
        }
        List<PlanStatus> out = new ArrayList<>();
        for (PlanFiles.Found f : folder) {
            Optional<PlanRegistry.Row> row = rows.stream().filter(r -> r.name().equals(f.name())).findFirst();
            out.add(new PlanStatus(f.name(), f.pendingReleases(), row.map(PlanRegistry.Row::release),
                    row.map(PlanRegistry.Row::backfillRows).orElse(0L),
                    row.map(PlanRegistry.Row::backfilled).orElse(false),
                    row.map(PlanRegistry.Row::finished).orElse(false), row.map(PlanRegistry.Row::summary).orElse("")));
        }
        for (PlanRegistry.Row r : rows) {
            if (folder.stream().noneMatch(f -> f.name().equals(r.name()))) {
                out.add(new PlanStatus(r.name(), List.of(), Optional.of(r.release()), r.backfillRows(),
                        r.backfilled(), r.finished(), r.summary()));
            }
        }
        return out;
    }

    private PlanResult write(ExpandContractPlan plan) {
        Path dir = migrationsDir();
        refuseNameTakenInDatabase(plan);
        List<Path> written = PlanFiles.write(dir, now(), plan);
        PlanFiles.Found f = PlanFiles.find(dir, plan.name()).orElseThrow();
        return new PlanResult(plan.name(), plan.summary(), written, f.home().resolve(PlanFiles.PLAN_FILE),
                f.pendingReleases(), plan.notes());
    }

    /**
     * Plan names are shortened and lower-cased, so another plan, still in flight on the configured database, may
     * hold this plan's name in {@code "_keel"."plans"} (its folder elsewhere, on another branch): refused here
     * rather than by release 1 at deploy time. Without a configured or reachable database, release 1's own check is
     * what guards.
     */
    private void refuseNameTakenInDatabase(ExpandContractPlan plan) {
        DatabaseUrl url;
        try {
            url = MigrateTarget.resolve(config).url();
        } catch (KeelException e) {
            return;
        }
        List<PlanRegistry.Row> rows;
        try (Connection c = url.connect()) {
            rows = PlanRegistry.read(c);
        } catch (SQLException | KeelException e) {
            return;
        }
        Optional<PlanRegistry.Row> other = PlanRegistry.clash(rows, plan.name(), plan.summary());
        if (other.isPresent()) {
            throw new KeelException(ErrorCode.USAGE, "The plan name " + plan.name() + " is taken in \"_keel\".\"plans\""
                    + " of " + url + " by another plan, still in flight (" + other.get().summary()
                    + ", release " + other.get().release() + "); this plan (" + plan.summary() + ") cannot take its "
                    + "name. Finish that plan first; if it was rolled back, delete its row: DELETE FROM "
                    + "\"_keel\".\"plans\" WHERE \"name\" = '" + plan.name() + "';");
        }
    }

    /**
     * The column's indexes and constraints as PostgreSQL defines them once the migrations folder has run: the
     * folder is replayed on a shadow database (the plan's migrations join that folder, so that is the schema they
     * meet on every database they are deployed to).
     */
    private ColumnDependents dependents(Target t, String newColumn, Optional<String> newType) {
        MigrationsDir dir = MigrationsDir.read(migrationsDir());
        try (ShadowDatabase shadow = ShadowDatabase.create(config.effectiveShadowDatabaseUrl().map(DatabaseUrl::parse));
             MigrationSession s = MigrationSession.open(shadow.url())) {
            Applier.Outcome o = new Applier(s, Listener.NONE).deploy(dir);
            if (o.failure().isPresent()) {
                throw new KeelException(ErrorCode.SHADOW_MIGRATION_FAILED, "Migration `"
                        + o.failure().get().migrationName().orElse("?") + "` failed to apply cleanly to the shadow "
                        + "database: " + o.failure().get().message());
            }
            return ColumnDependents.read(s.connection(), t.table.name(), t.column, newColumn, newType);
        }
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }

    private Path migrationsDir() {
        return MigrateTarget.migrationsDir(config, MigrateTarget.loadSchema(config));
    }

    private record Target(Table table, String column) {
    }

    private static final String DEFAULT_SCHEMA = "public";

    private PslSchema psl(String what) {
        SchemaSource source = MigrateTarget.loadSchema(config).orElseThrow(() -> new KeelException(
                ErrorCode.SCHEMA_NOT_FOUND, "A plan needs the Prisma schema to find " + what + "."));
        ValidatedSchema validated = Psl.validate(source);
        if (!validated.isValid() || validated.model().isEmpty()) {
            // Prisma's diagnostics travel with the error, so the CLI prints what `keel validate` would.
            throw new dev.keel.source.InvalidSchemaException(validated.diagnostics().all(), source.files());
        }
        return validated.model().get();
    }

    private Target target(String modelField) {
        int dot = modelField.indexOf('.');
        if (dot <= 0 || dot == modelField.length() - 1) {
            throw new KeelException(ErrorCode.USAGE, "Name the field as Model.field, got `" + modelField + "`.");
        }
        String modelName = modelField.substring(0, dot);
        String fieldName = modelField.substring(dot + 1);
        PslSchema psl = psl(modelField);
        PslModel model = psl.model(modelName).orElseThrow(() -> new KeelException(ErrorCode.USAGE,
                "No model `" + modelName + "` in the schema."));
        ScalarField field = model.scalarField(fieldName).orElseThrow(() -> new KeelException(ErrorCode.USAGE,
                "Model `" + modelName + "` has no scalar field `" + fieldName + "`."));
        String defaultSchema = DEFAULT_SCHEMA;
        Schema schema = Compiler.compile(psl, defaultSchema);
        Table table = schema.table(new QualifiedName(model.schema().orElse(defaultSchema), model.dbName()))
                .orElseThrow(() -> new KeelException(ErrorCode.USAGE, "Model `" + modelName + "` has no table."));
        return new Target(table, field.dbName());
    }
}
