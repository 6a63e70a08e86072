package dev.keel.api;

import dev.keel.config.DotEnv;
import dev.keel.config.NamingRule;
import dev.keel.config.ProjectFile;
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
 * @param environment   where {@code env("X")} and {@code DATABASE_URL} are looked up (the process environment,
 *                      over the project's {@code .env} file)
 * @param shadowDatabaseUrl a server on which throw-away shadow databases are created to replay migrations
 *                      ({@code migrate dev}, {@code ci}, {@code migrate diff --from-migrations}); when empty,
 *                      {@code SHADOW_DATABASE_URL} from {@code environment}, then the embedded PostgreSQL
 * @param deployGuard   PostgreSQL {@code lock_timeout}/{@code statement_timeout} for migration statements and the
 *                      retry of statements refused a lock (not the advisory lock: that is {@code lockTimeout}),
 *                      and {@code max_parallel_maintenance_workers} for concurrent builds (keel.toml {@code [deploy]})
 * @param naming        the migration naming convention {@code migrate dev} and {@code ci} enforce
 * @param seedCommand   the user's seed command ({@code keel.toml} {@code [seed] command}); when empty,
 *                      {@code package.json} {@code prisma.seed} is used if present
 * @param projectFile   the {@code keel.toml} these settings came from, if any
 * @param seedOutputToStderr whether the seed command's standard output goes to standard error (a caller whose
 *                      own stdout is machine-read, like the CLI's {@code --json}); default: the terminal's stdout
 */
public record KeelConfig(Path workingDir, Optional<Path> schema, Optional<String> databaseUrl,
                         Optional<Path> migrationsDir, Duration lockTimeout, Listener listener,
                         Map<String, String> environment, Optional<String> shadowDatabaseUrl,
                         DeployGuard deployGuard, NamingRule naming, Optional<String> seedCommand,
                         Optional<Path> projectFile, boolean seedOutputToStderr) {
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
                System.getenv(), Optional.empty(), DeployGuard.DEFAULT, NamingRule.DEFAULT, Optional.empty(),
                Optional.empty(), false);
    }

    /**
     * The explicit shadow server, else {@code SHADOW_DATABASE_URL}; a value {@code env("X")} (as {@code keel.toml}
     * may give it) reads variable X. Empty means the embedded PostgreSQL.
     */
    public Optional<String> effectiveShadowDatabaseUrl() {
        Optional<String> raw = shadowDatabaseUrl.or(() -> Optional.ofNullable(environment.get("SHADOW_DATABASE_URL")))
                .filter(u -> !u.isBlank());
        if (raw.isPresent()) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("env\\(\"?([^\")]+)\"?\\)")
                    .matcher(raw.get().strip());
            if (m.matches()) {
                String value = environment.get(m.group(1));
                if (value == null || value.isBlank()) {
                    throw new KeelException(ErrorCode.USAGE, "Environment variable not found: " + m.group(1)
                            + " (the shadow database url).");
                }
                return Optional.of(value);
            }
        }
        return raw;
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
        b.naming = naming;
        b.seedCommand = seedCommand.orElse(null);
        b.projectFiles = false;
        b.deployGuard = deployGuard;
        b.seedOutputToStderr = seedOutputToStderr;
        return b;
    }

    public static final class Builder {
        private Path workingDir = Path.of("");
        private Path schema;
        private String databaseUrl;
        private Path migrationsDir;
        private Duration lockTimeout;
        private Listener listener = Listener.NONE;
        private Map<String, String> environment = System.getenv();
        private String shadowDatabaseUrl;
        private NamingRule naming;
        private String seedCommand;
        private boolean projectFiles = true;
        /** null: {@link DeployGuard#DEFAULT} with keel.toml's {@code [deploy]} values. */
        private DeployGuard deployGuard;
        private boolean seedOutputToStderr;

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

        /** Where {@code migrate dev} replays the migrations (default: {@code SHADOW_DATABASE_URL}, else embedded). */
        public Builder shadowDatabaseUrl(String url) {
            this.shadowDatabaseUrl = url;
            return this;
        }

        /**
         * Timeouts, lock retries and build workers for migration statements (default {@link DeployGuard#DEFAULT}
         * with the values of keel.toml's {@code [deploy]} table). A guard set here is taken as it is.
         */
        public Builder deployGuard(DeployGuard guard) {
            this.deployGuard = guard;
            return this;
        }

        public Builder naming(NamingRule rule) {
            this.naming = rule;
            return this;
        }

        public Builder seedCommand(String command) {
            this.seedCommand = command;
            return this;
        }

        /** Sends the seed command's standard output to standard error (see {@link KeelConfig}). */
        public Builder seedOutputToStderr(boolean toStderr) {
            this.seedOutputToStderr = toStderr;
            return this;
        }

        /**
         * Whether {@link #buildConfig()} reads {@code keel.toml} and {@code .env} from the working folder (default
         * true). Values set on this builder win over the file; the process environment wins over {@code .env}.
         */
        public Builder projectFiles(boolean read) {
            this.projectFiles = read;
            return this;
        }

        public KeelConfig buildConfig() {
            Path dir = workingDir.toAbsolutePath().normalize();
            ProjectFile file = projectFiles ? ProjectFile.find(dir) : ProjectFile.NONE;
            Map<String, String> env = projectFiles ? DotEnv.overlay(environment, dir.resolve(DotEnv.FILE))
                    : environment;
            return new KeelConfig(workingDir, Optional.ofNullable(schema).or(file::schema),
                    Optional.ofNullable(databaseUrl), Optional.ofNullable(migrationsDir).or(file::migrationsDir),
                    lockTimeout != null ? lockTimeout : file.lockTimeout().orElse(DEFAULT_LOCK_TIMEOUT), listener, env,
                    Optional.ofNullable(shadowDatabaseUrl).or(file::shadowDatabaseUrl), deployGuard != null
                            ? deployGuard : fileGuard(file),
                    naming != null ? naming : file.naming(), Optional.ofNullable(seedCommand).or(file::seedCommand),
                    file.path(), seedOutputToStderr);
        }

        private static DeployGuard fileGuard(ProjectFile file) {
            DeployGuard g = DeployGuard.DEFAULT;
            if (file.maintenanceWorkers().isPresent()) {
                g = g.withMaintenanceWorkers(file.maintenanceWorkers().getAsInt());
            }
            if (file.deadlockTimeout().isPresent()) {
                g = g.withDeadlockTimeout(file.deadlockTimeout().get());
            }
            return g;
        }

        public Keel build() {
            return Keel.of(buildConfig());
        }
    }
}
