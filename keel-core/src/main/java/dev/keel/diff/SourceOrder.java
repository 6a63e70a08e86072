package dev.keel.diff;

import dev.keel.schema.QualifiedName;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a source says beyond the model. Prisma sorts steps by kind and then by the position of the object in its
 * source (model declaration order for a Prisma schema), and {@link dev.keel.schema.Schema} keeps only name order; a
 * compiler that wants Prisma's exact step order passes this alongside the schema. Objects not listed come after the
 * listed ones, in name order. {@code spellings} keeps the source's own text for values the model normalises (used
 * when rendering the target of a migration). {@link #natural()} (everything in name order, no spellings) is what an
 * introspected database gives.
 */
public record SourceOrder(List<QualifiedName> tables, List<QualifiedName> enums,
                          Map<QualifiedName, List<String>> indexes, Map<QualifiedName, List<String>> foreignKeys,
                          Spellings spellings) {
    public SourceOrder {
        tables = List.copyOf(tables);
        enums = List.copyOf(enums);
        indexes = Map.copyOf(indexes);
        foreignKeys = Map.copyOf(foreignKeys);
        Objects.requireNonNull(spellings, "spellings");
    }

    /** An order without spellings. */
    public SourceOrder(List<QualifiedName> tables, List<QualifiedName> enums,
                       Map<QualifiedName, List<String>> indexes, Map<QualifiedName, List<String>> foreignKeys) {
        this(tables, enums, indexes, foreignKeys, Spellings.none());
    }

    public static SourceOrder natural() {
        return new SourceOrder(List.of(), List.of(), Map.of(), Map.of());
    }
}
