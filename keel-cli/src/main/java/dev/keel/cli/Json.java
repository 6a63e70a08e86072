package dev.keel.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.keel.api.KeelException;
import dev.keel.db.DatabaseUrl;
import dev.keel.source.InvalidSchemaException;
import java.io.PrintWriter;

/**
 * Writes {@link JsonShapes} records: indented, fields in declaration order, absent values as {@code null} (a
 * field never disappears, so consumers can rely on the shape). Every string passes through password masking.
 */
final class Json {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .serializationInclusion(JsonInclude.Include.ALWAYS)
            .build();

    private Json() {
    }

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static void print(PrintWriter out, Object value) {
        out.print(write(value));
        out.flush();
    }

    /** An error as {@code {"error": {...}}} on stdout; returns the exit code the text mode would return. */
    static int error(PrintWriter out, KeelException e) {
        print(out, new JsonShapes.ErrorOutput(JsonShapes.Error.of(e)));
        return e.code().exitCode();
    }

    /** A usage error (bad flags or arguments), exit 1. */
    static int usage(PrintWriter out, String message) {
        print(out, new JsonShapes.ErrorOutput(JsonShapes.Error.usage(message)));
        return 1;
    }

    static String redact(String s) {
        return s == null ? null : DatabaseUrl.redact(s);
    }

    static boolean invalidSchema(KeelException e) {
        return e instanceof InvalidSchemaException;
    }
}
