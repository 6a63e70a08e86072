package dev.keel.safety.lint;

import java.util.Optional;
import java.util.Set;

/**
 * @param databaseUrl     judge against this database's schema (its tables are live, with row counts) instead of
 *                        the migrations folder replayed on a shadow database; the database is only read
 * @param advice          also run the {@link Rule.Severity#ADVICE} rules
 * @param lockTimeoutByRunner the runner sets {@code lock_timeout} itself, so files need not
 * @param disabled        rules never reported
 */
public record LintOptions(Optional<String> databaseUrl, boolean advice, boolean lockTimeoutByRunner,
                          Set<Rule> disabled) {
    public LintOptions {
        disabled = Set.copyOf(disabled);
    }

    public static LintOptions defaults() {
        return new LintOptions(Optional.empty(), false, false, Set.of());
    }

    public LintOptions withDatabaseUrl(String url) {
        return new LintOptions(Optional.ofNullable(url), advice, lockTimeoutByRunner, disabled);
    }

    public LintOptions withAdvice(boolean on) {
        return new LintOptions(databaseUrl, on, lockTimeoutByRunner, disabled);
    }

    public LintOptions withLockTimeoutByRunner(boolean on) {
        return new LintOptions(databaseUrl, advice, on, disabled);
    }

    public boolean enabled(Rule r) {
        return !disabled.contains(r) && (advice || r.severity != Rule.Severity.ADVICE);
    }
}
