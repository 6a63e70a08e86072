package dev.keel.cli;

/** Message fragments several commands print the way Prisma's CLI does. */
final class Texts {
    private Texts() {
    }

    static String found(int n, String dir) {
        return n == 0 ? "No migration found in " + dir : n + " migration" + (n > 1 ? "s" : "") + " found in " + dir;
    }
}
