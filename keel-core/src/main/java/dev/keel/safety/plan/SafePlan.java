package dev.keel.safety.plan;

import dev.keel.api.ErrorCode;
import dev.keel.api.KeelException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The migrations a schema change becomes, in order, and notes on what the plan could not make safe (a type change
 * that rewrites the table, a required column without default on a table with rows...), one line each.
 */
public record SafePlan(List<PlannedMigration> migrations, List<String> notes) {
    private static final DateTimeFormatter PRISMA_TIMESTAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    public SafePlan {
        migrations = List.copyOf(migrations);
        notes = List.copyOf(notes);
    }

    /** One migration holding {@code sql} as written: Prisma's plain SQL ({@code migrate dev --unsafe}). */
    public static SafePlan ofScript(String sql) {
        return new SafePlan(List.of(new PlannedMigration("", Phase.MAIN, sql, List.of())), List.of());
    }

    public boolean isEmpty() {
        return migrations.isEmpty();
    }

    /**
     * Prisma folder names for the migrations: {@code <timestamp>_<name><suffix>}, the timestamp one second apart
     * per migration so that the folders sort in plan order.
     */
    public List<String> folderNames(LocalDateTime first, String name) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < migrations.size(); i++) {
            out.add(PRISMA_TIMESTAMP.format(first.plusSeconds(i)) + "_" + name + migrations.get(i).suffix());
        }
        return out;
    }

    /**
     * Writes each migration to {@code <migrationsDir>/<folder>/migration.sql} (folders from {@link #folderNames});
     * returns the folders written, in order.
     */
    public List<Path> write(Path migrationsDir, LocalDateTime first, String name) {
        List<String> names = folderNames(first, name);
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < migrations.size(); i++) {
            Path folder = migrationsDir.resolve(names.get(i));
            try {
                Files.createDirectories(folder);
                Files.writeString(folder.resolve("migration.sql"), migrations.get(i).sql(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new KeelException(ErrorCode.IO, "Could not write " + folder + ": " + e.getMessage(), e);
            }
            out.add(folder);
        }
        return out;
    }
}
