package dev.keel.psl.model;

import java.util.Optional;

/** Prisma's built-in scalar types. */
public enum ScalarType {
    String, Boolean, Int, BigInt, Float, Decimal, DateTime, Json, Bytes;

    public static Optional<ScalarType> of(java.lang.String name) {
        for (ScalarType t : values()) {
            if (t.name().equals(name)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
