package dev.keel.psl.model;

import java.util.List;
import java.util.Optional;

/**
 * {@code @id} or {@code @@id}. {@code name} is the client name ({@code @@id(name:)}), {@code map} the explicit
 * constraint name, {@code dbName} the effective one ({@code map} or Prisma's {@code <table>_pkey}).
 */
public record PrimaryKey(List<IndexField> fields, Optional<String> name, Optional<String> map, String dbName,
                         boolean fromFieldAttribute) {
    public PrimaryKey {
        fields = List.copyOf(fields);
    }
}
