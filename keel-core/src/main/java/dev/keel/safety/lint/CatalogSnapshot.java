package dev.keel.safety.lint;

import dev.keel.api.ErrorCode;
import dev.keel.api.KeelException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The user objects of a database keyed by OID, read from PostgreSQL's catalogs. Comparing two snapshots taken
 * around one statement tells exactly what it did — a renamed column keeps its {@code (attrelid, attnum)}, a renamed
 * enum value keeps its {@code pg_enum} OID, a constraint added {@code NOT VALID} has {@code convalidated = false} —
 * so no rule has to guess from the SQL text. Names are quoted by PostgreSQL ({@code quote_ident}).
 */
public record CatalogSnapshot(Map<Long, Rel> relations, Map<String, Col> columns, Map<Long, Con> constraints,
                              Map<Long, Idx> indexes, Map<Long, EnumLabel> enumLabels) {
    public CatalogSnapshot {
        relations = Map.copyOf(relations);
        columns = Map.copyOf(columns);
        constraints = Map.copyOf(constraints);
        indexes = Map.copyOf(indexes);
        enumLabels = Map.copyOf(enumLabels);
    }

    /** A relation: {@code name} schema-qualified and quoted; {@code kind} is {@code pg_class.relkind}. */
    public record Rel(long oid, String name, String bareName, char kind) {
        public boolean isTable() {
            return kind == 'r' || kind == 'p';
        }
    }

    /** A column; {@code defaultExpr} as {@code pg_get_expr} prints it, {@code type} as {@code format_type}. */
    public record Col(long rel, int num, String name, long typeOid, String type, boolean notNull, boolean dropped,
                      boolean identity, boolean generated, Optional<String> defaultExpr) {
        String key() {
            return rel + ":" + num;
        }
    }

    /** A constraint; {@code type} is {@code contype}, {@code def} is {@code pg_get_constraintdef}. */
    public record Con(long oid, String name, long rel, long domain, char type, boolean validated, long index,
                      String def) {
    }

    /** An index; {@code def} is {@code pg_get_indexdef}. */
    public record Idx(long oid, String name, long rel, boolean unique, boolean primary, String def) {
    }

    public record EnumLabel(long oid, long type, String typeName, String label, double order) {
    }

    private static final String USER_NAMESPACES = """
            SELECT oid FROM pg_namespace WHERE nspname NOT IN ('pg_catalog', 'information_schema', '_keel')
              AND nspname NOT LIKE 'pg_toast%' AND nspname NOT LIKE 'pg_temp%'""";
    private static final String RELATIONS = """
            SELECT c.oid, quote_ident(n.nspname) || '.' || quote_ident(c.relname), c.relname, c.relkind
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE c.relnamespace IN (%s)""".formatted(USER_NAMESPACES);
    private static final String COLUMNS = """
            SELECT a.attrelid, a.attnum, quote_ident(a.attname), a.atttypid, format_type(a.atttypid, a.atttypmod), a.attnotnull,
                   a.attisdropped, a.attidentity <> '', a.attgenerated <> '', pg_get_expr(d.adbin, d.adrelid)
            FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
            LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
            WHERE a.attnum > 0 AND c.relkind IN ('r', 'p') AND c.relnamespace IN (%s)""".formatted(USER_NAMESPACES);
    private static final String CONSTRAINTS = """
            SELECT oid, quote_ident(conname), conrelid, contypid, contype, convalidated, conindid,
                   pg_get_constraintdef(oid)
            FROM pg_constraint WHERE connamespace IN (%s)""".formatted(USER_NAMESPACES);
    private static final String INDEXES = """
            SELECT i.indexrelid, quote_ident(n.nspname) || '.' || quote_ident(c.relname), i.indrelid, i.indisunique,
                   i.indisprimary, pg_get_indexdef(i.indexrelid)
            FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE c.relnamespace IN (%s)""".formatted(USER_NAMESPACES);
    private static final String ENUMS = """
            SELECT e.oid, e.enumtypid, quote_ident(n.nspname) || '.' || quote_ident(t.typname), e.enumlabel,
                   e.enumsortorder
            FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid JOIN pg_namespace n ON n.oid = t.typnamespace
            WHERE t.typnamespace IN (%s)""".formatted(USER_NAMESPACES);

    /** Reads the catalog and ends the transaction the reading opened (when not in autocommit). */
    public static CatalogSnapshot read(Connection c) {
        return read(c, true);
    }

    /** Reads the catalog inside the session's open transaction, which stays open (and sees its changes). */
    public static CatalogSnapshot readInTransaction(Connection c) {
        return read(c, false);
    }

    private static CatalogSnapshot read(Connection c, boolean endTransaction) {
        try (Statement st = c.createStatement()) {
            Map<Long, Rel> rels = new LinkedHashMap<>();
            try (ResultSet rs = st.executeQuery(RELATIONS)) {
                while (rs.next()) {
                    rels.put(rs.getLong(1), new Rel(rs.getLong(1), rs.getString(2), rs.getString(3),
                            rs.getString(4).charAt(0)));
                }
            }
            Map<String, Col> cols = new LinkedHashMap<>();
            try (ResultSet rs = st.executeQuery(COLUMNS)) {
                while (rs.next()) {
                    Col col = new Col(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getLong(4), rs.getString(5),
                            rs.getBoolean(6), rs.getBoolean(7), rs.getBoolean(8), rs.getBoolean(9),
                            Optional.ofNullable(rs.getString(10)));
                    cols.put(col.key(), col);
                }
            }
            Map<Long, Con> cons = new LinkedHashMap<>();
            try (ResultSet rs = st.executeQuery(CONSTRAINTS)) {
                while (rs.next()) {
                    cons.put(rs.getLong(1), new Con(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
                            rs.getString(5).charAt(0), rs.getBoolean(6), rs.getLong(7), rs.getString(8)));
                }
            }
            Map<Long, Idx> idx = new LinkedHashMap<>();
            try (ResultSet rs = st.executeQuery(INDEXES)) {
                while (rs.next()) {
                    idx.put(rs.getLong(1), new Idx(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getBoolean(4),
                            rs.getBoolean(5), rs.getString(6)));
                }
            }
            Map<Long, EnumLabel> labels = new LinkedHashMap<>();
            try (ResultSet rs = st.executeQuery(ENUMS)) {
                while (rs.next()) {
                    labels.put(rs.getLong(1), new EnumLabel(rs.getLong(1), rs.getLong(2), rs.getString(3),
                            rs.getString(4), rs.getDouble(5)));
                }
            }
            if (endTransaction && !c.getAutoCommit()) {
                c.commit();
            }
            return new CatalogSnapshot(rels, cols, cons, idx, labels);
        } catch (SQLException e) {
            throw new KeelException(ErrorCode.DATABASE_ERROR, "Could not read the shadow database's catalog: "
                    + e.getMessage(), e);
        }
    }

    public Optional<Rel> relation(long oid) {
        return Optional.ofNullable(relations.get(oid));
    }

    public Optional<Col> column(long rel, int num) {
        return Optional.ofNullable(columns.get(rel + ":" + num));
    }

    /** The relation's name, or {@code fallback} when it is not (or no longer) there. */
    public String nameOf(long oid, String fallback) {
        Rel r = relations.get(oid);
        return r == null ? fallback : r.name();
    }

    public List<EnumLabel> labelsOf(String typeName) {
        return enumLabels.values().stream().filter(l -> l.typeName().equals(typeName))
                .sorted((a, b) -> Double.compare(a.order(), b.order())).toList();
    }
}
