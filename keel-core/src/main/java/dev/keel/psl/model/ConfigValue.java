package dev.keel.psl.model;

/** A configuration value as written: a literal string, or {@code env("NAME")} (the variable is not read here). */
public sealed interface ConfigValue {
    record Literal(String value) implements ConfigValue {
    }

    record EnvVar(String name) implements ConfigValue {
    }
}
