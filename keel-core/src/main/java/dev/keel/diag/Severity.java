package dev.keel.diag;

/** Whether a diagnostic stops the schema from being used (error) or only informs (warning). */
public enum Severity {
    ERROR,
    WARNING
}
