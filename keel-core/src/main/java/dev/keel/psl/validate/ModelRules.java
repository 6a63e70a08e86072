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
        if (m.id != null) {
            return;
        }
        for (SchemaDb.IndexInfo idx : m.indexes) {
            if (idx.isUnique() && !idx.scalars.isEmpty() && idx.scalars.stream().allMatch(s -> !s.isOptional()
                    && !s.isList() && !s.isUnsupported() && !s.ignored)) {
                return;
            }
        }
        db.diagnostics.add(PslErrors.modelValidation("Each model must have at least one unique criteria that has only"
                + " required fields. Either mark a single field with `@id`, `@unique` or add a multi field criterion"
                + " with `@@id([])` or `@@unique([])` to the model.", "model", m.name(), m.ast.span()));
    }

    /** One entry of PostgreSQL's per-schema namespace of primary keys, indexes and unique constraints. */
    private record Named(SchemaDb.ModelInfo model, String name, String attributeName, dev.keel.diag.Span span) {
    }

    static void constraintNames(SchemaDb db) {
        Map<String, List<Named>> byName = new HashMap<>();
        List<Named> all = new ArrayList<>();
        for (SchemaDb.ModelInfo m : db.models) {
            if (m.isView()) {
                continue;
            }
            String schema = m.schema == null ? "" : m.schema;
            if (m.id != null) {
                String name = m.id.map != null ? m.id.map : ConstraintNames.primaryKey(m.dbName());
                Named n = new Named(m, name, m.id.sourceField != null ? "@id" : "@@id", m.id.attribute.span());
                all.add(n);
                byName.computeIfAbsent(schema + "\u0000" + name, k -> new ArrayList<>()).add(n);
            }
            for (SchemaDb.IndexInfo idx : m.indexes) {
                if (idx.kind == IndexKind.FULLTEXT || idx.scalars.isEmpty()) {
                    continue;
                }
                String name = idx.map != null ? idx.map
                        : ConstraintNames.index(m.dbName(), idx.scalars.stream().map(SchemaDb.ScalarInfo::dbName)
                        .toList(), idx.kind);
                String attr = idx.sourceField != null ? "@unique" : idx.isUnique() ? "@@unique" : "@@index";
                Named n = new Named(m, name, attr, idx.attribute.span());
                all.add(n);
                byName.computeIfAbsent(schema + "\u0000" + name, k -> new ArrayList<>()).add(n);
            }
        }
        for (Named n : all) {
            String schema = n.model().schema == null ? "" : n.model().schema;
            if (byName.get(schema + "\u0000" + n.name()).size() > 1) {
                db.diagnostics.add(PslErrors.attributeValidation("The given constraint name `" + n.name() + "` has to"
                        + " be unique in the following namespace: global for primary key, indexes and unique"
                        + " constraints. Please provide a different name using the `map` argument.",
                        n.attributeName(), n.span()));
            }
        }
    }
}
