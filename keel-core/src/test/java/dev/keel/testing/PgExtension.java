package dev.keel.testing;

import dev.keel.db.EmbeddedPostgresServer;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives a test method a {@link TestDb} parameter: a new database, named after the test, on the one embedded
 * PostgreSQL 17 server this JVM shares. Use with {@code @ExtendWith(PgExtension.class)}.
 *
 * <p>The database is dropped when the test (or, for a lifecycle method, the class) ends: thousands of leftover
 * databases made the data directory gigabytes large and the server's stop at JVM exit slower than Surefire waits.
 */
public final class PgExtension implements ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(PgExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext p, ExtensionContext e) {
        return p.getParameter().getType() == TestDb.class;
    }

    @Override
    public Object resolveParameter(ParameterContext p, ExtensionContext e) {
        String name = e.getTestMethod().map(m -> m.getName()).orElse(e.getRequiredTestClass().getSimpleName());
        EmbeddedPostgresServer server = EmbeddedPostgresServer.get();
        TestDb db = new TestDb(server.createDatabase("t_" + name));
        ExtensionContext.Store.CloseableResource drop = () -> server.dropDatabase(db.url().database());
        e.getStore(NAMESPACE).put(db.url().database() + "#" + p.getIndex(), drop);
        return db;
    }
}
