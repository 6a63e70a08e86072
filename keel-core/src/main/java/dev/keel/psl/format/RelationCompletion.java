package dev.keel.psl.format;

import dev.keel.psl.ast.Attribute;
import dev.keel.psl.ast.FieldType;
import dev.keel.psl.ast.SchemaFileAst;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The part of {@code prisma format} that completes relations: it adds the missing back-relation field
 * ({@code posts Post[]}), the missing forward field with its {@code @relation(fields:, references:)}, the missing
 * scalar fields those reference (with the referenced field's native type) and missing {@code @relation} arguments.
 * Like Prisma, it works by inserting text into the sources, which are then formatted as usual, and does nothing when
 * the schema has errors at the level of Prisma's parser database.
 */
final class RelationCompletion {
    private static final Set<String> SCALARS =
            Set.of("String", "Boolean", "Int", "BigInt", "Float", "Decimal", "DateTime", "Json", "Bytes");

    private final List<SchemaFileAst> asts;
    private final SchemaModel schema;
    private final List<List<Insertion>> insertions = new ArrayList<>();

    private record Insertion(int position, String content) {
    }

    private RelationCompletion(List<SchemaFileAst> asts, SchemaModel schema) {
        this.asts = asts;
        this.schema = schema;
        for (int i = 0; i < asts.size(); i++) {
            insertions.add(new ArrayList<>());
        }
    }

    /** The texts of the files with the missing relation bits inserted; the originals if there is nothing to add. */
    static List<String> complete(List<SchemaFileAst> asts, boolean parseErrors) {
        List<String> originals = asts.stream().map(a -> a.source().text()).toList();
        if (parseErrors) {
            return originals;
        }
        SchemaModel schema = SchemaModel.build(asts);
        if (schema == null) {
            return originals;
        }
        RelationCompletion c = new RelationCompletion(asts, schema);
        List<SchemaModel.Relation> inline = schema.relations().stream().filter(SchemaModel.Relation::isInline)
                .toList();
        for (SchemaModel.Relation r : inline) {
            c.missingRelationFields(r);
            c.missingScalarFields(r);
        }
        for (SchemaModel.Relation r : inline) {
            c.missingRelationAttribute(r);
        }
        for (SchemaModel.Relation r : inline) {
            c.missingRelationArguments(r);
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < asts.size(); i++) {
            out.add(enrich(originals.get(i), c.insertions.get(i)));
        }
        return out;
    }

    private static String enrich(String text, List<Insertion> bits) {
        if (bits.isEmpty()) {
            return text;
        }
        List<Insertion> sorted = new ArrayList<>(bits);
        sorted.sort(Comparator.comparingInt(Insertion::position));
        StringBuilder sb = new StringBuilder();
        int last = 0;
        for (Insertion b : sorted) {
            sb.append(text, last, b.position()).append(b.content());
            last = b.position();
        }
        return sb.append(text.substring(last)).toString();
    }

    private void add(int fileId, int position, String content) {
        insertions.get(fileId).add(new Insertion(position, content));
    }

    private static int closingBrace(SchemaModel.Model m) {
        return m.ast().span().end() - 1;
    }

    private void missingRelationFields(SchemaModel.Relation r) {
        SchemaModel.Model referencing = r.modelA();
        SchemaModel.Model referenced = r.modelB();
        if (r.back() == null) {
            String name = Inflector.camelCase(referencing.name());
            String arity = r.oneToOne() ? "?" : "[]";
            if (!r.oneToOne()) {
                name = Inflector.plural(name);
            }
            String ignore = referencing.ignored() ? "@ignore" : "";
            add(referenced.fileId(), closingBrace(referenced),
                    name + " " + referencing.name() + arity + " " + ignore + "\n");
        }
        if (r.forward() == null) {
            String arity = forwardArity(r);
            String name = Inflector.camelCase(referenced.name());
            add(referencing.fileId(), closingBrace(referencing), name + " " + referenced.name() + arity
                    + " @relation(" + fieldsArgument(r) + ", " + referencesArgument(r) + ")\n");
        }
    }

    private void missingScalarFields(SchemaModel.Relation r) {
        if (r.forward() != null && r.forward().fields() != null) {
            return;
        }
        for (Inferred f : inferScalarFields(r)) {
            if (r.modelA().scalarField(f.name()) != null) {
                continue;
            }
            SchemaModel.FieldInfo blueprint = f.blueprint();
            if (blueprint.unsupported() || !SCALARS.contains(blueprint.typeName())) {
                return;
            }
            String nativeType = blueprint.ast().attributes().stream().filter(a -> a.name().name().contains("."))
                    .findFirst().map(a -> text(blueprint.fileId(), a.span().start(), a.span().end())).orElse("");
            add(r.modelA().fileId(), closingBrace(r.modelA()),
                    f.name() + " " + blueprint.typeName() + arityText(f.arity()) + " " + nativeType + "\n");
        }
    }

    private void missingRelationAttribute(SchemaModel.Relation r) {
        SchemaModel.FieldInfo forward = r.forward();
        if (forward == null || forward.relationAttribute() != null) {
            return;
        }
        FieldType type = forward.ast().type().orElseThrow();
        String src = asts.get(forward.fileId()).source().text();
        int pos = type.span().end();
        while (pos < src.length() && "[]?!".indexOf(src.charAt(pos)) >= 0) {
            pos++;
        }
        add(forward.fileId(), pos, " @relation(" + fieldsArgument(r) + ", " + referencesArgument(r) + ")");
    }

    private void missingRelationArguments(SchemaModel.Relation r) {
        SchemaModel.FieldInfo forward = r.forward();
        if (forward == null || forward.relationAttribute() == null) {
            return;
        }
        Attribute attr = forward.relationAttribute();
        List<String> extra = new ArrayList<>();
        if (forward.fields() == null) {
            extra.add(fieldsArgument(r));
        }
        if (forward.references() == null) {
            extra.add(referencesArgument(r));
        }
        String joined = String.join(", ", extra);
        if (attr.arguments().arguments().isEmpty()) {
            add(forward.fileId(), attr.span().end(), "(" + joined + ")");
        } else {
            add(forward.fileId(), attr.span().end() - 1, ", " + joined);
        }
    }

    private record Inferred(String name, SchemaModel.Arity arity, SchemaModel.FieldInfo blueprint) {
    }

    /** Scalar fields for the referencing side, named after the referenced model's first unique criteria. */
    private List<Inferred> inferScalarFields(SchemaModel.Relation r) {
        Optional<List<SchemaModel.FieldInfo>> criteria = r.modelB().uniqueCriteria().stream().findFirst();
        if (criteria.isEmpty()) {
            return List.of();
        }
        List<Inferred> out = new ArrayList<>();
        for (SchemaModel.FieldInfo field : criteria.get()) {
            String name = Inflector.lowerFirst(r.modelB().name()) + Inflector.upperFirst(field.name());
            SchemaModel.FieldInfo existing = r.modelA().scalarField(name);
            if (existing != null) {
                out.add(new Inferred(name, existing.arity(), field));
            } else {
                SchemaModel.Arity arity = r.forward() != null ? r.forward().arity() : SchemaModel.Arity.OPTIONAL;
                out.add(new Inferred(name, arity, field));
            }
        }
        return out;
    }

    private String forwardArity(SchemaModel.Relation r) {
        if (r.forward() != null) {
            return arityText(r.forward().arity());
        }
        boolean anyOptional = inferScalarFields(r).stream().anyMatch(f -> f.arity() == SchemaModel.Arity.OPTIONAL);
        return anyOptional ? "?" : "";
    }

    private String fieldsArgument(SchemaModel.Relation r) {
        List<String> names = inferScalarFields(r).stream().map(Inferred::name).toList();
        return "fields: [" + String.join(", ", names) + "]";
    }

    private String referencesArgument(SchemaModel.Relation r) {
        List<SchemaModel.FieldInfo> fields;
        if (r.forward() != null && r.forward().references() != null) {
            fields = r.forward().references();
        } else {
            fields = r.modelB().uniqueCriteria().stream().filter(SchemaModel::isStrict).findFirst()
                    .orElse(List.of());
        }
        return "references: [" + String.join(", ", fields.stream().map(SchemaModel.FieldInfo::name).toList()) + "]";
    }

    private static String arityText(SchemaModel.Arity arity) {
        return switch (arity) {
            case REQUIRED -> "";
            case OPTIONAL -> "?";
            case LIST -> "[]";
        };
    }

    private String text(int fileId, int start, int end) {
        return asts.get(fileId).source().text().substring(start, end);
    }
}
