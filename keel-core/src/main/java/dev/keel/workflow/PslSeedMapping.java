package dev.keel.workflow;

import dev.keel.psl.model.PslModel;
import dev.keel.psl.model.PslSchema;
import dev.keel.psl.model.ScalarField;
import dev.keel.schema.QualifiedName;
import dev.keel.seed.SeedMapping;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Seed targets read through the Prisma schema: a model name (or its {@code @@map} table name) goes to its table,
 * field names to their {@code @map} columns. Anything else is taken as a table of the default schema.
 */
public record PslSeedMapping(Optional<PslSchema> schema, String defaultSchema) implements SeedMapping {
    @Override
    public Optional<Target> resolve(String target) {
        if (schema.isPresent()) {
            for (PslModel m : schema.get().models()) {
                if (m.name().equals(target) || m.dbName().equals(target)) {
                    Map<String, String> columns = new HashMap<>();
                    for (ScalarField f : m.scalarFields()) {
                        columns.put(f.name(), f.dbName());
                    }
                    return Optional.of(new Target(new QualifiedName(m.schema().orElse(defaultSchema), m.dbName()),
                            columns));
                }
            }
        }
        return Optional.of(new Target(new QualifiedName(defaultSchema, target), Map.of()));
    }
}
