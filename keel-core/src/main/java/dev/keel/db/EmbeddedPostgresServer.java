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

    private final EmbeddedPostgres pg;

    private EmbeddedPostgresServer(EmbeddedPostgres pg) {
        this.pg = pg;
    }

    /** Starts the shared server if needed. */
    public static synchronized EmbeddedPostgresServer get() {
        if (instance == null) {
            try {
                // The binaries (60 MB unpacked) go to one stable folder, where zonky unpacks them once (under a file
                // lock) and reuses them; a fresh temporary folder per JVM cost seconds per command and was never
                // deleted. The data directory is still a new temporary one, removed when the server stops.
                Path binaries = Path.of(System.getProperty("java.io.tmpdir"), "keel-embedded-pg-"
                        + System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9_.-]", "_"));
                Files.createDirectories(binaries);
                quietLogging();
                EmbeddedPostgres pg = EmbeddedPostgres.builder()
                        .setOverrideWorkingDirectory(binaries.toFile())
                        .setCleanDataDirectory(true)
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off")
                        .setServerConfig("max_connections", "200")
                        .start();
                instance = new EmbeddedPostgresServer(pg);
                Runtime.getRuntime().addShutdownHook(new Thread(instance::close, "keel-embedded-pg-stop"));
            } catch (IOException e) {
                throw new KeelException(ErrorCode.EMBEDDED_POSTGRES,
                        "Could not start the embedded PostgreSQL: " + e.getMessage(), e);
            }
        }
        return instance;
    }

    /**
     * zonky logs through SLF4J 1.7, and Keel ships no SLF4J binding (it prints nothing of zonky's), so SLF4J's
     * first use prints a three-line "no binder" warning on stderr, after which it is a no-op. A command's error
     * output must stay one line: let SLF4J initialise once with that warning discarded.
     */
    private static void quietLogging() {
        java.io.PrintStream err = System.err;
        System.setErr(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
        try {
            org.slf4j.LoggerFactory.getILoggerFactory();
        } finally {
            System.setErr(err);
        }
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

    private void close() {
        try {
            pg.close();
        } catch (IOException ignored) {
            // The JVM is exiting; the data directory is a temporary one.
        }
    }
}
