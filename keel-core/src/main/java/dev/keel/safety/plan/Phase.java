package dev.keel.safety.plan;

/**
 * The migrations of a safe plan, in the order they must be applied. Each phase exists only when it has work; a
 * phase ends its transaction so that the next phase's slow part never runs under the previous phase's strong lock.
 */
public enum Phase {
    /** Everything that takes only a brief lock: Prisma's statements minus the parts moved to later phases. */
    MAIN("", true),
    /** One {@code CREATE [UNIQUE] INDEX CONCURRENTLY IF NOT EXISTS} per migration (no transaction). */
    CONCURRENT_INDEX("_index", false),
    /** Constraints added without checking rows: {@code FOREIGN KEY ... NOT VALID}, {@code UNIQUE USING INDEX}. */
    CONSTRAINTS("_constraints", true),
    /** {@code VALIDATE CONSTRAINT}: scans the table under SHARE UPDATE EXCLUSIVE (reads and writes go on). */
    VALIDATE("_validate", true),
    /** {@code SET NOT NULL} proven by the validated check (no scan), then the check is dropped. */
    SET_NOT_NULL("_not_null", true);

    /** Appended to the migration name the user gave. */
    public final String suffix;
    /** Whether the migration runs in one transaction. */
    public final boolean transactional;

    Phase(String suffix, boolean transactional) {
        this.suffix = suffix;
        this.transactional = transactional;
    }
}
