package dev.keel.psl.model;

/** An enum value: {@code dbName} is {@code @map} or the name. */
public record PslEnumValue(String name, String dbName) {
}
