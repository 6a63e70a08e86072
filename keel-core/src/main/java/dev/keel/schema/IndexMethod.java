package dev.keel.schema;

import java.util.Locale;

/** Index access method ({@code pg_am.amname}). Prisma renders {@code USING X} for all but BTREE. */
public enum IndexMethod {
    BTREE, HASH, GIST, GIN, SPGIST, BRIN;

    /** The {@code pg_am.amname} spelling. */
    public String amName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static IndexMethod fromAmName(String amname) {
        return valueOf(amname.toUpperCase(Locale.ROOT));
    }
}
