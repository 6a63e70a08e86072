package dev.keel.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import dev.keel.api.ErrorCode;
import dev.keel.api.KeelException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The optional {@code keel.toml} in the project root. Every key is optional; paths are relative to the file.
 * <pre>
 * schema = "prisma/schema.prisma"
 *
 * [migrations]
 * path = "prisma/migrations"
 * lock_timeout = 10                       # seconds to wait for the advisory lock
 * shadow_database_url = "env(SHADOW_DATABASE_URL)"
 *
 * [deploy]
 * max_parallel_maintenance_workers = 0     # for CREATE INDEX CONCURRENTLY, REINDEX CONCURRENTLY, VALIDATE
 * deadlock_timeout = 0.05                 # seconds; the migration session's deadlock_timeout (0: the server's)
 *
 * [naming]
 * enforce = true                          # &lt;yyyy-mm-dd&gt;-&lt;area&gt;-&lt;short-change&gt;
 * pattern = '\d{4}-\d{2}-\d{2}-[a-z0-9]+(-[a-z0-9]+)+'
 *
 * [seed]
 * command = "node prisma/seed.js"
 * </pre>
 * Unknown keys are errors, so a typo does not silently fall back to a default.
 */
public record ProjectFile(Optional<Path> path, Optional<Path> schema, Optional<Path> migrationsDir,
                          Optional<Duration> lockTimeout, Optional<String> shadowDatabaseUrl, NamingRule naming,
                          Optional<String> seedCommand, OptionalInt maintenanceWorkers,
                          Optional<Duration> deadlockTimeout) {
    public static final String FILE = "keel.toml";
    public static final ProjectFile NONE = new ProjectFile(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), NamingRule.DEFAULT, Optional.empty(), OptionalInt.empty(),
            Optional.empty());

    /** Jackson costs ~100 ms of class loading at start-up: only a project that has a keel.toml pays it. */
    private static final class Toml {
        static final TomlMapper MAPPER = new TomlMapper();
    }

    /** {@code dir/keel.toml}, or {@link #NONE} when there is none. */
    public static ProjectFile find(Path dir) {
        Path file = dir.resolve(FILE);
        return Files.isRegularFile(file) ? read(file) : NONE;
    }

    public static ProjectFile read(Path file) {
        JsonNode root;
        try {
            root = Toml.MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            String why = e instanceof com.fasterxml.jackson.core.JsonProcessingException jpe ? jpe.getOriginalMessage()
                    : e.getMessage();
            throw new KeelException(ErrorCode.USAGE, file + " is not valid TOML: " + why.lines().findFirst().orElse(""));
        }
        Path base = file.toAbsolutePath().getParent();
        only(file, "", root, Set.of("schema", "migrations", "deploy", "naming", "seed"));
        JsonNode mig = table(file, root, "migrations");
        JsonNode deploy = table(file, root, "deploy");
        JsonNode naming = table(file, root, "naming");
        JsonNode seed = table(file, root, "seed");
        only(file, "migrations.", mig, Set.of("path", "lock_timeout", "shadow_database_url"));
        only(file, "deploy.", deploy, Set.of("max_parallel_maintenance_workers", "deadlock_timeout"));
        only(file, "naming.", naming, Set.of("enforce", "pattern"));
        only(file, "seed.", seed, Set.of("command"));

        Optional<Duration> lock = Optional.empty();
        if (mig.has("lock_timeout")) {
            JsonNode t = mig.get("lock_timeout");
            if (!t.isNumber() || t.asDouble() <= 0) {
                throw bad(file, "migrations.lock_timeout", "a positive number of seconds");
            }
            lock = Optional.of(Duration.ofMillis(Math.round(t.asDouble() * 1000)));
        }
        OptionalInt workers = OptionalInt.empty();
        if (deploy.has("max_parallel_maintenance_workers")) {
            JsonNode w = deploy.get("max_parallel_maintenance_workers");
            if (!w.canConvertToInt() || !w.isIntegralNumber() || w.asInt() < 0 || w.asInt() > 1024) {
                throw bad(file, "deploy.max_parallel_maintenance_workers", "a whole number from 0 to 1024");
            }
            workers = OptionalInt.of(w.asInt());
        }
        Optional<Duration> deadlock = Optional.empty();
        if (deploy.has("deadlock_timeout")) {
            // Seconds, as migrations.lock_timeout; 0 leaves the server's value.
            JsonNode t = deploy.get("deadlock_timeout");
            if (!t.isNumber() || t.asDouble() < 0) {
                throw bad(file, "deploy.deadlock_timeout", "a number of seconds, 0 or more");
            }
            deadlock = Optional.of(Duration.ofMillis(Math.round(t.asDouble() * 1000)));
        }
        boolean enforce = true;
        if (naming.has("enforce")) {
            if (!naming.get("enforce").isBoolean()) {
                throw bad(file, "naming.enforce", "true or false");
            }
            enforce = naming.get("enforce").asBoolean();
        }
        NamingRule rule = NamingRule.of(enforce, string(file, naming, "naming.pattern", "pattern")
                .orElse(NamingRule.DEFAULT_PATTERN));
        return new ProjectFile(Optional.of(file), string(file, root, "schema", "schema").map(base::resolve),
                string(file, mig, "migrations.path", "path").map(base::resolve), lock,
                string(file, mig, "migrations.shadow_database_url", "shadow_database_url"), rule,
                string(file, seed, "seed.command", "command"), workers, deadlock);
    }

    private static JsonNode table(Path file, JsonNode root, String name) {
        JsonNode n = root.path(name);
        if (n.isMissingNode()) {
            return Toml.MAPPER.createObjectNode();
        }
        if (!n.isObject()) {
            throw bad(file, name, "a table ([" + name + "])");
        }
        return n;
    }

    private static Optional<String> string(Path file, JsonNode node, String display, String key) {
        if (!node.has(key)) {
            return Optional.empty();
        }
        if (!node.get(key).isTextual()) {
            throw bad(file, display, "a string");
        }
        return Optional.of(node.get(key).asText());
    }

    private static void only(Path file, String prefix, JsonNode node, Set<String> allowed) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!allowed.contains(k)) {
                throw new KeelException(ErrorCode.USAGE, file + ": unknown key `" + prefix + k + "` (known: "
                        + String.join(", ", allowed.stream().sorted().toList()) + ").");
            }
        }
    }

    private static KeelException bad(Path file, String key, String expected) {
        return new KeelException(ErrorCode.USAGE, file + ": `" + key + "` must be " + expected + ".");
    }
}
