package dev.keel.psl.validate;

import dev.keel.psl.model.IndexKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Model-level rules: database names, unique criteria, constraint name collisions, enum names. */
final class ModelRules {
    private ModelRules() {
    }

    static void databaseNames(SchemaDb db) {
        Map<String, SchemaDb.ModelInfo> seen = new HashMap<>();
        for (SchemaDb.ModelInfo m : db.models) {
            String key = (m.schema == null ? "" : m.schema) + "\u0000" + m.dbName();
            SchemaDb.ModelInfo existing = seen.putIfAbsent(key, m);
            if (existing != null) {
                var span = m.mapSpan != null ? m.mapSpan : m.ast.name().span();
                db.diagnostics.add(m.isView()
                        ? PslErrors.duplicateViewDatabaseName(m.dbName(), existing.name(), span)
                        : PslErrors.duplicateModelDatabaseName(m.dbName(), existing.name(), span));
            }
        }
    }

    static void enumDatabaseNames(SchemaDb db) {
        Map<String, SchemaDb.EnumInfo> seen = new HashMap<>();
        for (SchemaDb.EnumInfo e : db.enums) {
            String key = (e.schema == null ? "" : e.schema) + "\u0000" + e.dbName();
            if (seen.putIfAbsent(key, e) != null) {
                db.diagnostics.add(PslErrors.duplicateEnumDatabaseName(e.ast.span()));
            }
        }
    }

    static void uniqueCriteria(SchemaDb db, SchemaDb.ModelInfo m) {
        if (m.isView() || m.ignored) {
            return;
        }
        StringBuilder loose = new StringBuilder();
        if (m.id != null) {
            if (allRequired(m.id.scalars, false)) {
                return;
            }
            loose.append("\n- ").append(String.join(", ", m.id.scalars.stream().map(SchemaDb.ScalarInfo::name)
                    .toList()));
        }
        for (SchemaDb.IndexInfo idx : m.indexes) {
            if (!idx.isUnique() || idx.scalars.isEmpty()) {
                continue;
            }
            if (allRequired(idx.scalars, true)) {
                return;
            }
            loose.append("\n- ").append(String.join(", ", idx.scalars.stream().map(SchemaDb.ScalarInfo::name)
                    .toList()));
        }
        String message = "Each model must have at least one unique criteria that has only required fields. Either"
                + " mark a single field with `@id`, `@unique` or add a multi field criterion with `@@id([])` or"
                + " `@@unique([])` to the model.";
        if (loose.length() > 0) {
            message += " The following unique criterias were not considered as they contain fields that are not"
                    + " required:" + loose;
        }
        db.diagnostics.add(PslErrors.modelValidation(message, "model", m.name(), m.ast.span()));
    }

    private static boolean allRequired(List<SchemaDb.ScalarInfo> scalars, boolean notIgnored) {
        for (SchemaDb.ScalarInfo s : scalars) {
            if (s.arity() != dev.keel.psl.model.Arity.REQUIRED || s.isUnsupported() || notIgnored && s.ignored) {
                return false;
            }
        }
        return true;
    }

    /** Client names of {@code @@id(name:)} and {@code @@unique(name:)} (models.rs, indexes.rs). */
    static void clientNames(SchemaDb db, SchemaDb.ModelInfo m) {
        if (m.id != null && m.id.name != null && m.hasField(m.id.name)) {
            db.diagnostics.add(PslErrors.modelValidation("The custom name `" + m.id.name + "` specified for the `@@id`"
                    + " attribute is already used as a name for a field. Please choose a different name.", "model",
                    m.name(), m.ast.span()));
        }
        for (SchemaDb.IndexInfo idx : m.indexes) {
            if (idx.name == null) {
                continue;
            }
            int same = 0;
            for (SchemaDb.IndexInfo o : m.indexes) {
                if (idx.name.equals(o.name)) {
                    same++;
                }
            }
            if (same > 1) {
                db.diagnostics.add(PslErrors.attributeValidation("The given custom name `" + idx.name + "` has to be"
                        + " unique on the model. Please provide a different name for the `name` argument.",
                        "@@unique", idx.attribute.span()));
            }
        }
    }

    /** Foreign key names: unique per table among its primary key, indexes and foreign keys (PostgreSQL). */
    static void foreignKeyNames(SchemaDb db) {
        for (SchemaDb.ModelInfo m : db.models) {
            List<String> local = new ArrayList<>();
            if (m.id != null) {
                local.add(m.id.constraintName(m));
            }
            for (SchemaDb.IndexInfo idx : m.indexes) {
                if (!idx.scalars.isEmpty()) {
                    local.add(idx.constraintName(m));
                }
            }
            List<String> fks = new ArrayList<>();
            for (SchemaDb.RelationFieldInfo rf : m.relationFields) {
                fks.add(fkName(rf));
            }
            for (SchemaDb.RelationFieldInfo rf : m.relationFields) {
                String name = fkName(rf);
                if (name == null) {
                    continue;
                }
                int count = 0;
                for (String other : fks) {
                    if (name.equals(other)) {
                        count++;
                    }
                }
                for (String other : local) {
                    if (name.equals(other)) {
                        count++;
                    }
                }
                if (count > 1) {
                    db.diagnostics.add(PslErrors.attributeValidation("The given constraint name `" + name + "` has to be"
                            + " unique in the following namespace: on model `" + m.name() + "` for primary key,"
                            + " indexes, unique constraints and foreign keys. Please provide a different name using the"
                            + " `map` argument.", "@relation", rf.mapSpan != null ? rf.mapSpan : rf.ast.span()));
                }
            }
        }
    }

    private static String fkName(SchemaDb.RelationFieldInfo rf) {
        return rf.foreignKeyName();
    }

    /** One entry of PostgreSQL's per-schema namespace of primary keys, indexes and unique constraints. */
    private record Named(String name, String attributeName, dev.keel.diag.Span span) {
    }

    static void constraintNames(SchemaDb db) {
        // per schema: name -> whether it is taken more than once (most schemas have one schema and no clash)
        Map<String, Map<String, Boolean>> taken = new HashMap<>();
        List<Named> all = new ArrayList<>();
        List<Map<String, Boolean>> namespaces = new ArrayList<>();
        for (SchemaDb.ModelInfo m : db.models) {
            if (m.isView()) {
                continue;
            }
            Map<String, Boolean> namespace = taken.computeIfAbsent(m.schema == null ? "" : m.schema,
                    k -> new HashMap<>());
            if (m.id != null) {
                String name = m.id.constraintName(m);
                all.add(new Named(name, m.id.sourceField != null ? "@id" : "@@id", m.id.attribute.span()));
                namespaces.add(namespace);
                namespace.merge(name, Boolean.FALSE, (a, b) -> Boolean.TRUE);
            }
            for (SchemaDb.IndexInfo idx : m.indexes) {
                if (idx.kind == IndexKind.FULLTEXT || idx.scalars.isEmpty()) {
                    continue;
                }
                String name = idx.constraintName(m);
                String attr = idx.sourceField != null ? "@unique" : idx.isUnique() ? "@@unique" : "@@index";
                all.add(new Named(name, attr, idx.attribute.span()));
                namespaces.add(namespace);
                namespace.merge(name, Boolean.FALSE, (a, b) -> Boolean.TRUE);
            }
        }
        for (int i = 0; i < all.size(); i++) {
            Named n = all.get(i);
            if (namespaces.get(i).get(n.name())) {
                db.diagnostics.add(PslErrors.attributeValidation("The given constraint name `" + n.name() + "` has to"
                        + " be unique in the following namespace: global for primary key, indexes and unique"
                        + " constraints. Please provide a different name using the `map` argument.",
                        n.attributeName(), n.span()));
            }
        }
    }
}
