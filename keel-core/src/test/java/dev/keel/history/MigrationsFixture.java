package dev.keel.history;

import dev.keel.api.Keel;
import dev.keel.api.KeelConfig;
import dev.keel.testing.TestDb;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** A migrations folder in a temporary directory, and a {@link Keel} pointed at it and at a test database. */
final class MigrationsFixture {
    final Path dir;
    final TestDb db;

    MigrationsFixture(Path root, TestDb db) {
        this.dir = root.resolve("prisma/migrations");
        this.db = db;
        write("migration_lock.toml", MigrationsDir.lockFileText("postgresql"));
    }

    MigrationsFixture add(String name, String sql) {
        write(name + "/migration.sql", sql);
        return this;
    }

    private void write(String rel, String text) {
        try {
            Path p = dir.resolve(rel);
            Files.createDirectories(p.getParent());
            Files.writeString(p, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    KeelConfig.Builder config() {
        return Keel.configure().workingDir(dir.getParent().getParent()).databaseUrl(db.url().toString())
                .migrationsDir(dir).environment(Map.of());
    }

    Keel keel() {
        return config().build();
    }
}
