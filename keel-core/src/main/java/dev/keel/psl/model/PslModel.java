package dev.keel.psl.model;

import java.util.List;
import java.util.Optional;

/**
 * A model or view. {@code dbName} is {@code @@map} or the name; {@code schema} is {@code @@schema}. Fields keep source
 * order within each list; {@code fieldOrder} gives the order of all fields as declared.
 */
public record PslModel(String name, String dbName, Optional<String> schema, boolean view, boolean ignored,
                       List<ScalarField> scalarFields, List<RelationField> relationFields,
                       Optional<PrimaryKey> primaryKey, List<Index> indexes, List<String> fieldOrder,
                       Optional<String> documentation) {
    public PslModel {
        scalarFields = List.copyOf(scalarFields);
        relationFields = List.copyOf(relationFields);
        indexes = List.copyOf(indexes);
        fieldOrder = List.copyOf(fieldOrder);
    }

    public Optional<ScalarField> scalarField(String fieldName) {
        for (ScalarField f : scalarFields) {
            if (f.name().equals(fieldName)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    public Optional<RelationField> relationField(String fieldName) {
        for (RelationField f : relationFields) {
            if (f.name().equals(fieldName)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
