package dev.keel.config;

import dev.keel.api.ErrorCode;
import dev.keel.api.KeelException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The team's migration naming convention (guide §3): {@code <yyyy-mm-dd>-<area>-<short-change>}, e.g.
 * {@code 2025-09-25-wallet-add-holds}. On by default; {@code keel.toml} may turn it off or give another pattern.
 *
 * @param enforced whether {@code migrate dev --name} must match
 * @param pattern  the regular expression a whole name must match
 */
public record NamingRule(boolean enforced, Pattern pattern) {
    /** Date, then an area, then at least one word of the change; lower-case ASCII words joined by dashes. */
    public static final String DEFAULT_PATTERN = "\\d{4}-\\d{2}-\\d{2}-[a-z0-9]+(-[a-z0-9]+)+";
    public static final NamingRule DEFAULT = new NamingRule(true, Pattern.compile(DEFAULT_PATTERN));
    public static final NamingRule OFF = new NamingRule(false, Pattern.compile(DEFAULT_PATTERN));

    public static NamingRule of(boolean enforced, String regex) {
        try {
            return new NamingRule(enforced, Pattern.compile(regex));
        } catch (PatternSyntaxException e) {
            throw new KeelException(ErrorCode.USAGE, "keel.toml: [naming] pattern is not a valid regular expression: "
                    + e.getDescription());
        }
    }

    /**
     * The migration name {@code migrate dev} is asked to create: {@code --area A --name N} builds
     * {@code <today UTC>-A-N}; a bare {@code --name} is taken as given.
     */
    public static Optional<String> compose(Optional<String> name, Optional<String> area, LocalDate todayUtc) {
        if (area.isEmpty()) {
            return name;
        }
        if (name.isEmpty()) {
            throw new KeelException(ErrorCode.USAGE, "--area needs --name (the short change, e.g. --area wallet "
                    + "--name add-holds).");
        }
        return Optional.of(todayUtc + "-" + area.get() + "-" + name.get());
    }

    public static LocalDate todayUtc() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    /** Whether the rule accepts {@code name} (always when it is not enforced). */
    public boolean accepts(String name) {
        return !enforced || pattern.matcher(name).matches();
    }

    /** Throws the one-line usage error for a name the rule rejects. */
    public void check(Optional<String> name) {
        if (!enforced) {
            return;
        }
        if (name.isEmpty()) {
            throw new KeelException(ErrorCode.USAGE, "A migration name is required by the naming convention "
                    + "<yyyy-mm-dd>-<area>-<short-change>: pass --name 2025-09-25-wallet-add-holds, or "
                    + "--area wallet --name add-holds (or turn the rule off in keel.toml: [naming] enforce = false).");
        }
        if (!accepts(name.get())) {
            String expected = pattern.pattern().equals(DEFAULT_PATTERN)
                    ? "<yyyy-mm-dd>-<area>-<short-change> in lower case, e.g. 2025-09-25-wallet-add-holds"
                    : "the pattern " + pattern.pattern() + " from keel.toml";
            throw new KeelException(ErrorCode.USAGE, "The migration name `" + name.get()
                    + "` does not follow the naming convention: expected " + expected + ".");
        }
    }
}
