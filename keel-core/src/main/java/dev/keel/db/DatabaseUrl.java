package dev.keel.db;

import dev.keel.api.ErrorCode;
import dev.keel.api.KeelException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * A PostgreSQL connection URL as users write it ({@code postgresql://user:pass@host:port/db?schema=x}).
 * {@link #toString()} never shows the password, so the URL can go into any message or log.
 */
public final class DatabaseUrl {
    private final String host;
    private final int port;
    private final String database;
    private final String user;
    private final String password;
    private final Map<String, String> params;

    private DatabaseUrl(String host, int port, String database, String user, String password,
                        Map<String, String> params) {
        this.host = host;
        this.port = port;
        this.database = database;
        this.user = user;
        this.password = password;
        this.params = Map.copyOf(params);
    }

    public static DatabaseUrl parse(String url) {
        String u = url.trim();
        if (u.startsWith("jdbc:")) {
            u = u.substring(5);
        }
        if (!u.startsWith("postgresql://") && !u.startsWith("postgres://")) {
            throw new KeelException(ErrorCode.USAGE, "The database URL must start with postgresql:// or postgres:// (got "
                    + redact(u) + ")");
        }
        try {
            URI uri = new URI(u.replaceFirst("^postgres://", "postgresql://"));
            String userInfo = uri.getRawUserInfo();
            String user = null;
            String password = null;
            if (userInfo != null) {
                int colon = userInfo.indexOf(':');
                user = decode(colon >= 0 ? userInfo.substring(0, colon) : userInfo);
                password = colon >= 0 ? decode(userInfo.substring(colon + 1)) : null;
            }
            String path = uri.getRawPath();
            String db = path == null || path.length() <= 1 ? "postgres" : decode(path.substring(1));
            Map<String, String> params = new LinkedHashMap<>();
            if (uri.getRawQuery() != null) {
                for (String kv : uri.getRawQuery().split("&")) {
                    int eq = kv.indexOf('=');
                    if (eq > 0) {
                        params.put(decode(kv.substring(0, eq)), decode(kv.substring(eq + 1)));
                    }
                }
            }
            String host = uri.getHost() == null ? "localhost" : uri.getHost();
            return new DatabaseUrl(host, uri.getPort() < 0 ? 5432 : uri.getPort(), db, user, password, params);
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new KeelException(ErrorCode.USAGE, "The database URL is not valid: " + redact(u));
        }
    }

    /** Masks the password in any URL-looking string (for messages about URLs that did not parse). */
    public static String redact(String text) {
        return text.replaceAll("(://[^:/@\\s]*:)[^@\\s]*@", "$1****@");
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public String database() {
        return database;
    }

    public Optional<String> user() {
        return Optional.ofNullable(user);
    }

    /** The {@code schema} parameter Prisma uses to pick the default namespace ({@code public} when absent). */
    public String schema() {
        return params.getOrDefault("schema", "public");
    }

    public DatabaseUrl withDatabase(String db) {
        return new DatabaseUrl(host, port, db, user, password, params);
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port + "/" + database;
    }

    /** Opens a connection; connection failures become {@link KeelException}s with Prisma's codes. */
    public Connection connect() {
        return connect(new Properties());
    }

    /** As {@link #connect()}, with extra pgjdbc connection properties (e.g. {@code preferQueryMode}). */
    public Connection connect(Properties extra) {
        Properties props = new Properties();
        if (user != null) {
            props.setProperty("user", user);
        }
        if (password != null) {
            props.setProperty("password", password);
        }
        props.setProperty("ApplicationName", "keel");
        props.setProperty("connectTimeout", params.getOrDefault("connect_timeout", "5"));
        String sslmode = params.get("sslmode");
        if (sslmode != null) {
            props.setProperty("sslmode", sslmode);
        }
        props.putAll(extra);
        try {
            return DriverManager.getConnection(jdbcUrl(), props);
        } catch (SQLException e) {
            throw ConnectionErrors.of(e, this);
        }
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("postgresql://");
        if (user != null) {
            sb.append(user);
            if (password != null) {
                sb.append(":****");
            }
            sb.append('@');
        }
        sb.append(host).append(':').append(port).append('/').append(database);
        return sb.toString();
    }
}
