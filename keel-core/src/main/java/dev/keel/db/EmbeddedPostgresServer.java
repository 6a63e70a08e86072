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
    /** The data directory this process owns (locked, so a later start can reap it if this process is killed). */
    private final DataDirectoryLease lease;

    private EmbeddedPostgresServer(EmbeddedPostgres pg, DataDirectoryLease lease) {
        this.pg = pg;
        this.lease = lease;
    }

    /** Starts the shared server if needed. */
    public static synchronized EmbeddedPostgresServer get() {
        if (instance == null) {
            // The binaries (60 MB unpacked) go to one stable folder, where zonky unpacks them once (under a file
            // lock) and reuses them; a fresh temporary folder per JVM cost seconds per command and was never
            // deleted. The initialised template data directory lives there too (see TemplateDataDirectory).
            Path cache = Path.of(System.getProperty("java.io.tmpdir"), "keel-embedded-pg-"
                    + System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9_.-]", "_"));
            DataDirectoryLease.reapLegacy(Path.of(System.getProperty("java.io.tmpdir")));
            instance = start(cache);
            Runtime.getRuntime().addShutdownHook(new Thread(instance::close, "keel-embedded-pg-stop"));
        }
        return instance;
    }

    /**
     * Starts a new server whose data directory is a copy of the template in {@code cache} (built first if it is
     * missing or partial); if anything about the template fails, runs initdb into a fresh directory as before.
     * First stops and deletes what killed Keel processes left behind (see {@link DataDirectoryLease}).
     */
    static EmbeddedPostgresServer start(Path cache) {
        try {
            Files.createDirectories(cache);
            DataDirectoryLease.reapOrphans(cache);
            EmbeddedPostgresServer fromTemplate = startFromTemplate(cache);
            if (fromTemplate != null) {
                return fromTemplate;
            }
            DataDirectoryLease lease = DataDirectoryLease.take(cache);
            try {
                // Without postgresql.conf in the (empty) directory zonky runs initdb first.
                return new EmbeddedPostgresServer(builder(cache).setDataDirectory(lease.directory().toFile())
                        .setCleanDataDirectory(false).start(), lease);
            } catch (IOException | RuntimeException e) {
                lease.close();
                throw e;
            }
        } catch (IOException | RuntimeException e) {
            throw new KeelException(ErrorCode.EMBEDDED_POSTGRES,
                    "Could not start the embedded PostgreSQL: " + e.getMessage(), e);
        }
    }

    private static EmbeddedPostgresServer startFromTemplate(Path cache) {
        TemplateDataDirectory template = new TemplateDataDirectory(cache, PG_MAJOR);
        // A template found damaged while it is copied is rebuilt and copied once more.
        for (int attempt = 0; attempt < 2; attempt++) {
            try {
                if (!template.isUsable()) {
                    build(cache, template);
                }
            } catch (IOException | RuntimeException e) {
                return null;
            }
            DataDirectoryLease lease = null;
            try {
                lease = DataDirectoryLease.take(cache);
                template.copyTo(lease.directory());
                // With postgresql.conf present and no clean flag, zonky skips initdb and starts on the copy.
                EmbeddedPostgres pg = builder(cache).setDataDirectory(lease.directory().toFile())
                        .setCleanDataDirectory(false).start();
                return new EmbeddedPostgresServer(pg, lease);
            } catch (TemplateDataDirectory.DamagedException e) {
                lease.close();
                template.discard();
            } catch (IOException | RuntimeException e) {
                if (lease != null) {
                    lease.close();
                }
                // A template the server cannot start on (damaged in a way neither isUsable nor the manifest can
                // see) is rebuilt by the next process; this one falls back to a fresh initdb.
                template.discard();
                return null;
            }
        }
        return null;
    }

    /**
     * zonky runs initdb only into a directory without postgresql.conf, and only together with a start, so the
     * template is initialised by one start and a clean (checkpointed) stop. It is built in a leased directory so
     * that a process killed mid-build leaves no server running.
     */
    private static void build(Path cache, TemplateDataDirectory template) throws IOException {
        try (DataDirectoryLease building = DataDirectoryLease.take(cache)) {
            template.build(building.directory(), dir -> builder(cache).setDataDirectory(dir.toFile())
                    .setCleanDataDirectory(false).start().close());
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

    /** The server's data directory (under the cache folder's {@code run/}). */
    Path dataDirectory() {
        return lease.directory();
    }

    /** Stops the server and deletes its data directory. */
    void close() {
        try {
            pg.close();
        } catch (IOException ignored) {
            // The JVM is exiting; the data directory is a temporary one.
        }
        // zonky's own shutdown hook may be the one stopping the server right now (close() then returns at once);
        // deleting files under a running server would make its shutdown fail.
        Path pid = lease.directory().resolve("postmaster.pid");
        for (int i = 0; i < 100 && Files.exists(pid); i++) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        lease.close();
    }
}
