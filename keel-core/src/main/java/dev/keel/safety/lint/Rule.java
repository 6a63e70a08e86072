package dev.keel.safety.lint;

import java.util.Arrays;
import java.util.Optional;

/**
 * The lint rules. Ids follow squawk's where squawk has the rule, so teams moving over keep their vocabulary
 * (and their {@code -- keel:allow} comments read the same); the backward-compatibility rules come from the
 * migration guide's §5 (expand/contract, enum two-step rollout). {@link Severity#ADVICE} rules run only when asked.
 */
public enum Rule {
    // Locks on existing tables (squawk's PostgreSQL lock rules).
    REQUIRE_CONCURRENT_INDEX_CREATION("require-concurrent-index-creation", Severity.WARNING),
    REQUIRE_CONCURRENT_INDEX_DELETION("require-concurrent-index-deletion", Severity.WARNING),
    REQUIRE_CONCURRENT_REINDEX("require-concurrent-reindex", Severity.WARNING),
    REQUIRE_CONCURRENT_PARTITION_DETACH("require-concurrent-partition-detach", Severity.WARNING),
    CONSTRAINT_MISSING_NOT_VALID("constraint-missing-not-valid", Severity.WARNING),
    ADDING_FOREIGN_KEY_CONSTRAINT("adding-foreign-key-constraint", Severity.WARNING),
    ADDING_FIELD_WITH_DEFAULT("adding-field-with-default", Severity.WARNING),
    ADDING_NOT_NULLABLE_FIELD("adding-not-nullable-field", Severity.WARNING, "setting-not-null"),
    ADDING_SERIAL_PRIMARY_KEY_FIELD("adding-serial-primary-key-field", Severity.WARNING),
    DISALLOWED_UNIQUE_CONSTRAINT("disallowed-unique-constraint", Severity.WARNING),
    CHANGING_COLUMN_TYPE("changing-column-type", Severity.WARNING),
    TABLE_REWRITE("table-rewrite", Severity.WARNING),
    PREFER_REPACK("prefer-repack", Severity.WARNING),
    BAN_CREATE_DOMAIN_WITH_CONSTRAINT("ban-create-domain-with-constraint", Severity.WARNING),
    BAN_ALTER_DOMAIN_WITH_ADD_CONSTRAINT("ban-alter-domain-with-add-constraint", Severity.WARNING),
    REQUIRE_LOCK_TIMEOUT("require-lock-timeout", Severity.WARNING, "require-timeout-settings"),
    PREFER_ROBUST_STMTS("prefer-robust-stmts", Severity.WARNING),
    // Transactions.
    BAN_CONCURRENT_INDEX_CREATION_IN_TRANSACTION("ban-concurrent-index-creation-in-transaction", Severity.ERROR),
    TRANSACTION_NESTING("transaction-nesting", Severity.ERROR),
    BAN_UNCOMMITTED_TRANSACTION("ban-uncommitted-transaction", Severity.ERROR),
    // Backward compatibility: old code still running against the new schema (guide §5).
    ADDING_REQUIRED_FIELD("adding-required-field", Severity.ERROR),
    RENAMING_COLUMN("renaming-column", Severity.ERROR),
    RENAMING_TABLE("renaming-table", Severity.ERROR),
    BAN_DROP_COLUMN("ban-drop-column", Severity.ERROR),
    BAN_DROP_TABLE("ban-drop-table", Severity.ERROR),
    BAN_DROP_DATABASE("ban-drop-database", Severity.ERROR),
    BAN_TRUNCATE_CASCADE("ban-truncate-cascade", Severity.ERROR),
    RENAMING_ENUM_VALUE("renaming-enum-value", Severity.ERROR),
    REMOVING_ENUM_VALUE("removing-enum-value", Severity.ERROR),
    EXPAND_AND_CONTRACT_IN_ONE_RELEASE("expand-and-contract-in-one-release", Severity.ERROR),
    // Advice: off unless asked (Prisma itself writes INTEGER, SERIAL, TIMESTAMP(3), appended enum values).
    PREFER_BIGINT_OVER_INT("prefer-bigint-over-int", Severity.ADVICE),
    PREFER_BIGINT_OVER_SMALLINT("prefer-bigint-over-smallint", Severity.ADVICE),
    PREFER_IDENTITY("prefer-identity", Severity.ADVICE),
    PREFER_TEXT_FIELD("prefer-text-field", Severity.ADVICE),
    PREFER_TIMESTAMPTZ("prefer-timestamptz", Severity.ADVICE, "prefer-timestamp-tz"),
    BAN_CHAR_FIELD("ban-char-field", Severity.ADVICE),
    BAN_DROP_NOT_NULL("ban-drop-not-null", Severity.ADVICE),
    REQUIRE_ENUM_VALUE_ORDERING("require-enum-value-ordering", Severity.ADVICE),
    // What PostgreSQL said while running it.
    IDENTIFIER_TRUNCATED("identifier-truncated", Severity.WARNING),
    // The shadow database itself: an object of the live database it could not have (a notice, not a problem of the
    // migration: the exit code ignores it).
    LIVE_OBJECT_SKIPPED("live-object-skipped", Severity.NOTICE),
    // The suppression comments themselves.
    ALLOW_WITHOUT_REASON("allow-without-reason", Severity.WARNING),
    UNUSED_ALLOW("unused-allow", Severity.WARNING);

    public final String id;
    public final Severity severity;
    private final String alias;

    Rule(String id, Severity severity) {
        this(id, severity, null);
    }

    Rule(String id, Severity severity, String alias) {
        this.id = id;
        this.severity = severity;
        this.alias = alias;
    }

    /** By id or by squawk's alternative name. */
    public static Optional<Rule> byId(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id) || id.equals(r.alias)).findFirst();
    }

    /** {@code NOTICE}: information about the judgement itself; reported, but it never fails the run. */
    public enum Severity { ERROR, WARNING, ADVICE, NOTICE }
}
