package dev.keel.api;

import java.util.Optional;

/**
 * What {@code keel migrate dev} is asked to do.
 *
 * @param name           {@code --name}: the migration name (with {@code area}, the short change only)
 * @param area           {@code --area}: builds {@code <today UTC>-<area>-<name>} for the naming convention
 * @param createOnly     write the migration without applying it ({@code --create-only})
 * @param skipSeed       do not seed after creating or resetting the database
 * @param resetIfNeeded  the user agreed to a reset when drift, an edited or failed migration, or diverging
 *                       histories require one; otherwise such a state is returned as {@code RESET_REQUIRED}
 * @param acceptDataLoss the user agreed to the data-loss warnings of the new migration; otherwise they are returned
 *                       as {@code NEEDS_CONFIRMATION} and nothing is written
 * @param unsafe         {@code --unsafe}: write Prisma's plain SQL as one migration instead of Keel's safe plan
 *                       (concurrent index builds, {@code NOT VALID} then {@code VALIDATE}, {@code NOT NULL} through a
 *                       validated check), which may split one change into several migrations
 */
public record DevRequest(Optional<String> name, Optional<String> area, boolean createOnly, boolean skipSeed,
                         boolean resetIfNeeded, boolean acceptDataLoss, boolean unsafe) {
    /** A request for Keel's safe plan (the default). */
    public DevRequest(Optional<String> name, Optional<String> area, boolean createOnly, boolean skipSeed,
                      boolean resetIfNeeded, boolean acceptDataLoss) {
        this(name, area, createOnly, skipSeed, resetIfNeeded, acceptDataLoss, false);
    }

    public static DevRequest named(String name) {
        return new DevRequest(Optional.of(name), Optional.empty(), false, false, false, false, false);
    }

    public DevRequest withResetIfNeeded() {
        return new DevRequest(name, area, createOnly, skipSeed, true, acceptDataLoss, unsafe);
    }

    public DevRequest withAcceptDataLoss() {
        return new DevRequest(name, area, createOnly, skipSeed, resetIfNeeded, true, unsafe);
    }

    public DevRequest withUnsafe(boolean plainSql) {
        return new DevRequest(name, area, createOnly, skipSeed, resetIfNeeded, acceptDataLoss, plainSql);
    }
}
