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
record LiveObjects(List<LiveObject> domains, List<LiveObject> functions, List<LiveObject> domainConstraints,
                   List<LiveObject> triggers) {
    /** One object: what a finding calls it ({@code function public.f(integer)}) and PostgreSQL's DDL for it. */
    record LiveObject(String name, String sql) {
    }

    /** An object the shadow could not have, and PostgreSQL's reason. */
    record Skipped(LiveObject object, String reason) {
    }

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
            SELECT 'domain ' || t.oid::regtype::text, 'CREATE DOMAIN ' || quote_ident(n.nspname) || '.' || quote_ident(t.typname) || ' AS '
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
            SELECT 'constraint ' || quote_ident(c.conname) || ' of domain ' || t.oid::regtype::text,
                   'ALTER DOMAIN ' || quote_ident(n.nspname) || '.' || quote_ident(t.typname) || ' ADD CONSTRAINT '
                   || quote_ident(c.conname) || ' ' || pg_get_constraintdef(c.oid)
            FROM pg_constraint c JOIN pg_type t ON t.oid = c.contypid JOIN pg_namespace n ON n.oid = t.typnamespace
            WHERE c.contype = 'c' AND n.nspname = ? AND %s
            ORDER BY c.oid""".formatted(NOT_FROM_EXTENSION.formatted("pg_type", "t.oid"));
    private static final String FUNCTIONS = """
            SELECT CASE p.prokind WHEN 'p' THEN 'procedure ' ELSE 'function ' END || p.oid::regprocedure::text,
                   pg_get_functiondef(p.oid)
            FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
            WHERE p.prokind IN ('f', 'p') AND n.nspname = ? AND %s
            ORDER BY p.oid""".formatted(NOT_FROM_EXTENSION.formatted("pg_proc", "p.oid"));
    private static final String TRIGGERS = """
            SELECT 'trigger ' || quote_ident(t.tgname) || ' on ' || t.tgrelid::regclass::text, pg_get_triggerdef(t.oid)
            FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE NOT t.tgisinternal AND n.nspname = ?
            ORDER BY t.oid""";

    static LiveObjects read(Connection live, String schema) throws SQLException {
        return new LiveObjects(column(live, DOMAINS, schema), column(live, FUNCTIONS, schema),
                column(live, DOMAIN_CONSTRAINTS, schema), column(live, TRIGGERS, schema));
    }

    private static List<LiveObject> column(Connection c, String sql, String schema) throws SQLException {
        List<LiveObject> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new LiveObject(rs.getString(1), rs.getString(2)));
                }
            }
        }
        return out;
    }

    /**
     * Creates the domains and functions, before the tables (whose columns and defaults may use them); returns the
     * objects that failed, to be tried again by {@link #createAfterTables} (a function taking an enum the table
     * recreation makes).
     */
    List<LiveObject> createBeforeTables(Connection shadow) throws SQLException {
        try (Statement st = shadow.createStatement()) {
            // Bodies are checked when the function runs, as on the live database; their tables come later.
            st.execute("SET check_function_bodies = off");
        }
        List<LiveObject> failed = new ArrayList<>();
        for (LiveObject o : concat(domains, functions)) {
            if (tryExecute(shadow, o.sql()) != null) {
                failed.add(o);
            }
        }
        return failed;
    }

    /**
     * Retries what failed before the tables, then adds the domains' checks and the triggers. Best effort: an
     * object the shadow cannot have (a function in a language it lacks, a trigger calling a function of another
     * schema) is left out, and a migration that uses it fails on the shadow with PostgreSQL's error. What was left
     * out is returned, so that the report can say the shadow differs from the live database there.
     */
    List<Skipped> createAfterTables(Connection shadow, List<LiveObject> failedBefore) throws SQLException {
        List<Skipped> skipped = new ArrayList<>();
        for (LiveObject o : concat(failedBefore, concat(domainConstraints, triggers))) {
            String error = tryExecute(shadow, o.sql());
            if (error != null) {
                skipped.add(new Skipped(o, error));
            }
        }
        try (Statement st = shadow.createStatement()) {
            st.execute("RESET check_function_bodies");
        }
        return skipped;
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /** Runs {@code sql}; PostgreSQL's error message when it refused it, else null. */
    private static String tryExecute(Connection shadow, String sql) throws SQLException {
        shadow.setAutoCommit(true);
        try (Statement st = shadow.createStatement()) {
            st.setEscapeProcessing(false);
            st.execute(sql);
            return null;
        } catch (SQLException e) {
            if (shadow.isClosed()) {
                throw e;
            }
            String m = e.getMessage() == null ? e.getSQLState() : e.getMessage();
            return m.lines().findFirst().orElse(m);
        }
    }
}
