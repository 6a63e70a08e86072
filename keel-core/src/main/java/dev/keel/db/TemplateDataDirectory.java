package dev.keel.db;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

/**
 * An initialised, cleanly stopped PostgreSQL data directory kept in a stable cache folder, so each process copies
 * it (tens of milliseconds) instead of running {@code initdb} (seconds on a loaded machine).
 *
 * <p>The template only ever appears complete: it is built in a private sibling folder and then renamed into place
 * atomically. When several processes build at once, the first rename wins and the others discard their copy and
 * use the winner's, so no lock file is needed here (the building directory's own lease lets a later start stop
 * and delete the server of a process killed mid-build).
 */
final class TemplateDataDirectory {
    /** Files whose absence means the template is partial or damaged. */
    private static final List<String> REQUIRED = List.of("PG_VERSION", "postgresql.conf", "global/pg_control");
    /** Files of a run that must not be copied into a fresh data directory. */
    private static final List<String> RUN_STATE = List.of("postmaster.pid", "postmaster.opts", "epg-lock");
    private static final Duration STALE_BUILD = Duration.ofHours(1);
    /**
     * The size of every file and the CRC-32C of the cluster-wide ones (the control file, shared catalogs: 0.6 MB),
     * written when the template is built: a template damaged afterwards (a file truncated or deleted by a
     * temp-folder cleaner, the control file overwritten) is caught while it is copied, in milliseconds, instead of
     * by zonky giving up on a server that cannot start, after its 10 s wait. Reading all 28 MB back for a checksum
     * would add a tenth to a copy that already takes 1-3 s on a loaded machine.
     */
    static final String MANIFEST = "keel-template.manifest";

    /** The template does not match its manifest. */
    static final class DamagedException extends IOException {
        DamagedException(String message) {
            super(message);
        }
    }

    /** Initialises a cluster in an empty directory and stops it cleanly. */
    @FunctionalInterface
    interface Initialiser {
        void initialise(Path emptyDirectory) throws IOException;
    }

    private final Path folder;
    private final Path template;
    private final String pgMajor;

    TemplateDataDirectory(Path folder, String pgMajor) {
        this.folder = folder;
        this.pgMajor = pgMajor;
        this.template = folder.resolve("data-template-pg" + pgMajor);
    }

    Path path() {
        return template;
    }

    /**
     * Cheap checks only: a server that cannot start on a copy costs zonky's whole start-up wait (10 s) before the
     * fallback, so a template of another major version is caught here by its PG_VERSION.
     */
    boolean isUsable() {
        try {
            return REQUIRED.stream().allMatch(f -> Files.isRegularFile(template.resolve(f)))
                    && Files.isRegularFile(template.resolve(MANIFEST))
                    && !Files.exists(template.resolve("postmaster.pid"))
                    && Files.readString(template.resolve("PG_VERSION")).trim().equals(pgMajor);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Builds the template in {@code building} (an empty directory on the template's file system, renamed into place)
     * unless another process got there first; afterwards {@link #isUsable()} holds.
     */
    void build(Path building, Initialiser initialiser) throws IOException {
        removeStaleBuilds();
        try {
            initialiser.initialise(building);
            if (Files.exists(building.resolve("postmaster.pid"))) {
                throw new IOException("the template server did not stop cleanly");
            }
            for (String f : RUN_STATE) {
                Files.deleteIfExists(building.resolve(f));
            }
            writeManifest(building);
            if (isUsable()) {
                return;
            }
            discard();
            try {
                Files.move(building, template, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | DirectoryNotEmptyException lost) {
                // Another process renamed its template into place first; theirs is as good as ours.
            }
        } finally {
            deleteRecursively(building);
        }
        if (!isUsable()) {
            throw new IOException("template data directory " + template + " is incomplete after building it");
        }
    }

    /**
     * Copies the template into {@code target}, an existing empty directory, checking every copied file against
     * the manifest; {@link DamagedException} when they differ.
     */
    void copyTo(Path target) throws IOException {
        Map<String, String> expected = readManifest(template);
        Map<String, String> copied = new HashMap<>();
        Files.walkFileTree(template, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Path to = target.resolve(template.relativize(dir).toString());
                if (!Files.isDirectory(to)) {
                    Files.copy(dir, to, StandardCopyOption.COPY_ATTRIBUTES);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                String relative = relativeName(template, file);
                if (relative.equals(MANIFEST)) {
                    return FileVisitResult.CONTINUE;
                }
                Path to = target.resolve(template.relativize(file).toString());
                // The kernel's copy is the fast path; reading the fresh copy back (from the page cache) checks what
                // the server will really start on.
                Files.copy(file, to, StandardCopyOption.COPY_ATTRIBUTES);
                copied.put(relative, fingerprint(relative, to, attrs.size()));
                return FileVisitResult.CONTINUE;
            }
        });
        if (!copied.equals(expected)) {
            throw new DamagedException("the template data directory " + template + " differs from its manifest"
                    + difference(expected, copied));
        }
        if (!isUsableCopy(target)) {
            throw new IOException("copy of the template data directory is incomplete");
        }
    }

    private static String difference(Map<String, String> expected, Map<String, String> actual) {
        return expected.keySet().stream().filter(k -> !expected.get(k).equals(actual.get(k))).findFirst()
                .or(() -> actual.keySet().stream().filter(k -> !expected.containsKey(k)).findFirst())
                .map(k -> " (" + k + ")").orElse("");
    }

    private static String relativeName(Path root, Path file) {
        return root.relativize(file).toString().replace(java.io.File.separatorChar, '/');
    }

    /** Size and, for the cluster-wide files, CRC-32C, as one manifest value. */
    private static String fingerprint(String relative, Path file, long knownSize) throws IOException {
        if (relative.indexOf('/') >= 0 && !relative.startsWith("global/")) {
            return knownSize + " -";
        }
        CRC32C crc = new CRC32C();
        byte[] buffer = new byte[1 << 16];
        long size = 0;
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; size += n) {
                crc.update(buffer, 0, n);
            }
        }
        return size + " " + Long.toHexString(crc.getValue());
    }

    private static void writeManifest(Path dataDirectory) throws IOException {
        Map<String, String> entries = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dataDirectory)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String relative = relativeName(dataDirectory, f);
                entries.put(relative, fingerprint(relative, f, Files.size(f)));
            }
        }
        StringBuilder text = new StringBuilder();
        entries.forEach((name, value) -> text.append(value).append(' ').append(name).append('\n'));
        Files.writeString(dataDirectory.resolve(MANIFEST), text);
    }

    private static Map<String, String> readManifest(Path dataDirectory) throws IOException {
        Map<String, String> entries = new HashMap<>();
        try {
            for (String line : Files.readAllLines(dataDirectory.resolve(MANIFEST))) {
                String[] parts = line.split(" ", 3);
                if (parts.length != 3) {
                    throw new DamagedException("the template's manifest is damaged");
                }
                entries.put(parts[2], parts[0] + " " + parts[1]);
            }
        } catch (NoSuchFileException e) {
            throw new DamagedException("the template has no manifest");
        }
        return entries;
    }

    private static boolean isUsableCopy(Path target) {
        return REQUIRED.stream().allMatch(f -> Files.isRegularFile(target.resolve(f)));
    }

    /** Removes a damaged template so that the next process builds a new one; the rename keeps readers safe. */
    void discard() {
        if (!Files.exists(template)) {
            return;
        }
        Path trash = folder.resolve(template.getFileName() + ".discarded-" + UUID.randomUUID());
        try {
            Files.move(template, trash, StandardCopyOption.ATOMIC_MOVE);
            deleteRecursively(trash);
        } catch (IOException ignored) {
            // Someone else discarded or replaced it meanwhile.
        }
    }

    /** Folders of builds whose process died (killed mid-initdb) would otherwise pile up. */
    private void removeStaleBuilds() {
        String prefix = template.getFileName() + ".";
        Instant cutoff = Instant.now().minus(STALE_BUILD);
        try (Stream<Path> children = Files.list(folder)) {
            children.filter(p -> p.getFileName().toString().startsWith(prefix)).forEach(p -> {
                try {
                    if (Files.getLastModifiedTime(p).toInstant().isBefore(cutoff)) {
                        deleteRecursively(p);
                    }
                } catch (IOException ignored) {
                    // Gone already.
                }
            });
        } catch (IOException ignored) {
            // Best effort only.
        }
    }

    static void deleteRecursively(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    Files.deleteIfExists(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException ignored) {
            // Temporary data; whatever is left is harmless.
        }
    }
}
