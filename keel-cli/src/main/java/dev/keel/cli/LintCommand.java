package dev.keel.cli;

import dev.keel.api.Keel;
import dev.keel.safety.lint.LintOptions;
import dev.keel.safety.lint.LintResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "lint", exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:nothing found",
                "1:a file could not be judged (unreadable, or SQL PostgreSQL rejects)",
                "2:findings"},
        description = {
        "Judge migration SQL for locks and backward compatibility: each statement runs on a shadow database "
                + "(embedded PostgreSQL) where Keel reads the locks it takes, the tables it rewrites and what it "
                + "changes in the catalog.",
        "Exit 0 when nothing is found, 2 when there are findings, 1 when a file cannot be judged."})
public final class LintCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR|FILE", arity = "0..*",
            description = "Migrations folder, migration folders or SQL files (default: prisma/migrations)")
    List<Path> paths = new ArrayList<>();

    @CommandLine.Mixin
    JsonOption jsonOption;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or github (workflow annotations); default: ${DEFAULT-VALUE}")
    String format;

    @Option(names = "--probe", description = "Also print every statement's locks, rewrites and scans")
    boolean probe;

    @Option(names = "--advice", description = "Also run the advisory rules (prefer-bigint, prefer-identity, …)")
    boolean advice;

    @Option(names = "--url", paramLabel = "URL", description = "Judge against this database's schema (only read; "
            + "default: DATABASE_URL when set, else the migrations folder replayed)")
    String url;

    @Option(names = "--runner", paramLabel = "RUNNER", defaultValue = "keel",
            description = "Who deploys the files: keel (sets lock_timeout on every statement; statements PostgreSQL "
                    + "refuses in a transaction run on their own) or prisma (each file is one transaction, no "
                    + "lock_timeout unless the file sets it); default: ${DEFAULT-VALUE}")
    String runner;

    @CommandLine.Mixin
    WorkingDirOption cwd;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (!format.equals("text") && !format.equals("github")) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--format must be text or github, not " + format);
        }
        if (!runner.equals("keel") && !runner.equals("prisma")) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--runner must be keel or prisma, not " + runner);
        }
        String database = url != null ? url : System.getenv("DATABASE_URL");
        LintOptions options = LintOptions.defaults().withAdvice(advice).withLockTimeoutByRunner(runner.equals("keel"))
                .withPrismaRunner(runner.equals("prisma"))
                .withDatabaseUrl(database == null || database.isBlank() ? null : database);
        LintResult result = Keel.configure().workingDir(cwd.get()).build().lint(paths, options);
        PrintWriter out = spec.commandLine().getOut();
        if (jsonOption.enabled()) {
            out.print(LintPrinter.json(result, probe));
        } else if (format.equals("github")) {
            out.print(LintPrinter.github(result));
        } else {
            out.print(LintPrinter.text(result, probe));
        }
        out.flush();
        return result.exitCode();
    }
}
