package dev.keel.seed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.keel.api.ErrorCode;
import dev.keel.api.KeelException;
import dev.keel.schema.Column;
import dev.keel.schema.ForeignKey;
import dev.keel.schema.Identifiers;
import dev.keel.schema.Index;
import dev.keel.schema.PgType;
import dev.keel.schema.QualifiedName;
import dev.keel.schema.Schema;
import dev.keel.schema.Table;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies declarative seed rows as upserts keyed by a unique key, in one transaction:
 * {@code INSERT ... ON CONFLICT (key) DO UPDATE SET ... WHERE (row) IS DISTINCT FROM (EXCLUDED row)}.
 * Running it twice leaves the same rows (and does not even rewrite unchanged ones), which is what the guide's
 * "idempotent seed" asks for. Tables are seeded parents first, following foreign keys between seeded tables.
 * Values are sent as text and cast to each column's type by PostgreSQL, so enums, timestamps, uuids, numerics
 * and JSON all take their natural JSON/YAML spelling.
 */
public final class Seeder {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Seeder() {
    }

    public static SeedResult seed(Connection conn, Schema schema, List<SeedBlock> blocks, SeedMapping mapping) {
        List<Planned> planned = new ArrayList<>();
        for (SeedBlock b : blocks) {
            SeedMapping.Target target = mapping.resolve(b.target()).orElseThrow(() -> fail(b,
                    "unknown model or table `" + b.target() + "`"));
            Table table = schema.table(target.table()).orElseThrow(() -> fail(b, "table " + target.table()
                    + " for `" + b.target() + "` does not exist in the database (run `keel migrate deploy` first)"));
            planned.add(new Planned(b, target, table, key(b, target, table)));
        }
        List<Planned> ordered = parentsFirst(planned);
        boolean autoCommit;
        try {
            autoCommit = conn.getAutoCommit();
            conn.setAutoCommit(false);
        } catch (SQLException e) {
            throw new KeelException(ErrorCode.DATABASE_ERROR, "Seeding failed: " + e.getMessage(), e);
        }
        try {
            Map<String, int[]> counts = new LinkedHashMap<>();
            for (Planned p : ordered) {
                int[] c = counts.computeIfAbsent(p.table.name().toString(), k -> new int[3]);
                for (int i = 0; i < p.block.rows().size(); i++) {
                    upsert(conn, p, p.block.rows().get(i), i, c);
                }
            }
            conn.commit();
            conn.setAutoCommit(autoCommit);
            List<SeedResult.TableCount> out = new ArrayList<>();
            counts.forEach((t, c) -> out.add(new SeedResult.TableCount(t, c[0], c[1], c[2])));
            return new SeedResult(out);
        } catch (SQLException e) {
            rollback(conn);
            throw new KeelException(ErrorCode.SEED_FAILED, "Seeding failed, nothing was written: " + e.getMessage(), e);
        } catch (KeelException e) {
            rollback(conn);
            throw e;
        }
    }

    private record Planned(SeedBlock block, SeedMapping.Target target, Table table, List<String> keyColumns) {
    }

    private static void upsert(Connection conn, Planned p, Map<String, Object> row, int index, int[] counts)
            throws SQLException {
        List<Column> columns = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        for (Map.Entry<String, Object> e : row.entrySet()) {
            String columnName = p.target.column(e.getKey());
            Column col = p.table.column(columnName).orElseThrow(() -> fail(p.block, "row " + index + ": `"
                    + p.block.target() + "` has no field or column `" + e.getKey() + "`"));
            columns.add(col);
            values.add(e.getValue());
        }
        for (String k : p.keyColumns) {
            if (columns.stream().noneMatch(c -> c.name().equals(k))) {
                throw fail(p.block, "row " + index + " has no value for key column `" + k + "`");
            }
        }
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(p.table.name().quoted()).append(" AS t (");
        StringBuilder params = new StringBuilder();
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) {
                sql.append(", ");
                params.append(", ");
            }
            sql.append(Identifiers.quote(columns.get(i).name()));
            params.append(cast(columns.get(i).type()));
        }
        sql.append(") VALUES (").append(params).append(") ON CONFLICT (");
        sql.append(String.join(", ", p.keyColumns.stream().map(Identifiers::quote).toList())).append(") ");
        List<Column> updatable = columns.stream().filter(c -> !p.keyColumns.contains(c.name())).toList();
        if (updatable.isEmpty()) {
            sql.append("DO NOTHING");
        } else {
            sql.append("DO UPDATE SET ");
            List<String> sets = updatable.stream().map(c -> Identifiers.quote(c.name()) + " = EXCLUDED."
                    + Identifiers.quote(c.name())).toList();
            sql.append(String.join(", ", sets));
            String mine = String.join(", ", updatable.stream().map(c -> "t." + Identifiers.quote(c.name())).toList());
            String theirs = String.join(", ", updatable.stream().map(c -> "EXCLUDED." + Identifiers.quote(c.name()))
                    .toList());
            sql.append(" WHERE (").append(mine).append(", NULL) IS DISTINCT FROM (").append(theirs).append(", NULL)");
        }
        sql.append(" RETURNING (xmax = 0) AS inserted");
        try (PreparedStatement ps = conn.prepareStatement(sql.toString())) {
            for (int i = 0; i < values.size(); i++) {
                bind(conn, ps, i + 1, columns.get(i).type(), values.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    counts[rs.getBoolean(1) ? 0 : 1]++;
                } else {
                    counts[2]++;
                }
            }
        } catch (SQLException e) {
            throw new KeelException(ErrorCode.SEED_FAILED, "Seeding failed, nothing was written: "
                    + p.block.file() + ", `" + p.block.target() + "` row " + index + ": " + e.getMessage(), e);
        }
    }

    private static String cast(PgType type) {
        if (type.isArray()) {
            return "CAST(CAST(? AS text[]) AS " + type.sql() + ")";
        }
        return "CAST(? AS " + type.sql() + ")";
    }

    private static void bind(Connection conn, PreparedStatement ps, int i, PgType type, Object value)
            throws SQLException {
        if (value == null) {
            ps.setNull(i, java.sql.Types.VARCHAR);
        } else if (type.isArray() && value instanceof List<?> list) {
            Object[] items = list.stream().map(v -> v == null ? null : text(v)).toArray();
            ps.setArray(i, conn.createArrayOf("text", items));
        } else {
            ps.setString(i, text(value));
        }
    }

    private static String text(Object v) {
        if (v instanceof Map<?, ?> || v instanceof List<?>) {
            try {
                return JSON.writeValueAsString(v);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        return v.toString();
    }

    /** The explicit key, else the primary key, else a unique index, whose columns every row gives. */
    private static List<String> key(SeedBlock b, SeedMapping.Target target, Table table) {
        if (b.key().isPresent()) {
            List<String> cols = b.key().get().stream().map(target::column).toList();
            boolean unique = table.primaryKey().map(pk -> Set.copyOf(pk.columns()).equals(Set.copyOf(cols)))
                    .orElse(false) || table.indexes().stream().anyMatch(ix -> ix.isUnique()
                    && ix.predicate().isEmpty() && ix.columnNames().map(n -> Set.copyOf(n).equals(Set.copyOf(cols)))
                    .orElse(false));
            if (!unique) {
                throw fail(b, "key " + b.key().get() + " of `" + b.target()
                        + "` is not a primary key or unique constraint; upserts need one");
            }
            return cols;
        }
        Set<String> given = new HashSet<>();
        boolean first = true;
        for (Map<String, Object> row : b.rows()) {
            Set<String> cols = new HashSet<>();
            row.keySet().forEach(f -> cols.add(target.column(f)));
            if (first) {
                given.addAll(cols);
                first = false;
            } else {
                given.retainAll(cols);
            }
        }
        List<List<String>> candidates = new ArrayList<>();
        table.primaryKey().ifPresent(pk -> candidates.add(pk.columns()));
        for (Index ix : table.indexes()) {
            if (ix.isUnique() && ix.predicate().isEmpty()) {
                ix.columnNames().ifPresent(candidates::add);
            }
        }
        for (List<String> c : candidates) {
            if (given.containsAll(c)) {
                return c;
            }
        }
        throw fail(b, "cannot tell which rows of `" + b.target() + "` already exist: give every row the primary key "
                + "or a unique field, or name one with `key:`");
    }

    private static List<Planned> parentsFirst(List<Planned> planned) {
        Set<QualifiedName> seeded = new HashSet<>();
        planned.forEach(p -> seeded.add(p.table.name()));
        List<Planned> out = new ArrayList<>();
        Set<Planned> done = new LinkedHashSet<>();
        for (Planned p : planned) {
            visit(p, planned, seeded, done, new HashSet<>(), out);
        }
        return out;
    }

    private static void visit(Planned p, List<Planned> all, Set<QualifiedName> seeded, Set<Planned> done,
                              Set<Planned> path, List<Planned> out) {
        if (done.contains(p) || !path.add(p)) {
            return;
        }
        for (ForeignKey fk : p.table.foreignKeys()) {
            if (!fk.referencedTable().equals(p.table.name()) && seeded.contains(fk.referencedTable())) {
                for (Planned parent : all) {
                    if (parent.table.name().equals(fk.referencedTable())) {
                        visit(parent, all, seeded, done, path, out);
                    }
                }
            }
        }
        done.add(p);
        out.add(p);
    }

    private static void rollback(Connection conn) {
        try {
            conn.rollback();
        } catch (SQLException ignored) {
            // The original failure is what the user needs to see.
        }
    }

    private static KeelException fail(SeedBlock b, String message) {
        return new KeelException(ErrorCode.SEED_FAILED, "Seed file " + b.file() + ": " + message);
    }

}
