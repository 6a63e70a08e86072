package dev.keel.ci;

import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One thing {@code keel ci} reports: which check found it, how bad it is, where (a file and line when known) and
 * what to do. An {@link Severity#ERROR} fails the job (exit 2); a {@link Severity#WARNING} is reported only.
 */
public record CiFinding(String check, Severity severity, Optional<Path> file, OptionalInt line, String title,
                        String message) {
    public enum Severity { ERROR, WARNING }

    public static CiFinding error(String check, Path file, int line, String title, String message) {
        return new CiFinding(check, Severity.ERROR, Optional.ofNullable(file),
                line > 0 ? OptionalInt.of(line) : OptionalInt.empty(), title, message);
    }

    public static CiFinding warning(String check, Path file, int line, String title, String message) {
        return new CiFinding(check, Severity.WARNING, Optional.ofNullable(file),
                line > 0 ? OptionalInt.of(line) : OptionalInt.empty(), title, message);
    }
}
