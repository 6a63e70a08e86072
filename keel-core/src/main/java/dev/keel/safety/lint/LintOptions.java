package dev.keel.safety.lint;

import java.util.Optional;
import java.util.Set;

/**
 * @param databaseUrl     judge against this database's schema (its tables are live, with row counts) instead of
 *                        the migrations folder replayed on a shadow database; the database is only read
 * @param advice          also run the {@link Rule.Severity#ADVICE} rules
 * @param lockTimeoutByRunner the runner sets {@code lock_timeout} itself, so files need not
 * @param disabled        rules never reported
 * @param prismaRunner    the files are deployed by {@code prisma migrate deploy}, which sends each file as one
 *                        transaction (Keel's deploy runs statements PostgreSQL refuses in one on their own)
 */
public record LintOptions(Optional<String> databaseUrl, boolean advice, boolean lockTimeoutByRunner,
                          Set<Rule> disabled, boolean prismaRunner) {
    public LintOptions {
        disabled = Set.copyOf(disabled);
    }

    public static LintOptions defaults() {
        return new LintOptions(Optional.empty(), false, false, Set.of(), false);
    }

    public LintOptions withDatabaseUrl(String url) {
        return new LintOptions(Optional.ofNullable(url), advice, lockTimeoutByRunner, disabled, prismaRunner);
    }

    public LintOptions withAdvice(boolean on) {
        return new LintOptions(databaseUrl, on, lockTimeoutByRunner, disabled, prismaRunner);
    }

    public LintOptions withLockTimeoutByRunner(boolean on) {
        return new LintOptions(databaseUrl, advice, on, disabled, prismaRunner);
    }

    public LintOptions withPrismaRunner(boolean on) {
        return new LintOptions(databaseUrl, advice, lockTimeoutByRunner, disabled, on);
    }

    public boolean enabled(Rule r) {
        return !disabled.contains(r) && (advice || r.severity != Rule.Severity.ADVICE);
    }
}
