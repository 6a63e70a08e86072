package dev.keel.source;

import dev.keel.diff.SourceOrder;
import dev.keel.psl.model.PslSchema;
import dev.keel.schema.Schema;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link SchemaSpec} turned into the PostgreSQL model, with what the differ needs besides it.
 *
 * @param schema          the model (normalised; views and extensions included as the source has them)
 * @param order           declaration order for Prisma's exact step order ({@link SourceOrder#natural()} for a
 *                        database or a replayed folder, which have none)
 * @param namespaces      the PostgreSQL schemas this source covers (a database was read in exactly these)
 * @param multiSchema     true when a Prisma schema lists {@code schemas = [...]} in its datasource: Prisma then
 *                        qualifies every name in the SQL it writes
 * @param managesExtensions true when a Prisma schema enables {@code postgresqlExtensions}; otherwise extensions
 *                        are not Prisma's business and a diff should leave them out
 * @param psl             the validated Prisma schema, for a {@link SchemaSpec.SchemaFile}
 */
public record ResolvedSchema(Schema schema, SourceOrder order, List<String> namespaces, boolean multiSchema,
                             boolean managesExtensions, Optional<PslSchema> psl) {
    public ResolvedSchema {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(order, "order");
        namespaces = List.copyOf(namespaces);
    }

    /** The empty schema (no namespace, so a diff from it creates none). */
    public static ResolvedSchema empty() {
        return new ResolvedSchema(Schema.empty(), SourceOrder.natural(), List.of(), false, false, Optional.empty());
    }
}
