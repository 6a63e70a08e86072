package dev.keel.safety.lint;

import dev.keel.safety.lint.CatalogSnapshot.Col;
import dev.keel.safety.lint.CatalogSnapshot.Con;
import dev.keel.safety.lint.CatalogSnapshot.EnumLabel;
import dev.keel.safety.lint.CatalogSnapshot.Idx;
import dev.keel.safety.lint.CatalogSnapshot.Rel;
import dev.keel.schema.Identifiers;
import java.util.List;

/**
 * The safe alternative of each finding as SQL for the very objects the statement touched, built from PostgreSQL's
 * own definitions ({@code pg_get_indexdef}, {@code pg_get_constraintdef}, {@code format_type}), or as a Keel command.
 */
final class Fixes {
    private Fixes() {
    }

    private static final String OWN_MIGRATION = "-- in a migration of its own: PostgreSQL runs it outside a "
            + "transaction (keel migrate deploy does so by itself)";

    static String concurrentIndex(Idx idx) {
        String def = idx.def();
        String head = def.startsWith("CREATE UNIQUE INDEX ") ? "CREATE UNIQUE INDEX " : "CREATE INDEX ";
        return head + "CONCURRENTLY IF NOT EXISTS " + def.substring(head.length()) + ";\n" + OWN_MIGRATION;
    }

    static String notValid(String table, Con con) {
        return "ALTER TABLE " + table + " ADD CONSTRAINT " + con.name() + " " + con.def() + " NOT VALID;\n"
                + "-- then, in a later migration (VALIDATE takes SHARE UPDATE EXCLUSIVE: reads and writes go on):\n"
                + "ALTER TABLE " + table + " VALIDATE CONSTRAINT " + con.name() + ";";
    }

    static String setNotNull(Rel table, String column) {
        String check = Identifiers.quote(Identifiers.truncate(table.bareName() + "_" + unquote(column)
                + "_not_null"));
        String col = quoteIfNeeded(column);
        return "ALTER TABLE " + table.name() + " ADD CONSTRAINT " + check + " CHECK (" + col
                + " IS NOT NULL) NOT VALID;\n"
                + "-- in a later migration:\n"
                + "ALTER TABLE " + table.name() + " VALIDATE CONSTRAINT " + check + ";\n"
                + "ALTER TABLE " + table.name() + " ALTER COLUMN " + col + " SET NOT NULL;  -- no scan: the "
                + "validated check proves it\n"
                + "ALTER TABLE " + table.name() + " DROP CONSTRAINT " + check + ";";
    }

    static String usingIndex(String table, Con con, Idx idx, String kind) {
        String build = idx == null ? "CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS " + con.name() + " ON "
                + table + " (…);" : concurrentIndex(idx).lines().findFirst().orElseThrow();
        return build + "\n" + OWN_MIGRATION + "\n-- then (a short ACCESS EXCLUSIVE, no build):\n"
                + "ALTER TABLE " + table + " ADD CONSTRAINT " + con.name() + " " + kind + " USING INDEX "
                + con.name() + ";";
    }

    static String volatileDefault(Rel table, Col col) {
        String c = quoteIfNeeded(col.name());
        String expr = col.defaultExpr().orElse("<value>");
        if (col.generated()) {
            return "ALTER TABLE " + table.name() + " ADD COLUMN " + c + " " + col.type() + ";\n"
                    + "-- fill it from a trigger for new rows, backfill old rows in batches of 1,000 (see the "
                    + "UPDATE below), then switch readers to it";
        }
        return "ALTER TABLE " + table.name() + " ADD COLUMN " + c + " " + col.type() + ";\n"
                + "ALTER TABLE " + table.name() + " ALTER COLUMN " + c + " SET DEFAULT " + expr
                + ";  -- new rows only, no rewrite\n"
                + "-- backfill outside the migration, repeated until it updates 0 rows:\n"
                + "UPDATE " + table.name() + " SET " + c + " = " + expr + " WHERE ctid IN (SELECT ctid FROM "
                + table.name() + " WHERE " + c + " IS NULL LIMIT 1000);"
                + (col.notNull() ? "\n-- then SET NOT NULL through a validated CHECK (see adding-not-nullable-field)"
                : "");
    }

    static String requiredField(Rel table, Col col) {
        String c = quoteIfNeeded(col.name());
        return "ALTER TABLE " + table.name() + " ADD COLUMN " + c + " " + col.type()
                + " NOT NULL DEFAULT <constant>;  -- a constant default is stored once, no rewrite\n"
                + "-- or add it nullable, backfill, then SET NOT NULL through a validated CHECK";
    }

    static String changeType(PrismaNames names, String table, Col from, Col to) {
        String c = quoteIfNeeded(from.name());
        String tmp = Identifiers.quote(Identifiers.truncate(unquote(from.name()) + "_new"));
        return "keel plan change-type " + modelField(names, table, unquote(from.name())) + " '" + to.type()
                + "'\n# writes the releases below as migrations; by hand:\n"
                + "-- expand/contract instead of an in-place rewrite:\n"
                + "ALTER TABLE " + table + " ADD COLUMN " + tmp + " " + to.type() + ";\n"
                + "-- dual-write trigger, then backfill in batches until 0 rows:\n"
                + "UPDATE " + table + " SET " + tmp + " = " + c + "::" + to.type() + " WHERE ctid IN (SELECT ctid "
                + "FROM " + table + " WHERE " + tmp + " IS NULL AND " + c + " IS NOT NULL LIMIT 1000);\n"
                + "-- switch reads, then swap names and drop the old column in a later release:\n"
                + "keel plan rename-column " + modelField(names, table, unquote(tmp)) + " "
                + names.field(bare(table), unquote(from.name()));
    }

    static String renameColumn(PrismaNames names, Rel table, String from, String to) {
        return "keel plan rename-column " + modelField(names, table.name(), unquote(from)) + " " + unquote(to)
                + "\n# writes the expand/contract releases: add " + to + ", dual-write trigger, backfill, "
                + "switch reads, drop " + from;
    }

    static String renameTable(Rel from, Rel to) {
        return "ALTER TABLE " + from.name() + " RENAME TO " + Identifiers.quote(to.bareName()) + ";\n"
                + "CREATE VIEW " + from.name() + " AS SELECT * FROM " + to.name()
                + ";  -- same transaction: old code keeps reading and writing through the view\n"
                + "-- in a later release, once no code uses the old name:\n"
                + "DROP VIEW IF EXISTS " + from.name() + ";";
    }

    static String dropLater(String what, String drop) {
        return "-- release 1: deploy code that no longer reads or writes " + what + " (remove it from "
                + "schema.prisma,\n-- and take this statement out of the migration);\n"
                + "-- release 2, once no running code uses it:\n" + drop;
    }

    static String enumRename(CatalogSnapshot after, EnumLabel now, String old) {
        StringBuilder b = new StringBuilder("keel plan rename-enum-value " + bare(now.typeName()) + "." + old + " "
                + now.label() + "\n# writes the releases as migrations; by hand:\n"
                + "-- release 1: add the new value, code writes it and reads both:\n");
        b.append("ALTER TYPE ").append(now.typeName()).append(" ADD VALUE IF NOT EXISTS '").append(now.label())
                .append("';\n-- backfill (after the ADD VALUE has committed):\n");
        for (String use : usesOf(after, now.type())) {
            b.append("UPDATE ").append(use.substring(0, use.lastIndexOf('.'))).append(" SET ")
                    .append(use.substring(use.lastIndexOf('.') + 1)).append(" = '").append(now.label())
                    .append("' WHERE ").append(use.substring(use.lastIndexOf('.') + 1)).append(" = '").append(old)
                    .append("';\n");
        }
        b.append("-- release 2, once no code writes '").append(old).append("': remove it (recreate the type)");
        return b.toString();
    }

    static String enumRemoval(CatalogSnapshot before, long type, String typeName, String label) {
        StringBuilder b = new StringBuilder("-- release 1: code stops writing '" + label
                + "'; move existing rows to another value:\n");
        for (String use : usesOf(before, type)) {
            String col = use.substring(use.lastIndexOf('.') + 1);
            b.append("UPDATE ").append(use, 0, use.lastIndexOf('.')).append(" SET ").append(col)
                    .append(" = '<replacement>' WHERE ").append(col).append(" = '").append(label).append("';\n");
        }
        b.append("-- release 2: this migration, which removes '").append(label).append("' from ").append(typeName);
        return b.toString();
    }

    /** {@code table.column} for every live column of the enum type. */
    private static List<String> usesOf(CatalogSnapshot s, long type) {
        return s.columns().values().stream().filter(c -> c.typeOid() == type && !c.dropped())
                .map(c -> s.nameOf(c.rel(), "?") + "." + quoteIfNeeded(c.name())).sorted().toList();
    }

    static String lockTimeout() {
        return "SET lock_timeout = '2s';  -- first statement of the file: a blocked DDL statement gives up "
                + "instead of queueing every query behind it; retry the deploy";
    }

    static String insertAfterKind(StatementContext c, String word) {
        List<Token> t = c.tokens();
        for (int i = 1; i < t.size(); i++) {
            Token k = t.get(i);
            if (k.is("INDEX") || k.is("TABLE") || k.is("SCHEMA") || k.is("DATABASE") || k.is("SYSTEM")) {
                return c.sql().substring(0, k.end()) + " " + word + c.sql().substring(k.end());
            }
        }
        return c.sql();
    }

    /**
     * {@code Model.field} for {@code keel plan}, in the schema's names when the schema maps them.
     */
    static String modelField(PrismaNames names, String qualifiedTable, String column) {
        String table = bare(qualifiedTable);
        return names.model(table) + "." + names.field(table, column);
    }

    /** The unquoted table name of a quoted, schema-qualified one. */
    static String bare(String qualifiedTable) {
        int dot = qualifiedTable.startsWith("\"") ? qualifiedTable.indexOf("\".") + 1 : qualifiedTable.indexOf('.');
        return unquote(dot < 0 ? qualifiedTable : qualifiedTable.substring(dot + 1));
    }

    static String unquote(String ident) {
        return ident.startsWith("\"") && ident.endsWith("\"") && ident.length() > 1
                ? ident.substring(1, ident.length() - 1).replace("\"\"", "\"") : ident;
    }

    /** Column names come from {@code pg_attribute} unquoted; quote when PostgreSQL would need it. */
    static String quoteIfNeeded(String name) {
        if (name.startsWith("\"")) {
            return name;
        }
        boolean plain = !name.isEmpty() && (Character.isLowerCase(name.charAt(0)) || name.charAt(0) == '_')
                && name.chars().allMatch(ch -> Character.isLowerCase(ch) || Character.isDigit(ch) || ch == '_');
        return plain ? name : Identifiers.quote(name);
    }
}
