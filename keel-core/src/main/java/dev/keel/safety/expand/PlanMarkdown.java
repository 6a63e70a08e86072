package dev.keel.safety.expand;

import java.util.List;

/** The PLAN.md written beside release 1: what each release ships, in order, and how to go on. */
final class PlanMarkdown {
    private PlanMarkdown() {
    }

    static String render(String plan, String summary, List<Release> releases, List<String> notes) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Keel expand/contract plan `").append(plan).append("`\n\n")
                .append("Goal: ").append(summary).append(", without downtime and without losing a write, in ")
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
        if (!notes.isEmpty()) {
            sb.append("## Not handled by this plan\n\n");
            notes.forEach(n -> sb.append("- ").append(n).append('\n'));
            sb.append('\n');
        }
        sb.append("## Rolling back\n\n")
                .append("Before release 3 nothing is lost: drop the trigger and the new column (or leave them) "
                        + "and keep the old code. After release 3 the old column is gone; roll forward.\n");
        return sb.toString();
    }

    /** What the migration does, from its header comment (after the plan name). */
    private static String firstComment(String sql) {
        String first = sql.lines().findFirst().orElse("");
        int colon = first.indexOf(": ");
        return colon < 0 ? first : first.substring(colon + 2);
    }
}
