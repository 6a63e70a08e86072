package dev.keel.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.api.Keel;
import dev.keel.db.DatabaseUrl;
import dev.keel.db.EmbeddedPostgresServer;
import dev.keel.testing.TestDb;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 4, done-when 3: ten OS processes run {@code migrate deploy} on the same database at the same moment; the
 * advisory lock lets one apply and the others find nothing left, so every migration of {@link CrashHistory} runs
 * exactly once: one history row each, each side effect once, and the end state of a single deploy.
 */
class ConcurrentProcessDeployTest {
    private static final int PROCESSES = 10;

    @Test
    void tenProcessesApplyEveryMigrationExactlyOnce(@TempDir Path root) throws Exception {
        Path dir = CrashHistory.write(root.resolve("migrations"));
        EmbeddedPostgresServer server = EmbeddedPostgresServer.get();

        DatabaseUrl reference = server.createDatabase("procs_reference");
        assertThat(Keel.configure().databaseUrl(reference.toString()).migrationsDir(dir).workingDir(root)
                .environment(Map.of()).build().deploy().succeeded()).isTrue();
        var expected = CrashDeployTest.snapshot(reference);
        server.dropDatabase(reference.database());

        DatabaseUrl url = server.createDatabase("procs");
        List<DeployProcess> procs = new ArrayList<>();
        for (int i = 0; i < PROCESSES; i++) {
            procs.add(DeployProcess.start(url, dir, 120_000));
        }
        int appliedTotal = 0;
        int appliers = 0;
        for (DeployProcess p : procs) {
            assertThat(p.finish()).as("exit code, output %s", p.seen).isZero();
            String done = p.seen.stream().filter(l -> l.startsWith("DONE ")).findFirst().orElseThrow();
            int n = Integer.parseInt(done.split(" ")[2]);
            appliedTotal += n;
            appliers += n > 0 ? 1 : 0;
        }
        assertThat(appliedTotal).isEqualTo(CrashHistory.SIZE);
        assertThat(appliers).isGreaterThanOrEqualTo(1);

        TestDb db = new TestDb(url);
        assertThat(db.column("SELECT count(*) || ' ' || count(DISTINCT migration_name) || ' ' || "
                + "count(finished_at) FROM _prisma_migrations")).containsExactly("30 30 30");
        assertThat(db.column("SELECT count(*) || ' ' || count(DISTINCT name) FROM \"Applied\"")).containsExactly("30 30");
        assertThat(db.column("SELECT string_agg(n::text, ',' ORDER BY n) FROM \"Log12\"")).containsExactly("1,2,3");
        assertThat(db.column("SELECT string_agg(n::text, ',' ORDER BY n) FROM \"Log24\"")).containsExactly("1,2");
        var actual = CrashDeployTest.snapshot(url);
        assertThat(actual.model()).isEqualTo(expected.model());
        assertThat(actual.catalog()).isEqualTo(expected.catalog());
        assertThat(actual.data()).isEqualTo(expected.data());
        assertThat(actual.history()).isEqualTo(expected.history());
        server.dropDatabase(url.database());
    }
}
