package dev.keel.gen;

import java.util.ArrayList;
import java.util.List;

/**
 * A mutable description of a random Prisma schema, rendered to PSL text by {@link #render()}.
 * Mutable on purpose: {@link EditGenerator} copies it and applies one edit to the copy.
 */
final class GenSchema {
    final List<GenEnum> enums = new ArrayList<>();
    final List<GenModel> models = new ArrayList<>();

    static final class GenEnum {
        String name;
        String map;
        final List<String> values = new ArrayList<>();
        final List<String> valueMaps = new ArrayList<>();

        GenEnum copy() {
            GenEnum e = new GenEnum();
            e.name = name;
            e.map = map;
            e.values.addAll(values);
            e.valueMaps.addAll(valueMaps);
            return e;
        }
    }

    static final class GenModel {
        String name;
        String map;
        final List<GenField> fields = new ArrayList<>();
        /** Raw block attribute lines without the leading @@ (e.g. {@code index([a, b])}). */
        final List<String> blockAttributes = new ArrayList<>();

        GenModel copy() {
            GenModel m = new GenModel();
            m.name = name;
            m.map = map;
            fields.forEach(f -> m.fields.add(f.copy()));
            m.blockAttributes.addAll(blockAttributes);
            return m;
        }

        GenField field(String n) {
            return fields.stream().filter(f -> f.name.equals(n)).findFirst().orElse(null);
        }
    }

    static final class GenField {
        String name;
        /** Scalar, enum or model name. */
        String type;
        /** "", "?" or "[]". */
        String arity = "";
        /** Field attributes without their order mattering (rendered space-separated). */
        final List<String> attributes = new ArrayList<>();
        /** Set for relation fields: the model it points to. */
        boolean relation;

        GenField copy() {
            GenField f = new GenField();
            f.name = name;
            f.type = type;
            f.arity = arity;
            f.attributes.addAll(attributes);
            f.relation = relation;
            return f;
        }
    }

    GenSchema copy() {
        GenSchema s = new GenSchema();
        enums.forEach(e -> s.enums.add(e.copy()));
        models.forEach(m -> s.models.add(m.copy()));
        return s;
    }

    GenModel model(String name) {
        return models.stream().filter(m -> m.name.equals(name)).findFirst().orElse(null);
    }

    String render() {
        StringBuilder sb = new StringBuilder();
        sb.append("datasource db {\n  provider = \"postgresql\"\n}\n\n");
        for (GenEnum e : enums) {
            sb.append("enum ").append(e.name).append(" {\n");
            for (int i = 0; i < e.values.size(); i++) {
                sb.append("  ").append(e.values.get(i));
                if (e.valueMaps.get(i) != null) {
                    sb.append(" @map(\"").append(e.valueMaps.get(i)).append("\")");
                }
                sb.append('\n');
            }
            if (e.map != null) {
                sb.append("\n  @@map(\"").append(e.map).append("\")\n");
            }
            sb.append("}\n\n");
        }
        for (GenModel m : models) {
            sb.append("model ").append(m.name).append(" {\n");
            for (GenField f : m.fields) {
                sb.append("  ").append(f.name).append(' ').append(f.type).append(f.arity);
                for (String a : f.attributes) {
                    sb.append(' ').append(a);
                }
                sb.append('\n');
            }
            if (!m.blockAttributes.isEmpty() || m.map != null) {
                sb.append('\n');
            }
            for (String a : m.blockAttributes) {
                sb.append("  @@").append(a).append('\n');
            }
            if (m.map != null) {
                sb.append("  @@map(\"").append(m.map).append("\")\n");
            }
            sb.append("}\n\n");
        }
        return sb.toString().stripTrailing() + "\n";
    }
}
