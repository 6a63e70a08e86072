package dev.keel.compile;

import dev.keel.db.EmbeddedPostgresServer;
import dev.keel.testing.TestDb;

import java.sql.Connection;

/** A second database next to a test's {@link TestDb}, for comparing two scripts side by side. */
final class EmbeddedDb {
    private EmbeddedDb() {
    }

    static Connection second(TestDb first) {
        return EmbeddedPostgresServer.get().createDatabase("t_second").connect();
    }
}
