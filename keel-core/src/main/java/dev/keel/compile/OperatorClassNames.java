package dev.keel.compile;

import dev.keel.schema.IndexMethod;
import java.util.Map;

/**
 * PSL operator class names ({@code JsonbPathOps}, {@code Int4MinMaxOps}) to PostgreSQL's
 * ({@code jsonb_path_ops}, {@code int4_minmax_ops}), and which of them are the access method's default for the
 * column type: the model records only non-default classes, as introspection does.
 */
final class OperatorClassNames {
    private OperatorClassNames() {
    }

    private static final Map<String, String> SPECIAL = Map.of(
            "TimestampTz", "timestamptz", "TimeTz", "timetz", "VarBit", "varbit", "MinMaxMulti", "minmax_multi",
            "MinMax", "minmax");

    static String pgName(String pslName) {
        String rest = pslName;
        StringBuilder out = new StringBuilder();
        while (!rest.isEmpty()) {
            String matched = null;
            for (String key : new String[] {"TimestampTz", "TimeTz", "VarBit", "MinMaxMulti", "MinMax"}) {
                if (rest.startsWith(key)) {
                    matched = key;
                    break;
                }
            }
            String part;
            if (matched != null) {
                part = SPECIAL.get(matched);
                rest = rest.substring(matched.length());
            } else {
                int end = 1;
                while (end < rest.length() && !Character.isUpperCase(rest.charAt(end))) {
                    end++;
                }
                part = rest.substring(0, end).toLowerCase();
                rest = rest.substring(end);
            }
            if (out.length() > 0) {
                out.append('_');
            }
            out.append(part);
        }
        return out.toString();
    }

    /** Whether {@code opclass} is what PostgreSQL picks anyway for this method and column type. */
    static boolean isDefault(String opclass, IndexMethod method, String columnType, boolean array) {
        if (method == IndexMethod.GIN) {
            return (opclass.equals("jsonb_ops") && columnType.equals("jsonb"))
                    || (opclass.equals("array_ops") && array);
        }
        if (method == IndexMethod.BRIN) {
            return opclass.endsWith("_minmax_ops") && !opclass.startsWith("inet");
        }
        if (method == IndexMethod.SPGIST) {
            return (opclass.equals("text_ops") && columnType.equals("text"))
                    || (opclass.equals("inet_ops") && columnType.equals("inet"));
        }
        return false;
    }
}
