package dev.keel.psl.validate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.keel.psl.model.DefaultValue;
import dev.keel.psl.model.FieldTypeRef;
import dev.keel.psl.model.ScalarType;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;

/**
 * Literal default values must parse as their type (psl-core fields::validate_default_value). Messages follow
 * Prisma's; the parenthesised parser detail is Rust's for integers, base64 and common date-time mistakes, while for
 * JSON it is Jackson's wording (serde_json's cannot be reproduced faithfully).
 */
final class DefaultLiteralRules {
    /** Created on first use: most schemas have no Json default, and the mapper costs ~375 classes at start-up. */
    private static final class Lazy {
        static final ObjectMapper JSON = new ObjectMapper();
    }

    private DefaultLiteralRules() {
    }

    static void check(SchemaDb db, SchemaDb.ScalarInfo f) {
        if (f.defaultValue == null || !(f.type instanceof FieldTypeRef.Scalar s)) {
            return;
        }
        List<DefaultValue> values = f.defaultValue.value() instanceof DefaultValue.ListLiteral l ? l.values()
                : List.of(f.defaultValue.value());
        for (DefaultValue v : values) {
            if (v instanceof DefaultValue.Literal lit) {
                String problem = problem(s.type(), lit.text());
                if (problem != null) {
                    String attr = s.type() == ScalarType.Decimal ? "default" : "@default";
                    db.diagnostics.add(PslErrors.attributeValidation("Parse error: \"" + lit.text() + "\" is not a"
                            + " valid " + problem, attr, f.defaultAttribute.span()));
                    return;
                }
            }
        }
    }

    /** {@code -?[0-9]+}, without compiling the pattern for every default. */
    private static boolean isInteger(String text) {
        int i = text.startsWith("-") ? 1 : 0;
        if (i == text.length()) {
            return false;
        }
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static String problem(ScalarType type, String text) {
        switch (type) {
            case Int, BigInt -> {
                if (!isInteger(text)) {
                    return "integer. (invalid digit found in string)";
                }
                try {
                    Long.parseLong(text);
                    return null;
                } catch (NumberFormatException e) {
                    return "integer. (number too " + (text.startsWith("-") ? "small" : "large")
                            + " to fit in target type)";
                }
            }
            case Decimal -> {
                try {
                    new BigDecimal(text);
                    return null;
                } catch (NumberFormatException e) {
                    return "decimal. (invalid digit found in string)";
                }
            }
            case DateTime -> {
                try {
                    OffsetDateTime.parse(text);
                    return null;
                } catch (DateTimeParseException e) {
                    boolean prefixOk = text.matches("[0-9]{4}(-[0-9]{0,2}(-[0-9]{0,2}(T[0-9:.]*)?)?)?");
                    return "rfc3339 datetime string. (" + (text.isEmpty() || prefixOk ? "premature end of input"
                            : "input contains invalid characters") + ")";
                }
            }
            case Bytes -> {
                try {
                    Base64.getDecoder().decode(text);
                    return null;
                } catch (IllegalArgumentException e) {
                    return "base64 string. (Could not convert from `base64 encoded bytes` to `PrismaValue::Bytes`)";
                }
            }
            case Json -> {
                try {
                    Lazy.JSON.readTree(text);
                    return null;
                } catch (JsonProcessingException e) {
                    return "JSON string. (" + e.getOriginalMessage() + ")";
                }
            }
            default -> {
                return null;
            }
        }
    }
}
