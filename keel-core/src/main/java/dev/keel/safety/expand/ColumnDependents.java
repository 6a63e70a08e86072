package dev.keel.safety.expand;

import dev.keel.api.ErrorCode;
import dev.keel.api.KeelException;
import dev.keel.schema.Identifiers;
import dev.keel.schema.QualifiedName;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.keel.safety.expand.PlanRegistrySql.q;

/**
 * What hangs on a column that an expand/contract plan moves, as PostgreSQL defines it, carried over to the new
 * column: every index that uses it (plain, expression, partial, unique, unique constraints), every CHECK and
 * foreign key on it, and every foreign key of another table that references it.
 *
 * <p>Indexes and checks are not rewritten as text: each is recreated on an empty temporary copy of the table
 * ({@code CREATE TEMP TABLE … (LIKE …)}), PostgreSQL renames (and for a type change retypes) the column there, and
 * {@code pg_get_indexdef} / {@code pg_get_constraintdef} give the definition on the new column. The live table is
 * only read (ACCESS SHARE), the transaction is rolled back, and {@code search_path} is empty while reading so every
 * name in a definition is schema-qualified. An object PostgreSQL cannot carry to the new type is reported in
 * {@link #notes} with its error. Foreign keys are assembled from {@code pg_constraint}'s column lists plus the tail
 * of {@code pg_get_constraintdef} (MATCH, ON DELETE/UPDATE, DEFERRABLE), because a temporary table cannot hold one.
 */
public record ColumnDependents(List<IndexCopy> indexes, List<ConstraintCopy> constraints, List<String> notes) {
    public ColumnDependents {
        indexes = List.copyOf(indexes);
        constraints = List.copyOf(constraints);
        notes = List.copyOf(notes);
    }

    /**
     * An index to build on the new column. {@code name} is what release 1 builds; {@code finalName} what it is
     * renamed to in release 3 once the old one is gone (the same when the name could follow the column);
     * {@code uniqueConstraint}: the index backed a unique constraint, which release 3 re-attaches
     * ({@code ADD CONSTRAINT … UNIQUE USING INDEX}). {@code body}: everything after {@code USING}.
     */
    public record IndexCopy(String oldName, String name, String finalName, boolean unique,
                            Optional<String> uniqueConstraint, String body) {
    }

    /**
     * A constraint to add on the new column ({@code NOT VALID} in release 1, validated in release 3).
     * {@code table}: the table it belongs to (another table for a foreign key that references the moved column);
     * {@code definition}: {@code CHECK (…)} or {@code FOREIGN KEY … REFERENCES …}.
     */
    public record ConstraintCopy(QualifiedName table, Kind kind, String oldName, String name, String finalName,
                                 String definition) {
        public enum Kind { CHECK, FOREIGN_KEY, REFERENCING_FOREIGN_KEY }
    }

    public static ColumnDependents none() {
        return new ColumnDependents(List.of(), List.of(), List.of());
    }

    /**
     * Reads the dependents of {@code table.column} on {@code c} (a live database or a replayed shadow) and carries
     * them to {@code newColumn}, of {@code newType} when the plan changes the type. A table the database does not
     * have yet gives {@link #none()}.
     */
    public static ColumnDependents read(Connection c, QualifiedName table, String column, String newColumn,
                                        Optional<String> newType) {
        try {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                return new Reader(c, table, column, newColumn, newType).read();
            } finally {
                c.rollback();
                c.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw new KeelException(ErrorCode.DATABASE_ERROR, "Could not read the indexes and constraints of "
                    + table.schema() + "." + table.name() + "." + column + ": " + e.getMessage(), e);
        }
    }

    private static final class Reader {
        private static final String PROBE = "keel_plan_probe";
        private final Connection c;
        private final QualifiedName table;
        private final String column;
        private final String newColumn;
        private final Optional<String> newType;
        private final String t;
        private final List<IndexCopy> indexes = new ArrayList<>();
        private final List<ConstraintCopy> constraints = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();
        private final Set<String> taken = new HashSet<>();
        private long oid;
        private int attnum;

        Reader(Connection c, QualifiedName table, String column, String newColumn, Optional<String> newType) {
            this.c = c;
            this.table = table;
            this.column = column;
            this.newColumn = newColumn;
            this.newType = newType;
            this.t = q(table.schema()) + "." + q(table.name());
        }

        ColumnDependents read() throws SQLException {
            try (Statement st = c.createStatement()) {
                st.execute("SELECT set_config('search_path', '', true)");
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT c.oid, a.attnum FROM pg_catalog.pg_class c "
                    + "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace JOIN pg_catalog.pg_attribute a ON "
                    + "a.attrelid = c.oid WHERE n.nspname = ? AND c.relname = ? AND a.attname = ? AND NOT "
                    + "a.attisdropped AND c.relkind = 'r'")) {
                ps.setString(1, table.schema());
                ps.setString(2, table.name());
                ps.setString(3, column);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return none();
                    }
                    oid = rs.getLong(1);
                    attnum = rs.getInt(2);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT c.relname FROM pg_catalog.pg_class c JOIN "
                    + "pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = ? UNION SELECT conname "
                    + "FROM pg_catalog.pg_constraint WHERE conrelid = ?")) {
                ps.setString(1, table.schema());
                ps.setLong(2, oid);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        taken.add(rs.getString(1));
                    }
                }
            }
            indexes();
            checks();
            foreignKeys();
            views();
            return new ColumnDependents(indexes, constraints, notes);
        }

        /**
         * The name on the new column. A name in Prisma's style ({@code Table_…_idx|key|fkey|check}) that spells the
         * column as a part of its own between underscores follows the column ({@code Table_newcolumn_idx}, as Prisma
         * names it once the field maps to the new column). Any other name (a {@code map:} name, say) is kept: the
         * copy is built under a temporary name and takes the old name in release 3, once the old object is gone.
         */
        private String[] names(String old, boolean followColumn) {
            String prefix = table.name() + "_";
            if (followColumn && old.startsWith(prefix) && old.matches(".*_(idx|key|fkey|check)")) {
                String renamed = Identifiers.truncate(prefix + old.substring(prefix.length()).replaceAll(
                        "(?<![^_])" + Pattern.quote(column) + "(?![^_])", Matcher.quoteReplacement(newColumn)));
                if (!renamed.equals(old) && !taken.contains(renamed)) {
                    taken.add(renamed);
                    return new String[] {renamed, renamed};
                }
            }
            String temp = Identifiers.truncate(old + "_keel_new");
            taken.add(temp);
            return new String[] {temp, old};
        }

        private void indexes() throws SQLException {
            record Found(long oid, String name, boolean unique, String def, String prefix, Optional<String> constraint,
                         String contype) {
            }
            List<Found> found = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT i.indexrelid, ic.relname, i.indisunique, "
                    + "pg_catalog.pg_get_indexdef(i.indexrelid), 'CREATE ' || CASE WHEN i.indisunique THEN 'UNIQUE ' "
                    + "ELSE '' END || 'INDEX ' || pg_catalog.quote_ident(ic.relname) || ' ON ' || "
                    + "pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(tc.relname) || ' USING ', "
                    + "con.conname, con.contype FROM pg_catalog.pg_index i "
                    + "JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid "
                    + "JOIN pg_catalog.pg_class tc ON tc.oid = i.indrelid "
                    + "JOIN pg_catalog.pg_namespace n ON n.oid = tc.relnamespace "
                    + "LEFT JOIN pg_catalog.pg_constraint con ON con.conindid = i.indexrelid AND con.conrelid = "
                    + "i.indrelid AND con.contype IN ('p', 'u', 'x') "
                    + "WHERE i.indrelid = ? AND (? = ANY (i.indkey::int2[]) OR EXISTS (SELECT 1 FROM "
                    + "pg_catalog.pg_depend d WHERE d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND "
                    + "d.objid = i.indexrelid AND d.refobjid = i.indrelid AND d.refobjsubid = ?)) ORDER BY ic.relname")) {
                ps.setLong(1, oid);
                ps.setInt(2, attnum);
                ps.setInt(3, attnum);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.add(new Found(rs.getLong(1), rs.getString(2), rs.getBoolean(3), rs.getString(4),
                                rs.getString(5), Optional.ofNullable(rs.getString(6)),
                                Optional.ofNullable(rs.getString(7)).orElse("")));
                    }
                }
            }
            for (Found f : found) {
                if (f.contype().equals("p")) {
                    continue;
                }
                if (f.contype().equals("x")) {
                    notes.add("Exclusion constraint " + f.constraint().orElseThrow() + " uses " + column + "; add it on "
                            + newColumn + " by hand before release 3 (it is dropped with the old column).");
                    continue;
                }
                if (!f.def().startsWith(f.prefix())) {
                    notes.add("Index " + f.name() + " uses " + column + " but its definition could not be read ("
                            + f.def() + "); recreate it on " + newColumn + " by hand before release 3.");
                    continue;
                }
                String body = f.def().substring(f.prefix().length());
                String ddl = "CREATE " + (f.unique() ? "UNIQUE " : "") + "INDEX " + q(PROBE + "_idx") + " ON "
                        + "pg_temp." + q(PROBE) + " USING " + body;
                Optional<String> carried = carry(ddl, "SELECT pg_catalog.pg_get_indexdef(i.indexrelid) FROM "
                        + "pg_catalog.pg_index i JOIN pg_catalog.pg_class c ON c.oid = i.indexrelid WHERE c.relname = '"
                        + PROBE + "_idx' AND c.relnamespace = pg_catalog.pg_my_temp_schema()", "index " + f.name());
                if (carried.isEmpty()) {
                    continue;
                }
                String def = carried.get();
                String[] names = names(f.constraint().orElse(f.name()), true);
                indexes.add(new IndexCopy(f.name(), names[0], names[1], f.unique(), f.constraint().map(x -> names[1]),
                        def.substring(def.indexOf(" USING ") + " USING ".length())));
            }
        }

        private void checks() throws SQLException {
            List<String[]> found = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT conname, pg_catalog.pg_get_constraintdef(oid) "
                    + "FROM pg_catalog.pg_constraint WHERE conrelid = ? AND contype = 'c' AND ? = ANY (conkey) "
                    + "ORDER BY conname")) {
                ps.setLong(1, oid);
                ps.setInt(2, attnum);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.add(new String[] {rs.getString(1), rs.getString(2)});
                    }
                }
            }
            for (String[] f : found) {
                String def = f[1].endsWith(" NOT VALID") ? f[1].substring(0, f[1].length() - " NOT VALID".length())
                        : f[1];
                Optional<String> carried = carry("ALTER TABLE pg_temp." + q(PROBE) + " ADD CONSTRAINT "
                        + q(PROBE + "_check") + " " + def, "SELECT pg_catalog.pg_get_constraintdef(oid) FROM "
                        + "pg_catalog.pg_constraint WHERE conname = '" + PROBE + "_check' AND connamespace = "
                        + "pg_catalog.pg_my_temp_schema()", "check " + f[0]);
                if (carried.isPresent()) {
                    String[] names = names(f[0], true);
                    constraints.add(new ConstraintCopy(table, ConstraintCopy.Kind.CHECK, f[0], names[0], names[1],
                            carried.get()));
                }
            }
        }

        /**
         * Creates the object on an empty temporary copy of the table, renames (and retypes) the column there and
         * reads the object's definition back; PostgreSQL's error when it cannot follow the column becomes a note.
         */
        private Optional<String> carry(String ddl, String readBack, String what) throws SQLException {
            Savepoint sp = c.setSavepoint();
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TEMP TABLE " + q(PROBE) + " (LIKE " + t + ")");
                st.execute(ddl);
                st.execute("ALTER TABLE pg_temp." + q(PROBE) + " RENAME COLUMN " + q(column) + " TO " + q(newColumn));
                if (newType.isPresent()) {
                    st.execute("ALTER TABLE pg_temp." + q(PROBE) + " ALTER COLUMN " + q(newColumn) + " TYPE "
                            + newType.get() + " USING " + q(newColumn) + "::" + newType.get());
                }
                try (ResultSet rs = st.executeQuery(readBack)) {
                    rs.next();
                    return Optional.of(rs.getString(1));
                }
            } catch (SQLException e) {
                notes.add("The " + what + " on " + column + " cannot be carried to " + newColumn
                        + newType.map(x -> " of type " + x).orElse("") + " (PostgreSQL: " + e.getMessage().lines()
                        .findFirst().orElse("") + "); recreate it by hand before release 3.");
                return Optional.empty();
            } finally {
                c.rollback(sp);
            }
        }

        private void foreignKeys() throws SQLException {
            try (PreparedStatement ps = c.prepareStatement("SELECT con.conname, con.conrelid = ? AND ? = ANY "
                    + "(con.conkey), cn.nspname, cc.relname, pg_catalog.pg_get_constraintdef(con.oid), "
                    + "rn.nspname, rc.relname, pg_catalog.quote_ident(rn.nspname) || '.' || "
                    + "pg_catalog.quote_ident(rc.relname), "
                    + "(SELECT pg_catalog.array_agg(a.attname ORDER BY k.i) FROM pg_catalog.unnest(con.conkey) WITH "
                    + "ORDINALITY k(n, i) JOIN pg_catalog.pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = "
                    + "k.n), (SELECT pg_catalog.array_agg(a.attname ORDER BY k.i) FROM pg_catalog.unnest(con.confkey) "
                    + "WITH ORDINALITY k(n, i) JOIN pg_catalog.pg_attribute a ON a.attrelid = con.confrelid AND "
                    + "a.attnum = k.n) FROM pg_catalog.pg_constraint con "
                    + "JOIN pg_catalog.pg_class cc ON cc.oid = con.conrelid "
                    + "JOIN pg_catalog.pg_namespace cn ON cn.oid = cc.relnamespace "
                    + "JOIN pg_catalog.pg_class rc ON rc.oid = con.confrelid "
                    + "JOIN pg_catalog.pg_namespace rn ON rn.oid = rc.relnamespace "
                    + "WHERE con.contype = 'f' AND ((con.conrelid = ? AND ? = ANY (con.conkey)) OR (con.confrelid = ? "
                    + "AND ? = ANY (con.confkey))) ORDER BY con.conname")) {
                ps.setLong(1, oid);
                ps.setInt(2, attnum);
                ps.setLong(3, oid);
                ps.setInt(4, attnum);
                ps.setLong(5, oid);
                ps.setInt(6, attnum);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String name = rs.getString(1);
                        boolean own = rs.getBoolean(2);
                        QualifiedName on = new QualifiedName(rs.getString(3), rs.getString(4));
                        String def = rs.getString(5);
                        boolean refersHere = rs.getString(6).equals(table.schema())
                                && rs.getString(7).equals(table.name());
                        String refQuoted = rs.getString(8);
                        List<String> cols = List.of((String[]) rs.getArray(9).getArray());
                        List<String> refCols = List.of((String[]) rs.getArray(10).getArray());
                        String prefix = "FOREIGN KEY (" + quoteIdents(cols) + ") REFERENCES " + refQuoted + "("
                                + quoteIdents(refCols) + ")";
                        if (!def.startsWith(prefix)) {
                            notes.add("Foreign key " + name + " uses " + column + " but its definition could not be "
                                    + "read (" + def + "); add it on " + newColumn + " by hand before release 3.");
                            continue;
                        }
                        String tail = def.substring(prefix.length());
                        if (tail.endsWith(" NOT VALID")) {
                            tail = tail.substring(0, tail.length() - " NOT VALID".length());
                        }
                        List<String> newCols = own ? rename(cols) : cols;
                        List<String> newRefCols = refersHere ? rename(refCols) : refCols;
                        String definition = "FOREIGN KEY (" + quoteAll(newCols) + ") REFERENCES "
                                + q(rs.getString(6)) + "." + q(rs.getString(7)) + "(" + quoteAll(newRefCols) + ")"
                                + tail;
                        if (newType.isPresent() && !comparable(name, on, cols, newCols,
                                new QualifiedName(rs.getString(6), rs.getString(7)), refCols, newRefCols)) {
                            continue;
                        }
                        String[] names = own ? names(name, true) : new String[] {
                                Identifiers.truncate(name + "_keel_new"), name};
                        constraints.add(new ConstraintCopy(on, own ? ConstraintCopy.Kind.FOREIGN_KEY
                                : ConstraintCopy.Kind.REFERENCING_FOREIGN_KEY, name, names[0], names[1], definition));
                    }
                }
            }
        }

        /**
         * Whether PostgreSQL accepts the foreign key once the column has its new type: tried on empty temporary
         * copies of both tables (a temporary table may reference only temporary tables), rolled back.
         */
        private boolean comparable(String name, QualifiedName on, List<String> cols, List<String> newCols,
                                   QualifiedName ref, List<String> refCols, List<String> newRefCols)
                throws SQLException {
            Savepoint sp = c.setSavepoint();
            try (Statement st = c.createStatement()) {
                String probe = "pg_temp." + q(PROBE);
                st.execute("CREATE TEMP TABLE " + q(PROBE) + " (LIKE " + t + ")");
                st.execute("ALTER TABLE " + probe + " RENAME COLUMN " + q(column) + " TO " + q(newColumn));
                st.execute("ALTER TABLE " + probe + " ALTER COLUMN " + q(newColumn) + " TYPE " + newType.get()
                        + " USING " + q(newColumn) + "::" + newType.get());
                String child = probe;
                String parent = probe;
                if (!on.equals(table)) {
                    child = "pg_temp." + q(PROBE + "_child");
                    st.execute("CREATE TEMP TABLE " + q(PROBE + "_child") + " (LIKE " + q(on.schema()) + "."
                            + q(on.name()) + ")");
                }
                if (!ref.equals(table)) {
                    parent = "pg_temp." + q(PROBE + "_parent");
                    st.execute("CREATE TEMP TABLE " + q(PROBE + "_parent") + " (LIKE " + q(ref.schema()) + "."
                            + q(ref.name()) + ")");
                }
                List<String> childCols = on.equals(table) ? newCols : cols;
                List<String> parentCols = ref.equals(table) ? newRefCols : refCols;
                st.execute("ALTER TABLE " + parent + " ADD UNIQUE (" + quoteAll(parentCols) + ")");
                st.execute("ALTER TABLE " + child + " ADD FOREIGN KEY (" + quoteAll(childCols) + ") REFERENCES "
                        + parent + " (" + quoteAll(parentCols) + ")");
                return true;
            } catch (SQLException e) {
                notes.add("The foreign key " + name + " cannot follow " + column + " to " + newColumn + " of type "
                        + newType.get() + " (PostgreSQL: " + e.getMessage().lines().findFirst().orElse("")
                        + "); change the other side too, by hand, before release 3.");
                return false;
            } finally {
                c.rollback(sp);
            }
        }

        /**
         * Views (and rules) that read the column: release 3's DROP COLUMN does not cascade, so it would fail (and
         * roll back) while they exist; PLAN.md says to move them first.
         */
        private void views() throws SQLException {
            try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT n.nspname, v.relname FROM "
                    + "pg_catalog.pg_depend d JOIN pg_catalog.pg_rewrite r ON r.oid = d.objid JOIN pg_catalog.pg_class v "
                    + "ON v.oid = r.ev_class JOIN pg_catalog.pg_namespace n ON n.oid = v.relnamespace WHERE d.classid = "
                    + "'pg_catalog.pg_rewrite'::pg_catalog.regclass AND d.refobjid = ? AND d.refobjsubid = ? AND "
                    + "v.oid <> ? ORDER BY 1, 2")) {
                ps.setLong(1, oid);
                ps.setInt(2, attnum);
                ps.setLong(3, oid);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        notes.add("View " + rs.getString(1) + "." + rs.getString(2) + " reads " + column + "; "
                                + "redefine it on " + newColumn + " before release 3, whose DROP COLUMN does not "
                                + "cascade and fails while the view uses the old column.");
                    }
                }
            }
        }

        private List<String> rename(List<String> cols) {
            return cols.stream().map(x -> x.equals(column) ? newColumn : x).toList();
        }

        /** As {@code pg_get_constraintdef} spells a column list (PostgreSQL's quote_ident rules). */
        private String quoteIdents(List<String> cols) throws SQLException {
            List<String> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT pg_catalog.quote_ident(?)")) {
                for (String col : cols) {
                    ps.setString(1, col);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        out.add(rs.getString(1));
                    }
                }
            }
            return String.join(", ", out);
        }

        private static String quoteAll(List<String> cols) {
            return String.join(", ", cols.stream().map(PlanRegistrySql::q).toList());
        }
    }
}
