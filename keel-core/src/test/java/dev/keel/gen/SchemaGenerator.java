package dev.keel.gen;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random valid PostgreSQL Prisma schemas from a seed: enums, native types, defaults, maps (including hostile and
 * 63-byte-plus names), composite ids, compound uniques, indexes with options, 1:1 / 1:n / self / implicit m:n
 * relations with random referential actions. Deterministic per seed, so goldens made from its output stay valid.
 */
final class SchemaGenerator {
    private final Random r;
    int relationCounter;

    SchemaGenerator(long seed) {
        this.r = new Random(seed);
    }

    static GenSchema generate(long seed) {
        return new SchemaGenerator(seed).schema();
    }

    /** Scalar field kinds: type, native type attribute (or null), default (or null), indexable. */
    record Kind(String type, String nativeType, String defaultValue, boolean indexable) {
    }

    static final List<Kind> KINDS = List.of(
            new Kind("String", null, "\"hello\"", true),
            new Kind("String", "@db.VarChar(191)", "\"it's\"", true),
            new Kind("String", "@db.Char(10)", null, true),
            new Kind("String", "@db.Text", "\"\"", true),
            new Kind("String", "@db.Uuid", null, true),
            new Kind("String", "@db.Inet", null, true),
            new Kind("String", "@db.Xml", null, false),
            new Kind("String", "@db.Bit(8)", null, true),
            new Kind("String", "@db.VarBit(16)", null, true),
            new Kind("Int", null, "0", true),
            new Kind("Int", "@db.SmallInt", "-5", true),
            new Kind("Int", "@db.Integer", "42", true),
            new Kind("Int", "@db.Oid", null, true),
            new Kind("BigInt", null, "9007199254740993", true),
            new Kind("Float", null, "1.5", true),
            new Kind("Float", "@db.Real", "0.25", true),
            new Kind("Float", "@db.DoublePrecision", null, true),
            new Kind("Decimal", null, "12.5", true),
            new Kind("Decimal", "@db.Decimal(10, 2)", "0", true),
            new Kind("Decimal", "@db.Money", null, true),
            new Kind("Boolean", null, "false", true),
            new Kind("DateTime", null, "now()", true),
            new Kind("DateTime", "@db.Timestamptz(6)", "now()", true),
            new Kind("DateTime", "@db.Timestamp(0)", null, true),
            new Kind("DateTime", "@db.Date", null, true),
            new Kind("DateTime", "@db.Time(3)", null, true),
            new Kind("DateTime", "@db.Timetz(2)", null, true),
            new Kind("Json", null, "\"{}\"", false),
            new Kind("Json", "@db.Json", null, false),
            new Kind("Bytes", null, null, true));

    /** An id shape: the id field lines of the model and the FK field type (+ native type) that references it. */
    record IdShape(List<String> idFields, List<String> fkTypes, List<String> fkNative, String blockAttribute) {
    }

    static final List<IdShape> IDS = List.of(
            new IdShape(List.of("id Int @id @default(autoincrement())"), List.of("Int"), nulls(1), null),
            new IdShape(List.of("id BigInt @id @default(autoincrement())"), List.of("BigInt"), nulls(1), null),
            new IdShape(List.of("id String @id @default(uuid())"), List.of("String"), nulls(1), null),
            new IdShape(List.of("id String @id @default(dbgenerated(\"gen_random_uuid()\")) @db.Uuid"),
                    List.of("String"), List.of("@db.Uuid"), null),
            new IdShape(List.of("id String @id @default(cuid()) @db.VarChar(30)"), List.of("String"),
                    List.of("@db.VarChar(30)"), null),
            new IdShape(List.of("id Int @id"), List.of("Int"), nulls(1), null),
            new IdShape(List.of("ka Int", "kb String"), List.of("Int", "String"), nulls(2), "id([ka, kb])"));

    private static List<String> nulls(int n) {
        List<String> l = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            l.add(null);
        }
        return l;
    }

    private final List<IdShape> modelIds = new ArrayList<>();

    GenSchema schema() {
        GenSchema s = new GenSchema();
        int enumCount = r.nextInt(3);
        for (int i = 0; i < enumCount; i++) {
            s.enums.add(enumType(i));
        }
        int modelCount = 1 + r.nextInt(6);
        for (int i = 0; i < modelCount; i++) {
            s.models.add(model(s, i));
        }
        for (int i = 0; i < modelCount; i++) {
            int relations = r.nextInt(3);
            for (int k = 0; k < relations; k++) {
                int target = r.nextInt(i + 1);
                addRelation(s, s.models.get(i), s.models.get(target), modelIds.get(target));
            }
        }
        if (modelCount >= 2 && r.nextInt(4) == 0) {
            addManyToMany(s, s.models.get(0), s.models.get(1));
        }
        return s;
    }

    GenSchema.GenEnum enumType(int i) {
        GenSchema.GenEnum e = new GenSchema.GenEnum();
        e.name = "Enum" + i;
        if (r.nextInt(4) == 0) {
            e.map = "enum_" + i + "_type";
        }
        int values = 1 + r.nextInt(4);
        for (int v = 0; v < values; v++) {
            e.values.add("V" + v);
            e.valueMaps.add(r.nextInt(5) == 0 ? "value " + v : null);
        }
        return e;
    }

    GenSchema.GenModel model(GenSchema s, int i) {
        GenSchema.GenModel m = new GenSchema.GenModel();
        m.name = "Model" + i;
        m.map = switch (r.nextInt(8)) {
            case 0 -> "model_" + i;
            case 1 -> "Model " + i + " with space";
            case 2 -> "modèle_" + i;
            case 3 -> "order" + (i == 0 ? "" : "_" + i);
            case 4 -> "a_table_name_long_enough_to_push_index_names_past_63_" + i;
            default -> null;
        };
        IdShape id = IDS.get(r.nextInt(IDS.size()));
        modelIds.add(id);
        for (String line : id.idFields()) {
            m.fields.add(parseField(line));
        }
        if (id.blockAttribute() != null) {
            m.blockAttributes.add(id.blockAttribute());
        }
        int scalars = r.nextInt(7);
        for (int f = 0; f < scalars; f++) {
            m.fields.add(scalarField(s, "f" + f));
        }
        List<String> indexable = m.fields.stream().filter(f -> !f.relation && f.arity.isEmpty()
                && isIndexable(s, f) && !f.attributes.contains("@id")).map(f -> f.name).toList();
        if (!indexable.isEmpty() && r.nextInt(2) == 0) {
            String a = indexable.get(r.nextInt(indexable.size()));
            String b = indexable.get(r.nextInt(indexable.size()));
            String cols = a.equals(b) ? a : a + ", " + b;
            switch (r.nextInt(5)) {
                case 0 -> m.blockAttributes.add("index([" + cols + "])");
                case 1 -> m.blockAttributes.add("unique([" + cols + "])");
                case 2 -> m.blockAttributes.add("index([" + a + "(sort: Desc)], map: \"idx_" + m.name.toLowerCase()
                        + "_" + a + "\")");
                case 3 -> m.blockAttributes.add("index([" + a + "], type: Hash)");
                default -> m.blockAttributes.add("index([" + cols + "], type: BTree)");
            }
        }
        if (!indexable.isEmpty() && r.nextInt(4) == 0) {
            GenSchema.GenField f = m.field(indexable.get(r.nextInt(indexable.size())));
            if (!f.attributes.contains("@unique") && !m.blockAttributes.contains("unique([" + f.name + "])")) {
                f.attributes.add("@unique");
            }
        }
        return m;
    }

    private boolean isIndexable(GenSchema s, GenSchema.GenField f) {
        if (s.enums.stream().anyMatch(e -> e.name.equals(f.type))) {
            return true;
        }
        for (Kind k : KINDS) {
            if (k.type().equals(f.type) && f.attributes.contains(k.nativeType() == null ? "" : k.nativeType())) {
                return k.indexable();
            }
        }
        return KINDS.stream().filter(k -> k.type().equals(f.type) && k.nativeType() == null).anyMatch(Kind::indexable)
                && f.attributes.stream().noneMatch(a -> a.startsWith("@db."));
    }

    GenSchema.GenField scalarField(GenSchema s, String name) {
        GenSchema.GenField f = new GenSchema.GenField();
        f.name = name;
        if (!s.enums.isEmpty() && r.nextInt(5) == 0) {
            GenSchema.GenEnum e = s.enums.get(r.nextInt(s.enums.size()));
            f.type = e.name;
            f.arity = pick("", "", "?", "[]");
            if (r.nextBoolean() && !f.arity.equals("[]")) {
                f.attributes.add("@default(" + e.values.get(0) + ")");
            }
        } else {
            Kind k = KINDS.get(r.nextInt(KINDS.size()));
            f.type = k.type();
            f.arity = pick("", "", "?", "?", "[]");
            if (k.defaultValue() != null && r.nextInt(3) == 0 && !f.arity.equals("[]")) {
                f.attributes.add("@default(" + k.defaultValue() + ")");
            }
            if (f.arity.equals("[]") && k.type().equals("Int") && k.nativeType() == null && r.nextBoolean()) {
                f.attributes.add("@default([1, 2])");
            }
            if (k.type().equals("DateTime") && k.nativeType() == null && f.attributes.isEmpty()
                    && f.arity.isEmpty() && r.nextInt(4) == 0) {
                f.attributes.add("@updatedAt");
            }
            if (k.nativeType() != null) {
                f.attributes.add(k.nativeType());
            }
        }
        switch (r.nextInt(10)) {
            case 0 -> f.attributes.add("@map(\"" + name + "_col\")");
            case 1 -> f.attributes.add("@map(\"select\")".replace("select", "select_" + name));
            case 2 -> f.attributes.add("@map(\"" + name + " with space\")");
            default -> { }
        }
        return f;
    }

    void addRelation(GenSchema s, GenSchema.GenModel from, GenSchema.GenModel to, IdShape target) {
        String rel = "R" + relationCounter++;
        boolean self = from == to;
        boolean oneToOne = !self && r.nextInt(4) == 0;
        boolean optional = self || r.nextBoolean();
        List<String> fkNames = new ArrayList<>();
        List<String> refNames = new ArrayList<>();
        for (int i = 0; i < target.fkTypes().size(); i++) {
            String fkName = rel.toLowerCase() + "_" + to.name.toLowerCase() + "_" + i;
            GenSchema.GenField fk = new GenSchema.GenField();
            fk.name = fkName;
            fk.type = target.fkTypes().get(i);
            fk.arity = optional ? "?" : "";
            if (target.fkNative().get(i) != null) {
                fk.attributes.add(target.fkNative().get(i));
            }
            from.fields.add(fk);
            fkNames.add(fkName);
            refNames.add(target.idFields().get(i).split(" ")[0]);
        }
        if (oneToOne) {
            if (fkNames.size() == 1) {
                from.field(fkNames.get(0)).attributes.add("@unique");
            } else {
                from.blockAttributes.add("unique([" + String.join(", ", fkNames) + "])");
            }
        }
        StringBuilder attr = new StringBuilder("@relation(\"" + rel + "\", fields: [" + String.join(", ", fkNames)
                + "], references: [" + String.join(", ", refNames) + "]");
        String[] actions = optional
                ? new String[] {null, "Cascade", "Restrict", "NoAction", "SetNull"}
                : new String[] {null, "Cascade", "Restrict", "NoAction"};
        String onDelete = actions[r.nextInt(actions.length)];
        String onUpdate = actions[r.nextInt(actions.length)];
        if (onDelete != null) {
            attr.append(", onDelete: ").append(onDelete);
        }
        if (onUpdate != null) {
            attr.append(", onUpdate: ").append(onUpdate);
        }
        attr.append(')');
        GenSchema.GenField relField = new GenSchema.GenField();
        relField.name = rel.toLowerCase() + "_" + to.name.toLowerCase();
        relField.type = to.name;
        relField.arity = optional ? "?" : "";
        relField.relation = true;
        relField.attributes.add(attr.toString());
        from.fields.add(relField);
        GenSchema.GenField back = new GenSchema.GenField();
        back.name = rel.toLowerCase() + "_back_" + from.name.toLowerCase();
        back.type = from.name;
        back.arity = oneToOne ? "?" : "[]";
        back.relation = true;
        back.attributes.add("@relation(\"" + rel + "\")");
        to.fields.add(back);
    }

    void addManyToMany(GenSchema s, GenSchema.GenModel a, GenSchema.GenModel b) {
        if (a.blockAttributes.stream().anyMatch(x -> x.startsWith("id(")) || b.blockAttributes.stream()
                .anyMatch(x -> x.startsWith("id("))) {
            return;
        }
        String rel = r.nextBoolean() ? null : "M" + relationCounter++;
        GenSchema.GenField fa = new GenSchema.GenField();
        fa.name = "many_" + b.name.toLowerCase();
        fa.type = b.name;
        fa.arity = "[]";
        fa.relation = true;
        GenSchema.GenField fb = new GenSchema.GenField();
        fb.name = "many_" + a.name.toLowerCase();
        fb.type = a.name;
        fb.arity = "[]";
        fb.relation = true;
        if (rel != null) {
            fa.attributes.add("@relation(\"" + rel + "\")");
            fb.attributes.add("@relation(\"" + rel + "\")");
        }
        a.fields.add(fa);
        b.fields.add(fb);
    }

    static GenSchema.GenField parseField(String line) {
        String[] parts = line.split(" ", 3);
        GenSchema.GenField f = new GenSchema.GenField();
        f.name = parts[0];
        f.type = parts[1];
        if (parts.length > 2) {
            // attributes contain no spaces except inside dbgenerated("...") which has none here
            for (String a : parts[2].split(" (?=@)")) {
                f.attributes.add(a);
            }
        }
        return f;
    }

    private String pick(String... options) {
        return options[r.nextInt(options.length)];
    }

    Random random() {
        return r;
    }
}
