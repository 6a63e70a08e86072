package dev.keel.api;

import dev.keel.history.DeployGuard;
import dev.keel.observe.Listener;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a command may need, in one immutable record. Build with {@link Keel#configure()};
 * derive a variant with {@link #toBuilder()}.
 *
 * @param databaseUrl   an explicit URL (CLI {@code --url}); when empty, {@code DATABASE_URL} from
 *                      {@code environment}, then the schema's datasource {@code url} are used
 * @param migrationsDir the migrations folder; when empty, {@code migrations/} beside the schema
 * @param lockTimeout   how long to wait for the migration advisory lock (Prisma: 10 s)
 * @param environment   where {@code env("X")} and {@code DATABASE_URL} are looked up (the process environment)
 * @param shadowDatabaseUrl a server on which throw-away shadow databases are created to replay migrations; when
 *                      empty, {@code SHADOW_DATABASE_URL} from {@code environment}, then the embedded PostgreSQL
 * @param deployGuard   PostgreSQL {@code lock_timeout}/{@code statement_timeout} for migration statements and the
 *                      retry of statements refused a lock (not the advisory lock: that is {@code lockTimeout})
 */
public record KeelConfig(Path workingDir, Optional<Path> schema, Optional<String> databaseUrl,
                         Optional<Path> migrationsDir, Duration lockTimeout, Listener listener,
                         Map<String, String> environment, Optional<String> shadowDatabaseUrl,
                         DeployGuard deployGuard) {
    public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofSeconds(10);

    public KeelConfig {
        workingDir = workingDir.toAbsolutePath().normalize();
        environment = Map.copyOf(environment);
        if (lockTimeout.isNegative() || lockTimeout.isZero()) {
            throw new KeelException(ErrorCode.USAGE, "The lock timeout must be positive (got " + lockTimeout.toMillis()
                    + " ms).");
        }
    }

    public KeelConfig(Path workingDir, Optional<Path> schema) {
        this(workingDir, schema, Optional.empty(), Optional.empty(), DEFAULT_LOCK_TIMEOUT, Listener.NONE,
                System.getenv(), Optional.empty(), DeployGuard.DEFAULT);
    }

    /** The explicit shadow server, else {@code SHADOW_DATABASE_URL}; empty means the embedded PostgreSQL. */
    public Optional<String> effectiveShadowDatabaseUrl() {
        return shadowDatabaseUrl.or(() -> Optional.ofNullable(environment.get("SHADOW_DATABASE_URL"))
                .filter(s -> !s.isBlank()));
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.workingDir = workingDir;
        b.schema = schema.orElse(null);
        b.databaseUrl = databaseUrl.orElse(null);
        b.migrationsDir = migrationsDir.orElse(null);
        b.lockTimeout = lockTimeout;
        b.listener = listener;
        b.environment = environment;
        b.shadowDatabaseUrl = shadowDatabaseUrl.orElse(null);
        b.deployGuard = deployGuard;
        return b;
    }

    public static final class Builder {
        private Path workingDir = Path.of("");
        private Path schema;
        private String databaseUrl;
        private Path migrationsDir;
        private Duration lockTimeout = DEFAULT_LOCK_TIMEOUT;
        private Listener listener = Listener.NONE;
        private Map<String, String> environment = System.getenv();
        private String shadowDatabaseUrl;
        private DeployGuard deployGuard = DeployGuard.DEFAULT;

        private Builder() {
        }

        public Builder workingDir(Path dir) {
            this.workingDir = dir;
            return this;
        }

        /** The schema file or folder; when unset Prisma's lookup order applies. */
        public Builder schema(Path path) {
            this.schema = path;
            return this;
        }

        /** The database to migrate (wins over {@code DATABASE_URL} and the schema's datasource url). */
        public Builder databaseUrl(String url) {
            this.databaseUrl = url;
            return this;
        }

        public Builder migrationsDir(Path dir) {
            this.migrationsDir = dir;
            return this;
        }

        public Builder lockTimeout(Duration timeout) {
            this.lockTimeout = timeout;
            return this;
        }

        public Builder listener(Listener l) {
            this.listener = l;
            return this;
        }

        public Builder environment(Map<String, String> env) {
            this.environment = env;
            return this;
        }

        /** Where shadow databases are created (CLI {@code --shadow-database-url}); default: embedded PostgreSQL. */
        public Builder shadowDatabaseUrl(String url) {
            this.shadowDatabaseUrl = url;
            return this;
        }

        /** Timeouts and lock retries for migration statements (default {@link DeployGuard#DEFAULT}). */
        public Builder deployGuard(DeployGuard guard) {
            this.deployGuard = guard;
            return this;
        }

        public KeelConfig buildConfig() {
            return new KeelConfig(workingDir, Optional.ofNullable(schema), Optional.ofNullable(databaseUrl),
                    Optional.ofNullable(migrationsDir), lockTimeout, listener, environment,
                    Optional.ofNullable(shadowDatabaseUrl), deployGuard);
        }

        public Keel build() {
            return Keel.of(buildConfig());
        }
    }
}
