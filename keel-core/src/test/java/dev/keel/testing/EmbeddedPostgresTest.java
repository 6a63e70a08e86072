package dev.keel.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PgExtension.class)
class EmbeddedPostgresTest {
    @Test
    void serverIsPostgres17AndEachTestGetsAnEmptyDatabase(TestDb db) {
        assertThat(db.column("SHOW server_version_num").get(0)).startsWith("17");
        assertThat(db.column("SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                + "WHERE n.nspname = 'public'")).containsExactly("0");
        db.execute("CREATE TABLE t (id int); INSERT INTO t VALUES (1), (2)");
        assertThat(db.column("SELECT id FROM t ORDER BY id")).containsExactly("1", "2");
    }
}
