package dev.keel.source;

import dev.keel.api.ErrorCode;
import dev.keel.api.KeelException;
import dev.keel.compile.CompiledSchema;
import dev.keel.compile.Compiler;
import dev.keel.db.DatabaseUrl;
import dev.keel.diff.SourceOrder;
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
import dev.keel.psl.model.PslSchema;
import dev.keel.schema.Namespace;
import dev.keel.schema.Schema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a {@link SchemaSpec} into a {@link ResolvedSchema}:
 * <ul>
 *   <li>{@link SchemaSpec.Empty}: the empty model;</li>
 *   <li>{@link SchemaSpec.SchemaFile}: validated ({@link InvalidSchemaException} with Prisma's diagnostics when it
 *       does not), then compiled for namespace {@code public};</li>
 *   <li>{@link SchemaSpec.Url}: introspected, in the URL's {@code ?schema=} (default {@code public}) plus
 *       {@link Options#namespaces()};</li>
 *   <li>{@link SchemaSpec.Migrations}: every {@code migration.sql} applied in order, exactly as {@code migrate deploy}
 *       applies it (own {@code BEGIN/COMMIT}, {@code CONCURRENTLY} statement by statement), on a throw-away
 *       {@link ShadowDatabase}, which is then introspected (in {@link Options#namespaces()}, or else every schema
 *       the migrations made) and dropped. A migration that fails is a {@link KeelException} with
 *       {@link ErrorCode#SHADOW_MIGRATION_FAILED} naming the file and PostgreSQL's error.</li>
 * </ul>
 * Failures of the environment (unreachable server, wrong password) are {@link KeelException}s whose messages
 * never contain a password.
 *
 * <pre>{@code
 * ResolvedSchema s = SchemaSources.resolve(new SchemaSpec.Migrations(Path.of("prisma/migrations")),
 *         SchemaSources.Options.defaults());
 * }</pre>
 */
public final class SchemaSources {
    /** Keel's own bookkeeping schema (the applier's journal); never part of a compared model. */
    private static final String KEEL_SCHEMA = "_keel";

    private SchemaSources() {
    }

    /**
     * @param workingDir        relative paths in specs are resolved against it
     * @param shadowDatabaseUrl a server to create the shadow database on; empty = the embedded PostgreSQL
     * @param namespaces        extra PostgreSQL schemas to read from a database or replayed folder (typically the
     *                          other side's, so that both sides cover the same schemas)
     */
    public record Options(Path workingDir, Optional<String> shadowDatabaseUrl, List<String> namespaces) {
        public Options {
            workingDir = workingDir.toAbsolutePath().normalize();
            namespaces = List.copyOf(namespaces);
        }

        public static Options defaults() {
            return new Options(Path.of(""), Optional.empty(), List.of());
        }

        public Options withNamespaces(List<String> ns) {
            return new Options(workingDir, shadowDatabaseUrl, ns);
        }
    }

    public static ResolvedSchema resolve(SchemaSpec spec, Options options) {
        if (spec instanceof SchemaSpec.Empty) {
            return ResolvedSchema.empty();
        }
        if (spec instanceof SchemaSpec.SchemaFile f) {
            return compile(f.path(), options);
        }
        if (spec instanceof SchemaSpec.Url u) {
            return introspectUrl(DatabaseUrl.parse(u.url()), options);
        }
        return replay(((SchemaSpec.Migrations) spec).dir(), options);
    }

    /** Validates and compiles a schema file or folder. */
    static ResolvedSchema compile(Path path, Options options) {
        SchemaSource source = SchemaLocator.read(SchemaLocator.locate(Optional.of(path), options.workingDir()),
                options.workingDir());
        ValidatedSchema validated = Psl.validateConfigurationFirst(source);
        if (!validated.isValid() || validated.model().isEmpty()) {
            throw new InvalidSchemaException(validated.diagnostics().all(), source.files());
        }
        PslSchema psl = validated.model().get();
        CompiledSchema compiled = Compiler.compileWithSource(psl, "public");
        Schema schema = compiled.schema();
        SourceOrder order = compiled.order();
        boolean multiSchema = compiled.qualifiedNames();
        boolean extensions = psl.previewFeatures().contains("postgresqlExtensions");
        List<String> namespaces = schema.namespaces().stream().map(Namespace::name).toList();
        return new ResolvedSchema(schema, order, namespaces, multiSchema, extensions, Optional.of(psl));
    }

    /**
     * A live database, read in its URL's {@code ?schema=} plus {@link Options#namespaces()} (Keel's journal schema
     * {@code _keel} never). Same as resolving a {@link SchemaSpec.Url}, for callers that hold a parsed URL.
     */
    public static ResolvedSchema introspect(DatabaseUrl url, Options options) {
        return introspectUrl(url, options);
    }

    private static ResolvedSchema introspectUrl(DatabaseUrl url, Options options) {
        Set<String> namespaces = new LinkedHashSet<>();
        namespaces.add(url.schema());
        namespaces.addAll(options.namespaces());
        namespaces.remove(KEEL_SCHEMA);
        try (Connection c = url.connect()) {
            return introspected(c, List.copyOf(namespaces));
        } catch (SQLException e) {
            throw new KeelException(ErrorCode.DATABASE_ERROR, "Could not read " + url + ": " + e.getMessage(), e);
        }
    }

    private static ResolvedSchema introspected(Connection c, List<String> namespaces) {
        Schema schema = Introspector.introspect(c, namespaces);
        return new ResolvedSchema(schema, SourceOrder.natural(), namespaces, false, false, Optional.empty());
    }

    private static ResolvedSchema replay(Path path, Options options) {
        Path dir = options.workingDir().resolve(path).normalize();
        if (!Files.isDirectory(dir)) {
            throw new KeelException(ErrorCode.IO, "The migrations folder " + path + " does not exist or is not a "
                    + "folder.");
        }
        MigrationsDir migrations = MigrationsDir.read(dir);
        migrations.checkProvider("postgresql");
        if (!migrations.unreadable().isEmpty()) {
            LocalMigration m = migrations.unreadable().get(0);
            throw new KeelException(ErrorCode.MIGRATION_FILE_NOT_FOUND, "Could not read the migration file at "
                    + m.scriptPath() + " (" + m.readError().orElse("unreadable") + ").");
        }
        Optional<DatabaseUrl> server = options.shadowDatabaseUrl().map(DatabaseUrl::parse);
        try (ShadowDatabase shadow = ShadowDatabase.create(server)) {
            try (MigrationSession session = MigrationSession.open(shadow.url())) {
                Applier.Outcome outcome = new Applier(session, Listener.NONE).deploy(migrations);
                if (outcome.failure().isPresent()) {
                    throw shadowFailure(migrations, outcome.failure().get());
                }
                List<String> namespaces = options.namespaces().isEmpty() ? userSchemas(session.connection())
                        : options.namespaces().stream().filter(n -> !n.equals(KEEL_SCHEMA)).toList();
                return introspected(session.connection(), namespaces);
            }
        }
    }

    /** Every schema a replay left, except PostgreSQL's own and Keel's journal. */
    private static List<String> userSchemas(Connection c) {
        List<String> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT nspname FROM pg_namespace "
                + "WHERE nspname NOT LIKE 'pg\\_%' AND nspname NOT IN ('information_schema', '_keel') "
                + "ORDER BY nspname")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new KeelException(ErrorCode.DATABASE_ERROR, "Could not list the schemas of the shadow database: "
                    + e.getMessage(), e);
        }
        return out;
    }

    /** Prisma's P3006, on one line: the migration, its file, PostgreSQL's error and code. */
    private static KeelException shadowFailure(MigrationsDir dir, MigrationFailure f) {
        String name = f.migrationName().orElse("?");
        Path file = dir.find(name).map(LocalMigration::scriptPath).orElse(Path.of(name, MigrationsDir.SCRIPT_FILE));
        String error = f.message();
        int at = error.indexOf("Database error:\n");
        if (at >= 0) {
            error = error.substring(at + "Database error:\n".length());
        }
        // The failing line is the last one of the "Position:" excerpt, numbered as in the file.
        int pos = error.indexOf("\nPosition:\n");
        String line = "";
        if (pos >= 0) {
            List<String> excerpt = error.substring(pos + "\nPosition:\n".length()).strip().lines().toList();
            String last = excerpt.isEmpty() ? "" : excerpt.get(excerpt.size() - 1).strip();
            int space = last.indexOf(' ');
            if (space > 0) {
                line = " at line " + last.substring(0, space) + " (" + last.substring(space + 1).strip() + ")";
            }
        }
        error = error.lines().filter(l -> !l.isBlank()).findFirst().orElse(error).strip() + line;
        String code = f.databaseErrorCode().filter(c -> !c.equals("none")).map(c -> " (SQLSTATE " + c + ")")
                .orElse("");
        return new KeelException(ErrorCode.SHADOW_MIGRATION_FAILED, "Migration `" + name + "` failed to apply "
                + "cleanly to the shadow database: " + file + ": " + error + code);
    }
}
