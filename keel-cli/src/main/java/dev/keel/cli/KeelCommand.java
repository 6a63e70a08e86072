package dev.keel.cli;

import dev.keel.api.KeelException;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root {@code keel} command: only wiring of subcommands and of error handling. */
@Command(name = "keel", exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:success",
                "1:an error: a bad flag, a missing file, an invalid schema, an unreachable database, a failed "
                        + "migration",
                "2:findings or differences (ci, drift, lint, migrate diff --exit-code)",
                "130:cancelled at a prompt"},
        mixinStandardHelpOptions = true, scope = CommandLine.ScopeType.INHERIT,
        versionProvider = VersionProvider.class,
        description = "Safe, traceable PostgreSQL schema changes for Prisma schemas.")
public final class KeelCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The command tree, each level in the order help lists it. */
    private static final Node TREE = Node.of(KeelCommand.class,
            Node.of(ValidateCommand.class),
            Node.of(FormatCommand.class),
            Node.of(MigrateCommand.class, Node.of(MigrateDevCommand.class), Node.of(MigrateDeployCommand.class),
                    Node.of(MigrateStatusCommand.class), Node.of(MigrateHistoryCommand.class),
                    Node.of(MigrateResolveCommand.class),
                    Node.of(MigrateResetCommand.class), Node.of(MigrateDiffCommand.class)),
            Node.of(DbCommand.class, Node.of(DbSeedCommand.class)),
            Node.of(CiCommand.class),
            Node.of(DriftCommand.class),
            Node.of(LintCommand.class),
            Node.of(PlanCommand.class, Node.of(PlanCommand.RenameColumn.class), Node.of(PlanCommand.ChangeType.class),
                    Node.of(PlanCommand.RenameEnumValue.class), Node.of(PlanCommand.Advance.class)));

    /** The whole command tree (help, tests). */
    static CommandLine commandLine() {
        return handled(TREE.build(null));
    }

    /**
     * The command tree as far as {@code args} need it: picocli reflects over every command it is given, which is
     * most of a short command's run time, so a command line that names its subcommand gets only that branch.
     * Parsing, help and error messages are those of the whole tree (help and unknown names get all of it).
     */
    static CommandLine commandLine(String... args) {
        return handled(TREE.build(List.of(args)));
    }

    private static CommandLine handled(CommandLine cl) {
        cl.setParameterExceptionHandler(KeelCommand::onBadArguments);
        cl.setExecutionExceptionHandler(KeelCommand::onFailure);
        return cl;
    }

    /** A command class and its subcommands. */
    private record Node(Class<?> command, List<Node> children) {
        static Node of(Class<?> command, Node... children) {
            return new Node(command, List.of(children));
        }

        /**
         * This command with the subcommands that {@code args} (what follows its name; {@code null}: anything) can
         * reach: the one the next argument names exactly, none for a lone {@code --version}, otherwise all.
         */
        CommandLine build(List<String> args) {
            CommandLine cl = new CommandLine(command);
            if (args != null && args.size() == 1 && (args.get(0).equals("--version") || args.get(0).equals("-V"))) {
                return cl;
            }
            String next = args == null || args.isEmpty() ? null : args.get(0);
            for (Node child : children) {
                if (child.name().equals(next)) {
                    cl.addSubcommand(child.build(args.subList(1, args.size())));
                    return cl;
                }
            }
            for (Node child : children) {
                cl.addSubcommand(child.build(null));
            }
            return cl;
        }

        private String name() {
            return command.getAnnotation(Command.class).name();
        }
    }

    /** A wrong flag or argument: one line naming it, exit 1, no usage dump. */
    private static int onBadArguments(CommandLine.ParameterException e, String[] args) {
        // picocli starts some messages (mutually exclusive options) with its own "Error: ".
        String message = e.getMessage().replaceFirst("^Error: ", "");
        List<String> given = java.util.Arrays.asList(args);
        int end = given.indexOf("--");
        if ((end < 0 ? given : given.subList(0, end)).contains("--json")) {
            return Json.usage(e.getCommandLine().getOut(), message + " (see `"
                    + e.getCommandLine().getCommandSpec().qualifiedName() + " --help`)");
        }
        PrintWriter err = e.getCommandLine().getErr();
        String hint = "";
        if (e instanceof CommandLine.UnmatchedArgumentException
                && e.getCommandLine().getCommandSpec().userObject() instanceof DbSeedCommand) {
            // As Prisma: flags meant for the seed script go after --.
            hint = "; to pass arguments to the seed command, put them after --: keel db seed -- --arg value";
        }
        err.println("Error: " + message + " (see `" + e.getCommandLine().getCommandSpec().qualifiedName()
                + " --help`" + hint + ")");
        err.flush();
        return 1;
    }

    /** Environment failures become one line with their code; anything else is a bug and says so. */
    private static int onFailure(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        if (e instanceof KeelException ke && json(parsed)) {
            return Json.error(cl.getOut(), ke);
        }
        if (e instanceof KeelException ke) {
            return Output.error(err, ke);
        }
        if (json(parsed)) {
            Json.print(cl.getOut(), new JsonShapes.ErrorOutput(JsonShapes.Error.refused("KEEL_INTERNAL",
                    "internal error (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                            + "). Please report it.")));
            return 1;
        }
        err.println("Error: internal error (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                + "). Please report it; set KEEL_DEBUG=1 for the stack trace.");
        if (System.getenv("KEEL_DEBUG") != null) {
            e.printStackTrace(err);
        }
        err.flush();
        return 1;
    }

    /**
     * Whether the command that ran asked for {@code --json} or {@code --format json} (then even its failure is a JSON
     * object).
     */
    private static boolean json(CommandLine.ParseResult parsed) {
        CommandLine.ParseResult leaf = parsed;
        while (leaf.hasSubcommand()) {
            leaf = leaf.subcommand();
        }
        return leaf.hasMatchedOption("--json") || (leaf.hasMatchedOption("--format")
                && "json".equals(String.valueOf((Object) leaf.matchedOption("--format").getValue())));
    }
}
