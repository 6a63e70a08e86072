package dev.keel.psl.model;

import java.util.Optional;

/** {@code @default(value, map: "name")}. */
public record FieldDefault(DefaultValue value, Optional<String> map) {
}
