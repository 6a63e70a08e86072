package dev.keel.history;

import dev.keel.testing.TestDb;
import java.util.ArrayList;
import java.util.List;

/**
 * The shape of the {@code public} schema as sorted text lines, from the system catalogs: tables, columns (type,
 * nullability, default), constraints, indexes, enum types with their labels, views, functions and triggers.
 * Migration bookkeeping ({@code _prisma_migrations}, schema {@code _keel}) is left out.
 */
final class CatalogDump {
    private CatalogDump() {
    }

    private static final String[] QUERIES = {
        "SELECT 'table ' || c.relname || ' ' || c.relkind::text FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            + "WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'S') AND c.relname <> '_prisma_migrations'",
        "SELECT 'column ' || c.relname || '.' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod) || "
            + "CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE '' END || coalesce(' DEFAULT ' || "
            + "pg_get_expr(d.adbin, d.adrelid), '') || CASE WHEN a.attidentity <> '' THEN ' IDENTITY ' || a.attidentity::text "
            + "ELSE '' END || CASE WHEN a.attgenerated <> '' THEN ' GENERATED' ELSE '' END "
            + "FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
            + "LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum "
            + "WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm') AND a.attnum > 0 AND NOT a.attisdropped "
            + "AND c.relname <> '_prisma_migrations'",
        "SELECT 'constraint ' || c.relname || '.' || con.conname || ' ' || pg_get_constraintdef(con.oid) "
            + "FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
            + "WHERE n.nspname = 'public' AND c.relname <> '_prisma_migrations'",
        "SELECT 'index ' || pg_get_indexdef(i.indexrelid) || ' valid=' || i.indisvalid FROM pg_index i "
            + "JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
            + "WHERE n.nspname = 'public' AND c.relname <> '_prisma_migrations_pkey'",
        "SELECT 'enum ' || t.typname || ' ' || string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) FROM pg_type t "
            + "JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace "
            + "WHERE n.nspname = 'public' GROUP BY t.typname",
        "SELECT 'view ' || c.relname || ' ' || md5(pg_get_viewdef(c.oid)) FROM pg_class c "
            + "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind IN ('v', 'm')",
        "SELECT 'function ' || p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ') ' || md5(p.prosrc) "
            + "FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public' "
            + "AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')",
        "SELECT 'trigger ' || c.relname || '.' || t.tgname || ' ' || pg_get_triggerdef(t.oid) FROM pg_trigger t "
            + "JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
            + "WHERE n.nspname = 'public' AND NOT t.tgisinternal",
        "SELECT 'extension ' || extname FROM pg_extension",
    };

    static List<String> of(TestDb db) {
        List<String> out = new ArrayList<>();
        for (String q : QUERIES) {
            out.addAll(db.column(q));
        }
        out.sort(null);
        return out;
    }
}
