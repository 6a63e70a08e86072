/**
 * Schema model × schema model → ordered steps, as Prisma's PostgreSQL differ computes them.
 * {@link dev.keel.diff.Differ#diff} returns a {@link dev.keel.diff.Migration}: the sealed
 * {@link dev.keel.diff.Step} records in Prisma's order, plus Prisma's destructive warnings and unexecutable-step
 * messages. Names are never guessed into renames (a changed {@code @map} is a drop and an add); indexes and foreign
 * keys are paired by definition, so only their names can be renamed. Prisma sorts steps by object position in the
 * source; pass {@link dev.keel.diff.SourceOrder} to reproduce that from a compiled schema.
 */
package dev.keel.diff;
