package dev.keel.cli;

import dev.keel.api.Keel;
import dev.keel.ci.CiCheck;
import dev.keel.ci.CiFinding;
import dev.keel.ci.CiResult;
import dev.keel.safety.lint.LintCheck;
import dev.keel.safety.lint.LintOptions;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "ci", exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:passed", "1:an error (the check could not run)", "2:findings"},
        description = "The CI step: validate the schema, check and replay the migrations folder on a "
        + "fresh database, fail when the schema has changes without a migration. Exit 0 ok, 2 findings, 1 error.")
public final class CiCommand implements Callable<Integer> {
    enum Format { text, github }

    enum LintScope { latest, all, none }

    @Mixin
    SchemaOption schemaOption;

    @Mixin
    MigrationsDirOption migrationsDir;

    @Mixin
    ShadowDatabaseOption shadowDatabase;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default) or github (workflow annotations ::error file=…,line=…::…)")
    Format format;

    @Option(names = "--lint", paramLabel = "SCOPE", defaultValue = "latest",
            description = "Which migrations keel lint judges: latest (default: the newest, what a pull request adds), "
                    + "all, or none")
    LintScope lint;

    @CommandLine.Mixin
    JsonOption jsonOption;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Keel keel = Keel.configure().workingDir(schemaOption.workingDir()).schema(schemaOption.schema)
                .migrationsDir(migrationsDir.get()).shadowDatabaseUrl(shadowDatabase.get()).build();
        List<CiCheck> checks = switch (lint) {
            case none -> List.of();
            case all -> List.of(LintCheck.of(name -> true, LintOptions.defaults().withLockTimeoutByRunner(true)));
            case latest -> List.of(LintCheck.latest());
        };
        CiResult r = keel.ci(checks);
        PrintWriter out = spec.commandLine().getOut();
        if (jsonOption.enabled()) {
            Json.print(out, JsonShapes.Ci.of(r));
        } else if (format == Format.github) {
            for (CiFinding f : r.findings()) {
                out.println(annotation(f));
            }
            printSummary(r, out);
        } else {
            for (CiFinding f : r.findings()) {
                out.println((f.severity() == CiFinding.Severity.ERROR ? "error" : "warning") + "[" + f.check() + "]: "
                        + f.title() + where(f));
                f.message().lines().forEach(l -> out.println("  " + l));
                out.println();
            }
            printSummary(r, out);
        }
        out.flush();
        return r.exitCode();
    }

    private static String where(CiFinding f) {
        return f.file().map(p -> " (" + p + f.line().stream().mapToObj(l -> ":" + l).findFirst().orElse("") + ")")
                .orElse("");
    }

    private static void printSummary(CiResult r, PrintWriter out) {
        for (CiResult.Step s : r.steps()) {
            String mark = switch (s.status()) {
                case PASSED -> "✔";
                case FAILED -> "✘";
                case SKIPPED -> "-";
            };
            out.println(mark + " " + s.name() + (s.status() == CiResult.Step.Status.SKIPPED ? " (skipped)"
                    : s.findings() == 0 ? "" : " (" + s.findings() + " finding" + (s.findings() == 1 ? "" : "s") + ")")
                    + " " + s.millis() + " ms");
        }
        long errors = r.findings().stream().filter(f -> f.severity() == CiFinding.Severity.ERROR).count();
        out.println(r.passed() ? "keel ci: passed" : "keel ci: failed, " + errors + " error" + (errors == 1 ? "" : "s"));
    }

    /** A GitHub Actions workflow command; data and properties escaped as the runner expects. */
    static String annotation(CiFinding f) {
        StringBuilder sb = new StringBuilder("::").append(f.severity() == CiFinding.Severity.ERROR ? "error" : "warning");
        List<String> props = new ArrayList<>();
        f.file().ifPresent(p -> props.add("file=" + property(p.toString().replace('\\', '/'))));
        f.line().ifPresent(l -> props.add("line=" + l));
        props.add("title=" + property("keel " + f.check() + ": " + f.title()));
        sb.append(' ').append(String.join(",", props));
        return sb.append("::").append(data(f.message())).toString();
    }

    private static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
