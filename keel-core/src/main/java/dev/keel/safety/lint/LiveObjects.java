package dev.keel.safety.lint;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * What a live schema has beyond the tables, enums and indexes the Prisma-shaped {@link dev.keel.schema.Schema}
 * holds — domains, functions and procedures, triggers — as PostgreSQL's own DDL ({@code pg_get_functiondef},
 * {@code pg_get_triggerdef}, {@code pg_get_constraintdef}), so that a migration linted against the live database
 * can call, drop or attach to them on the shadow. Objects that belong to an extension are left out (the extension
 * brings them).
 */
record LiveObjects(List<String> domains, List<String> functions, List<String> domainConstraints,
                   List<String> triggers) {
    LiveObjects {
        domains = List.copyOf(domains);
        functions = List.copyOf(functions);
        domainConstraints = List.copyOf(domainConstraints);
        triggers = List.copyOf(triggers);
    }

    private static final String NOT_FROM_EXTENSION = """
            NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = '%s'::regclass AND d.objid = %s
                        AND d.deptype = 'e')""";
    private static final String DOMAINS = """
            SELECT 'CREATE DOMAIN ' || quote_ident(n.nspname) || '.' || quote_ident(t.typname) || ' AS '
                   || format_type(t.typbasetype, t.typtypmod)
                   || CASE WHEN t.typcollation <> 0 AND t.typcollation <> b.typcollation
                           THEN ' COLLATE ' || quote_ident(cn.nspname) || '.' || quote_ident(co.collname) ELSE '' END
                   || CASE WHEN t.typdefault IS NOT NULL THEN ' DEFAULT ' || t.typdefault ELSE '' END
                   || CASE WHEN t.typnotnull THEN ' NOT NULL' ELSE '' END
            FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace JOIN pg_type b ON b.oid = t.typbasetype
            LEFT JOIN pg_collation co ON co.oid = t.typcollation LEFT JOIN pg_namespace cn ON cn.oid = co.collnamespace
            WHERE t.typtype = 'd' AND n.nspname = ? AND %s
            ORDER BY t.oid""".formatted(NOT_FROM_EXTENSION.formatted("pg_type", "t.oid"));
    private static final String DOMAIN_CONSTRAINTS = """
            SELECT 'ALTER DOMAIN ' || quote_ident(n.nspname) || '.' || quote_ident(t.typname) || ' ADD CONSTRAINT '
                   || quote_ident(c.conname) || ' ' || pg_get_constraintdef(c.oid)
            FROM pg_constraint c JOIN pg_type t ON t.oid = c.contypid JOIN pg_namespace n ON n.oid = t.typnamespace
            WHERE c.contype = 'c' AND n.nspname = ? AND %s
            ORDER BY c.oid""".formatted(NOT_FROM_EXTENSION.formatted("pg_type", "t.oid"));
    private static final String FUNCTIONS = """
            SELECT pg_get_functiondef(p.oid)
            FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
            WHERE p.prokind IN ('f', 'p') AND n.nspname = ? AND %s
            ORDER BY p.oid""".formatted(NOT_FROM_EXTENSION.formatted("pg_proc", "p.oid"));
    private static final String TRIGGERS = """
            SELECT pg_get_triggerdef(t.oid)
            FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE NOT t.tgisinternal AND n.nspname = ?
            ORDER BY t.oid""";

    static LiveObjects read(Connection live, String schema) throws SQLException {
        return new LiveObjects(column(live, DOMAINS, schema), column(live, FUNCTIONS, schema),
                column(live, DOMAIN_CONSTRAINTS, schema), column(live, TRIGGERS, schema));
    }

    private static List<String> column(Connection c, String sql, String schema) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    /**
     * Creates the domains and functions, before the tables (whose columns and defaults may use them); returns the
     * statements that failed, to be tried again by {@link #createAfterTables} (a function taking an enum the table
     * recreation makes).
     */
    List<String> createBeforeTables(Connection shadow) throws SQLException {
        try (Statement st = shadow.createStatement()) {
            // Bodies are checked when the function runs, as on the live database; their tables come later.
            st.execute("SET check_function_bodies = off");
        }
        List<String> failed = new ArrayList<>();
        for (String sql : concat(domains, functions)) {
            if (!tryExecute(shadow, sql)) {
                failed.add(sql);
            }
        }
        return failed;
    }

    /**
     * Retries what failed before the tables, then adds the domains' checks and the triggers. Best effort: an
     * object the shadow cannot have (a function in a language it lacks) is left out, and a migration that uses it
     * fails on the shadow with PostgreSQL's error, as it did before Keel copied any of these.
     */
    void createAfterTables(Connection shadow, List<String> failedBefore) throws SQLException {
        for (String sql : concat(failedBefore, concat(domainConstraints, triggers))) {
            tryExecute(shadow, sql);
        }
        try (Statement st = shadow.createStatement()) {
            st.execute("RESET check_function_bodies");
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static boolean tryExecute(Connection shadow, String sql) throws SQLException {
        shadow.setAutoCommit(true);
        try (Statement st = shadow.createStatement()) {
            st.setEscapeProcessing(false);
            st.execute(sql);
            return true;
        } catch (SQLException e) {
            if (shadow.isClosed()) {
                throw e;
            }
            return false;
        }
    }
}
