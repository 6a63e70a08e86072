package dev.keel.psl.validate;

import dev.keel.psl.ast.Attribute;
import dev.keel.psl.ast.ConfigProperty;
import dev.keel.psl.ast.EnumValue;
import dev.keel.psl.ast.Field;
import dev.keel.psl.ast.Identifier;
import dev.keel.psl.ast.SchemaFileAst;
import dev.keel.psl.ast.Top;
import dev.keel.psl.model.ScalarType;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** First pass (parser-database names.rs): identifiers, reserved names, duplicates in every namespace. */
final class NamesPass {
    private static final Set<String> RESERVED = Set.of("PrismaClient", "break", "case", "catch", "class", "const",
            "continue", "debugger", "default", "delete", "do", "else", "enum", "export", "extends", "false",
            "finally", "for", "function", "if", "implements", "import", "in", "instanceof", "interface", "let",
            "new", "null", "package", "private", "protected", "public", "return", "super", "switch", "this",
            "throw", "true", "try", "typeof", "var", "void", "while", "with", "yield");

    private NamesPass() {
    }

    static void run(SchemaDb db) {
        Map<String, Top> generators = new HashMap<>();
        Map<String, Top> datasources = new HashMap<>();
        for (SchemaFileAst ast : db.asts) {
            for (Top top : ast.tops()) {
                if (ScalarType.of(top.name().name()).isPresent()) {
                    db.diagnostics.add(PslErrors.reservedScalarType(top.name().name(), top.name().span()));
                }
                Map<String, Top> namespace = db.tops;
                if (top instanceof Top.Enum e) {
                    identifier(db, e.name(), "Enum");
                    if (RESERVED.contains(e.name().name())) {
                        db.diagnostics.add(PslErrors.enumValidation("The enum name `" + e.name().name()
                                + "` is invalid. It is a reserved name. Please change it. Read more at "
                                + "https://www.prisma.io/docs/reference/tools-and-interfaces/prisma-schema/data-model"
                                + "#naming-enums", e.name().name(), e.span()));
                    }
                    attributeIdentifiers(db, e.attributes());
                    Set<String> values = new HashSet<>();
                    for (EnumValue v : e.values()) {
                        identifier(db, v.name(), "Enum Value");
                        attributeIdentifiers(db, v.attributes());
                        if (!values.add(v.name().name())) {
                            db.diagnostics.add(PslErrors.duplicateEnumValue(e.name().name(), v.name().name(),
                                    v.span()));
                        }
                    }
                } else if (top instanceof Top.Model m && m.kind() != Top.ModelKind.TYPE) {
                    boolean view = m.isView();
                    identifier(db, m.name(), view ? "view" : "Model");
                    if (RESERVED.contains(m.name().name())) {
                        db.diagnostics.add(PslErrors.modelValidation("The " + (view ? "view" : "model") + " name `"
                                + m.name().name() + "` is invalid. It is a reserved name. Please change it. "
                                + "Read more at https://pris.ly/d/naming-models", "model", m.name().name(),
                                m.span()));
                    }
                    attributeIdentifiers(db, m.attributes());
                    Set<String> fields = new HashSet<>();
                    for (Field f : m.fields()) {
                        identifier(db, f.name(), view ? "field" : "Field");
                        attributeIdentifiers(db, f.attributes());
                        if (!fields.add(f.name().name())) {
                            db.diagnostics.add(PslErrors.duplicateField(m.name().name(), f.name().name(),
                                    view ? "view" : "model", f.name().span()));
                        }
                    }
                } else if (top instanceof Top.Model ct) {
                    identifier(db, ct.name(), "Composite type");
                    Set<String> fields = new HashSet<>();
                    for (Field f : ct.fields()) {
                        if (!fields.add(f.name().name())) {
                            db.diagnostics.add(PslErrors.error("Field \"" + f.name().name()
                                    + "\" is already defined on composite type \"" + ct.name().name() + "\".",
                                    f.name().span()));
                        }
                    }
                } else if (top instanceof Top.ConfigBlock c) {
                    Set<String> keys = new HashSet<>();
                    for (ConfigProperty p : c.properties()) {
                        if (!keys.add(p.name().name())) {
                            db.diagnostics.add(PslErrors.duplicateConfigKey(c.kind().keyword + " \""
                                    + c.name().name() + "\"", p.name().name(), p.name().span()));
                        }
                    }
                    namespace = c.kind() == Top.ConfigKind.DATASOURCE ? datasources : generators;
                    (c.kind() == Top.ConfigKind.DATASOURCE ? db.datasources : db.generators).add(c);
                }
                Top existing = namespace.putIfAbsent(top.name().name(), top);
                if (existing != null) {
                    db.diagnostics.add(PslErrors.duplicateTop(top.name().name(), typeName(top), typeName(existing),
                            top.name().span()));
                }
            }
        }
    }

    static String typeName(Top top) {
        if (top instanceof Top.Model m) {
            return switch (m.kind()) {
                case MODEL -> "model";
                case VIEW -> "view";
                case TYPE -> "composite type";
            };
        }
        if (top instanceof Top.Enum) {
            return "enum";
        }
        return ((Top.ConfigBlock) top).kind() == Top.ConfigKind.DATASOURCE ? "datasource" : "generator";
    }

    private static void attributeIdentifiers(SchemaDb db, List<Attribute> attributes) {
        for (int i = 0; i < attributes.size(); i++) {
            identifier(db, attributes.get(i).name(), "Attribute");
        }
    }

    private static boolean startsWithNumber(String name) {
        char c = name.charAt(0);
        if (c < 0x80) {
            return c >= '0' && c <= '9'; // every name of the schema passes here; ASCII needs no Unicode tables
        }
        int cp = name.codePointAt(0);
        int type = Character.getType(cp);
        return Character.isDigit(cp) || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    private static void identifier(SchemaDb db, Identifier id, String item) {
        String name = id.name();
        if (name.isEmpty()) {
            db.diagnostics.add(PslErrors.validation("The name of a " + item + " must not be empty.", id.span()));
        } else if (startsWithNumber(name)) {
            db.diagnostics.add(PslErrors.validation("The name of a " + item + " must not start with a number.",
                    id.span()));
        } else if (name.indexOf('-') >= 0) {
            db.diagnostics.add(PslErrors.validation("The character `-` is not allowed in " + item + " names.",
                    id.span()));
        }
    }
}
