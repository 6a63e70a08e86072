package dev.keel.schema;

/** Whether a constraint check can be deferred to commit. */
public enum Deferral {
    NOT_DEFERRABLE(""),
    DEFERRABLE_INITIALLY_IMMEDIATE(" DEFERRABLE INITIALLY IMMEDIATE"),
    DEFERRABLE_INITIALLY_DEFERRED(" DEFERRABLE INITIALLY DEFERRED");

    private final String sqlSuffix;

    Deferral(String sqlSuffix) {
        this.sqlSuffix = sqlSuffix;
    }

    /** Text to append to a constraint definition ({@code ""} for the default). */
    public String sqlSuffix() {
        return sqlSuffix;
    }

    public static Deferral of(boolean deferrable, boolean initiallyDeferred) {
        if (!deferrable) {
            return NOT_DEFERRABLE;
        }
        return initiallyDeferred ? DEFERRABLE_INITIALLY_DEFERRED : DEFERRABLE_INITIALLY_IMMEDIATE;
    }
}
