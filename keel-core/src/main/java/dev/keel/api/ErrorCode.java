package dev.keel.api;

import java.util.Optional;

/**
 * Stable codes for environment failures (never for user mistakes in a schema, which are diagnostics).
 * Where Prisma has a P-code for the same situation it is kept, so scripts that grep for it keep working.
 */
public enum ErrorCode {
    SCHEMA_NOT_FOUND("KEEL_SCHEMA_NOT_FOUND", null, 1),
    SCHEMA_INVALID("KEEL_SCHEMA_INVALID", "P1012", 1),
    IO("KEEL_IO", null, 1),
    DATABASE_UNREACHABLE("KEEL_DB_UNREACHABLE", "P1001", 1),
    AUTHENTICATION_FAILED("KEEL_DB_AUTH", "P1000", 1),
    /** The database named in the URL does not exist on the server (Prisma's P1003). */
    DATABASE_DOES_NOT_EXIST("KEEL_DB_DOES_NOT_EXIST", "P1003", 1),
    /** The server refused this user access to the database (Prisma's P1010). */
    DATABASE_ACCESS_DENIED("KEEL_DB_ACCESS_DENIED", "P1010", 1),
    DATABASE_ERROR("KEEL_DB_ERROR", null, 1),
    EMBEDDED_POSTGRES("KEEL_EMBEDDED_PG", null, 1),
    SEED_FAILED("KEEL_SEED_FAILED", null, 1),
    USAGE("KEEL_USAGE", null, 1),
    /** The advisory lock could not be taken in time (Prisma reports its 10 s timeout as P1002). */
    LOCK_TIMEOUT("KEEL_LOCK_TIMEOUT", "P1002", 1),
    DATABASE_CREATION_FAILED("KEEL_DATABASE_CREATION_FAILED", "P3000", 1),
    SCHEMA_NOT_EMPTY("KEEL_SCHEMA_NOT_EMPTY", "P3005", 1),
    NAME_TOO_LONG("KEEL_NAME_TOO_LONG", "P3010", 1),
    MIGRATION_ALREADY_APPLIED("KEEL_MIGRATION_ALREADY_APPLIED", "P3008", 1),
    FAILED_MIGRATIONS_FOUND("KEEL_FAILED_MIGRATIONS_FOUND", "P3009", 1),
    CANNOT_ROLL_BACK_UNAPPLIED("KEEL_CANNOT_ROLL_BACK_UNAPPLIED", "P3011", 1),
    CANNOT_ROLL_BACK_SUCCEEDED("KEEL_CANNOT_ROLL_BACK_SUCCEEDED", "P3012", 1),
    MIGRATION_FILE_NOT_FOUND("KEEL_MIGRATION_FILE_NOT_FOUND", "P3015", 1),
    MIGRATION_NOT_FOUND("KEEL_MIGRATION_NOT_FOUND", "P3017", 1),
    MIGRATION_FAILED("KEEL_MIGRATION_FAILED", "P3018", 1),
    PROVIDER_SWITCHED("KEEL_PROVIDER_SWITCHED", "P3019", 1),
    /** A migration of a replayed folder failed on the shadow database (Prisma's P3006). */
    SHADOW_MIGRATION_FAILED("KEEL_SHADOW_MIGRATION_FAILED", "P3006", 1),
    /** The throw-away shadow database could not be created (Prisma's P3014). */
    SHADOW_DATABASE_CREATION_FAILED("KEEL_SHADOW_DATABASE_CREATION_FAILED", "P3014", 1);

    private final String code;
    private final String prismaCode;
    private final int exitCode;

    ErrorCode(String code, String prismaCode, int exitCode) {
        this.code = code;
        this.prismaCode = prismaCode;
        this.exitCode = exitCode;
    }

    public String code() {
        return code;
    }

    public Optional<String> prismaCode() {
        return Optional.ofNullable(prismaCode);
    }

    public int exitCode() {
        return exitCode;
    }
}
