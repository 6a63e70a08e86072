package dev.keel.source;

import dev.keel.api.ErrorCode;
import dev.keel.api.KeelException;
import dev.keel.db.DatabaseUrl;
import dev.keel.db.EmbeddedPostgresServer;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;

/**
 * A throw-away database for replaying migrations, dropped on {@link #close()}: on the embedded PostgreSQL 17 by
 * default, or on the server of a given {@code --shadow-database-url} (whose user must be allowed to
 * {@code CREATE DATABASE}, as for Prisma's auto-created shadow database).
 */
public final class ShadowDatabase implements AutoCloseable {
    private final DatabaseUrl url;
    private final Optional<DatabaseUrl> admin;

    private ShadowDatabase(DatabaseUrl url, Optional<DatabaseUrl> admin) {
        this.url = url;
        this.admin = admin;
    }

    /** A fresh database; {@code server} empty means the embedded PostgreSQL. */
    public static ShadowDatabase create(Optional<DatabaseUrl> server) {
        if (server.isEmpty()) {
            return new ShadowDatabase(EmbeddedPostgresServer.get().createDatabase("keel_shadow"), Optional.empty());
        }
        DatabaseUrl admin = server.get();
        String name = "keel_shadow_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = admin.connect(); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE \"" + name + "\"");
        } catch (SQLException e) {
            throw new KeelException(ErrorCode.SHADOW_DATABASE_CREATION_FAILED, "Keel could not create the shadow "
                    + "database on " + admin + ": " + DatabaseUrl.redact(String.valueOf(e.getMessage()))
                    + ". The user of --shadow-database-url must be allowed to create databases.", e);
        }
        return new ShadowDatabase(admin.withDatabase(name), Optional.of(admin));
    }

    public DatabaseUrl url() {
        return url;
    }

    @Override
    public void close() {
        if (admin.isEmpty()) {
            EmbeddedPostgresServer.get().dropDatabase(url.database());
            return;
        }
        String drop = "DROP DATABASE IF EXISTS \"" + url.database() + "\"";
        try (Connection c = admin.get().connect(); Statement st = c.createStatement()) {
            try {
                st.execute(drop + " WITH (FORCE)");
            } catch (SQLException e) {
                if (!"42601".equals(e.getSQLState())) {
                    throw e;
                }
                st.execute(drop); // PostgreSQL 12 has no WITH (FORCE); our connection is closed by now anyway.
            }
        } catch (SQLException e) {
            throw new KeelException(ErrorCode.DATABASE_ERROR, "Could not drop the shadow database \""
                    + url.database() + "\" on " + admin.get() + ": " + e.getMessage(), e);
        }
    }
}
