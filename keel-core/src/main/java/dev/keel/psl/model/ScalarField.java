package dev.keel.psl.model;

import java.util.Optional;

/** A scalar field of a model: {@code dbName} is its column ({@code @map} or the field name). */
public record ScalarField(String name, String dbName, FieldTypeRef type, Arity arity,
                          Optional<NativeType> nativeType, Optional<FieldDefault> defaultValue, boolean updatedAt,
                          boolean ignored, Optional<String> documentation) {
}
