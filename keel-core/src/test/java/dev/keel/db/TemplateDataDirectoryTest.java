package dev.keel.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The embedded server's template data directory, on real PostgreSQL 17 servers in a private cache folder. */
class TemplateDataDirectoryTest {
    /** Shared by the tests below, so only the first builds a template from nothing (seconds each time). */
    private static Path cache;
    private final List<EmbeddedPostgresServer> started = new ArrayList<>();
    private final List<Path> ownFolders = new ArrayList<>();

    @BeforeAll
    static void sharedCacheFolder() throws IOException {
        cache = newCacheFolder();
    }

    @AfterAll
    static void deleteSharedCacheFolder() {
        TemplateDataDirectory.deleteRecursively(cache);
    }

    private static Path newCacheFolder() throws IOException {
        return TestCacheFolders.newCacheFolder();
    }

    @AfterEach
    void stop() {
        started.forEach(EmbeddedPostgresServer::close);
        ownFolders.forEach(TemplateDataDirectory::deleteRecursively);
    }

    private static TemplateDataDirectory template() {
        return template(cache);
    }

    private static TemplateDataDirectory template(Path folder) {
        return new TemplateDataDirectory(folder, EmbeddedPostgresServer.PG_MAJOR);
    }

    private EmbeddedPostgresServer start() {
        return start(cache);
    }

    private EmbeddedPostgresServer start(Path folder) {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(folder);
        synchronized (started) {
            started.add(server);
        }
        return server;
    }

    private static String query(EmbeddedPostgresServer server, String sql) throws Exception {
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:postgresql://localhost:" + server.port()
                + "/postgres?user=postgres"); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void twoProcessesBuildingTheTemplateAtOnceBothStartAndLeaveOneCompleteTemplate() throws Exception {
        Path fresh = newCacheFolder();
        ownFolders.add(fresh);
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<EmbeddedPostgresServer>> servers = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                servers.add(pool.submit(() -> {
                    together.await();
                    return start(fresh);
                }));
            }
            EmbeddedPostgresServer a = servers.get(0).get();
            EmbeddedPostgresServer b = servers.get(1).get();
            assertThat(a.port()).isNotEqualTo(b.port());
            for (EmbeddedPostgresServer s : List.of(a, b)) {
                assertThat(query(s, "SHOW server_version_num")).startsWith("17");
                assertThat(query(s, "SHOW fsync")).isEqualTo("off");
                // Each runs on its own leased copy, never on the template itself.
                assertThat(query(s, "SHOW data_directory"))
                        .startsWith(DataDirectoryLease.runFolder(fresh).toString());
            }
        } finally {
            pool.shutdown();
        }
        assertThat(template(fresh).isUsable()).isTrue();
        try (Stream<Path> children = Files.list(fresh)) {
            // No half-built or discarded copies are left next to the template.
            assertThat(children.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("data-")))
                    .containsExactly("data-template-pg" + EmbeddedPostgresServer.PG_MAJOR);
        }
    }

    @Test
    void serversStartedFromTheTemplateAreIndependentAndTheirDataIsDeletedAtClose() throws Exception {
        EmbeddedPostgresServer first = start();
        Path firstData = Path.of(query(first, "SHOW data_directory"));
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:postgresql://localhost:" + first.port()
                + "/postgres?user=postgres"); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE leaked (id int)");
        }
        EmbeddedPostgresServer second = start();
        assertThat(query(second, "SELECT count(*) FROM pg_class WHERE relname = 'leaked'")).isEqualTo("0");
        first.close();
        assertThat(firstData).doesNotExist();
        assertThat(template().path().resolve("postmaster.pid")).doesNotExist();
    }

    @Test
    void aPartialTemplateIsRebuiltBeforeUse() throws Exception {
        start();
        Files.delete(template().path().resolve("global/pg_control"));
        assertThat(template().isUsable()).isFalse();

        EmbeddedPostgresServer server = start();

        assertThat(query(server, "SELECT 1")).isEqualTo("1");
        assertThat(template().isUsable()).isTrue();
    }

    @Test
    void aTemplateOfAnotherMajorVersionIsRebuiltBeforeUse() throws Exception {
        start();
        Files.writeString(template().path().resolve("PG_VERSION"), "16\n");

        EmbeddedPostgresServer server = start();

        assertThat(query(server, "SHOW server_version_num")).startsWith("17");
        assertThat(Files.readString(template().path().resolve("PG_VERSION")).trim())
                .isEqualTo(EmbeddedPostgresServer.PG_MAJOR);
    }

    @Test
    void aTemplateDamagedAfterItWasBuiltIsCaughtWhileCopyingAndRebuiltAtOnce() throws Exception {
        start();
        // Every file present and the version right, but the control file is garbage: PostgreSQL would refuse it,
        // and zonky would notice only after its 10 s start-up wait.
        Files.write(template().path().resolve("global/pg_control"), new byte[8192]);
        assertThat(template().isUsable()).isTrue();

        EmbeddedPostgresServer server = start();

        assertThat(query(server, "SHOW server_version_num")).startsWith("17");
        // Started on a copy of a new template (the slow fallback would have run initdb and left no template).
        assertThat(query(server, "SHOW data_directory")).startsWith(DataDirectoryLease.runFolder(cache).toString());
        assertThat(template().isUsable()).isTrue();
        assertThat(Files.readAllBytes(template().path().resolve("global/pg_control"))).isNotEqualTo(new byte[8192]);
    }

    @Test
    void aTemplateMissingARelationFileOrWithATruncatedOneIsRebuilt() throws Exception {
        start();
        Path base = template().path().resolve("base/1");
        List<Path> files;
        try (Stream<Path> children = Files.list(base)) {
            files = children.filter(p -> p.getFileName().toString().matches("\\d+")).sorted().limit(2).toList();
        }
        Files.delete(files.get(0));
        Files.write(files.get(1), new byte[0]);

        EmbeddedPostgresServer server = start();

        assertThat(query(server, "SELECT count(*) > 0 FROM pg_class")).isEqualTo("t");
        assertThat(files.get(0)).exists();
        assertThat(Files.size(files.get(1))).isPositive();
    }

    @Test
    void aTemplateWithoutManifestFromAnOlderKeelIsRebuilt() throws Exception {
        start();
        Files.delete(template().path().resolve(TemplateDataDirectory.MANIFEST));
        assertThat(template().isUsable()).isFalse();

        EmbeddedPostgresServer server = start();

        assertThat(query(server, "SELECT 1")).isEqualTo("1");
        assertThat(template().isUsable()).isTrue();
    }
}
