package dev.keel.psl.ast;

import dev.keel.diag.Span;

/**
 * The type of a field as written. For {@code Unsupported("x")} {@code name} is {@code x} and {@code unsupported} is set.
 * {@code form} keeps the legacy spellings the grammar accepts so validation can reject them with Prisma's messages.
 */
public record FieldType(String name, boolean unsupported, Form form, Span span, Span nameSpan) {

    public enum Form {
        REQUIRED,
        OPTIONAL,
        LIST,
        /** {@code T!} (Prisma 1). */
        LEGACY_REQUIRED,
        /** {@code [T]} (Prisma 1). */
        LEGACY_LIST,
        /** {@code T[]?}. */
        OPTIONAL_LIST
    }

    public boolean isOptional() {
        return form == Form.OPTIONAL;
    }

    public boolean isList() {
        return form == Form.LIST || form == Form.LEGACY_LIST || form == Form.OPTIONAL_LIST;
    }

    public String source() {
        String base = unsupported ? "Unsupported(\"" + name + "\")" : name;
        return switch (form) {
            case REQUIRED -> base;
            case OPTIONAL -> base + "?";
            case LIST -> base + "[]";
            case LEGACY_REQUIRED -> base + "!";
            case LEGACY_LIST -> "[" + base + "]";
            case OPTIONAL_LIST -> base + "[]?";
        };
    }
}
