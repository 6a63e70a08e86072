package dev.keel.api;

/** What {@code keel migrate resolve} recorded; {@code rolledBackRows} counts failed rows it closed. */
public record ResolveResult(String database, String migrationName, Action action, int rolledBackRows) {
    public enum Action {
        APPLIED,
        ROLLED_BACK
    }
}
