package dev.keel.safety.expand;

import java.util.List;
import java.util.Optional;

/** The PLAN.md written beside release 1: what each release ships, in order, and how to go on. */
final class PlanMarkdown {
    private PlanMarkdown() {
    }

    static String render(String plan, String summary, List<Release> releases, List<String> notes) {
        return render(plan, summary, releases, notes, Optional.empty());
    }

    /** How the line that says what the plan does starts and where its summary ends ({@link PlanFiles#goal}). */
    static final String GOAL = "Goal: ";
    static final String GOAL_END = ", without downtime";

    /** A column plan's way back: its second column and what release 1 hung on it can simply be dropped. */
    static final String COLUMN_ROLLBACK = "Before release 3 nothing is lost: drop the trigger, its function and the "
            + "backfill procedure, any foreign key of another table that references the new column (release 1 added "
            + "them `NOT VALID`), then the new column (its indexes and constraints go with it), or leave them, and "
            + "keep the old code. The plan's row in `\"_keel\".\"plans\"` may stay: if the plan is created again "
            + "under the same name, its release 1 replaces the row and the backfill starts from the first key. After "
            + "release 3 the old column is gone; roll forward.\n";

    /** {@code pacing}: the section on how the backfill is paced, for plans that have one. */
    static String render(String plan, String summary, List<Release> releases, List<String> notes,
                         Optional<String> pacing) {
        return render(plan, summary, releases, notes, pacing, COLUMN_ROLLBACK);
    }

    /** {@code rollback}: the body of the "Rolling back" section, which depends on what the plan changes. */
    static String render(String plan, String summary, List<Release> releases, List<String> notes,
                         Optional<String> pacing, String rollback) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Keel expand/contract plan `").append(plan).append("`\n\n")
                .append(GOAL).append(summary).append(GOAL_END).append(" and without losing a write, in ")
                .append(releases.size()).append(" releases (the migration guide's §5, backward-compatible "
                        + "patterns). Each release must be fully rolled out before the next one starts.\n\n")
                .append("Progress is recorded in the database table `\"_keel\".\"plans\"` (release reached, "
                        + "backfill progress); `keel migrate status` lists plans that are mid-flight.\n\n");
        for (Release r : releases) {
            sb.append("## Release ").append(r.number()).append(": ").append(r.title()).append("\n\n")
                    .append(r.code()).append("\n\n");
            if (r.migrations().isEmpty()) {
                sb.append("Migrations: none.\n\n");
                continue;
            }
            sb.append("Migrations").append(r.number() == 1 ? " (already in the migrations folder)"
                    : " (kept in `release-" + r.number() + "/` beside this file until `keel plan advance "
                    + plan + "`)").append(":\n\n");
            for (PlanMigration m : r.migrations()) {
                sb.append("- `<timestamp>_").append(plan).append(m.suffix()).append("`: ")
                        .append(firstComment(m.sql())).append('\n');
            }
            sb.append('\n');
        }
        pacing.ifPresent(p -> sb.append(p).append('\n'));
        if (!notes.isEmpty()) {
            sb.append("## Not handled by this plan\n\n");
            notes.forEach(n -> sb.append("- ").append(n).append('\n'));
            sb.append('\n');
        }
        sb.append("## Rolling back\n\n").append(rollback);
        return sb.toString();
    }

    /** How the backfill procedure {@code proc} shares the server with the application, and how to change it. */
    static String pacing(String proc) {
        return "## Pacing the backfill\n\n"
                + "The backfill works in key order, one transaction per batch, and shares the table with the "
                + "application three ways:\n\n"
                + "- **Batch time** (`target_batch_ms`, default " + BackfillProcedure.DEFAULT_TARGET_BATCH_MS + "): a "
                + "batch's rows stay locked until it commits, so an application write to one of them waits up to the "
                + "batch's duration. Each batch is sized from how long the previous one held its locks (at most twice "
                + "as many rows, as few as needed; the first has `batch_size` = " + BackfillProcedure.DEFAULT_BATCH_SIZE
                + " rows, none has more than `max_batch_size` = " + BackfillProcedure.DEFAULT_MAX_BATCH_SIZE + "), "
                + "like pt-online-schema-change's `--chunk-time`. `target_batch_ms => 0` keeps `batch_size` fixed.\n"
                + "- **Giving way** (`lock_wait_ms`, default " + BackfillProcedure.DEFAULT_LOCK_WAIT_MS + "): when an "
                + "application transaction holds a row of the batch, the batch waits at most that long, then undoes "
                + "itself, rests and tries again with half the rows, rather than keep every row it already locked "
                + "waiting too. After " + BackfillProcedure.MAX_YIELDS + " attempts in a row it waits like any "
                + "statement. `lock_wait_ms => 0` always waits.\n"
                + "- **Duty cycle** (`nice_ratio`, default " + BackfillProcedure.DEFAULT_NICE_RATIO + "; "
                + "`pause_seconds`, default 0): after each batch it rests `pause_seconds + nice_ratio × the batch's "
                + "duration`, like gh-ost's `--nice-ratio`. With 4 it rests four times as long as it worked, so it takes at "
                + "most a fifth of one backend's time, and when the server is busy its batches get slower and its rests "
                + "longer with them: the application's queries get the CPU and I/O first. The price is wall time: about "
                + "five times the unpaced copy.\n\n"
                + "Edit the `CALL` before deploying to change them: `nice_ratio => 0` for the fastest copy on a quiet "
                + "database or in a maintenance window, 1 for twice the speed on a server with spare capacity, 9 or more "
                + "on a server near its limit, a smaller `target_batch_ms` if the application's "
                + "writes must never wait that long (below about 20 ms each batch's fixed work — finding its end, "
                + "recording progress, committing — starts to cost throughput). A stopped backfill (cancelled, "
                + "crashed, or run with other arguments) resumes after the last batch it committed (its resume point is "
                + "in `\"_keel\".\"plans\"`, or for an enum plan, which has one backfill per column, in "
                + "`\"_keel\".\"backfills\"`):\n\n"
                + "```sql\nCALL " + proc + "(batch_size => 100, pause_seconds => 0, nice_ratio => 9,\n"
                + "    target_batch_ms => 10, max_batch_size => 10000, lock_wait_ms => 20);\n```\n";
    }

    /** What the migration does, from its header comment (after the plan name). */
    private static String firstComment(String sql) {
        String first = sql.lines().findFirst().orElse("");
        int colon = first.indexOf(": ");
        return colon < 0 ? first : first.substring(colon + 2);
    }
}
