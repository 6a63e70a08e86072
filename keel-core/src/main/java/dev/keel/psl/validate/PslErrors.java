package dev.keel.psl.validate;

import dev.keel.diag.Diagnostic;
import dev.keel.diag.Span;

/**
 * Every validation message, worded exactly as Prisma's {@code psl/diagnostics/src/error.rs} (and the validations
 * that call it) so that Keel's output matches {@code prisma validate}.
 */
final class PslErrors {
    private PslErrors() {
    }

    static Diagnostic error(String message, Span span) {
        return Diagnostic.error("E_SCHEMA", message, span);
    }

    static Diagnostic warning(String message, Span span) {
        return Diagnostic.warning(message, span);
    }

    static Diagnostic validation(String message, Span span) {
        return error("Error validating: " + message, span);
    }

    static Diagnostic attributeValidation(String message, String attributeName, Span span) {
        return error("Error parsing attribute \"" + attributeName + "\": " + message, span);
    }

    static Diagnostic modelValidation(String message, String blockType, String modelName, Span span) {
        return error("Error validating " + blockType + " \"" + modelName + "\": " + message, span);
    }

    static Diagnostic fieldValidation(String message, String containerType, String containerName, String field,
                                      Span span) {
        return error("Error validating field `" + field + "` in " + containerType + " `" + containerName + "`: "
                + message, span);
    }

    static Diagnostic enumValidation(String message, String enumName, Span span) {
        return error("Error validating enum `" + enumName + "`: " + message, span);
    }

    static Diagnostic sourceValidation(String message, String source, Span span) {
        return error("Error validating datasource `" + source + "`: " + message, span);
    }

    static Diagnostic typeMismatch(String expected, String describedValue, Span span) {
        // describedValue is e.g. "string value `\"x\"`"
        return error("Expected a " + expected + " value, but received " + describedValue + ".", span);
    }

    static Diagnostic argumentNotFound(String argument, Span span) {
        return error("Argument \"" + argument + "\" is missing.", span);
    }

    static Diagnostic sourceArgumentNotFound(String argument, String source, Span span) {
        return error("Argument \"" + argument + "\" is missing in data source block \"" + source + "\".", span);
    }

    static Diagnostic generatorArgumentNotFound(String argument, String generator, Span span) {
        return error("Argument \"" + argument + "\" is missing in generator block \"" + generator + "\".", span);
    }

    static Diagnostic duplicateAttribute(String attributeName, Span span) {
        return error("Attribute \"@" + attributeName + "\" can only be defined once.", span);
    }

    static Diagnostic duplicateArgument(String argument, Span span) {
        return error("Argument \"" + argument + "\" is already specified.", span);
    }

    static Diagnostic unusedArgument(Span span) {
        return error("No such argument.", span);
    }

    static Diagnostic duplicateDefaultArgument(String argument, Span span) {
        return error("Argument \"" + argument + "\" is already specified as unnamed argument.", span);
    }

    static Diagnostic attributeNotKnown(String attributeName, Span span) {
        return error("Attribute not known: \"@" + attributeName + "\".", span);
    }

    static Diagnostic propertyNotKnown(String property, Span span) {
        return error("Property not known: \"" + property + "\".", span);
    }

    static Diagnostic argumentNotKnown(String argument, Span span) {
        return error("Argument not known: \"" + argument + "\".", span);
    }

    static Diagnostic reservedScalarType(String typeName, Span span) {
        return error("\"" + typeName + "\" is a reserved scalar type name and cannot be used.", span);
    }

    static Diagnostic duplicateTop(String name, String topType, String existingTopType, Span span) {
        return error("The " + topType + " \"" + name + "\" cannot be defined because a " + existingTopType
                + " with that name already exists.", span);
    }

    static Diagnostic duplicateConfigKey(String blockName, String key, Span span) {
        return error("Key \"" + key + "\" is already defined in " + blockName + ".", span);
    }

    static Diagnostic duplicateEnumValue(String enumName, String value, Span span) {
        return error("Value \"" + value + "\" is already defined on enum \"" + enumName + "\".", span);
    }

    static Diagnostic duplicateField(String modelName, String fieldName, String container, Span span) {
        return error("Field \"" + fieldName + "\" is already defined on " + container + " \"" + modelName + "\".",
                span);
    }

    static Diagnostic duplicateEnumDatabaseName(Span span) {
        return error("An enum with the same database name is already defined.", span);
    }

    static Diagnostic duplicateModelDatabaseName(String dbName, String existing, Span span) {
        return error("The model with database name \"" + dbName + "\" could not be defined because another model or"
                + " view with this name exists: \"" + existing + "\"", span);
    }

    static Diagnostic duplicateViewDatabaseName(String dbName, String existing, Span span) {
        return error("The view with database name \"" + dbName + "\" could not be defined because another model or"
                + " view with this name exists: \"" + existing + "\"", span);
    }

    static Diagnostic typeNotFound(String typeName, Span span) {
        return error("Type \"" + typeName + "\" is neither a built-in type, nor refers to another model, composite"
                + " type, or enum.", span);
    }

    static Diagnostic typeForCaseNotFound(String typeName, String suggestion, Span span) {
        return error("Type \"" + typeName + "\" is neither a built-in type, nor refers to another model, composite"
                + " type, or enum. Did you mean \"" + suggestion + "\"?", span);
    }

    static Diagnostic datasourceProviderNotKnown(String provider, Span span) {
        return error("Datasource provider not known: \"" + provider + "\".", span);
    }

    static Diagnostic valueParser(String expectedType, String raw, Span span) {
        return error("Expected " + expectedType + ", but found " + raw + ".", span);
    }

    static Diagnostic incompatibleNativeType(String nativeType, String fieldType, String expected, Span span) {
        return error("Native type " + nativeType + " is not compatible with declared field type " + fieldType
                + ", expected field type " + expected + ".", span);
    }

    static Diagnostic nativeTypeArgumentCount(String nativeType, int required, int given, Span span) {
        return error("Native type " + nativeType + " takes " + required + " arguments, but received " + given + ".",
                span);
    }

    static Diagnostic optionalArgumentCount(String nativeType, int optional, int given, Span span) {
        return error("Native type " + nativeType + " takes " + optional + " optional arguments, but received "
                + given + ".", span);
    }

    static Diagnostic nativeTypeNameUnknown(String connector, String nativeType, Span span) {
        return error("Native type " + nativeType + " is not supported for " + connector + " connector.", span);
    }

    static Diagnostic invalidNativeTypePrefix(String given, String expected, String suggestion, Span span) {
        return error("The prefix " + given + " is invalid. It must be equal to the name of an existing datasource"
                + " e.g. " + expected + ". Did you mean to use " + suggestion + "?", span);
    }

    static Diagnostic defaultUnknownFunction(String function, Span span) {
        return error("Unknown function in @default(): `" + function + "` is not known. You can read about the"
                + " available functions here: https://pris.ly/d/attribute-functions", span);
    }

    static Diagnostic parser(String expected, Span span) {
        return error("Unexpected token. Expected one of: " + expected, span);
    }

    static Diagnostic configPropertyMissingValue(String property, String configName, String kind, Span span) {
        return error("Property " + property + " in " + kind + " " + configName + " needs to be assigned a value",
                span);
    }

    static Diagnostic previewFeatureNotKnown(String feature, String expected, Span span) {
        return warning("The preview feature \"" + feature + "\" is not known. Expected one of: " + expected, span);
    }

    static Diagnostic schemasArrayEmpty(Span span) {
        return error("If provided, the schemas array can not be empty.", span);
    }
}
