/**
 * Migration steps to SQL. {@link dev.keel.render.ScriptRenderer} writes Prisma's script byte for byte
 * ({@code migrate diff --script}, or a {@code migration.sql} with its warnings header);
 * {@link dev.keel.render.ScriptRenderer#statements} gives each statement with its source step, transaction mode and
 * expected lock for the safety layer; {@link dev.keel.render.SummaryRenderer} writes Prisma's human drift summary.
 */
package dev.keel.render;
