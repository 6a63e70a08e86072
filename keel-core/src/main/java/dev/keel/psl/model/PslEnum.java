package dev.keel.psl.model;

import java.util.List;
import java.util.Optional;

/** An enum: {@code dbName} is {@code @@map} or the name; {@code schema} is {@code @@schema}. */
public record PslEnum(String name, String dbName, Optional<String> schema, List<PslEnumValue> values,
                      Optional<String> documentation) {
    public PslEnum {
        values = List.copyOf(values);
    }
}
