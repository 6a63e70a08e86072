package dev.keel.gen;

import java.util.List;
import java.util.Random;

/**
 * One to three random edits of a generated schema, of the kinds a developer makes between two migrations:
 * add/drop/retype fields, nullability, defaults, indexes and uniques, relations, enum values, maps, models.
 * Field names follow {@link SchemaGenerator}'s conventions: {@code f*}/{@code g*} scalars, {@code r<k>_*} relation
 * parts, {@code many_*} implicit many-to-many sides, {@code id}/{@code ka}/{@code kb} ids.
 */
final class EditGenerator {
    private final Random r;
    private final SchemaGenerator gen;
    private int added;

    EditGenerator(long seed) {
        this.r = new Random(seed * 31 + 7);
        this.gen = new SchemaGenerator(seed * 17 + 3);
        this.gen.relationCounter = 100;
    }

    static GenSchema edit(GenSchema v1, long seed) {
        EditGenerator e = new EditGenerator(seed);
        GenSchema v2 = v1.copy();
        int edits = 1 + e.r.nextInt(3);
        for (int i = 0; i < edits; i++) {
            e.applyOne(v2);
        }
        return v2;
    }

    private void applyOne(GenSchema s) {
        GenSchema.GenModel m = s.models.get(r.nextInt(s.models.size()));
        List<GenSchema.GenField> scalars = m.fields.stream()
                .filter(f -> f.name.startsWith("f") || f.name.startsWith("g")).toList();
        GenSchema.GenField f = scalars.isEmpty() ? null : scalars.get(r.nextInt(scalars.size()));
        switch (r.nextInt(12)) {
            case 0 -> {
                GenSchema.GenField nf = gen.scalarField(s, "g" + added++);
                if (nf.arity.isEmpty() && nf.attributes.stream().noneMatch(a -> a.startsWith("@default"))
                        && r.nextBoolean()) {
                    nf.arity = "?";
                }
                m.fields.add(nf);
            }
            case 1 -> {
                if (f != null) {
                    m.fields.remove(f);
                    m.blockAttributes.removeIf(a -> mentions(a, f.name));
                }
            }
            case 2 -> {
                if (f != null) {
                    GenSchema.GenField nf = gen.scalarField(s, f.name);
                    m.fields.set(m.fields.indexOf(f), nf);
                    m.blockAttributes.removeIf(a -> mentions(a, f.name));
                }
            }
            case 3 -> {
                if (f != null && !f.arity.equals("[]")) {
                    f.arity = f.arity.isEmpty() ? "?" : "";
                    f.attributes.remove("@updatedAt");
                }
            }
            case 4 -> {
                if (f != null && !f.attributes.removeIf(a -> a.startsWith("@default"))) {
                    if (f.type.equals("Int") && f.arity.isEmpty() && f.attributes.stream()
                            .noneMatch(a -> a.startsWith("@db."))) {
                        f.attributes.add("@default(7)");
                    } else if (f.type.equals("String") && f.attributes.stream().noneMatch(a -> a.startsWith("@db."))
                            && !f.arity.equals("[]")) {
                        f.attributes.add("@default(\"new default\")");
                    }
                }
            }
            case 5 -> {
                if (!m.blockAttributes.isEmpty() && r.nextBoolean()) {
                    m.blockAttributes.removeIf(a -> a.startsWith("index("));
                } else if (f != null && f.arity.isEmpty() && indexable(f)) {
                    String idx = "index([" + f.name + "])";
                    if (m.blockAttributes.stream().noneMatch(a -> mentions(a, f.name))) {
                        m.blockAttributes.add(idx);
                    }
                }
            }
            case 6 -> {
                if (f != null && f.arity.isEmpty() && indexable(f) && !f.attributes.remove("@unique")
                        && m.blockAttributes.stream().noneMatch(a -> mentions(a, f.name))) {
                    f.attributes.add("@unique");
                }
            }
            case 7 -> {
                if (r.nextBoolean()) {
                    dropRelation(s);
                } else {
                    int target = r.nextInt(s.models.size());
                    GenSchema.GenModel to = s.models.get(target);
                    SchemaGenerator.IdShape shape = idShapeOf(to);
                    if (shape != null) {
                        gen.addRelation(s, m, to, shape);
                    }
                }
            }
            case 8 -> {
                if (s.enums.isEmpty() || r.nextInt(4) == 0) {
                    s.enums.add(gen.enumType(s.enums.size() + 10));
                } else {
                    GenSchema.GenEnum e = s.enums.get(r.nextInt(s.enums.size()));
                    if (r.nextBoolean() || e.values.size() < 2) {
                        e.values.add("W" + added++);
                        e.valueMaps.add(null);
                    } else {
                        e.values.remove(e.values.size() - 1);
                        e.valueMaps.remove(e.valueMaps.size() - 1);
                    }
                }
            }
            case 9 -> {
                if (f != null && r.nextBoolean()) {
                    f.attributes.removeIf(a -> a.startsWith("@map"));
                    f.attributes.add("@map(\"" + f.name + "_renamed\")");
                } else {
                    m.map = m.map == null ? m.name.toLowerCase() + "_renamed" : null;
                }
            }
            case 10 -> {
                if (r.nextBoolean()) {
                    GenSchema.GenModel nm = gen.model(s, 50 + added++);
                    nm.name = "Added" + added;
                    s.models.add(nm);
                } else if (s.models.size() > 1) {
                    GenSchema.GenModel victim = s.models.get(s.models.size() - 1);
                    boolean referenced = s.models.stream().anyMatch(o -> o != victim && o.fields.stream()
                            .anyMatch(x -> x.type.equals(victim.name)));
                    if (!referenced) {
                        s.models.remove(victim);
                    }
                }
            }
            default -> {
                for (GenSchema.GenField rf : m.fields) {
                    if (rf.relation && rf.attributes.stream().anyMatch(a -> a.contains("fields:"))) {
                        String a = rf.attributes.get(0).replaceAll(", on(Delete|Update): \\w+", "");
                        String action = rf.arity.equals("?") ? pick("Cascade", "SetNull", "NoAction")
                                : pick("Cascade", "Restrict", "NoAction");
                        rf.attributes.set(0, a.substring(0, a.length() - 1) + ", onDelete: " + action + ")");
                        break;
                    }
                }
            }
        }
    }

    private void dropRelation(GenSchema s) {
        for (GenSchema.GenModel m : s.models) {
            for (GenSchema.GenField f : m.fields) {
                if (f.relation && f.name.matches("r\\d+_.*") && !f.name.contains("_back_")) {
                    String prefix = f.name.substring(0, f.name.indexOf('_') + 1);
                    for (GenSchema.GenModel o : s.models) {
                        o.fields.removeIf(x -> x.name.startsWith(prefix));
                        o.blockAttributes.removeIf(a -> a.contains(prefix));
                    }
                    return;
                }
            }
        }
    }

    private static SchemaGenerator.IdShape idShapeOf(GenSchema.GenModel m) {
        GenSchema.GenField id = m.field("id");
        if (id == null) {
            return m.field("ka") != null ? SchemaGenerator.IDS.get(6) : null;
        }
        String line = id.name + " " + id.type + " " + String.join(" ", id.attributes);
        return SchemaGenerator.IDS.stream().filter(sh -> sh.idFields().get(0).equals(line)).findFirst().orElse(null);
    }

    private static boolean indexable(GenSchema.GenField f) {
        return !f.type.equals("Json") && !f.attributes.contains("@db.Xml") && !f.attributes.contains("@db.Json");
    }

    private static boolean mentions(String blockAttribute, String field) {
        return blockAttribute.matches(".*[\\[ ,]" + field + "[\\],(].*");
    }

    private String pick(String... options) {
        return options[r.nextInt(options.length)];
    }
}
