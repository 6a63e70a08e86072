package dev.keel.psl.model;

/** The type of a scalar field: a built-in scalar, an enum of the schema, or {@code Unsupported("...")}. */
public sealed interface FieldTypeRef {
    record Scalar(ScalarType type) implements FieldTypeRef {
    }

    /** {@code enumName} is the Prisma name; look it up in {@link PslSchema#enums()}. */
    record EnumRef(String enumName) implements FieldTypeRef {
    }

    /** {@code Unsupported("dbType")}: {@code dbType} is the database type, used verbatim in DDL. */
    record Unsupported(String dbType) implements FieldTypeRef {
    }
}
