package dev.keel.history;

import java.nio.file.Path;
import java.util.Optional;

/**
 * One migration folder: its name (the whole folder name, the key in {@code _prisma_migrations}), where its
 * {@code migration.sql} is, and the script, or why it could not be read.
 */
public record LocalMigration(String name, Path scriptPath, Optional<String> script, Optional<String> readError) {
    public static LocalMigration of(String name, Path scriptPath, String script) {
        return new LocalMigration(name, scriptPath, Optional.of(script), Optional.empty());
    }

    public static LocalMigration unreadable(String name, Path scriptPath, String error) {
        return new LocalMigration(name, scriptPath, Optional.empty(), Optional.of(error));
    }

    public boolean readable() {
        return script.isPresent();
    }

    public String checksum() {
        return Checksum.of(script.orElseThrow());
    }

    /** The 14-digit timestamp prefix Prisma writes, if the name has one. */
    public Optional<String> timestamp() {
        int us = name.indexOf('_');
        String head = us < 0 ? name : name.substring(0, us);
        return head.length() == 14 && head.chars().allMatch(Character::isDigit) ? Optional.of(head) : Optional.empty();
    }
}
