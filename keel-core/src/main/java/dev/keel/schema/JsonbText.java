package dev.keel.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The text PostgreSQL prints for a {@code jsonb} value: a {@code jsonb} default is stored parsed, so the database
 * gives back its own spelling ({@code {"b": 1, "aa": [1, 2]}}: object keys shortest first then bytewise, the last of
 * duplicate keys wins, {@code ": "} and {@code ", "} separators, numbers as {@code numeric} prints them). Normalising a
 * schema's spelling to it makes a compiled default equal the introspected one.
 */
final class JsonbText {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .build();

    private JsonbText() {
    }

    /** PostgreSQL's jsonb output for {@code json}, or empty when it is no valid JSON. */
    static Optional<String> canonical(String json) {
        try {
            JsonNode node = JSON.readTree(json);
            if (node == null || node.isMissingNode()) {
                return Optional.empty();
            }
            StringBuilder sb = new StringBuilder();
            write(node, sb);
            return Optional.of(sb.toString());
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    private static void write(JsonNode n, StringBuilder sb) {
        if (n.isObject()) {
            Map<String, JsonNode> fields = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                fields.put(e.getKey(), e.getValue());
            }
            List<String> keys = new ArrayList<>(fields.keySet());
            keys.sort(JsonbText::compareKeys);
            sb.append('{');
            for (int i = 0; i < keys.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                string(keys.get(i), sb);
                sb.append(": ");
                write(fields.get(keys.get(i)), sb);
            }
            sb.append('}');
        } else if (n.isArray()) {
            sb.append('[');
            for (int i = 0; i < n.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                write(n.get(i), sb);
            }
            sb.append(']');
        } else if (n.isTextual()) {
            string(n.textValue(), sb);
        } else if (n.isNumber()) {
            BigDecimal d = n.decimalValue();
            sb.append(d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString());
        } else if (n.isBoolean()) {
            sb.append(n.booleanValue());
        } else {
            sb.append("null");
        }
    }

    /** jsonb's key order: shorter keys first (in bytes), then bytewise. */
    private static int compareKeys(String a, String b) {
        byte[] x = a.getBytes(StandardCharsets.UTF_8);
        byte[] y = b.getBytes(StandardCharsets.UTF_8);
        if (x.length != y.length) {
            return Integer.compare(x.length, y.length);
        }
        return Arrays.compareUnsigned(x, y);
    }

    /** PostgreSQL's {@code escape_json}. */
    private static void string(String s, StringBuilder sb) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }
}
