package dev.keel.safety.probe;

/** A NOTICE or WARNING PostgreSQL sent while running a statement, in its own words. */
public record Notice(String sqlState, String message) {
}
