package dev.keel.psl.validate;

import dev.keel.psl.model.IndexKind;
import java.util.List;

/** Prisma's default constraint names for PostgreSQL (psl-core constraint_names.rs), limit 63 bytes. */
final class ConstraintNames {
    static final int MAX_LENGTH = 63;

    private ConstraintNames() {
    }

    static String primaryKey(String table) {
        String suffix = "_pkey";
        return truncate(table, MAX_LENGTH - suffix.length()) + suffix;
    }

    static String index(String table, List<String> columns, IndexKind kind) {
        String suffix = kind == IndexKind.UNIQUE ? "_key" : "_idx";
        String joined = table + "_" + String.join("_", columns);
        return truncate(joined, MAX_LENGTH - suffix.length()) + suffix;
    }

    static String foreignKey(String table, List<String> columns) {
        String suffix = "_fkey";
        String joined = table + "_" + String.join("_", columns);
        return truncate(joined, MAX_LENGTH - suffix.length()) + suffix;
    }

    /** {@link #index} of the fields' database names, without the intermediate list. */
    static String indexOf(String table, List<SchemaDb.ScalarInfo> fields, IndexKind kind) {
        return joined(table, fields, kind == IndexKind.UNIQUE ? "_key" : "_idx");
    }

    /** {@link #foreignKey} of the fields' database names, without the intermediate list. */
    static String foreignKeyOf(String table, List<SchemaDb.ScalarInfo> fields) {
        return joined(table, fields, "_fkey");
    }

    /** {@code table_field1_field2}, cut to leave room for the suffix, then the suffix: one builder, one string. */
    private static String joined(String table, List<SchemaDb.ScalarInfo> fields, String suffix) {
        StringBuilder sb = new StringBuilder(table.length() + 16 * fields.size() + 5).append(table).append('_');
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                sb.append('_');
            }
            sb.append(fields.get(i).dbName());
        }
        if (sb.length() > MAX_LENGTH - suffix.length()) {
            sb.setLength(MAX_LENGTH - suffix.length());
        }
        return sb.append(suffix).toString();
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
