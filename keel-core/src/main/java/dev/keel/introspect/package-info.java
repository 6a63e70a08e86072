/**
 * Live database to {@link dev.keel.schema.Schema}: {@link dev.keel.introspect.Introspector} reads
 * {@code pg_catalog} with a fixed set of queries (the SQL lives in {@code src/main/resources/keel/introspect/}),
 * whatever the size of the database, and returns the normalised model.
 */
package dev.keel.introspect;
