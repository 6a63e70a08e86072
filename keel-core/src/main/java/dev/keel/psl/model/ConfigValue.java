package dev.keel.psl.model;

/** A configuration value as written: a literal string, or {@code env("NAME")} (the variable is not read here). */
public sealed interface ConfigValue {
    /** The value: the literal itself, or the variable's value in {@code environment} (empty if unset or blank). */
    java.util.Optional<String> resolve(java.util.function.Function<String, String> environment);

    record Literal(String value) implements ConfigValue {
        public java.util.Optional<String> resolve(java.util.function.Function<String, String> environment) {
            return java.util.Optional.of(value);
        }
    }

    record EnvVar(String name) implements ConfigValue {
        public java.util.Optional<String> resolve(java.util.function.Function<String, String> environment) {
            return java.util.Optional.ofNullable(environment.apply(name)).filter(v -> !v.isBlank());
        }
    }
}
