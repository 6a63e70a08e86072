package dev.keel.introspect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.testing.PgExtension;
import dev.keel.testing.TestDb;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PgExtension.class)
class CatalogQueryTest {

    /** The variant for servers before 15 does not name the column they lack, and is still valid SQL. */
    @Test
    void olderServersGetQueriesWithoutNullsNotDistinct(TestDb db) throws Exception {
        db.execute("CREATE TABLE t (a int, b int); CREATE UNIQUE INDEX t_a_key ON t (a); CREATE INDEX t_b ON t (b)");
        for (CatalogQuery q : CatalogQuery.values()) {
            assertThat(q.sql(14)).doesNotContain("indnullsnotdistinct");
        }
        assertThat(CatalogQuery.INDEXES.sql(15)).contains("i.indnullsnotdistinct");
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(CatalogQuery.INDEXES.sql(14))) {
            ps.setArray(1, c.createArrayOf("text", new String[] {"public"}));
            int rows = 0;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    assertThat(rs.getBoolean("nulls_not_distinct")).isFalse();
                    rows++;
                }
            }
            assertThat(rows).isEqualTo(2);
        }
    }
}
