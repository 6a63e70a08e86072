package dev.keel.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Private cache folders for tests of the embedded server, sharing the unpacked binaries of the regular cache. */
final class TestCacheFolders {
    private TestCacheFolders() {
    }

    static Path newCacheFolder() throws IOException {
        Path folder = Files.createTempDirectory("keel-template-test");
        // Share the unpacked binaries with the regular cache so the test does not unpack 60 MB again.
        Path shared = Path.of(System.getProperty("java.io.tmpdir"), "keel-embedded-pg-"
                + System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9_.-]", "_"));
        if (Files.isDirectory(shared)) {
            try (Stream<Path> children = Files.list(shared)) {
                for (Path p : children.filter(p -> p.getFileName().toString().startsWith("PG-")).toList()) {
                    Files.createSymbolicLink(folder.resolve(p.getFileName()), p);
                }
            }
        }
        return folder;
    }
}
