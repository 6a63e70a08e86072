package dev.keel.safety.lint;

import dev.keel.psl.Psl;
import dev.keel.psl.SchemaLocator;
import dev.keel.psl.ValidatedSchema;
import dev.keel.psl.model.PslModel;
import dev.keel.psl.model.ScalarField;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Prisma's names for tables and columns ({@code @@map}, {@code @map}), read from the project's schema when there
 * is one, so a fix can say {@code keel plan rename-column Model.field newName} in the names the command takes.
 * Without a schema the SQL names stand in (Prisma's default when nothing is mapped).
 */
public record PrismaNames(Map<String, String> models, Map<String, String> fields) {
    public PrismaNames {
        models = Map.copyOf(models);
        fields = Map.copyOf(fields);
    }

    public static PrismaNames none() {
        return new PrismaNames(Map.of(), Map.of());
    }

    /** From the schema Prisma would find in {@code workingDir}; none when there is no valid one. */
    public static PrismaNames find(Path workingDir) {
        try {
            ValidatedSchema v = Psl.validate(SchemaLocator.load(Optional.empty(), workingDir));
            if (v.model().isEmpty()) {
                return none();
            }
            Map<String, String> models = new HashMap<>();
            Map<String, String> fields = new HashMap<>();
            for (PslModel m : v.model().get().models()) {
                models.put(m.dbName(), m.name());
                for (ScalarField f : m.scalarFields()) {
                    fields.put(m.dbName() + "." + f.dbName(), f.name());
                }
            }
            return new PrismaNames(models, fields);
        } catch (RuntimeException e) {
            // No schema, or one that does not validate: the SQL names are the best we have.
            return none();
        }
    }

    /** The model for an unquoted table name. */
    public String model(String table) {
        return models.getOrDefault(table, table);
    }

    /** The field for an unquoted table and column name. */
    public String field(String table, String column) {
        return fields.getOrDefault(table + "." + column, column);
    }
}
