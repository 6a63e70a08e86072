package dev.keel.introspect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.schema.Autoincrement;
import dev.keel.schema.ReferentialAction;
import dev.keel.schema.Schema;
import dev.keel.schema.Table;
import dev.keel.testing.PgExtension;
import dev.keel.testing.TestDb;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The number of statements an introspection sends does not grow with the database: the same
 * {@link Introspector#QUERY_COUNT} for one table and for 1,000. Times are printed (see the surefire output file) for
 * information only; the benchmark proper lives in bench/.
 */
@ExtendWith(PgExtension.class)
class IntrospectorScaleTest {
    static final int TABLES = 1000;

    static String generatedDdl(int tables) {
        StringBuilder sql = new StringBuilder("CREATE TYPE \"Status\" AS ENUM ('ACTIVE', 'DISABLED');\n");
        for (int i = 0; i < tables; i++) {
            String t = String.format("t%04d", i);
            sql.append("CREATE TABLE \"").append(t).append("\" (id serial PRIMARY KEY, name varchar(255) NOT NULL, ")
                    .append("email text, created_at timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP, ")
                    .append("status \"Status\" NOT NULL DEFAULT 'ACTIVE', amount numeric(65,30), parent_id integer");
            if (i > 0) {
                sql.append(String.format(" REFERENCES \"t%04d\" (id) ON DELETE CASCADE", i - 1));
            }
            sql.append(");\n");
            sql.append("CREATE UNIQUE INDEX \"").append(t).append("_email_key\" ON \"").append(t).append("\" (email);\n");
            sql.append("CREATE INDEX \"").append(t).append("_name_idx\" ON \"").append(t).append("\" (name);\n");
        }
        return sql.toString();
    }

    @Test
    void statementCountDoesNotDependOnTheNumberOfTables(TestDb small, TestDb large) throws Exception {
        small.execute(generatedDdl(1));
        large.execute(generatedDdl(TABLES));

        int smallCount;
        try (Connection c = small.connect()) {
            CountingConnection counting = new CountingConnection(c);
            assertThat(Introspector.introspect(counting.connection(), List.of("public")).tables()).hasSize(1);
            smallCount = counting.executions();
        }
        assertThat(smallCount).isEqualTo(Introspector.QUERY_COUNT);

        try (Connection c = large.connect()) {
            CountingConnection counting = new CountingConnection(c);
            long start = System.nanoTime();
            Schema s = Introspector.introspect(counting.connection(), List.of("public"));
            long first = System.nanoTime() - start;
            assertThat(counting.executions()).isEqualTo(smallCount);

            assertThat(s.tables()).hasSize(TABLES);
            Table last = s.table("public", String.format("t%04d", TABLES - 1)).orElseThrow();
            assertThat(last.columns()).hasSize(7);
            assertThat(last.column("id").orElseThrow().autoincrement()).isEqualTo(Autoincrement.SERIAL);
            assertThat(last.indexes()).hasSize(2);
            assertThat(last.foreignKeys()).singleElement()
                    .satisfies(fk -> assertThat(fk.onDelete()).isEqualTo(ReferentialAction.CASCADE));
            assertThat(s.sequences()).hasSize(TABLES);
            assertThat(s.tables().stream().mapToInt(t -> t.foreignKeys().size()).sum()).isEqualTo(TABLES - 1);

            long best = Long.MAX_VALUE;
            for (int i = 0; i < 5; i++) {
                long t0 = System.nanoTime();
                Introspector.introspect(c, List.of("public"));
                best = Math.min(best, System.nanoTime() - t0);
            }
            System.out.printf("introspection of %d tables: %d statements, first %d ms, best of 5 %d ms%n", TABLES,
                    counting.executions(), first / 1_000_000, best / 1_000_000);
        }
    }
}
