package dev.keel.db;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * An initialised, cleanly stopped PostgreSQL data directory kept in a stable cache folder, so each process copies
 * it (tens of milliseconds) instead of running {@code initdb} (seconds on a loaded machine).
 *
 * <p>The template only ever appears complete: it is built in a private sibling folder and then renamed into place
 * atomically. When several processes build at once, the first rename wins and the others discard their copy and
 * use the winner's, so no lock file is needed and a process killed mid-build leaves only a stale sibling behind.
 */
final class TemplateDataDirectory {
    /** Files whose absence means the template is partial or damaged. */
    private static final List<String> REQUIRED = List.of("PG_VERSION", "postgresql.conf", "global/pg_control");
    /** Files of a run that must not be copied into a fresh data directory. */
    private static final List<String> RUN_STATE = List.of("postmaster.pid", "postmaster.opts", "epg-lock");
    private static final Duration STALE_BUILD = Duration.ofHours(1);

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
                    && !Files.exists(template.resolve("postmaster.pid"))
                    && Files.readString(template.resolve("PG_VERSION")).trim().equals(pgMajor);
        } catch (IOException e) {
            return false;
        }
    }

    /** Builds the template unless another process got there first; afterwards {@link #isUsable()} holds. */
    void build(Initialiser initialiser) throws IOException {
        removeStaleBuilds();
        Path building = folder.resolve(template.getFileName() + ".building-" + UUID.randomUUID());
        Files.createDirectory(building);
        try {
            initialiser.initialise(building);
            if (Files.exists(building.resolve("postmaster.pid"))) {
                throw new IOException("the template server did not stop cleanly");
            }
            for (String f : RUN_STATE) {
                Files.deleteIfExists(building.resolve(f));
            }
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

    /** Copies the template into {@code target}, an existing empty directory. */
    void copyTo(Path target) throws IOException {
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
                Files.copy(file, target.resolve(template.relativize(file).toString()),
                        StandardCopyOption.COPY_ATTRIBUTES);
                return FileVisitResult.CONTINUE;
            }
        });
        if (!isUsableCopy(target)) {
            throw new IOException("copy of the template data directory is incomplete");
        }
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
