package dev.keel.db;

import dev.keel.api.ErrorCode;
import dev.keel.api.KeelException;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The embedded PostgreSQL 17 Keel uses when no {@code DATABASE_URL} is given: one server per JVM, started on
 * first use and stopped at exit. Each caller gets its own fresh database on it.
 */
public final class EmbeddedPostgresServer {
    private static EmbeddedPostgresServer instance;
    private static final AtomicInteger COUNTER = new AtomicInteger();

    /** Data directories are PostgreSQL-major-version specific; bump with the zonky binaries' major version. */
    static final String PG_MAJOR = "17";

    private final EmbeddedPostgres pg;
    /** The data directory Keel copied from the template and deletes at close; null when zonky owns it. */
    private final Path ownedDataDirectory;

    private EmbeddedPostgresServer(EmbeddedPostgres pg, Path ownedDataDirectory) {
        this.pg = pg;
        this.ownedDataDirectory = ownedDataDirectory;
    }

    /** Starts the shared server if needed. */
    public static synchronized EmbeddedPostgresServer get() {
        if (instance == null) {
            // The binaries (60 MB unpacked) go to one stable folder, where zonky unpacks them once (under a file
            // lock) and reuses them; a fresh temporary folder per JVM cost seconds per command and was never
            // deleted. The initialised template data directory lives there too (see TemplateDataDirectory).
            Path cache = Path.of(System.getProperty("java.io.tmpdir"), "keel-embedded-pg-"
                    + System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9_.-]", "_"));
            instance = start(cache);
            Runtime.getRuntime().addShutdownHook(new Thread(instance::close, "keel-embedded-pg-stop"));
        }
        return instance;
    }

    /**
     * Starts a new server whose data directory is a copy of the template in {@code cache} (built first if it is
     * missing or partial); if anything about the template fails, runs initdb into a fresh directory as before.
     */
    static EmbeddedPostgresServer start(Path cache) {
        try {
            Files.createDirectories(cache);
            EmbeddedPostgresServer fromTemplate = startFromTemplate(cache);
            if (fromTemplate != null) {
                return fromTemplate;
            }
            return new EmbeddedPostgresServer(builder(cache).setCleanDataDirectory(true).start(), null);
        } catch (IOException | RuntimeException e) {
            throw new KeelException(ErrorCode.EMBEDDED_POSTGRES,
                    "Could not start the embedded PostgreSQL: " + e.getMessage(), e);
        }
    }

    private static EmbeddedPostgresServer startFromTemplate(Path cache) {
        TemplateDataDirectory template = new TemplateDataDirectory(cache, PG_MAJOR);
        try {
            if (!template.isUsable()) {
                // zonky runs initdb only into a directory without postgresql.conf, and only together with a start,
                // so the template is initialised by one start and a clean (checkpointed) stop.
                template.build(dir -> builder(cache).setDataDirectory(dir.toFile()).setCleanDataDirectory(false)
                        .start().close());
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        Path data = null;
        try {
            // A new temporary directory is 0700, as PostgreSQL requires of a data directory.
            data = Files.createTempDirectory("keel-pg-data");
            template.copyTo(data);
            // With postgresql.conf present and no clean flag, zonky skips initdb and starts on the copy.
            EmbeddedPostgres pg = builder(cache).setDataDirectory(data.toFile()).setCleanDataDirectory(false).start();
            return new EmbeddedPostgresServer(pg, data);
        } catch (IOException | RuntimeException e) {
            if (data != null) {
                TemplateDataDirectory.deleteRecursively(data);
            }
            // A template the server cannot start on (damaged in a way isUsable cannot see) is rebuilt by the next
            // process; this one falls back to a fresh initdb.
            template.discard();
            return null;
        }
    }

    private static EmbeddedPostgres.Builder builder(Path cache) {
        return EmbeddedPostgres.builder()
                .setOverrideWorkingDirectory(cache.toFile())
                // zonky passes each "locale" entry to initdb as --key=value. A 1 MB first WAL segment instead of
                // 16 MB of zeros makes the template (and so every per-process copy) 39 MB -> 24 MB, and initdb
                // writes less; these throw-away clusters never need big segments.
                .setLocaleConfig("wal-segsize", "1")
                .setServerConfig("fsync", "off")
                .setServerConfig("synchronous_commit", "off")
                .setServerConfig("full_page_writes", "off")
                .setServerConfig("max_connections", "200");
    }

    public int port() {
        return pg.getPort();
    }

    /** URL of a database on this server (user postgres, trust authentication). */
    public DatabaseUrl url(String database) {
        return DatabaseUrl.parse("postgresql://postgres@localhost:" + port() + "/" + database);
    }

    /** Creates a new, empty database whose name starts with {@code prefix} and returns its URL. */
    public DatabaseUrl createDatabase(String prefix) {
        String name = (prefix.replaceAll("[^a-zA-Z0-9_]", "_") + "_" + COUNTER.incrementAndGet()
                + "_" + ProcessHandle.current().pid()).toLowerCase();
        if (name.length() > 63) {
            name = name.substring(name.length() - 63);
        }
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE \"" + name + "\"");
        } catch (SQLException e) {
            throw new KeelException(ErrorCode.EMBEDDED_POSTGRES, "Could not create database " + name + ": "
                    + e.getMessage(), e);
        }
        return url(name);
    }

    public void dropDatabase(String name) {
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS \"" + name.replace("\"", "\"\"") + "\" WITH (FORCE)");
        } catch (SQLException e) {
            throw new KeelException(ErrorCode.EMBEDDED_POSTGRES, "Could not drop database " + name + ": "
                    + e.getMessage(), e);
        }
    }

    /** Stops the server and deletes a data directory copied from the template. */
    void close() {
        try {
            pg.close();
        } catch (IOException ignored) {
            // The JVM is exiting; the data directory is a temporary one.
        }
        if (ownedDataDirectory != null) {
            // zonky's own shutdown hook may be the one stopping the server right now (close() then returns at
            // once); deleting files under a running server would make its shutdown fail.
            Path pid = ownedDataDirectory.resolve("postmaster.pid");
            for (int i = 0; i < 100 && Files.exists(pid); i++) {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            TemplateDataDirectory.deleteRecursively(ownedDataDirectory);
        }
    }
}
