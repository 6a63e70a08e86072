package dev.keel.safety.probe;

import java.util.Arrays;

/**
 * PostgreSQL's table-level lock modes, weakest first, with what each one stops an application from doing
 * while it is held (the "Conflicting Lock Modes" table of the PostgreSQL manual, chapter 13.3.1):
 * plain {@code SELECT} takes ACCESS SHARE, {@code INSERT/UPDATE/DELETE} take ROW EXCLUSIVE.
 */
public enum LockMode {
    ACCESS_SHARE("AccessShareLock", "ACCESS SHARE"),
    ROW_SHARE("RowShareLock", "ROW SHARE"),
    ROW_EXCLUSIVE("RowExclusiveLock", "ROW EXCLUSIVE"),
    SHARE_UPDATE_EXCLUSIVE("ShareUpdateExclusiveLock", "SHARE UPDATE EXCLUSIVE"),
    SHARE("ShareLock", "SHARE"),
    SHARE_ROW_EXCLUSIVE("ShareRowExclusiveLock", "SHARE ROW EXCLUSIVE"),
    EXCLUSIVE("ExclusiveLock", "EXCLUSIVE"),
    ACCESS_EXCLUSIVE("AccessExclusiveLock", "ACCESS EXCLUSIVE");

    /** The name {@code pg_locks.mode} shows. */
    public final String pgName;
    /** The name in SQL ({@code LOCK TABLE ... IN x MODE}) and in the manual. */
    public final String sqlName;

    LockMode(String pgName, String sqlName) {
        this.pgName = pgName;
        this.sqlName = sqlName;
    }

    public static LockMode fromPgName(String name) {
        return Arrays.stream(values()).filter(m -> m.pgName.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown lock mode " + name));
    }

    /** Whether two modes conflict (the manual's matrix). */
    public boolean conflictsWith(LockMode other) {
        return CONFLICTS[ordinal()][other.ordinal()];
    }

    /** Whether a plain SELECT on the relation waits while this lock is held. */
    public boolean blocksReads() {
        return conflictsWith(ACCESS_SHARE);
    }

    /** Whether INSERT/UPDATE/DELETE on the relation wait while this lock is held. */
    public boolean blocksWrites() {
        return conflictsWith(ROW_EXCLUSIVE);
    }

    private static final boolean[][] CONFLICTS = matrix(
            "00000001",
            "00000011",
            "00001111",
            "00011111",
            "00110111",
            "00111111",
            "01111111",
            "11111111");

    private static boolean[][] matrix(String... rows) {
        boolean[][] m = new boolean[rows.length][rows.length];
        for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < rows.length; j++) {
                m[i][j] = rows[i].charAt(j) == '1';
            }
        }
        return m;
    }
}
