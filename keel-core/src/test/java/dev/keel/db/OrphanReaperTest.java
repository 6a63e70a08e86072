package dev.keel.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A Keel process killed with SIGKILL leaves its embedded PostgreSQL running and its data directory behind; the next
 * start stops and deletes them, and leaves the servers of live processes alone. Real child JVMs, real servers.
 */
class OrphanReaperTest {
    private final List<Process> children = new ArrayList<>();
    private final List<EmbeddedPostgresServer> servers = new ArrayList<>();
    private Path cache;

    @AfterEach
    void cleanUp() {
        servers.forEach(EmbeddedPostgresServer::close);
        children.forEach(Process::destroyForcibly);
        children.forEach(p -> {
            try {
                p.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        if (cache != null) {
            // Whatever a failed assertion left running is stopped here, not left for the machine.
            DataDirectoryLease.reapOrphans(cache);
            TemplateDataDirectory.deleteRecursively(cache);
        }
    }

    /** Starts a child JVM with an embedded server in {@link #cache}; returns its data directory once it runs. */
    private Path startChild() throws Exception {
        return startChild(EmbeddedServerChild.class.getName(), cache.toString());
    }

    private Path startChild(String main, String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Xmx128m", "-cp", System.getProperty("java.class.path"), main));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        children.add(p);
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line = CompletableFuture.supplyAsync(() -> {
            try {
                String l;
                while ((l = out.readLine()) != null && !l.startsWith("READY ")) {
                    // zonky or SLF4J chatter before the line we wait for
                }
                return l;
            } catch (IOException e) {
                return null;
            }
        }).get(120, TimeUnit.SECONDS);
        assertThat(line).as("child output").isNotNull();
        return Path.of(line.substring("READY ".length()));
    }

    private static long postmasterPid(Path dataDirectory) throws IOException {
        return Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).trim());
    }

    private static int port(Path dataDirectory) throws IOException {
        return Integer.parseInt(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(3).trim());
    }

    private static String query(int port, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + port
                + "/postgres?user=postgres"); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static void kill(Process p) throws InterruptedException {
        p.destroyForcibly(); // SIGKILL: no shutdown hook runs
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void theNextStartStopsAndDeletesTheServerOfAKilledProcessAndLeavesLiveOnesAlone() throws Exception {
        cache = TestCacheFolders.newCacheFolder();
        Path killedData = startChild();
        Process killed = children.get(0);
        Path liveData = startChild();
        long orphanPid = postmasterPid(killedData);
        int livePort = port(liveData);

        kill(killed);
        // The orphan: the JVM is gone, its PostgreSQL is not.
        ProcessHandle orphan = ProcessHandle.of(orphanPid).orElseThrow();
        assertThat(orphan.isAlive()).isTrue();
        assertThat(query(port(killedData), "SELECT 1")).isEqualTo("1");

        EmbeddedPostgresServer next = EmbeddedPostgresServer.start(cache);
        servers.add(next);

        assertThat(killedData).doesNotExist();
        assertThat(orphan.onExit().get(10, TimeUnit.SECONDS).isAlive()).isFalse();
        assertThat(Path.of(killedData + ".lock")).doesNotExist();
        // The other child still runs and its server still answers.
        assertThat(liveData.resolve("postmaster.pid")).exists();
        assertThat(query(livePort, "SELECT 2")).isEqualTo("2");
        assertThat(query(next.port(), "SELECT 3")).isEqualTo("3");
        try (Stream<Path> run = Files.list(DataDirectoryLease.runFolder(cache))) {
            assertThat(run.map(Path::toString)).containsExactlyInAnyOrder(
                    liveData.toString(), liveData + ".lock",
                    next.dataDirectory().toString(), next.dataDirectory() + ".lock");
        }
    }

    @Test
    void aRecordedProcessIdNowUsedByAnotherProgramIsNotTakenForThePostmaster() {
        // This JVM is alive and not a postgres executable; it started well before the time in the file.
        List<String> pidFile = List.of(String.valueOf(ProcessHandle.current().pid()), "/nowhere",
                String.valueOf(Instant.now().plusSeconds(3600).getEpochSecond()), "5432");

        assertThat(DataDirectoryLease.postmaster(pidFile)).isEmpty();
    }

    @Test
    void theOrphanOfAKeelFromBeforeTheLeasesIsReapedOnceItsLockIsTenMinutesOld() throws Exception {
        cache = TestCacheFolders.newCacheFolder();
        Path legacyFolder = Files.createDirectories(cache.resolve("tmp"));
        Path data = startChild(LegacyServerChild.class.getName(), cache.toString(), legacyFolder.toString());
        long orphanPid = postmasterPid(data);
        kill(children.get(0));
        ProcessHandle orphan = ProcessHandle.of(orphanPid).orElseThrow();
        assertThat(orphan.isAlive()).isTrue();

        // Its lock is free but new: zonky takes it only after the data directory is filled, so a young unlocked
        // directory may belong to a process still starting.
        assertThat(DataDirectoryLease.reapLegacy(legacyFolder)).isEmpty();
        assertThat(orphan.isAlive()).isTrue();

        Files.setLastModifiedTime(data.resolve("epg-lock"),
                java.nio.file.attribute.FileTime.from(Instant.now().minusSeconds(11 * 60)));
        assertThat(DataDirectoryLease.reapLegacy(legacyFolder)).containsExactly(data);
        assertThat(data).doesNotExist();
        assertThat(orphan.onExit().get(10, TimeUnit.SECONDS).isAlive()).isFalse();
    }
}
