package dev.keel.observe;

import dev.keel.api.HistoryResult;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A {@link HistoryResult} in Prometheus' text exposition format (version 0.0.4), for node_exporter's textfile
 * collector or any scraper: every family has its HELP and TYPE lines, even without samples; all are gauges, since
 * the file is a snapshot of the database, not a counter of this process. A migration recorded several times (rolled
 * back, then deployed again) is reported by its latest row, so every series has one sample.
 */
public final class HistoryMetrics {
    private HistoryMetrics() {
    }

    public static String render(HistoryResult r) {
        StringBuilder sb = new StringBuilder();
        family(sb, "keel_migrations", "Rows of _prisma_migrations by state.");
        sample(sb, "keel_migrations", Map.of("state", "applied"), Integer.toString(r.totals().applied()));
        sample(sb, "keel_migrations", Map.of("state", "failed"), Integer.toString(r.totals().failed()));
        sample(sb, "keel_migrations", Map.of("state", "rolled_back"), Integer.toString(r.totals().rolledBack()));

        family(sb, "keel_migrations_duration_seconds", "Sum of the durations of every recorded migration run.");
        sample(sb, "keel_migrations_duration_seconds", Map.of(), seconds(r.totals().duration()));

        family(sb, "keel_migration_last_finished_timestamp_seconds",
                "When the last migration that finished did, in seconds since the epoch.");
        r.migrations().stream().flatMap(m -> m.finishedAt().stream()).max(OffsetDateTime::compareTo)
                .ifPresent(t -> sample(sb, "keel_migration_last_finished_timestamp_seconds", Map.of(), epoch(t)));

        Map<String, HistoryResult.Migration> latest = new LinkedHashMap<>();
        for (HistoryResult.Migration m : r.migrations()) {
            latest.remove(m.name());
            latest.put(m.name(), m);
        }
        List<HistoryResult.Migration> runs = List.copyOf(latest.values());
        family(sb, "keel_migration_info", "1 for the latest row of each migration: its state (applied, failed, "
                + "rolled_back) and who ran it (mode transaction or statements: Keel; prisma: no journal row).");
        for (HistoryResult.Migration m : runs) {
            Map<String, String> l = new LinkedHashMap<>(labels(m));
            l.put("mode", m.journal().map(j -> j.mode().name().toLowerCase(Locale.ROOT)).orElse("prisma"));
            sample(sb, "keel_migration_info", l, "1");
        }
        family(sb, "keel_migration_duration_seconds", "Duration of the latest run of each migration (Keel's "
                + "journal, else Prisma's finished_at - started_at).");
        for (HistoryResult.Migration m : runs) {
            m.duration().ifPresent(d -> sample(sb, "keel_migration_duration_seconds", labels(m), seconds(d)));
        }
        family(sb, "keel_migration_rows_affected", "Rows the statements of the latest run of each migration "
                + "reported (runs in Keel's journal only).");
        for (HistoryResult.Migration m : runs) {
            m.rowsAffected().ifPresent(n -> sample(sb, "keel_migration_rows_affected", labels(m), Long.toString(n)));
        }
        family(sb, "keel_migration_lock_retries", "Times the deploy guard retried the latest run of each migration "
                + "after PostgreSQL's lock_timeout refused an attempt (runs in Keel's journal that record it).");
        for (HistoryResult.Migration m : runs) {
            m.locks().ifPresent(l -> sample(sb, "keel_migration_lock_retries", labels(m),
                    Integer.toString(l.retries())));
        }
        family(sb, "keel_migration_lock_wait_seconds", "Time the refused attempts of the latest run of each "
                + "migration waited until lock_timeout refused them (a transactional file: the whole attempt).");
        for (HistoryResult.Migration m : runs) {
            m.locks().ifPresent(l -> sample(sb, "keel_migration_lock_wait_seconds", labels(m), seconds(l.waited())));
        }
        family(sb, "keel_migration_lock_retry_pause_seconds", "Time the latest run of each migration slept in the "
                + "deploy guard's backoff between attempts refused for a lock.");
        for (HistoryResult.Migration m : runs) {
            m.locks().ifPresent(l -> sample(sb, "keel_migration_lock_retry_pause_seconds", labels(m),
                    seconds(l.paused())));
        }
        family(sb, "keel_migration_slowest_statement_seconds", "Duration of the slowest statement of the latest "
                + "statement-by-statement run of each migration.");
        for (HistoryResult.Migration m : runs) {
            m.journal().flatMap(HistoryResult.Run::slowest).ifPresent(s -> sample(sb,
                    "keel_migration_slowest_statement_seconds", Map.of("migration", m.name(), "statement",
                            Integer.toString(s.index())), seconds(s.duration())));
        }

        family(sb, "keel_plan_release", "The release each expand/contract plan's migrations reached.");
        for (HistoryResult.Plan p : r.plans()) {
            sample(sb, "keel_plan_release", Map.of("plan", p.name()), Integer.toString(p.release()));
        }
        family(sb, "keel_plan_in_flight", "1 while an expand/contract plan's last release is not deployed.");
        for (HistoryResult.Plan p : r.plans()) {
            sample(sb, "keel_plan_in_flight", Map.of("plan", p.name()), p.inFlight() ? "1" : "0");
        }
        family(sb, "keel_backfill_rows", "Rows each plan's backfill has changed so far.");
        for (HistoryResult.Plan p : r.plans()) {
            sample(sb, "keel_backfill_rows", Map.of("plan", p.name()), Long.toString(p.backfillRows()));
        }
        family(sb, "keel_backfill_finished", "1 once each plan's backfill has finished.");
        for (HistoryResult.Plan p : r.plans()) {
            sample(sb, "keel_backfill_finished", Map.of("plan", p.name()), p.backfilled() ? "1" : "0");
        }
        family(sb, "keel_backfill_part_rows", "Rows each backfill of a plan with several (an enum plan: one per "
                + "column) has changed so far.");
        for (HistoryResult.Plan p : r.plans()) {
            for (HistoryResult.Backfill b : p.backfills()) {
                sample(sb, "keel_backfill_part_rows", Map.of("plan", p.name(), "backfill", b.name()),
                        Long.toString(b.rowsChanged()));
            }
        }
        family(sb, "keel_backfill_updated_timestamp_seconds", "When each plan's row was last updated (backfill "
                + "progress, a release), in seconds since the epoch.");
        for (HistoryResult.Plan p : r.plans()) {
            sample(sb, "keel_backfill_updated_timestamp_seconds", Map.of("plan", p.name()), epoch(p.updatedAt()));
        }
        return sb.toString();
    }

    private static Map<String, String> labels(HistoryResult.Migration m) {
        Map<String, String> l = new LinkedHashMap<>();
        l.put("migration", m.name());
        l.put("state", m.state().name().toLowerCase(Locale.ROOT));
        return l;
    }

    private static void family(StringBuilder sb, String name, String help) {
        sb.append("# HELP ").append(name).append(' ').append(help.replace("\\", "\\\\").replace("\n", "\\n"))
                .append('\n');
        sb.append("# TYPE ").append(name).append(" gauge\n");
    }

    private static void sample(StringBuilder sb, String name, Map<String, String> labels, String value) {
        sb.append(name);
        if (!labels.isEmpty()) {
            sb.append('{');
            String sep = "";
            // Sorted for a stable file: Map.of has no order.
            for (Map.Entry<String, String> e : new java.util.TreeMap<>(labels).entrySet()) {
                sb.append(sep).append(e.getKey()).append("=\"").append(escape(e.getValue())).append('"');
                sep = ",";
            }
            sb.append('}');
        }
        sb.append(' ').append(value).append('\n');
    }

    /** A label value as the format wants it: backslash, double quote and line feed escaped. */
    static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    private static String seconds(Duration d) {
        return BigDecimal.valueOf(d.toMillis(), 3).stripTrailingZeros().toPlainString();
    }

    private static String epoch(OffsetDateTime t) {
        return BigDecimal.valueOf(t.toInstant().toEpochMilli(), 3).stripTrailingZeros().toPlainString();
    }
}
