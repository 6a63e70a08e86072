package dev.keel.schema;

import dev.keel.testing.PgExtension;
import dev.keel.testing.TestDb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link JsonbText} against PostgreSQL's own jsonb output ({@code '...'::jsonb::text}). */
@ExtendWith(PgExtension.class)
class JsonbTextTest {
    static final List<String> CASES = List.of(
            "{}", "[]", "null", "true", "\"s\"", "0", "-0", "1.50", "1e2", "1.5E-3", "-12.0e1", "123456789012345678901234567890",
            "{\"b\": 1, \"a\" : [1,2], \"aa\": {\"z\": null}}",
            "{\"users\":[],\"tags\":[],\"images\":[]}",
            "{\"a\":1,\"a\":2}",
            "{\"é\":1,\"z\":2,\"\\u00e9x\":3}",
            "[\"tab\\there\", \"quote\\\"\", \"back\\\\slash\", \"nl\\n\", \"ctl\\u0001\", \"uni\\u263a\", \"/\"]",
            "  [ 1 , { \"k\" : [ ] } ]  ");

    @Test
    void matchesPostgresForHandPickedValues(TestDb db) throws SQLException {
        try (Connection c = db.connect()) {
            for (String json : CASES) {
                assertThat(JsonbText.canonical(json)).as(json).contains(postgres(c, json));
            }
        }
    }

    @Test
    void matchesPostgresForRandomValues(TestDb db) throws SQLException {
        Random r = new Random(7);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            values.add(value(r, 0));
        }
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT v::jsonb::text FROM unnest(?::text[]) WITH ORDINALITY AS u(v, n) ORDER BY n")) {
            ps.setArray(1, c.createArrayOf("text", values.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                for (String json : values) {
                    rs.next();
                    assertThat(JsonbText.canonical(json)).as(json).contains(rs.getString(1));
                }
            }
        }
    }

    @Test
    void invalidJsonHasNoCanonicalForm() {
        assertThat(JsonbText.canonical("{oops")).isEmpty();
    }

    private static String postgres(Connection c, String json) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT ?::jsonb::text")) {
            ps.setString(1, json);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static final String[] KEYS = {"a", "b", "aa", "ab", "B", "é", "key", "k2", "", "z z", "\\\"q"};
    private static final String[] NUMBERS = {"0", "1", "-7", "2.50", "1e3", "3.25E-2", "10.000", "99999999999999999"};

    private static String value(Random r, int depth) {
        int kind = depth > 3 ? 3 + r.nextInt(4) : r.nextInt(7);
        switch (kind) {
            case 0: {
                List<String> members = new ArrayList<>();
                for (int i = r.nextInt(4); i > 0; i--) {
                    members.add("\"" + KEYS[r.nextInt(KEYS.length)] + "\"" + (r.nextBoolean() ? ":" : " : ")
                            + value(r, depth + 1));
                }
                return "{" + String.join(r.nextBoolean() ? "," : ", ", members) + "}";
            }
            case 1:
            case 2: {
                List<String> items = new ArrayList<>();
                for (int i = r.nextInt(4); i > 0; i--) {
                    items.add(value(r, depth + 1));
                }
                return "[" + String.join(",", items) + "]";
            }
            case 3:
                return NUMBERS[r.nextInt(NUMBERS.length)];
            case 4:
                return "\"" + KEYS[r.nextInt(KEYS.length)] + "\"";
            case 5:
                return r.nextBoolean() ? "true" : "false";
            default:
                return "null";
        }
    }
}
