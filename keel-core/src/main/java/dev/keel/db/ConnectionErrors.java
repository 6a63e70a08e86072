package dev.keel.db;

import dev.keel.api.ErrorCode;
import dev.keel.api.KeelException;
import java.sql.SQLException;

/**
 * A failed connection attempt as Prisma 7 reports it: the P-code and the text of prisma-engines' user-facing errors
 * (P1000, P1001, P1003, P1010), word for word, so that scripts and people who know Prisma's messages recognise them.
 * The texts name the user, the database and {@code host:port}, never the password.
 */
final class ConnectionErrors {
    private ConnectionErrors() {
    }

    static KeelException of(SQLException e, DatabaseUrl url) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.equals("28P01")) {
            return new KeelException(ErrorCode.AUTHENTICATION_FAILED, authenticationFailed(url.user().orElse("")), e);
        }
        // 28000 is PostgreSQL's "invalid authorization" (no pg_hba.conf entry, role may not log in); 42501 at connect
        // time is a revoked CONNECT privilege. Prisma's engine reports both as access denied.
        if (state.equals("28000") || state.equals("42501")) {
            return new KeelException(ErrorCode.DATABASE_ACCESS_DENIED, accessDenied(url.database()), e);
        }
        if (state.equals("3D000")) {
            return new KeelException(ErrorCode.DATABASE_DOES_NOT_EXIST, doesNotExist(url.database()), e);
        }
        if (state.startsWith("08")) {
            return new KeelException(ErrorCode.DATABASE_UNREACHABLE, unreachable(url.host() + ":" + url.port()), e);
        }
        return new KeelException(ErrorCode.DATABASE_ERROR, "Could not connect to " + url + ": "
                + DatabaseUrl.redact(String.valueOf(e.getMessage())), e);
    }

    static String unreachable(String location) {
        return "Can't reach database server at `" + location + "`\n\nPlease make sure your database server is running "
                + "at `" + location + "`.";
    }

    static String authenticationFailed(String user) {
        return "Authentication failed against database server, the provided database credentials for `" + user
                + "` are not valid.\n\nPlease make sure to provide valid database credentials for the database server "
                + "at the configured address.";
    }

    static String doesNotExist(String database) {
        return "Database `" + database + "` does not exist";
    }

    static String accessDenied(String database) {
        return "User was denied access on the database `" + database + "`";
    }
}
