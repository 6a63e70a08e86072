package dev.keel.safety.lint;

import dev.keel.db.DatabaseUrl;
import dev.keel.db.EmbeddedPostgresServer;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The existing schema every lint case starts from, built once as a template database; each case runs on its own
 * copy ({@code CREATE DATABASE … TEMPLATE}), so cases share one setup yet cannot see each other's changes. The
 * tables are empty, as on the shadow database {@code keel lint} replays migrations on.
 */
final class LintFixture implements AutoCloseable {
    static final String EXISTING = """
            CREATE TABLE parent (id int PRIMARY KEY, name text);
            CREATE TABLE child (id int PRIMARY KEY, parent_id int, status text NOT NULL DEFAULT 'a', amount int,
                                note text, code varchar(10), created timestamp(3),
                                CONSTRAINT child_note_nn CHECK (note IS NOT NULL));
            CREATE INDEX child_status_idx ON child (status);
            CREATE INDEX child_code_idx ON child (code);
            CREATE UNIQUE INDEX child_amount_uidx ON child (id, amount);
            ALTER TABLE child ADD CONSTRAINT child_parent_nv FOREIGN KEY (parent_id) REFERENCES parent (id) NOT VALID;
            ALTER TABLE child ADD CONSTRAINT child_amount_nv CHECK (amount > 0) NOT VALID;
            CREATE TABLE event (id int NOT NULL, payload text);
            CREATE UNIQUE INDEX event_id_uidx ON event (id);
            CREATE TYPE mood AS ENUM ('happy', 'sad');
            CREATE TABLE person (id int PRIMARY KEY, mood mood);
            CREATE TABLE measurement (id int, at date NOT NULL) PARTITION BY RANGE (at);
            CREATE TABLE measurement_2024 PARTITION OF measurement FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
            CREATE DOMAIN positive AS int;
            CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
            """;

    private final EmbeddedPostgresServer server = EmbeddedPostgresServer.get();
    private final DatabaseUrl template;
    private final AtomicInteger counter = new AtomicInteger();

    /** Builds the template database once; each case then gets a copy of it. */
    LintFixture(String name) {
        template = server.createDatabase(name);
        try (Connection c = template.connect(); Statement st = c.createStatement()) {
            st.execute(EXISTING);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Lints {@code sql} as one file against a fresh copy of the existing schema. */
    FileReport lint(String sql, LintOptions options) {
        return lintAll(List.of(sql), options).get(0);
    }

    /** Lints the files in order (each sees the ones before it) against one fresh copy of the existing schema. */
    List<FileReport> lintAll(List<String> files, LintOptions options) {
        String name = template.database() + "_" + counter.incrementAndGet();
        execute("CREATE DATABASE \"" + name + "\" TEMPLATE \"" + template.database() + "\" STRATEGY FILE_COPY");
        DatabaseUrl url = template.withDatabase(name);
        try (Connection conn = url.connect()) {
            Linter linter = new Linter(conn, url::connect, options);
            List<FileReport> out = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                out.add(linter.lint("file" + i + ".sql", files.get(i), Map.of()));
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } finally {
            server.dropDatabase(name);
        }
    }

    private void execute(String sql) {
        try (Connection c = server.url("postgres").connect(); Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.dropDatabase(template.database());
    }
}
