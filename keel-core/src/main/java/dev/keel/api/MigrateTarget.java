package dev.keel.api;

import dev.keel.db.DatabaseUrl;
import dev.keel.diag.Diagnostics;
import dev.keel.psl.Psl;
import dev.keel.psl.SchemaLocator;
import dev.keel.psl.SchemaSource;
import dev.keel.psl.ast.ConfigProperty;
import dev.keel.psl.ast.Expression;
import dev.keel.psl.ast.SchemaFileAst;
import dev.keel.psl.ast.Top;
import dev.keel.psl.validate.Validator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where a migrate command works: the database URL, the migrations folder and the datasource provider, resolved
 * from the configuration, the environment and the schema's {@code datasource} block.
 *
 * <p>URL precedence: explicit {@code --url}, then {@code DATABASE_URL}, then the datasource's {@code url}
 * ({@code env("X")} read from the environment, or a literal). Folder: explicit, else {@code migrations/} beside
 * the schema, else {@code prisma/migrations}.
 */
record MigrateTarget(DatabaseUrl url, Path migrationsDir, String provider, String rawUrl,
                     Optional<SchemaSource> schema, java.util.List<String> datasourceSchemas) {

    static MigrateTarget resolve(KeelConfig config) {
        Optional<SchemaSource> schema = loadSchema(config);
        Optional<Top.ConfigBlock> datasource = schema.flatMap(MigrateTarget::checkedDatasource);

        String provider = datasource.flatMap(d -> d.property("provider")).flatMap(ConfigProperty::value)
                .filter(Expression.StringValue.class::isInstance).map(v -> ((Expression.StringValue) v).value())
                .orElse("postgresql");
        if (provider.equals("postgres")) {
            provider = "postgresql";
        }
        if (!provider.equals("postgresql")) {
            throw new KeelException(ErrorCode.USAGE, "Keel migrates PostgreSQL databases only; the datasource "
                    + "provider is `" + provider + "`.");
        }

        String url = config.databaseUrl().orElse(null);
        if (url == null) {
            url = config.environment().get("DATABASE_URL");
        }
        if (url == null || url.isBlank()) {
            url = datasource.flatMap(d -> d.property("url")).flatMap(ConfigProperty::value)
                    .map(v -> urlFrom(v, config)).orElse(null);
        }
        if (url == null || url.isBlank()) {
            throw new KeelException(ErrorCode.USAGE, "No database URL: pass --url, set DATABASE_URL, or set `url` in "
                    + "the datasource block of the schema.");
        }

        Path dir = migrationsDir(config, schema);
        java.util.List<String> schemas = datasource.flatMap(d -> d.property("schemas")).flatMap(ConfigProperty::value)
                .filter(Expression.ArrayValue.class::isInstance)
                .map(v -> ((Expression.ArrayValue) v).values().stream().filter(Expression.StringValue.class::isInstance)
                        .map(x -> ((Expression.StringValue) x).value()).toList()).orElse(java.util.List.of());
        return new MigrateTarget(DatabaseUrl.parse(url), dir.normalize(), provider, url, schema, schemas);
    }

    /** The migrations folder: explicit, else {@code migrations/} beside the schema, else {@code prisma/migrations}. */
    static Path migrationsDir(KeelConfig config, Optional<SchemaSource> schema) {
        Path dir;
        if (config.migrationsDir().isPresent()) {
            dir = config.workingDir().resolve(config.migrationsDir().get());
        } else if (schema.isPresent()) {
            Path loc = schema.get().location();
            dir = (Files.isDirectory(loc) ? loc : loc.toAbsolutePath().getParent()).resolve("migrations");
        } else {
            dir = config.workingDir().resolve("prisma/migrations");
        }
        return dir.normalize();
    }

    private static String urlFrom(Expression v, KeelConfig config) {
        if (v instanceof Expression.StringValue) {
            return ((Expression.StringValue) v).value();
        }
        if (v instanceof Expression.FunctionCall) {
            Expression.FunctionCall f = (Expression.FunctionCall) v;
            if (f.name().equals("env") && f.arguments().arguments().size() == 1
                    && f.arguments().arguments().get(0).value() instanceof Expression.StringValue) {
                String var = ((Expression.StringValue) f.arguments().arguments().get(0).value()).value();
                String value = config.environment().get(var);
                if (value == null) {
                    throw new KeelException(ErrorCode.SCHEMA_INVALID, "Environment variable not found: " + var + ".");
                }
                return value;
            }
        }
        throw new KeelException(ErrorCode.SCHEMA_INVALID, "The datasource `url` must be a string or env(\"VAR\"), "
                + "got " + v.source() + ".");
    }

    /** The schema when there is one; a missing default schema is fine (URL and folder may come from flags). */
    static Optional<SchemaSource> loadSchema(KeelConfig config) {
        try {
            return Optional.of(SchemaLocator.load(config.schema(), config.workingDir()));
        } catch (KeelException e) {
            if (e.code() == ErrorCode.SCHEMA_NOT_FOUND && config.schema().isEmpty()) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /**
     * The schema's first datasource block, after checking the schema as Prisma 6/7 do before any migrate command: a
     * syntax error, or an error in the datasource or generator blocks, stops here (P1012 with Prisma's
     * diagnostics); the models are not validated, so a deploy is not blocked by a rule the schema that produced the
     * migrations did not know.
     */
    private static Optional<Top.ConfigBlock> checkedDatasource(SchemaSource source) {
        Diagnostics diagnostics = new Diagnostics();
        List<SchemaFileAst> asts = Psl.parse(source, diagnostics);
        Validator.validateConfiguration(asts, diagnostics);
        if (diagnostics.hasErrors()) {
            throw new dev.keel.source.InvalidSchemaException(diagnostics.all(), source.files());
        }
        for (SchemaFileAst ast : asts) {
            for (Top t : ast.tops()) {
                if (t instanceof Top.ConfigBlock c && c.kind() == Top.ConfigKind.DATASOURCE) {
                    return Optional.of(c);
                }
            }
        }
        return Optional.empty();
    }
}
