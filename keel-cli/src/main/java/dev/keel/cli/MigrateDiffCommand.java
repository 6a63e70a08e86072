package dev.keel.cli;

import dev.keel.api.DiffResult;
import dev.keel.api.ErrorCode;
import dev.keel.api.Keel;
import dev.keel.api.KeelException;
import dev.keel.source.SchemaSpec;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "diff", description = "Compare two schema sources (empty, a Prisma schema, a migrations folder, a "
        + "live database) and print the difference: a readable summary, or the SQL migration with --script. "
        + "With --exit-code: 0 no difference, 2 difference, 1 error.")
public final class MigrateDiffCommand implements Callable<Integer> {
    @Option(names = "--from-empty", description = "Start from an empty database")
    boolean fromEmpty;
    @Option(names = "--from-schema", paramLabel = "FILE", description = "Start from a Prisma schema file or folder")
    Path fromSchema;
    @Option(names = "--from-migrations", paramLabel = "DIR",
            description = "Start from a migrations folder (replayed on a shadow database)")
    Path fromMigrations;
    @Option(names = "--from-url", paramLabel = "URL", description = "Start from a live database")
    String fromUrl;

    @Option(names = "--from-config-datasource",
            description = "Start from the configured database (DATABASE_URL, then the datasource url of the schema)")
    boolean fromConfig;

    @Option(names = "--to-empty", description = "End at an empty database")
    boolean toEmpty;
    @Option(names = "--to-schema", paramLabel = "FILE", description = "End at a Prisma schema file or folder")
    Path toSchema;
    @Option(names = "--to-migrations", paramLabel = "DIR",
            description = "End at a migrations folder (replayed on a shadow database)")
    Path toMigrations;
    @Option(names = "--to-url", paramLabel = "URL", description = "End at a live database")
    String toUrl;

    @Option(names = "--to-config-datasource",
            description = "End at the configured database (DATABASE_URL, then the datasource url of the schema)")
    boolean toConfig;

    @Option(names = "--script", description = "Print the SQL migration instead of the summary")
    boolean script;
    @Option(names = "--exit-code", description = "Exit 0 when there is no difference, 2 when there is one")
    boolean exitCode;
    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of stdout")
    Path output;
    @Option(names = "--shadow-database-url", paramLabel = "URL",
            description = "Server to create the throw-away shadow database on (default: SHADOW_DATABASE_URL, then "
                    + "the embedded PostgreSQL)")
    String shadowDatabaseUrl;

    /** Hidden: lets tests run the command as if started in another folder. */
    @Option(names = "--cwd", paramLabel = "DIR", hidden = true)
    Path workingDir = Path.of("");

    @CommandLine.Mixin
    JsonOption json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<SchemaSpec> from = specs(fromEmpty, fromSchema, fromMigrations, fromUrl, fromConfig);
        List<SchemaSpec> to = specs(toEmpty, toSchema, toMigrations, toUrl, toConfig);
        if (from.size() != 1 || to.size() != 1) {
            if (json.enabled()) {
                return Json.usage(out, (from.size() != 1 ? from.size() + " `--from-...` parameter(s) provided. " : "")
                        + (to.size() != 1 ? to.size() + " `--to-...` parameter(s) provided. " : "")
                        + "1 must be provided.");
            }
            // Prisma's wording, one line per side that is wrong.
            if (from.size() != 1) {
                err.println("Error: " + from.size() + " `--from-...` parameter(s) provided. 1 must be provided.");
            }
            if (to.size() != 1) {
                err.println("Error: " + to.size() + " `--to-...` parameter(s) provided. 1 must be provided.");
            }
            err.flush();
            return 1;
        }
        DiffResult r;
        try {
            Keel keel = Keel.configure().workingDir(workingDir).shadowDatabaseUrl(shadowDatabaseUrl).build();
            r = keel.diff(configured(keel, from.get(0)), configured(keel, to.get(0)));
        } catch (KeelException e) {
            return json.enabled() ? Json.error(out, e) : Output.oneLineError(err, e);
        }
        String text = json.enabled() ? Json.write(JsonShapes.Diff.of(r)) : script ? r.script() : r.summary();
        if (!text.endsWith("\n")) {
            text += "\n";
        }
        if (output != null) {
            Path file = workingDir.resolve(output);
            try {
                if (file.toAbsolutePath().getParent() != null) {
                    Files.createDirectories(file.toAbsolutePath().getParent());
                }
                Files.writeString(file, text, StandardCharsets.UTF_8);
            } catch (IOException e) {
                KeelException failure = new KeelException(ErrorCode.IO, "Could not write " + output + ": "
                        + e.getMessage(), e);
                return json.enabled() ? Json.error(out, failure) : Output.oneLineError(err, failure);
            }
        } else {
            out.print(text);
            out.flush();
        }
        return exitCode && r.hasChanges() ? 2 : 0;
    }

    /** Stands for {@code --*-config-datasource} until the configuration is known. */
    private static final SchemaSpec.Url CONFIGURED = new SchemaSpec.Url("config-datasource");

    private static SchemaSpec configured(Keel keel, SchemaSpec spec) {
        return spec == CONFIGURED ? keel.configuredDatabase() : spec;
    }

    private static List<SchemaSpec> specs(boolean empty, Path schema, Path migrations, String url, boolean config) {
        List<SchemaSpec> out = new ArrayList<>();
        if (empty) {
            out.add(new SchemaSpec.Empty());
        }
        if (schema != null) {
            out.add(new SchemaSpec.SchemaFile(schema));
        }
        if (migrations != null) {
            out.add(new SchemaSpec.Migrations(migrations));
        }
        if (url != null) {
            out.add(new SchemaSpec.Url(url));
        }
        if (config) {
            out.add(CONFIGURED);
        }
        return out;
    }
}
