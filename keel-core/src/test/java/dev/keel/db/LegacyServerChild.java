package dev.keel.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A child JVM for {@link OrphanReaperTest}: runs a server the way Keel did before data directories were leased
 * (zonky on {@code <folder>/keel-pg-data*}, guarded only by zonky's {@code epg-lock}), prints
 * {@code READY <data directory>} and waits to be killed. Arguments: the cache folder (binaries), the folder.
 */
public final class LegacyServerChild {
    private LegacyServerChild() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Files.createTempDirectory(Path.of(args[1]), "keel-pg-data");
        EmbeddedPostgres.builder().setOverrideWorkingDirectory(Path.of(args[0]).toFile())
                .setDataDirectory(data.toFile()).setCleanDataDirectory(false).start();
        System.out.println("READY " + data);
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
