package dev.keel.seed;

import dev.keel.schema.QualifiedName;
import java.util.Map;
import java.util.Optional;

/**
 * Where a seed target's rows go: the table, and the column of each field name. The default maps names
 * one-to-one onto tables and columns; the facade supplies one that knows the Prisma schema's {@code @map}s.
 */
public interface SeedMapping {
    Optional<Target> resolve(String target);

    record Target(QualifiedName table, Map<String, String> fieldToColumn) {
        public Target {
            fieldToColumn = Map.copyOf(fieldToColumn);
        }

        public String column(String field) {
            return fieldToColumn.getOrDefault(field, field);
        }
    }
}
