/**
 * The one PostgreSQL schema model. Every source (a compiled Prisma schema, a live database via
 * {@code dev.keel.introspect}, a migrations folder replayed on a shadow database) becomes a {@link dev.keel.schema.Schema};
 * one differ compares two of them.
 *
 * <p>Rules that keep {@code equals()} structural and {@link dev.keel.schema.Schema#describe()} stable:
 * <ul>
 *   <li>Immutable records; objects refer to each other by {@link dev.keel.schema.QualifiedName} (schema, name) or by
 *       column name inside their table, never by object pointer.</li>
 *   <li>Collections are sorted at construction (tables, enums, sequences, views by qualified name; indexes, foreign
 *       keys and checks by name). Table columns and enum values keep their declared order, which is meaningful.</li>
 *   <li>Equivalent spellings (type aliases, literal casts, {@code now()}, serial defaults, over-long identifiers) are
 *       made one by {@link dev.keel.schema.Normalize#schema}, applied to every source before comparing.</li>
 * </ul>
 *
 * <p>Conventions a producer must follow:
 * <ul>
 *   <li>A SERIAL column is {@code Autoincrement.SERIAL} with no default, plus a {@link dev.keel.schema.Sequence} owned by
 *       it in {@code Schema.sequences()} ({@link dev.keel.schema.Sequence#serialFor} builds the one PostgreSQL creates).
 *       Identity columns carry no sequence.</li>
 *   <li>The primary key's index is not in {@code Table.indexes()}; UNIQUE constraints are
 *       {@link dev.keel.schema.IndexKind#UNIQUE_CONSTRAINT} indexes (Prisma only ever creates {@code UNIQUE_INDEX}).</li>
 *   <li>Only non-default index operator classes are recorded; NULLS order is always explicit.</li>
 * </ul>
 */
package dev.keel.schema;
