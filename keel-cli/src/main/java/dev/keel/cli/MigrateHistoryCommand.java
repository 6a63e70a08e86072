package dev.keel.cli;

import dev.keel.api.HistoryResult;
import dev.keel.api.Keel;
import dev.keel.observe.HistoryMetrics;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "history", exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the history was read (also when the database has none)", "1:an error"},
        description = "Show what past deploys recorded: each migration's duration, rows affected, lock retries, outcome "
                + "and slowest statement, and the backfill progress of expand/contract plans; as text, JSON or "
                + "Prometheus metrics.")
public final class MigrateHistoryCommand implements Callable<Integer> {
    enum Format { text, json, prometheus }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Mixin
    SchemaOption schemaOption;

    @Mixin
    DatabaseUrlOption url;

    @Mixin
    JsonOption json;

    @Mixin
    ConfigOption config;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default), json (as --json) or "
            + "prometheus (the text exposition format, for node_exporter's textfile collector)")
    Format format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        config.explain(spec.commandLine().getErr());
        Format f = json.enabled() ? Format.json : format == null ? Format.text : format;
        HistoryResult r = Keel.configure().workingDir(schemaOption.workingDir()).schema(schemaOption.schema)
                .databaseUrl(url.get()).build().history();
        PrintWriter out = spec.commandLine().getOut();
        switch (f) {
            case json -> Json.print(out, JsonShapes.History.of(r));
            case prometheus -> out.print(HistoryMetrics.render(r));
            case text -> text(out, r);
        }
        out.flush();
        return 0;
    }

    private static void text(PrintWriter out, HistoryResult r) {
        if (!r.hasMigrationsTable()) {
            out.println("No migrations table (_prisma_migrations) in schema \"" + r.historySchema() + "\" of "
                    + r.database() + ": nothing has been deployed there.");
        } else {
            out.printf("%-19s  %-11s  %-10s  %10s  %10s  %s%n", "STARTED (UTC)", "STATE", "MODE", "DURATION", "ROWS",
                    "MIGRATION");
            for (HistoryResult.Migration m : r.migrations()) {
                String mode = m.journal().map(j -> j.mode().name().toLowerCase(Locale.ROOT)).orElse("prisma");
                out.printf("%-19s  %-11s  %-10s  %10s  %10s  %s%n",
                        m.startedAt().withOffsetSameInstant(ZoneOffset.UTC).format(WHEN),
                        m.state().name().toLowerCase(Locale.ROOT), mode, m.duration().map(MigrateHistoryCommand::ms)
                                .orElse("-"), m.rowsAffected().isPresent() ? Long.toString(m.rowsAffected()
                                .getAsLong()) : "-", m.name());
                m.journal().flatMap(HistoryResult.Run::slowest).ifPresent(s -> out.printf(
                        "%-19s  slowest statement: #%d of %d, %s, %d rows%n", "", s.index() + 1,
                        m.journal().get().statementCount(), ms(s.duration()), s.rowsAffected()));
                m.locks().filter(l -> l.refused() > 0).ifPresent(l -> out.printf(
                        "%-19s  lock: %d attempt%s refused by lock_timeout (%s waiting), %d retr%s (%s paused)%n", "",
                        l.refused(), l.refused() == 1 ? "" : "s", ms(l.waited()), l.retries(),
                        l.retries() == 1 ? "y" : "ies", ms(l.paused())));
            }
            out.println();
            out.println(r.totals().applied() + " applied, " + r.totals().failed() + " failed, "
                    + r.totals().rolledBack() + " rolled back; " + ms(r.totals().duration()) + " in all.");
        }
        for (HistoryResult.Plan p : r.plans()) {
            out.println("Plan " + p.name() + " (" + p.kind() + " on " + p.table() + "): release " + p.release()
                    + (p.finished() ? ", finished" : ", in flight") + "; backfill " + p.backfillRows() + " rows, "
                    + (p.backfilled() ? "finished" : "not finished") + "; last update "
                    + when(p.updatedAt()) + ".");
            for (HistoryResult.Backfill b : p.backfills()) {
                out.println("  backfill " + b.name() + ": " + b.rowsChanged() + " rows, "
                        + (b.finished() ? "finished" : "not finished") + "; last update " + when(b.updatedAt()) + ".");
            }
        }
    }

    private static String when(OffsetDateTime t) {
        return t.withOffsetSameInstant(ZoneOffset.UTC).format(WHEN) + " UTC";
    }

    private static String ms(Duration d) {
        return d.toMillis() + " ms";
    }
}
