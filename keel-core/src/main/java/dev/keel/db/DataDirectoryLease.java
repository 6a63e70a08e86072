package dev.keel.db;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A data directory owned by this process, under {@code <cache>/run/}, and the file lock that says so.
 *
 * <p>A Keel process killed with SIGKILL never runs its shutdown hook: its PostgreSQL (started through
 * {@code pg_ctl}, so not a child that dies with it) would run on and its data directory stay forever. The
 * operating system releases a dead process's file locks, so {@link #reapOrphans} — run by every start — can tell
 * an abandoned directory from a live one without a clock: a lock it can take has no owner. It then stops the
 * server named by {@code postmaster.pid} and deletes the directory. zonky's own reaper works the same way on its
 * {@code epg-lock} but only in its default working folder and only for locks older than ten minutes, so a quick
 * restart would not reap; Keel's directories live in its cache folder.
 *
 * <p>The lock file appears under its final name already locked (it is locked under a temporary name and renamed),
 * so a reaper never sees a fresh lease unlocked.
 */
final class DataDirectoryLease implements AutoCloseable {
    private static final String LOCK_SUFFIX = ".lock";
    private static final String PENDING_SUFFIX = ".pending";
    /** A pending lock file is the trace of a process killed between creating and renaming it: tiny, old, unowned. */
    private static final Duration STALE_PENDING = Duration.ofMinutes(10);
    private static final Duration STOP_WAIT = Duration.ofSeconds(10);
    private static final Duration LEGACY_MIN_AGE = Duration.ofMinutes(10);
    /**
     * Lock files this JVM holds. They are never opened a second time here: on POSIX, closing any descriptor of a
     * file drops every lock the process holds on it.
     */
    private static final Set<Path> OWN = ConcurrentHashMap.newKeySet();

    private final Path directory;
    private final Path lockFile;
    private final FileChannel channel;
    private final FileLock lock;

    private DataDirectoryLease(Path directory, Path lockFile, FileChannel channel, FileLock lock) {
        this.directory = directory;
        this.lockFile = lockFile;
        this.channel = channel;
        this.lock = lock;
    }

    static Path runFolder(Path cache) {
        return cache.resolve("run");
    }

    /** Takes a new lease: the returned directory exists, is empty and is private to the user (0700). */
    static DataDirectoryLease take(Path cache) throws IOException {
        Path run = runFolder(cache);
        Files.createDirectories(run);
        String name = "pg" + EmbeddedPostgresServer.PG_MAJOR + "-" + UUID.randomUUID();
        Path pending = run.resolve(name + PENDING_SUFFIX);
        Path lockFile = run.resolve(name + LOCK_SUFFIX);
        FileChannel channel = FileChannel.open(pending, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new IOException("could not lock the new file " + pending);
            }
            // For a person looking at the folder; the lock, not this number, is what reapers trust.
            channel.write(StandardCharsets.US_ASCII.encode(ProcessHandle.current().pid() + "\n"));
            Files.move(pending, lockFile, StandardCopyOption.ATOMIC_MOVE);
            OWN.add(lockFile);
            Path directory = run.resolve(name);
            if (Files.getFileStore(run).supportsFileAttributeView("posix")) {
                // PostgreSQL refuses a data directory others can read.
                Files.createDirectory(directory,
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } else {
                Files.createDirectory(directory);
            }
            return new DataDirectoryLease(directory, lockFile, channel, lock);
        } catch (IOException | RuntimeException e) {
            channel.close();
            Files.deleteIfExists(pending);
            Files.deleteIfExists(lockFile);
            OWN.remove(lockFile);
            throw e;
        }
    }

    Path directory() {
        return directory;
    }

    /** Deletes what is left of the directory, then the lock file, then lets the lock go. */
    @Override
    public void close() {
        TemplateDataDirectory.deleteRecursively(directory);
        try {
            Files.deleteIfExists(lockFile);
        } catch (IOException ignored) {
            // An unlocked lock file without a directory is reaped by the next start.
        }
        try {
            lock.release();
            channel.close();
        } catch (IOException ignored) {
            // Closing the channel releases the lock in any case.
        }
        OWN.remove(lockFile);
    }

    /**
     * Stops the servers of dead Keel processes and deletes their data directories; returns the directories it
     * removed. Best effort: whatever it cannot do is left for the next start.
     */
    static List<Path> reapOrphans(Path cache) {
        Path run = runFolder(cache);
        if (!Files.isDirectory(run)) {
            return List.of();
        }
        List<Path> entries;
        try (Stream<Path> children = Files.list(run)) {
            entries = children.toList();
        } catch (IOException e) {
            return List.of();
        }
        Instant stalePending = Instant.now().minus(STALE_PENDING);
        List<Path> reaped = new java.util.ArrayList<>();
        for (Path p : entries) {
            String name = p.getFileName().toString();
            if (name.endsWith(PENDING_SUFFIX)) {
                deleteIfOlder(p, stalePending);
            } else if (name.endsWith(LOCK_SUFFIX) && !OWN.contains(p)) {
                Path directory = run.resolve(name.substring(0, name.length() - LOCK_SUFFIX.length()));
                if (reap(p, directory)) {
                    reaped.add(directory);
                }
            }
        }
        return reaped;
    }

    /**
     * Keel versions before the leases put each data directory at {@code <tmpdir>/keel-pg-data*}, guarded only by
     * zonky's {@code epg-lock} inside it, which zonky takes after the template copy: such a directory is reaped
     * when that lock is free and older than ten minutes (zonky's own rule for its working folder), so that the
     * orphans of an older Keel go too.
     */
    static List<Path> reapLegacy(Path tmpdir) {
        List<Path> reaped = new java.util.ArrayList<>();
        Instant cutoff = Instant.now().minus(LEGACY_MIN_AGE);
        try (java.nio.file.DirectoryStream<Path> dirs = Files.newDirectoryStream(tmpdir, "keel-pg-data*")) {
            for (Path dir : dirs) {
                Path lock = dir.resolve("epg-lock");
                try {
                    if (Files.isRegularFile(lock) && Files.getLastModifiedTime(lock).toInstant().isBefore(cutoff)
                            && reap(lock, dir)) {
                        reaped.add(dir);
                    }
                } catch (IOException ignored) {
                    // Gone meanwhile.
                }
            }
        } catch (IOException ignored) {
            // Best effort only.
        }
        return reaped;
    }

    private static boolean reap(Path lockFile, Path directory) {
        // No CREATE: a lock file another reaper deleted meanwhile is simply skipped.
        try (FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.WRITE); FileLock lock = ch.tryLock()) {
            if (lock == null) {
                return false;
            }
            if (!stopServer(directory)) {
                return false;
            }
            boolean existed = Files.exists(directory);
            TemplateDataDirectory.deleteRecursively(directory);
            Files.deleteIfExists(lockFile);
            return existed;
        } catch (IOException | OverlappingFileLockException e) {
            return false;
        }
    }

    /**
     * Stops the postmaster recorded in the directory, if it still runs; false when one runs that this could not
     * stop (the directory must then stay).
     */
    private static boolean stopServer(Path directory) throws IOException {
        Path pidFile = directory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return true;
        }
        Optional<ProcessHandle> postmaster = postmaster(Files.readAllLines(pidFile, StandardCharsets.UTF_8));
        if (postmaster.isEmpty()) {
            return true;
        }
        ProcessHandle handle = postmaster.get();
        // pg_ctl's immediate mode stops the postmaster and its backends at once and removes its shared memory;
        // a clean shutdown would only write a checkpoint into a directory about to be deleted.
        Optional<Path> pgCtl = handle.info().command().map(Path::of)
                .map(c -> c.resolveSibling(c.getFileName().toString().endsWith(".exe") ? "pg_ctl.exe" : "pg_ctl"))
                .filter(Files::isExecutable);
        if (pgCtl.isPresent()) {
            try {
                Process p = new ProcessBuilder(pgCtl.get().toString(), "stop", "-D", directory.toString(),
                        "-m", "immediate", "-w", "-t", String.valueOf(STOP_WAIT.toSeconds()))
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                p.waitFor(STOP_WAIT.toSeconds() + 5, TimeUnit.SECONDS);
            } catch (IOException e) {
                // Fall through to the signal below.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        if (handle.isAlive()) {
            handle.destroyForcibly();
        }
        try {
            handle.onExit().get(STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception e) {
            return !handle.isAlive();
        }
        return !handle.isAlive();
    }

    /**
     * The live process {@code postmaster.pid} names, if it is that postmaster: its process id could have been
     * reused since (after a reboot, say, by the machine's own PostgreSQL), so the process must be a
     * {@code postgres} executable that started when the file says the postmaster did.
     */
    static Optional<ProcessHandle> postmaster(List<String> pidFileLines) {
        if (pidFileLines.size() < 3) {
            return Optional.empty();
        }
        long pid;
        long startEpochSeconds;
        try {
            pid = Long.parseLong(pidFileLines.get(0).trim());
            startEpochSeconds = Long.parseLong(pidFileLines.get(2).trim());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(h -> {
            ProcessHandle.Info info = h.info();
            Optional<Boolean> isPostgres = info.command()
                    .map(c -> Path.of(c).getFileName().toString().replaceFirst("\\.exe$", ""))
                    .map("postgres"::equals);
            Optional<Boolean> startedThen = info.startInstant()
                    .map(s -> Math.abs(s.getEpochSecond() - startEpochSeconds) <= 5);
            // What the platform can tell must match, and it must tell something.
            return (isPostgres.isPresent() || startedThen.isPresent())
                    && isPostgres.orElse(true) && startedThen.orElse(true);
        });
    }

    private static void deleteIfOlder(Path p, Instant cutoff) {
        try {
            if (Files.getLastModifiedTime(p).toInstant().isBefore(cutoff)) {
                Files.deleteIfExists(p);
            }
        } catch (IOException ignored) {
            // Gone already.
        }
    }
}
