package dev.keel.psl.model;

/** {@code T}, {@code T?} or {@code T[]}. */
public enum Arity {
    REQUIRED,
    OPTIONAL,
    LIST
}
