package dev.keel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * README's command table, the help output and the flags scripts rely on agree: every command of the table exists
 * with the flags and exit codes it shows, every command exists in the table, and every command's help lists its
 * exit codes.
 */
class HelpAndReadmeTest {
    private static final Path README = Path.of("../README.md");

    /** The leaf commands (those that do something), by their path after {@code keel}. */
    private static Map<String, CommandSpec> leaves() {
        Map<String, CommandSpec> out = new LinkedHashMap<>();
        collect(KeelCommand.commandLine(), out);
        return out;
    }

    private static void collect(CommandLine cl, Map<String, CommandSpec> out) {
        if (cl.getSubcommands().isEmpty()) {
            out.put(cl.getCommandSpec().qualifiedName(" ").replaceFirst("^keel ", ""), cl.getCommandSpec());
        }
        cl.getSubcommands().values().forEach(sub -> collect(sub, out));
    }

    private record Row(String command, String usage, String exitCodes) {
    }

    /** The rows of README's "## Commands" table: the command path, its usage cell and its exit-code cell. */
    private static List<Row> readmeRows(Set<String> known) throws Exception {
        String text = Files.readString(README);
        String section = text.substring(text.indexOf("## Commands"));
        section = section.substring(0, section.indexOf("\n## ", 3));
        List<Row> rows = new ArrayList<>();
        for (String line : section.lines().toList()) {
            if (!line.startsWith("| `keel ")) {
                continue;
            }
            String[] cells = line.split("(?<!\\\\)\\|");
            String usage = cells[1].strip().replaceAll("^`|`$", "");
            String exit = cells[cells.length - 1].strip();
            // The command is the longest run of leading words that names a command.
            String[] words = usage.split(" ");
            String command = null;
            StringBuilder path = new StringBuilder();
            for (int i = 1; i < words.length; i++) {
                path.append(i > 1 ? " " : "").append(words[i]);
                if (known.contains(path.toString())) {
                    command = path.toString();
                }
            }
            rows.add(new Row(command == null ? usage : command, usage, exit));
        }
        return rows;
    }

    private static Set<Integer> codes(String text) {
        Set<Integer> out = new TreeSet<>();
        Matcher m = Pattern.compile("(?<![\\w,.])(\\d{1,3})(?![\\w,.])").matcher(text);
        while (m.find()) {
            out.add(Integer.parseInt(m.group(1)));
        }
        return out;
    }

    @Test
    void readmeTableAndCommandTreeNameTheSameCommands() throws Exception {
        Map<String, CommandSpec> leaves = leaves();
        List<Row> rows = readmeRows(leaves.keySet());
        assertThat(rows.stream().map(Row::command).toList()).as("README's command table")
                .containsExactlyInAnyOrderElementsOf(leaves.keySet());
    }

    @Test
    void readmeFlagsAndExitCodesAreTheHelpOnes() throws Exception {
        Map<String, CommandSpec> leaves = leaves();
        for (Row row : readmeRows(leaves.keySet())) {
            CommandSpec spec = leaves.get(row.command());
            Matcher flag = Pattern.compile("(?<![\\w-])(--?[a-z][a-z-]*[a-z])(?![\\w-])").matcher(row.usage());
            while (flag.find()) {
                assertThat(spec.findOption(flag.group(1))).as(row.command() + " " + flag.group(1)).isNotNull();
            }
            Set<Integer> help = new TreeSet<>();
            spec.usageMessage().exitCodeList().keySet().forEach(k -> help.add(Integer.parseInt(k.strip())));
            assertThat(codes(row.exitCodes())).as("exit codes of " + row.command() + " in README").isEqualTo(help);
        }
    }

    @Test
    void everyHelpListsExitCodes() {
        CommandLine root = KeelCommand.commandLine();
        assertThat(root.getUsageMessage()).contains("Exit codes:", "130   cancelled at a prompt");
        List<String> commands = new ArrayList<>(leaves().keySet());
        commands.addAll(List.of("migrate", "db", "plan"));
        for (String command : commands) {
            Cli help = Cli.run(Cli.args(command.split(" "), "--help"));
            assertThat(help.exit()).isZero();
            assertThat(help.out()).as(command).contains("\nExit codes:\n", "  0   ");
        }
    }

    /** The flags as they were before the option blocks became mixins and groups; scripts use these spellings. */
    @Test
    void everyFlagSpellingStillParses() {
        Map<String, List<String>> flags = new LinkedHashMap<>();
        List<String> migrate = List.of("--schema", "--url", "--migrations-dir", "--lock-timeout", "--cwd", "--json");
        flags.put("validate", List.of("--schema", "--cwd"));
        flags.put("format", List.of("--schema", "--check", "--cwd"));
        flags.put("migrate dev", concat(migrate, "-n", "--name", "--area", "--create-only", "--unsafe", "--skip-seed",
                "--shadow-database-url"));
        flags.put("migrate deploy", concat(migrate, "--ddl-lock-timeout-ms", "--lock-retries",
                "--statement-timeout-ms"));
        flags.put("migrate status", migrate);
        flags.put("migrate history", List.of("--schema", "--url", "--cwd", "--json", "--format", "--config"));
        flags.put("migrate resolve", concat(migrate, "--applied", "--rolled-back"));
        flags.put("migrate reset", concat(migrate, "-f", "--force", "--skip-seed"));
        flags.put("migrate diff", List.of("--from-empty", "--from-schema", "--from-migrations", "--from-url",
                "--from-config-datasource", "--to-empty", "--to-schema", "--to-migrations", "--to-url",
                "--to-config-datasource", "--script", "--exit-code", "-o", "--output", "--shadow-database-url",
                "--cwd"));
        flags.put("db seed", migrate);
        flags.put("ci", List.of("--schema", "--migrations-dir", "--shadow-database-url", "--format", "--lint",
                "--json", "--cwd"));
        flags.put("drift", List.of("--url", "--schema", "--migrations", "--json", "--shadow-database-url", "--cwd"));
        flags.put("lint", List.of("--json", "--format", "--probe", "--advice", "--url", "--runner", "--cwd"));
        flags.put("plan change-type", List.of("--schema", "--migrations-dir", "--cwd", "--column"));
        Map<String, CommandSpec> leaves = leaves();
        flags.forEach((command, names) -> names.forEach(n ->
                assertThat(leaves.get(command).findOption(n)).as(command + " " + n).isNotNull()));
        // The Prisma 7 flags every Prisma command takes.
        for (String command : List.of("validate", "format", "migrate dev", "migrate deploy", "migrate status",
                "migrate resolve", "migrate reset", "migrate diff", "db seed")) {
            assertThat(leaves.get(command).findOption("--config")).as(command + " --config").isNotNull();
        }
    }

    private static List<String> concat(List<String> a, String... b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(List.of(b));
        return out;
    }

    /** Every field of every --json shape is named in README's "JSON output" paragraph. */
    @Test
    void everyJsonFieldIsDocumented() throws Exception {
        String text = Files.readString(README);
        String doc = text.substring(text.indexOf("**JSON output**"), text.indexOf("**Prisma CLI parity.**"));
        List<String> missing = new ArrayList<>();
        for (Class<?> shape : JsonShapes.class.getDeclaredClasses()) {
            if (shape.isRecord()) {
                for (var component : shape.getRecordComponents()) {
                    if (!doc.contains("`" + component.getName() + "`")) {
                        missing.add(shape.getSimpleName() + "." + component.getName());
                    }
                }
            }
        }
        for (Class<?> shape : JsonShapes.Format.class.getDeclaredClasses()) {
            for (var component : shape.getRecordComponents()) {
                if (!doc.contains("`" + component.getName() + "`")) {
                    missing.add(shape.getSimpleName() + "." + component.getName());
                }
            }
        }
        assertThat(missing).as("fields of JsonShapes missing from README").isEmpty();
    }
}
