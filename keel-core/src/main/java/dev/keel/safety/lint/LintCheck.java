package dev.keel.safety.lint;

import dev.keel.ci.CiCheck;
import dev.keel.ci.CiContext;
import dev.keel.ci.CiFinding;
import dev.keel.history.LocalMigration;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * {@code keel lint} as a step of {@code keel ci}: {@code keel.ci(List.of(LintCheck.latest()))}. Only the
 * migrations chosen are judged (each after the folder's earlier ones are replayed): a pull request adds the newest
 * migration, and the ones already deployed cannot be changed anyway. Every finding fails the job.
 */
public final class LintCheck implements CiCheck {
    private final Predicate<String> chosen;
    private final boolean latestOnly;
    private final LintOptions options;

    private LintCheck(Predicate<String> chosen, boolean latestOnly, LintOptions options) {
        this.chosen = chosen;
        this.latestOnly = latestOnly;
        this.options = options;
    }

    /** The newest migration of the folder (Keel's deploy runs it: it sets lock_timeout itself). */
    public static LintCheck latest() {
        return new LintCheck(n -> true, true, LintOptions.defaults().withLockTimeoutByRunner(true));
    }

    /** The migrations whose folder names {@code chosen} accepts (e.g. those not yet deployed). */
    public static LintCheck of(Predicate<String> chosen, LintOptions options) {
        return new LintCheck(chosen, false, options);
    }

    @Override
    public String name() {
        return "lint";
    }

    @Override
    public List<CiFinding> run(CiContext context) {
        List<LocalMigration> all = context.migrations().migrations();
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            boolean pick = latestOnly ? i == all.size() - 1 : chosen.test(all.get(i).name());
            if (pick) {
                paths.add(all.get(i).scriptPath());
            }
        }
        if (paths.isEmpty()) {
            return List.of();
        }
        LintResult r = new LintRun(context.workingDir(), options).run(paths);
        List<CiFinding> out = new ArrayList<>();
        for (Finding f : r.findings()) {
            String lock = f.lock().map(l -> "\nLock: " + l.describe()).orElse("");
            if (f.rule().severity == Rule.Severity.NOTICE) {
                // About the shadow, not the migration (its file is the live database): never fails the step.
                out.add(CiFinding.warning(name(), null, 0, f.rule().id, f.message()));
                continue;
            }
            out.add(CiFinding.error(name(), Path.of(f.file()), f.line(), f.rule().id,
                    f.message() + lock + "\nFix:\n" + f.fix()));
        }
        for (LintError e : r.errors()) {
            out.add(CiFinding.error(name(), Path.of(e.file()), e.line(), "lint error", e.message()));
        }
        return out;
    }
}
