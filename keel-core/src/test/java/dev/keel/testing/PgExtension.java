package dev.keel.testing;

import dev.keel.db.EmbeddedPostgresServer;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives a test method a {@link TestDb} parameter: a new database, named after the test, on the one embedded
 * PostgreSQL 17 server this JVM shares. Use with {@code @ExtendWith(PgExtension.class)}.
 */
public final class PgExtension implements ParameterResolver {
    @Override
    public boolean supportsParameter(ParameterContext p, ExtensionContext e) {
        return p.getParameter().getType() == TestDb.class;
    }

    @Override
    public Object resolveParameter(ParameterContext p, ExtensionContext e) {
        String name = e.getRequiredTestMethod().getName();
        return new TestDb(EmbeddedPostgresServer.get().createDatabase("t_" + name));
    }
}
