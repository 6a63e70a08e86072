package dev.keel.compile;

/**
 * Names of implicit many-to-many join tables and their constraints, which Prisma derives in its SQL calculator
 * (character-based cuts, unlike the byte-based ones of {@code dev.keel.psl.validate.ConstraintNames}, which the
 * validator already applied to every name of the resolved model).
 */
final class ConstraintNames {
    static final int LIMIT = 63;

    private ConstraintNames() {
    }

    /** The first {@code n} characters (code points), as Prisma's {@code chars().take(n)}. */
    static String takeChars(String s, int n) {
        int end = s.offsetByCodePoints(0, Math.min(n, s.codePointCount(0, s.length())));
        return s.substring(0, end);
    }
}
