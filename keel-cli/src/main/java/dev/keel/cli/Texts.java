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
}
