package dev.keel.compile;

import dev.keel.diff.SourceOrder;
import dev.keel.schema.Schema;

import java.util.Objects;

/**
 * A compiled Prisma schema with what Prisma's script needs beyond the model: {@code order} (declaration order and
 * the schema's own spellings, for {@link dev.keel.diff.Differ#diff(Schema, SourceOrder, Schema, SourceOrder,
 * boolean)}) and {@code qualifiedNames} (Prisma schema-qualifies names exactly when the datasource lists
 * {@code schemas}).
 */
public record CompiledSchema(Schema schema, SourceOrder order, boolean qualifiedNames) {
    public CompiledSchema {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(order, "order");
    }
}
