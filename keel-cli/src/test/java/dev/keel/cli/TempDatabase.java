package dev.keel.cli;

import dev.keel.db.DatabaseUrl;
import dev.keel.db.EmbeddedPostgresServer;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives a CLI test a {@link DatabaseUrl} parameter: a new database on the shared embedded PostgreSQL, dropped when
 * the test ends (as keel-core's {@code PgExtension} does; leftover databases slow the server's stop at exit).
 */
public final class TempDatabase implements ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(TempDatabase.class);

    @Override
    public boolean supportsParameter(ParameterContext p, ExtensionContext e) {
        return p.getParameter().getType() == DatabaseUrl.class;
    }

    @Override
    public Object resolveParameter(ParameterContext p, ExtensionContext e) {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.get();
        DatabaseUrl url = server.createDatabase("cli_" + e.getRequiredTestMethod().getName());
        ExtensionContext.Store.CloseableResource drop = () -> server.dropDatabase(url.database());
        e.getStore(NAMESPACE).put(url.database() + "#" + p.getIndex(), drop);
        return url;
    }
}
