package dev.keel.safety.lint;

import dev.keel.safety.lint.CatalogSnapshot.Col;
import dev.keel.safety.lint.CatalogSnapshot.Con;
import dev.keel.safety.lint.CatalogSnapshot.EnumLabel;
import dev.keel.safety.lint.CatalogSnapshot.Idx;
import dev.keel.safety.lint.CatalogSnapshot.Rel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The rules judged on one statement from what PostgreSQL did: the catalog before and after it (by OID) and the
 * probe's locks and rewrites. Keywords of the statement itself are consulted only where the catalog cannot tell
 * (whether it said {@code CONCURRENTLY}, {@code BEFORE}/{@code AFTER} on an enum value, {@code CASCADE}).
 */
final class StatementRules {
    private StatementRules() {
    }

    private static final long INT2 = 21;
    private static final long INT4 = 23;
    private static final long BPCHAR = 1042;
    private static final long VARCHAR = 1043;
    private static final long TIMESTAMP = 1114;

    static List<Finding> judge(StatementContext c) {
        List<Finding> out = new ArrayList<>();
        tables(c, out);
        columns(c, out);
        Set<Long> constraintIndexes = constraints(c, out);
        indexes(c, out, constraintIndexes);
        enums(c, out);
        keywordsOnly(c, out);
        rewrites(c, out);
        notices(c, out);
        return out;
    }

    /** PostgreSQL's notice 42622: it cut a name to 63 bytes and went on; it names both the long and the cut name. */
    private static void notices(StatementContext c, List<Finding> out) {
        c.probe().ifPresent(p -> p.notices().stream().filter(n -> "42622".equals(n.sqlState())).forEach(n ->
                out.add(c.finding(Rule.IDENTIFIER_TRUNCATED, null, "PostgreSQL: " + n.message().strip() + " (names "
                        + "are at most 63 bytes): statements, tools and the Prisma schema that use the full name will "
                        + "not find it, and two long names that share their first 63 bytes collide",
                        "-- give it a name of at most 63 bytes (in the Prisma schema: map: \"…\")"))));
    }

    private static void tables(StatementContext c, List<Finding> out) {
        for (Rel r : c.before().relations().values()) {
            if (!r.isTable() || !c.existing(r.oid())) {
                continue;
            }
            Optional<Rel> now = c.after().relation(r.oid());
            if (now.isEmpty()) {
                out.add(c.finding(Rule.BAN_DROP_TABLE, r.name(), "drops table " + r.name() + c.rowsNote(r.name())
                                + ": code of the release still running reads and writes it, and its data is gone",
                        Fixes.dropLater("table " + r.name(), "DROP TABLE IF EXISTS " + r.name() + ";")));
            } else if (!now.get().name().equals(r.name())) {
                out.add(c.finding(Rule.RENAMING_TABLE, r.name(), "renames table " + r.name() + " to "
                                + now.get().name() + ": code of the release still running uses the old name",
                        Fixes.renameTable(r, now.get())));
            }
        }
    }

    private static void columns(StatementContext c, List<Finding> out) {
        for (Col after : c.after().columns().values()) {
            if (!c.existing(after.rel())) {
                if (c.before().column(after.rel(), after.num()).isEmpty() && !after.dropped()) {
                    typeAdvice(c, out, c.after().nameOf(after.rel(), "?"), after);
                }
                continue;
            }
            String table = c.after().nameOf(after.rel(), "?");
            Optional<Col> was = c.before().column(after.rel(), after.num());
            if (was.isEmpty()) {
                if (!after.dropped()) {
                    addedColumn(c, out, table, after);
                }
                continue;
            }
            Col b = was.get();
            if (b.dropped()) {
                continue;
            }
            if (after.dropped()) {
                out.add(c.finding(Rule.BAN_DROP_COLUMN, table, "drops column " + b.name() + " of " + table
                                + c.rowsNote(table) + ": code of the release still running reads and writes it, "
                                + "and its data is gone",
                        Fixes.dropLater("column " + table + "." + b.name(),
                                "ALTER TABLE " + table + " DROP COLUMN IF EXISTS " + b.name() + ";")));
                continue;
            }
            if (!after.name().equals(b.name())) {
                out.add(c.finding(Rule.RENAMING_COLUMN, table, "renames column " + table + "." + b.name() + " to "
                                + after.name() + ": code of the release still running uses the old name",
                        Fixes.renameColumn(c.names(), c.after().relation(after.rel()).orElseThrow(), b.name(), after.name())));
            }
            if (after.typeOid() != b.typeOid() || !after.type().equals(b.type())) {
                if (c.rewrote(table) || c.scanned(table)) {
                    out.add(c.finding(Rule.CHANGING_COLUMN_TYPE, table, "changes the type of " + table + "."
                                    + after.name() + " from " + b.type() + " to " + after.type() + ": PostgreSQL "
                                    + (c.rewrote(table) ? "rewrote the table and its indexes"
                                    : "re-checked the table's constraints in a full scan") + c.rowsNote(table)
                                    + " while holding the lock, and clients reading the old type may break",
                            Fixes.changeType(c.names(), table, b, after)));
                }
            }
            // PostgreSQL skips the verifying scan when a validated CHECK (col IS NOT NULL) proves it: the probe sees.
            if (after.notNull() && !b.notNull() && c.scanned(table)) {
                out.add(c.finding(Rule.ADDING_NOT_NULLABLE_FIELD, table, "sets NOT NULL on " + table + "."
                                + after.name() + ": PostgreSQL scans the whole table" + c.rowsNote(table)
                                + " while holding the lock, unless a validated CHECK (… IS NOT NULL) proves it",
                        Fixes.setNotNull(c.after().relation(after.rel()).orElseThrow(), after.name())));
            }
            if (!after.notNull() && b.notNull() && c.enabled(Rule.BAN_DROP_NOT_NULL)) {
                out.add(c.finding(Rule.BAN_DROP_NOT_NULL, table, "drops NOT NULL from " + table + "."
                                + after.name() + ": code that assumes a value may meet NULL",
                        "-- keep the column NOT NULL until every reader handles NULL, then:\n" + c.sql() + ";"));
            }
        }
    }

    private static void addedColumn(StatementContext c, List<Finding> out, String table, Col col) {
        Rel rel = c.after().relation(col.rel()).orElseThrow();
        if (c.rewrote(table)) {
            out.add(c.finding(Rule.ADDING_FIELD_WITH_DEFAULT, table, "adds column " + col.name() + " with "
                            + (col.generated() ? "a stored generated value" : "the volatile default "
                            + col.defaultExpr().orElse("?")) + ": PostgreSQL rewrote " + table + c.rowsNote(table)
                            + " while holding the lock",
                    Fixes.volatileDefault(rel, col)));
        }
        if (col.notNull() && col.defaultExpr().isEmpty() && !col.identity() && !col.generated()) {
            out.add(c.finding(Rule.ADDING_REQUIRED_FIELD, table, "adds the required column " + col.name()
                            + " without a default to " + table + c.rowsNote(table)
                            + ": it fails on a table with rows, and inserts from code of the release still running "
                            + "(which does not set it) fail",
                    Fixes.requiredField(rel, col)));
        }
        typeAdvice(c, out, table, col);
    }

    /** Advice on the types of new columns, on new and existing tables alike. */
    static void typeAdvice(StatementContext c, List<Finding> out, String table, Col col) {
        String where = table + "." + col.name();
        boolean serial = col.defaultExpr().map(d -> d.startsWith("nextval(")).orElse(false);
        if (serial && c.enabled(Rule.PREFER_IDENTITY)) {
            out.add(c.finding(Rule.PREFER_IDENTITY, null, where + " is a serial column: identity columns own "
                    + "their sequence and refuse accidental explicit values", "ALTER TABLE " + table
                    + " ADD COLUMN " + col.name() + " bigint GENERATED BY DEFAULT AS IDENTITY"));
        } else if (col.typeOid() == INT4 && c.enabled(Rule.PREFER_BIGINT_OVER_INT)) {
            out.add(c.finding(Rule.PREFER_BIGINT_OVER_INT, null, where + " is integer (32-bit): ids and counters "
                    + "overflow at 2,147,483,647", "use bigint for " + where));
        } else if (col.typeOid() == INT2 && c.enabled(Rule.PREFER_BIGINT_OVER_SMALLINT)) {
            out.add(c.finding(Rule.PREFER_BIGINT_OVER_SMALLINT, null, where + " is smallint: it overflows at "
                    + "32,767", "use bigint (or integer) for " + where));
        }
        if (col.typeOid() == VARCHAR && col.type().contains("(") && c.enabled(Rule.PREFER_TEXT_FIELD)) {
            out.add(c.finding(Rule.PREFER_TEXT_FIELD, null, where + " is " + col.type() + ": raising the limit "
                    + "later takes ACCESS EXCLUSIVE", "use text with CHECK (char_length(" + col.name()
                    + ") <= n) NOT VALID for " + where));
        }
        if (col.typeOid() == TIMESTAMP && c.enabled(Rule.PREFER_TIMESTAMPTZ)) {
            out.add(c.finding(Rule.PREFER_TIMESTAMPTZ, null, where + " is " + col.type()
                    + ": it stores no time zone, so values depend on the writer's TimeZone setting",
                    "use " + col.type().replace("timestamp", "timestamptz").replace(" without time zone", "")
                            + " for " + where));
        }
        if (col.typeOid() == BPCHAR && c.enabled(Rule.BAN_CHAR_FIELD)) {
            out.add(c.finding(Rule.BAN_CHAR_FIELD, null, where + " is " + col.type()
                    + ": it pads with spaces and is almost never what is meant", "use text or varchar for " + where));
        }
    }

    /** Returns the indexes that back constraints this statement added (judged here, not as plain indexes). */
    private static Set<Long> constraints(StatementContext c, List<Finding> out) {
        Set<Long> backing = new HashSet<>();
        for (Con con : c.after().constraints().values()) {
            Con was = c.before().constraints().get(con.oid());
            if (con.domain() != 0) {
                if (was == null) {
                    boolean newDomain = c.before().constraints().values().stream()
                            .noneMatch(o -> o.domain() == con.domain());
                    boolean created = c.startsWith("CREATE");
                    Rule rule = created && newDomain ? Rule.BAN_CREATE_DOMAIN_WITH_CONSTRAINT
                            : Rule.BAN_ALTER_DOMAIN_WITH_ADD_CONSTRAINT;
                    if (con.type() == 'c') {
                        out.add(c.finding(rule, null, "adds the domain constraint " + con.name() + " " + con.def()
                                        + ": PostgreSQL checks every column of the domain, and changing it later "
                                        + "locks them all",
                                "-- put the check on the table columns instead, NOT VALID, then VALIDATE:\n"
                                        + "ALTER TABLE <table> ADD CONSTRAINT " + con.name() + " " + con.def()
                                        + " NOT VALID;"));
                    }
                }
                continue;
            }
            if (!c.existing(con.rel())) {
                continue;
            }
            String table = c.after().nameOf(con.rel(), "?");
            // ALTER COLUMN TYPE drops and re-creates the constraints on the column under new OIDs.
            boolean recreated = was == null && c.before().constraints().values().stream()
                    .anyMatch(o -> o.rel() == con.rel() && o.name().equals(con.name()));
            if (was == null && !recreated) {
                backing.add(con.index());
                boolean indexExisted = con.index() != 0 && c.before().indexes().containsKey(con.index());
                switch (con.type()) {
                    case 'f' -> {
                        if (con.validated()) {
                            out.add(c.finding(Rule.ADDING_FOREIGN_KEY_CONSTRAINT, table, "adds the foreign key "
                                            + con.name() + " and validates it at once: PostgreSQL scans " + table
                                            + c.rowsNote(table) + " while holding SHARE ROW EXCLUSIVE on it and on the "
                                            + "referenced table", Fixes.notValid(table, con)));
                        }
                    }
                    case 'c' -> {
                        // The scan is the fact: DETACH … CONCURRENTLY adds a CHECK its partition bound proves.
                        if (con.validated() && c.scanned(table)) {
                            out.add(c.finding(Rule.CONSTRAINT_MISSING_NOT_VALID, table, "adds the check "
                                    + con.name() + " " + con.def() + " and validates it at once: PostgreSQL scans "
                                    + table + c.rowsNote(table) + " while holding the lock",
                                    Fixes.notValid(table, con)));
                        }
                    }
                    case 'u' -> {
                        if (!indexExisted) {
                            out.add(c.finding(Rule.DISALLOWED_UNIQUE_CONSTRAINT, table, "adds the unique constraint "
                                            + con.name() + ": PostgreSQL builds its index over " + table
                                            + c.rowsNote(table) + " while holding the lock",
                                    Fixes.usingIndex(table, con, c.after().indexes().get(con.index()), "UNIQUE")));
                        }
                    }
                    case 'p' -> {
                        if (!indexExisted) {
                            out.add(c.finding(Rule.ADDING_SERIAL_PRIMARY_KEY_FIELD, table, "adds the primary key "
                                            + con.name() + ": PostgreSQL builds its index over " + table
                                            + c.rowsNote(table) + " while holding the lock",
                                    Fixes.usingIndex(table, con, c.after().indexes().get(con.index()),
                                            "PRIMARY KEY")));
                        }
                    }
                    default -> {
                    }
                }
            } else if (was != null && con.validated() && !was.validated()
                    && !c.fileStart().constraints().containsKey(con.oid())) {
                out.add(c.finding(Rule.CONSTRAINT_MISSING_NOT_VALID, table, "validates " + con.name()
                                + " in the same migration that added it NOT VALID: the migration runs as one "
                                + "transaction, so the strong lock of the ADD is held through the validating scan",
                        "-- move this statement to a later migration of its own:\nALTER TABLE " + table
                                + " VALIDATE CONSTRAINT " + con.name() + ";"));
            }
        }
        return backing;
    }

    private static void indexes(StatementContext c, List<Finding> out, Set<Long> constraintIndexes) {
        boolean concurrently = c.has("CONCURRENTLY");
        for (Idx idx : c.after().indexes().values()) {
            if (c.before().indexes().containsKey(idx.oid()) || constraintIndexes.contains(idx.oid())
                    || !c.existing(idx.rel()) || concurrently || recreated(c, idx)) {
                continue;
            }
            String table = c.after().nameOf(idx.rel(), "?");
            if (c.startsWith("REINDEX")) {
                continue;
            }
            out.add(c.finding(Rule.REQUIRE_CONCURRENT_INDEX_CREATION, table, "builds index " + idx.name()
                            + " without CONCURRENTLY: writes to " + table + c.rowsNote(table)
                            + " wait for the whole build",
                    Fixes.concurrentIndex(idx)));
        }
        for (Idx idx : c.before().indexes().values()) {
            if (c.after().indexes().containsKey(idx.oid()) || !c.existing(idx.rel()) || concurrently
                    || c.after().indexes().values().stream().anyMatch(n -> n.name().equals(idx.name()))
                    || !c.after().relations().containsKey(idx.rel()) || !c.startsWith("DROP", "INDEX")) {
                continue;
            }
            String table = c.after().nameOf(idx.rel(), "?");
            out.add(c.finding(Rule.REQUIRE_CONCURRENT_INDEX_DELETION, table, "drops index " + idx.name()
                            + " without CONCURRENTLY: it waits for every query on " + table
                            + " and then blocks them all until it commits",
                    "DROP INDEX CONCURRENTLY IF EXISTS " + idx.name() + ";\n"
                            + "-- in a migration of its own: PostgreSQL runs it outside a transaction"));
        }
    }

    /**
     * ALTER COLUMN TYPE re-creates the indexes on the column under new OIDs (keeping their files when the types
     * are binary compatible; a real rebuild comes with a rewrite, judged by changing-column-type).
     */
    private static boolean recreated(StatementContext c, Idx idx) {
        return c.before().indexes().values().stream().anyMatch(o -> o.rel() == idx.rel()
                && o.name().equals(idx.name()) && !c.after().indexes().containsKey(o.oid()));
    }

    private static void enums(StatementContext c, List<Finding> out) {
        for (EnumLabel l : c.after().enumLabels().values()) {
            EnumLabel was = c.before().enumLabels().get(l.oid());
            if (was != null && !was.label().equals(l.label()) && c.fileStart().enumLabels().containsKey(l.oid())) {
                out.add(c.finding(Rule.RENAMING_ENUM_VALUE, null, "renames value '" + was.label() + "' of enum "
                                + l.typeName() + " to '" + l.label() + "': code of the release still running "
                                + "writes and compares the old value", Fixes.enumRename(c.after(), l, was.label())));
            }
            boolean typeExisted = c.fileStart().enumLabels().values().stream().anyMatch(o -> o.type() == l.type());
            if (was == null && typeExisted && !c.has("BEFORE") && !c.has("AFTER")
                    && c.enabled(Rule.REQUIRE_ENUM_VALUE_ORDERING)) {
                out.add(c.finding(Rule.REQUIRE_ENUM_VALUE_ORDERING, null, "appends '" + l.label() + "' to enum "
                        + l.typeName() + " without BEFORE or AFTER: ORDER BY on the enum sorts it last",
                        "ALTER TYPE " + l.typeName() + " ADD VALUE IF NOT EXISTS '" + l.label()
                                + "' BEFORE '<existing value>';"));
            }
        }
    }

    private static void keywordsOnly(StatementContext c, List<Finding> out) {
        if (c.startsWith("TRUNCATE") && c.has("CASCADE")) {
            out.add(c.finding(Rule.BAN_TRUNCATE_CASCADE, null, "TRUNCATE … CASCADE also empties every table "
                    + "that references these through a foreign key, whichever they are",
                    "-- name every table to empty, without CASCADE:\n" + c.sql().replaceAll("(?i)\\s+CASCADE\\b", "")
                            + ";"));
        }
        if (c.startsWith("REINDEX") && !c.has("CONCURRENTLY")) {
            Optional<String> table = c.probe().flatMap(p -> p.locks().stream()
                    .filter(l -> l.kind().contains("table")).map(l -> l.relation()).findFirst());
            out.add(c.finding(Rule.REQUIRE_CONCURRENT_REINDEX, table.orElse(null), "REINDEX without "
                    + "CONCURRENTLY blocks writes to the table (and reads that use the index) for the whole rebuild",
                    Fixes.insertAfterKind(c, "CONCURRENTLY") + ";\n-- in a migration of its own: PostgreSQL runs "
                            + "it outside a transaction"));
        }
        if (c.startsWith("ALTER", "TABLE") && c.hasPair("DETACH", "PARTITION") && !c.has("CONCURRENTLY")
                && !c.has("FINALIZE")) {
            Optional<String> table = c.probe().flatMap(p -> p.locks().stream()
                    .filter(l -> l.kind().equals("partitioned table")).map(l -> l.relation()).findFirst());
            out.add(c.finding(Rule.REQUIRE_CONCURRENT_PARTITION_DETACH, table.orElse(null), "DETACH PARTITION "
                    + "without CONCURRENTLY takes ACCESS EXCLUSIVE on the partitioned table",
                    c.sql() + " CONCURRENTLY;\n-- in a migration of its own: PostgreSQL runs it outside a "
                            + "transaction"));
        }
    }

    /** Rewrites not explained by a more specific rule (SET LOGGED, VACUUM FULL, CLUSTER, SET ACCESS METHOD…). */
    private static void rewrites(StatementContext c, List<Finding> out) {
        if (c.probe().isEmpty()) {
            return;
        }
        for (String table : c.probe().get().rewritten()) {
            boolean explained = out.stream().anyMatch(f -> (f.rule() == Rule.CHANGING_COLUMN_TYPE
                    || f.rule() == Rule.ADDING_FIELD_WITH_DEFAULT) && f.lock().map(l -> l.relation().equals(table))
                    .orElse(true));
            boolean existing = c.fileStart().relations().values().stream().anyMatch(r -> r.name().equals(table));
            if (explained || !existing) {
                continue;
            }
            if (c.startsWith("VACUUM") || c.startsWith("CLUSTER")) {
                out.add(c.finding(Rule.PREFER_REPACK, table, c.tokens().get(0).upper() + " rewrites " + table
                        + c.rowsNote(table) + " under ACCESS EXCLUSIVE", "pg_repack --table=" + table
                        + "   # rebuilds online, outside the migration"));
            } else {
                out.add(c.finding(Rule.TABLE_REWRITE, table, "PostgreSQL rewrote " + table + c.rowsNote(table)
                                + " while holding the lock",
                        "-- build the new shape beside the old one (new table or column, backfill in batches), "
                                + "then swap in a short transaction"));
            }
        }
    }
}
