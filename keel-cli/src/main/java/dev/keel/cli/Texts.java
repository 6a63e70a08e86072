package dev.keel.cli;

/** Message fragments several commands print the way Prisma's CLI does. */
final class Texts {
    /** Prisma's MigrateResetEnvNonInteractiveError. */
    static final String RESET_NON_INTERACTIVE = "Prisma Migrate has detected that the environment is non-interactive. "
            + "It is recommended to run this command in an interactive environment.\n\nUse --force to run this command "
            + "without user interaction.\nSee https://www.prisma.io/docs/reference/api-reference/command-reference"
            + "#migrate-reset";

    /** Prisma's MigrateDevEnvNonInteractiveError. */
    static final String DEV_NON_INTERACTIVE = "Prisma Migrate has detected that the environment is non-interactive, "
            + "which is not supported.\n\n`keel migrate dev` is an interactive command designed to create new "
            + "migrations and evolve the database in development.\nTo apply existing migrations in deployments, use "
            + "keel migrate deploy.\nSee https://www.prisma.io/docs/reference/api-reference/command-reference"
            + "#migrate-deploy";

    private Texts() {
    }

    static String found(int n, String dir) {
        return n == 0 ? "No migration found in " + dir : n + " migration" + (n > 1 ? "s" : "") + " found in " + dir;
    }

    /** One line per expand/contract plan that is mid-flight. */
    static String planInFlight(dev.keel.api.PlanStatus p) {
        StringBuilder sb = new StringBuilder("Plan ").append(p.name()).append(" is mid-flight: ");
        if (p.deployedRelease().isEmpty()) {
            sb.append("release 1 not deployed yet");
        } else {
            sb.append("release ").append(p.deployedRelease().get()).append(" deployed");
            sb.append(p.backfilled() ? ", backfill done (" + p.backfillRows() + " rows)"
                    : ", backfill running or pending (" + p.backfillRows() + " rows so far)");
        }
        if (!p.pendingReleases().isEmpty()) {
            sb.append("; release ").append(p.pendingReleases().get(0)).append(" waits for `keel plan advance ")
                    .append(p.name()).append("`");
        }
        return sb.append('.').toString();
    }
}
