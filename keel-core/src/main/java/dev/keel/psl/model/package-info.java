/**
 * The resolved, validated schema: what a compiler from PSL to PostgreSQL needs, with every name Prisma would
 * derive already derived (table, column, enum and constraint names, relation names, default referential actions).
 * All records are immutable. {@link dev.keel.psl.model.PslSchema} is the root; it is only built for schemas
 * without errors ({@code ValidatedSchema.model()}).
 * <ul>
 * <li>{@link dev.keel.psl.model.Datasource}, {@link dev.keel.psl.model.ConfigValue}, {@link dev.keel.psl.model.Extension},
 * {@link dev.keel.psl.model.Generator}: configuration blocks (Prisma 5/6 {@code url}/{@code directUrl}/
 * {@code shadowDatabaseUrl} are kept, as env var name or literal).</li>
 * <li>{@link dev.keel.psl.model.PslModel}: a model or view with {@link dev.keel.psl.model.ScalarField}s,
 * {@link dev.keel.psl.model.RelationField}s, a {@link dev.keel.psl.model.PrimaryKey} and
 * {@link dev.keel.psl.model.Index}es (unique constraints, indexes).</li>
 * <li>{@link dev.keel.psl.model.PslEnum}: an enum and its values with database names.</li>
 * <li>{@link dev.keel.psl.model.Relation}: a resolved relation (1:1, 1:n, implicit m:n) with both sides.</li>
 * </ul>
 */
package dev.keel.psl.model;
