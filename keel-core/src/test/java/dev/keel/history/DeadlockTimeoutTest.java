package dev.keel.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.api.DeployResult;
import dev.keel.testing.PgExtension;
import dev.keel.testing.TestDb;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The migration session's {@code deadlock_timeout} (see {@link DeployGuard}): in effect for the migrations when the
 * role may set it, the server's value otherwise, and the deploy works either way. (That a blocking autovacuum is
 * then cancelled after it rather than after 1 s is PostgreSQL's behaviour; BENCHMARKS.md shows it under load.)
 */
@ExtendWith(PgExtension.class)
class DeadlockTimeoutTest {
    private static final String SEEN = "CREATE TABLE \"seen\" AS SELECT current_setting('deadlock_timeout') AS v;\n";

    private static MigrationsFixture fixture(Path root, TestDb db) {
        return new MigrationsFixture(root, db).add("20240101000000_seen", SEEN);
    }

    @Test
    void aSuperuserDeploysWithTheGuardsDeadlockTimeout(@TempDir Path root, TestDb db) {
        DeployResult r = fixture(root, db).keel().deploy();
        assertThat(r.failure()).isEmpty();
        assertThat(db.column("SELECT v FROM \"seen\"")).containsExactly("50ms");
    }

    @Test
    void zeroLeavesTheServersValue(@TempDir Path root, TestDb db) {
        DeployResult r = fixture(root, db).config().deployGuard(DeployGuard.DEFAULT.withDeadlockTimeout(Duration.ZERO))
                .build().deploy();
        assertThat(r.failure()).isEmpty();
        assertThat(db.column("SELECT v FROM \"seen\"")).containsExactly("1s");
    }

    @Test
    void aRoleThatMayNotSetItDeploysWithTheServersValue(@TempDir Path root, TestDb db) {
        String role = "keel_plain_" + Integer.toHexString(ThreadLocalRandom.current().nextInt(1 << 24));
        db.execute("CREATE ROLE \"" + role + "\" LOGIN PASSWORD 'pw'; GRANT CREATE ON DATABASE \""
                + db.url().database() + "\" TO \"" + role + "\"; GRANT CREATE ON SCHEMA public TO \"" + role + "\"");
        try {
            String url = "postgresql://" + role + ":pw@" + db.url().host() + ":" + db.url().port() + "/"
                    + db.url().database();
            MigrationsFixture f = fixture(root, db);
            dev.keel.api.Keel keel = dev.keel.api.Keel.configure().workingDir(f.dir.getParent().getParent())
                    .databaseUrl(url).migrationsDir(f.dir).environment(Map.of()).build();
            DeployResult r = keel.deploy();
            assertThat(r.failure()).isEmpty();
            assertThat(db.column("SELECT v FROM \"seen\"")).containsExactly("1s");

            // PostgreSQL 15+: the DBA can allow it without making the role a superuser.
            db.execute("GRANT SET ON PARAMETER deadlock_timeout TO \"" + role + "\"");
            f.add("20240102000000_seen_again", SEEN.replace("\"seen\"", "\"seen_again\""));
            assertThat(keel.deploy().failure()).isEmpty();
            assertThat(db.column("SELECT v FROM \"seen_again\"")).containsExactly("50ms");
        } finally {
            db.execute("REVOKE SET ON PARAMETER deadlock_timeout FROM \"" + role + "\"; DROP OWNED BY \"" + role + "\"; DROP ROLE \"" + role + "\"");
        }
    }
}
