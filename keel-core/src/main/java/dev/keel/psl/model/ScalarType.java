package dev.keel.psl.model;

import java.util.Optional;

/** Prisma's built-in scalar types. */
public enum ScalarType {
    String, Boolean, Int, BigInt, Float, Decimal, DateTime, Json, Bytes;

    /** {@code values()} copies its array on every call; this runs for every field and every declaration. */
    private static final ScalarType[] ALL = values();

    public static Optional<ScalarType> of(java.lang.String name) {
        for (ScalarType t : ALL) {
            if (t.name().equals(name)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
