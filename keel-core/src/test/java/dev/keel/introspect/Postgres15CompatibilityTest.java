package dev.keel.introspect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.db.DatabaseUrl;
import dev.keel.schema.Schema;
import dev.keel.testing.PgExtension;
import dev.keel.testing.TestDb;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The same DDL gives the same model on PostgreSQL 15 as on the embedded 17. Needs a PostgreSQL 15 server, so it
 * runs only when {@code KEEL_PG15_URL} is set (e.g. {@code postgresql://keel:keel@127.0.0.1:5432/postgres}); the
 * test creates and drops its own database there.
 */
@ExtendWith(PgExtension.class)
@EnabledIfEnvironmentVariable(named = "KEEL_PG15_URL", matches = ".+")
class Postgres15CompatibilityTest {

    @Test
    void postgres15AndPostgres17GiveTheSameModel(TestDb pg17) throws Exception {
        String ddl = IntrospectorTest.DEFAULTS_DDL + ";" + IntrospectorTest.KEYS_DDL
                + "CREATE SCHEMA other; CREATE TYPE other.\"Level\" AS ENUM ('low', 'high');"
                + "CREATE TABLE other.items (id bigint PRIMARY KEY, level other.\"Level\"[] DEFAULT '{low}');"
                + "CREATE VIEW other.item_ids AS SELECT id FROM other.items WHERE id > 0;";
        DatabaseUrl admin = DatabaseUrl.parse(System.getenv("KEEL_PG15_URL"));
        String name = "keel_compat_" + ProcessHandle.current().pid();
        try (Connection c = admin.connect(); Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + name);
            st.execute("CREATE DATABASE " + name);
        }
        try {
            TestDb pg15 = new TestDb(admin.withDatabase(name));
            assertThat(pg15.column("SHOW server_version_num").get(0)).startsWith("15");
            pg15.execute(ddl);
            pg17.execute(ddl);
            Schema from15;
            Schema from17;
            try (Connection c = pg15.connect()) {
                from15 = Introspector.introspect(c, List.of("public", "other"));
                CatalogCrossCheck.verify(c, List.of("public", "other"), from15);
            }
            try (Connection c = pg17.connect()) {
                from17 = Introspector.introspect(c, List.of("public", "other"));
            }
            // pg_get_viewdef's text is version-specific (15 qualifies column references, 16+ does not), so views
            // are compared by name only; a differ must compare view definitions printed by one server
            assertThat(from15.views()).extracting(v -> v.name()).containsExactlyElementsOf(
                    from17.views().stream().map(v -> v.name()).toList());
            Schema without15 = new Schema(from15.namespaces(), from15.tables(), from15.enums(), from15.sequences(),
                    List.of(), from15.extensions());
            Schema without17 = new Schema(from17.namespaces(), from17.tables(), from17.enums(), from17.sequences(),
                    List.of(), from17.extensions());
            assertThat(without15.describe()).isEqualTo(without17.describe());
            assertThat(without15).isEqualTo(without17);
        } finally {
            try (Connection c = admin.connect(); Statement st = c.createStatement()) {
                st.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
        }
    }
}
