package dev.keel.db;

import java.nio.file.Path;

/**
 * A child JVM for {@link OrphanReaperTest}: starts an embedded server in the cache folder given as the argument,
 * prints {@code READY <data directory>} and waits to be killed.
 */
public final class EmbeddedServerChild {
    private EmbeddedServerChild() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(Path.of(args[0]));
        System.out.println("READY " + server.dataDirectory());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
