package dev.keel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@link KeelCommand#commandLine(String...)} builds only the branch a command line names; each command of that branch
 * must be the same command as in the whole tree (its options, inherited ones included, help text, exit codes).
 */
class CommandTreeTest {
    @Test
    void everyCommandHasTheSameHelpWhenItsBranchIsBuiltAlone() {
        List<List<String>> paths = new ArrayList<>();
        collect(KeelCommand.commandLine(), new ArrayList<>(), paths);
        assertThat(paths).hasSize(21);
        for (List<String> path : paths) {
            CommandLine whole = find(KeelCommand.commandLine(), path);
            CommandLine branch = find(KeelCommand.commandLine(path.toArray(String[]::new)), path);
            assertThat(usage(branch)).as("keel %s", path).isEqualTo(usage(whole));
            assertThat(branch.getCommandSpec().options().stream().map(o -> o.longestName()).toList())
                    .as("keel %s", path)
                    .isEqualTo(whole.getCommandSpec().options().stream().map(o -> o.longestName()).toList());
        }
    }

    @Test
    void aNamedCommandGetsOnlyItsBranch() {
        CommandLine root = KeelCommand.commandLine("migrate", "diff", "--from-empty");
        assertThat(root.getSubcommands()).containsOnlyKeys("migrate");
        assertThat(root.getSubcommands().get("migrate").getSubcommands()).containsOnlyKeys("diff");
        assertThat(KeelCommand.commandLine("--version").getSubcommands()).isEmpty();
        // Anything else (help, a misspelt command) gets the whole tree, so help and suggestions are unchanged.
        assertThat(KeelCommand.commandLine("--help").getSubcommands()).hasSize(8);
        assertThat(KeelCommand.commandLine("migrate", "deplyo").getSubcommands().get("migrate").getSubcommands())
                .hasSize(7);
    }

    @Test
    void versionAndErrorsReadAsBefore() {
        assertThat(Cli.run("--version").out()).startsWith("keel ");
        assertThat(Cli.run("migrate", "--version").out()).isEqualTo(Cli.run("--version").out());
        Cli typo = Cli.run("migrate", "deplyo");
        assertThat(typo.exit()).isEqualTo(1);
        assertThat(typo.err()).isEqualTo(
                "Error: Unmatched argument at index 1: 'deplyo' (see `keel migrate --help`)" + System.lineSeparator());
    }

    private static void collect(CommandLine cl, List<String> path, List<List<String>> out) {
        out.add(List.copyOf(path));
        cl.getSubcommands().forEach((name, sub) -> {
            List<String> p = new ArrayList<>(path);
            p.add(name);
            collect(sub, p, out);
        });
    }

    private static CommandLine find(CommandLine root, List<String> path) {
        CommandLine cl = root;
        for (String name : path) {
            cl = cl.getSubcommands().get(name);
        }
        return cl;
    }

    private static String usage(CommandLine cl) {
        StringWriter w = new StringWriter();
        cl.usage(new PrintWriter(w), CommandLine.Help.Ansi.OFF);
        return w.toString();
    }
}
