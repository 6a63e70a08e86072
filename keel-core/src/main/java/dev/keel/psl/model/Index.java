package dev.keel.psl.model;

import java.util.List;
import java.util.Optional;

/**
 * A unique constraint or index. {@code name} is the client name ({@code @@unique(name:)}), {@code map} the explicit
 * database name, {@code dbName} the effective one ({@code map} or Prisma's {@code <table>_<cols>_key|idx}, truncated
 * to 63 characters as Prisma does). {@code fromFieldAttribute} is set for {@code @unique} on a field.
 */
public record Index(IndexKind kind, List<IndexField> fields, Optional<String> name, Optional<String> map,
                    String dbName, Optional<IndexAlgorithm> algorithm, Optional<Boolean> clustered,
                    boolean fromFieldAttribute) {
    public Index {
        fields = List.copyOf(fields);
    }
}
