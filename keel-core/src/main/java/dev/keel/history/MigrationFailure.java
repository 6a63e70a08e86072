package dev.keel.history;

import dev.keel.api.ErrorCode;
import java.util.Optional;

/**
 * Why deploy stopped: P3009 (failed migrations recorded earlier), P3018 (a migration failed now) or P3015 (a
 * migration folder without its script). {@code message} is Prisma's text for the code; {@code migrationName} is
 * the migration that failed now (P3018, P3015), {@code databaseErrorCode} the SQLSTATE (P3018).
 */
public record MigrationFailure(ErrorCode code, Optional<String> migrationName, Optional<String> databaseErrorCode,
                               String message) {
}
