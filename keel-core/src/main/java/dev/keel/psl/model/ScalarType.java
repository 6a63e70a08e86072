package dev.keel.psl.model;

import java.util.Optional;

/** Prisma's built-in scalar types. */
public enum ScalarType {
    String, Boolean, Int, BigInt, Float, Decimal, DateTime, Json, Bytes;

    /** {@code values()} copies its array on every call; this runs for every field and every declaration. */
    private static final ScalarType[] ALL = values();
    /**
     * One (immutable) answer per type, by name: this runs for every field and declaration, whose names the parser
     * interns (so their hashes are computed once); no allocation, one comparison.
     */
    private static final java.util.Map<java.lang.String, Optional<ScalarType>> BY_NAME =
            java.util.Arrays.stream(ALL).collect(java.util.stream.Collectors.toUnmodifiableMap(Enum::name, Optional::of));

    public static Optional<ScalarType> of(java.lang.String name) {
        return name == null ? Optional.empty() : BY_NAME.getOrDefault(name, Optional.empty());
    }
}
