package dev.keel.safety.lint;

import dev.keel.api.ErrorCode;
import dev.keel.api.KeelException;
import dev.keel.history.SqlSplitter;
import dev.keel.history.SqlStatement;
import dev.keel.history.TransactionRule;
import dev.keel.safety.lint.CatalogSnapshot.EnumLabel;
import dev.keel.safety.probe.LockProbe;
import dev.keel.safety.probe.RelationLock;
import dev.keel.safety.probe.StatementProbe;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Judges migration files statement by statement on a shadow database: each statement runs there under the
 * {@link LockProbe} (locks from {@code pg_locks}, rewrites from {@code relfilenode}, scans) and is bracketed by
 * {@link CatalogSnapshot}s, so the rules see what PostgreSQL did rather than what the text seems to say. The shadow
 * keeps every file's effect, so a folder is linted by linting its files in order; {@link #replay} applies a file
 * without judging it (migrations that are already deployed).
 *
 * <p>Statements share transactions as in Keel's deploy: a file is one transaction, except that a statement
 * PostgreSQL refuses in one ({@code CONCURRENTLY}) runs on its own after a commit, and the file's own
 * {@code COMMIT} commits. A statement's locks are the ones it newly took ({@link LockProbe#probeInTransaction}).
 *
 * <p>Statements are not run when the shadow cannot or must not: transaction control (the file's own
 * {@code COMMIT} commits the transaction the linter runs it in), timeouts (they would only slow the probe), and
 * database-, tablespace- and system-level commands.
 */
public final class Linter {
    private final Connection conn;
    private final LockProbe probe;
    private final LintOptions options;
    private final PrismaNames names;
    /** Restored after each file, which may have changed it (and every other setting). */
    private final String searchPath;
    private final int serverVersionNum;

    /**
     * @param shadow  a connection to a database Keel may change (it keeps every linted statement's effect)
     * @param sampler opens further sessions to the same database (for statements PostgreSQL runs outside a
     *                transaction, whose locks are sampled from another session)
     */
    public Linter(Connection shadow, Supplier<Connection> sampler, LintOptions options) {
        this(shadow, sampler, options, PrismaNames.none());
    }

    /** @param names Prisma's names for the tables and columns, for the {@code keel plan} commands in fixes */
    public Linter(Connection shadow, Supplier<Connection> sampler, LintOptions options, PrismaNames names) {
        this(shadow, sampler, options, names, OptionalInt.empty());
    }

    /**
     * @param serverVersionNum the {@code server_version_num} of the server the files will be deployed to (which
     *                         statements must run outside a transaction depends on it: {@code ALTER TYPE … ADD VALUE}
     *                         before PostgreSQL 12); empty: the shadow's own
     */
    public Linter(Connection shadow, Supplier<Connection> sampler, LintOptions options, PrismaNames names,
                  OptionalInt serverVersionNum) {
        this.conn = shadow;
        this.probe = new LockProbe(sampler);
        this.options = options;
        this.names = names;
        try (Statement st = shadow.createStatement(); var rs = st.executeQuery(
                "SELECT current_setting('search_path'), current_setting('server_version_num')::int")) {
            rs.next();
            this.searchPath = rs.getString(1);
            this.serverVersionNum = serverVersionNum.orElse(rs.getInt(2));
        } catch (SQLException e) {
            throw new KeelException(ErrorCode.DATABASE_ERROR, "Could not read the shadow session: "
                    + e.getMessage(), e);
        }
    }

    /** The server version the statements are judged for (the deploy target's when known, else the shadow's). */
    public int serverVersionNum() {
        return serverVersionNum;
    }

    /**
     * Applies a file without judging it, in transactions as deploy would; the error names the statement
     * PostgreSQL rejected.
     */
    public Optional<LintError> replay(String file, String text) {
        for (SqlStatement st : SqlSplitter.split(text)) {
            List<Token> tokens = Lexer.tokens(st.sql());
            try {
                if (isEnd(tokens)) {
                    commit();
                }
                if (skipped(st, tokens)) {
                    continue;
                }
                boolean alone = runsAlone(st);
                if (alone) {
                    commit();
                }
                conn.setAutoCommit(alone);
                try (Statement s = conn.createStatement()) {
                    s.setEscapeProcessing(false);
                    s.execute(st.sql());
                }
            } catch (SQLException e) {
                rollbackQuietly();
                resetSession();
                return Optional.of(new LintError(file, st.line(), e.getMessage(), e.getSQLState()));
            }
        }
        resetSession();
        return Optional.empty();
    }

    /**
     * Whether deploy runs the file as one transaction: Keel's (and Prisma's) unless a statement refuses to run in
     * one.
     */
    private boolean runsAsOneTransaction(List<SqlStatement> statements) {
        return statements.stream().noneMatch(this::runsAlone);
    }

    /**
     * A statement PostgreSQL refuses in a transaction block. Keel's deploy commits before it and runs it on its
     * own; every other statement shares a transaction with its neighbours (the whole file, when it has no such
     * statement), and so does the linter, so that what lives only until the commit ({@code ON COMMIT DROP} tables)
     * and what PostgreSQL allows only after it (a new enum value, 55P04) behave as in the real run.
     */
    private boolean runsAlone(SqlStatement st) {
        return TransactionRule.outsideTransactionReason(st, serverVersionNum).isPresent();
    }

    private void rollbackQuietly() {
        try {
            if (!conn.getAutoCommit()) {
                conn.rollback();
            }
        } catch (SQLException ignored) {
            // resetSession reports a broken connection.
        }
    }

    /**
     * Judges one file against the shadow's current schema, leaving the file applied. {@code rows} are live row
     * estimates by quoted, schema-qualified table name (empty when judging against a replayed folder).
     */
    public FileReport lint(String file, String text, Map<String, Long> rows) {
        List<SqlStatement> statements = SqlSplitter.split(text);
        CatalogSnapshot fileStart = CatalogSnapshot.read(conn);
        CatalogSnapshot before = fileStart;
        boolean outsideTransaction = !runsAsOneTransaction(statements);
        List<List<Finding>> found = new ArrayList<>();
        List<List<AllowComment>> allows = new ArrayList<>();
        List<StatementReport> reports = new ArrayList<>();
        int openTransaction = -1;
        int openTransactionIndex = -1;
        boolean lockTimeout = options.lockTimeoutByRunner();
        boolean lockTimeoutReported = false;
        Set<String> removedReported = new HashSet<>();
        List<ColumnEvent> columnEvents = new ArrayList<>();
        Map<Integer, String> renamedFrom = new HashMap<>();
        Optional<LintError> error = Optional.empty();
        int fileStatementsInTransaction = 0;
        int prevEnd = 0;
        for (int i = 0; i < statements.size(); i++) {
            SqlStatement st = statements.get(i);
            List<Token> tokens = Lexer.tokens(st.sql());
            allows.add(AllowComment.in(text.substring(Math.min(prevEnd, st.offset()), st.offset()),
                    lineAt(text, Math.min(prevEnd, st.offset()))));
            prevEnd = endOf(text, st);
            List<Finding> here = new ArrayList<>();
            found.add(here);
            StatementContext pre = new StatementContext(file, st, tokens, Optional.empty(), fileStart, before,
                    before, rows, options, names);
            if (isBegin(tokens)) {
                if (openTransaction >= 0) {
                    here.add(pre.finding(Rule.TRANSACTION_NESTING, null, "BEGIN inside the transaction opened on "
                            + "line " + openTransaction + ": PostgreSQL ignores it with a warning, and the first "
                            + "COMMIT ends both", "-- remove this BEGIN and its matching COMMIT"));
                } else {
                    openTransaction = st.line();
                    openTransactionIndex = i;
                }
            } else if (isEnd(tokens)) {
                if (openTransaction < 0) {
                    here.add(pre.finding(Rule.TRANSACTION_NESTING, null, tokens.get(0).upper() + " without a "
                            + "BEGIN: it ends the transaction the migration runner opened, and the rest of the file "
                            + "runs outside it", "-- remove this " + tokens.get(0).upper()
                            + ", or open the transaction with BEGIN"));
                }
                openTransaction = -1;
            } else if (setsLockTimeout(tokens)) {
                // RESET, DEFAULT or 0 turn the timeout off again.
                lockTimeout = !(tokens.get(0).is("RESET") || tokens.stream().anyMatch(t -> t.is("DEFAULT")
                        || t.text().equals("0") || t.text().equals("'0'")));
            } else if (pre.startsWith("DROP", "DATABASE")) {
                here.add(pre.finding(Rule.BAN_DROP_DATABASE, null, "drops a database: every application using it "
                        + "breaks, and its data is gone", "-- never in a migration; drop databases by hand"));
            }
            if (options.prismaRunner() && openTransaction < 0 && statements.size() > 1
                    && TransactionRule.outsideTransactionReason(st, serverVersionNum).isPresent()) {
                here.add(pre.finding(Rule.BAN_CONCURRENT_INDEX_CREATION_IN_TRANSACTION, null, "prisma migrate "
                        + "deploy sends the whole file as one transaction, which PostgreSQL refuses for this "
                        + "statement (25001): the migration fails", "-- put it alone in a migration of its own:\n"
                        + st.sql() + ";\n-- (keel migrate deploy runs such files statement by statement)"));
            }
            if (pre.has("CONCURRENTLY") && openTransaction >= 0 && (pre.startsWith("CREATE") || pre.startsWith("DROP")
                    || pre.startsWith("REINDEX") || pre.startsWith("ALTER"))) {
                here.add(pre.finding(Rule.BAN_CONCURRENT_INDEX_CREATION_IN_TRANSACTION, null, "CONCURRENTLY "
                        + "inside the transaction opened on line " + openTransaction + ": PostgreSQL refuses it "
                        + "(25001) and the migration fails", "-- move it out of BEGIN … COMMIT, into a migration of "
                        + "its own:\n" + st.sql() + ";"));
            }
            if (outsideTransaction) {
                robust(pre).ifPresent(fix -> here.add(pre.finding(Rule.PREFER_ROBUST_STMTS, null, "this file runs "
                        + "outside a transaction (it has a statement PostgreSQL refuses in one), so a failure leaves "
                        + "it half-applied: every statement must be safe to run again", fix)));
            }
            if (isEnd(tokens)) {
                // The file's own COMMIT: what it made (a new enum value) is usable from here on.
                commit();
                fileStatementsInTransaction = 0;
            }
            if (skipped(st, tokens)) {
                reports.add(new StatementReport(st.line(), StatementContext.excerpt(st.sql()), Optional.empty()));
                continue;
            }
            if (tokens.size() > 1 && tokens.get(0).is("SET") && tokens.get(1).is("TRANSACTION")) {
                // PostgreSQL accepts it only before the transaction's first query, and the probe queries the
                // catalog before each statement: it runs as it is, after ending what only the probe did.
                if (fileStatementsInTransaction == 0) {
                    commit();
                }
                Optional<String> refused = executeAsIs(st.sql(), false);
                reports.add(new StatementReport(st.line(), StatementContext.excerpt(st.sql()), Optional.empty()));
                if (refused.isPresent()) {
                    error = Optional.of(new LintError(file, st.line(), refused.get(), ""));
                    break;
                }
                fileStatementsInTransaction++;
                continue;
            }
            boolean alone = runsAlone(st);
            if (alone) {
                commit();
                fileStatementsInTransaction = 0;
            } else {
                fileStatementsInTransaction++;
            }
            StatementProbe p = alone ? probe.probeOne(conn, st.sql()) : probe.probeInTransaction(conn, st.sql());
            reports.add(new StatementReport(st.line(), StatementContext.excerpt(st.sql()), Optional.of(p)));
            if (p.error().isPresent()) {
                error = Optional.of(new LintError(file, st.line(), p.error().get(), ""));
                break;
            }
            CatalogSnapshot after = alone ? CatalogSnapshot.read(conn) : CatalogSnapshot.readInTransaction(conn);
            StatementContext c = new StatementContext(file, st, tokens, Optional.of(p), fileStart, before, after,
                    rows, options, names);
            here.addAll(StatementRules.judge(c));
            removedEnumValues(c, removedReported, here);
            columnEvents(i, c, columnEvents);
            for (CatalogSnapshot.Rel r : before.relations().values()) {
                Optional<CatalogSnapshot.Rel> now = after.relation(r.oid());
                if (r.isTable() && now.isPresent() && !now.get().name().equals(r.name())) {
                    renamedFrom.put(i, r.name());
                }
            }
            if (!lockTimeout && !lockTimeoutReported) {
                Optional<RelationLock> strong = p.locks().stream().filter(l -> l.mode().blocksWrites()
                        && l.kind().contains("table") && fileStart.relations().values().stream()
                        .anyMatch(r -> r.name().equals(l.relation()))).findFirst();
                if (strong.isPresent()) {
                    lockTimeoutReported = true;
                    here.add(c.finding(Rule.REQUIRE_LOCK_TIMEOUT, strong.get().relation(), "takes "
                            + strong.get().mode().sqlName + " on " + strong.get().relation() + " with no "
                            + "lock_timeout set: while it waits behind a long query, every query on the table "
                            + "queues behind it", Fixes.lockTimeout()));
                }
            }
            before = after;
        }
        if (error.isEmpty()) {
            commit();
        }
        if (openTransaction >= 0 && error.isEmpty()) {
            SqlStatement st = statements.get(openTransactionIndex);
            found.get(openTransactionIndex).add(new Finding(Rule.BAN_UNCOMMITTED_TRANSACTION, file, st.line(),
                    StatementContext.excerpt(st.sql()), Optional.empty(), "BEGIN without COMMIT: the runner rolls "
                    + "the changes back, or leaves the session in a transaction", "COMMIT;  -- at the end of the file"));
        }
        expandAndContract(found, columnEvents, statements, file, names);
        // A table renamed with a view left under its old name (same file) keeps old code working.
        CatalogSnapshot end = before;
        renamedFrom.forEach((index, old) -> {
            if (end.relations().values().stream().anyMatch(r -> r.name().equals(old) && r.kind() == 'v')) {
                found.get(index).removeIf(f -> f.rule() == Rule.RENAMING_TABLE);
            }
        });
        resetSession();
        return verdict(file, found, allows, reports, error);
    }

    /** A column added to or dropped from a table that existed before the file. */
    private record ColumnEvent(int statement, long rel, String table, String column, boolean added) {
    }

    private static void columnEvents(int index, StatementContext c, List<ColumnEvent> out) {
        for (CatalogSnapshot.Col col : c.after().columns().values()) {
            if (!c.existing(col.rel())) {
                continue;
            }
            Optional<CatalogSnapshot.Col> was = c.before().column(col.rel(), col.num());
            String table = c.after().nameOf(col.rel(), "?");
            if (was.isEmpty() && !col.dropped()) {
                out.add(new ColumnEvent(index, col.rel(), table, col.name(), true));
            } else if (was.isPresent() && !was.get().dropped() && col.dropped()) {
                out.add(new ColumnEvent(index, col.rel(), table, was.get().name(), false));
            }
        }
    }

    /** A column dropped and another added on the same table in one file: how Prisma writes a rename. */
    private static void expandAndContract(List<List<Finding>> found, List<ColumnEvent> events,
                                          List<SqlStatement> statements, String file, PrismaNames names) {
        for (ColumnEvent drop : events) {
            if (drop.added()) {
                continue;
            }
            Optional<ColumnEvent> add = events.stream().filter(e -> e.added() && e.rel() == drop.rel()).findFirst();
            if (add.isEmpty()) {
                continue;
            }
            SqlStatement st = statements.get(drop.statement());
            Optional<RelationLock> lock = found.get(drop.statement()).stream()
                    .filter(f -> f.rule() == Rule.BAN_DROP_COLUMN).findFirst().flatMap(Finding::lock);
            found.get(drop.statement()).add(new Finding(Rule.EXPAND_AND_CONTRACT_IN_ONE_RELEASE, file, st.line(),
                    StatementContext.excerpt(st.sql()), lock, "drops " + drop.table() + "." + drop.column()
                    + " in the same migration that adds " + add.get().column() + " to it: if this is a rename, "
                    + "the data of " + drop.column() + " is lost and code of the release still running breaks",
                    "keel plan rename-column " + Fixes.modelField(names, drop.table(), Fixes.unquote(drop.column()))
                            + " " + Fixes.unquote(add.get().column())
                            + "\n# or, if it is not a rename, drop " + drop.column() + " in a later release than "
                            + "the one adding " + add.get().column()));
        }
    }

    private static void removedEnumValues(StatementContext c, Set<String> reported, List<Finding> out) {
        for (EnumLabel l : c.fileStart().enumLabels().values()) {
            List<EnumLabel> now = c.after().labelsOf(l.typeName());
            if (now.isEmpty() || now.stream().anyMatch(x -> x.label().equals(l.label()))) {
                continue;
            }
            EnumLabel same = c.after().enumLabels().get(l.oid());
            boolean renamed = same != null && !same.label().equals(l.label());
            if (renamed || !reported.add(l.typeName() + "\u0000" + l.label())) {
                continue;
            }
            out.add(c.finding(Rule.REMOVING_ENUM_VALUE, null, "removes value '" + l.label() + "' from enum "
                            + l.typeName() + ": rows holding it fail to convert, and code of the release still "
                            + "running writes it", Fixes.enumRemoval(c.fileStart(), l.type(), l.typeName(),
                    l.label())));
        }
    }

    private FileReport verdict(String file, List<List<Finding>> found, List<List<AllowComment>> allows,
                               List<StatementReport> reports, Optional<LintError> error) {
        List<Finding> findings = new ArrayList<>();
        List<FileReport.Suppressed> suppressed = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            Set<AllowComment> used = new HashSet<>();
            for (Finding f : found.get(i)) {
                if (!options.enabled(f.rule())) {
                    continue;
                }
                Optional<AllowComment> allow = allows.get(i).stream().filter(a -> a.suppresses(f)).findFirst();
                if (allow.isPresent()) {
                    used.add(allow.get());
                    suppressed.add(new FileReport.Suppressed(f, allow.get().reason()));
                } else {
                    findings.add(f);
                }
            }
            for (AllowComment a : allows.get(i)) {
                String where = "-- keel:allow " + a.ruleId();
                if (a.reason().isEmpty()) {
                    findings.add(new Finding(Rule.ALLOW_WITHOUT_REASON, file, a.line(), where, Optional.empty(),
                            "an allow comment must say why the risk is accepted; it suppresses nothing without one",
                            "-- keel:allow " + a.ruleId() + " <why this is safe here, e.g. the table is empty in "
                                    + "production>"));
                } else if (!used.contains(a) && i < reports.size()) {
                    findings.add(new Finding(Rule.UNUSED_ALLOW, file, a.line(), where, Optional.empty(),
                            a.rule().isEmpty() ? "unknown rule " + a.ruleId()
                                    : "the statement after it has no " + a.ruleId() + " finding",
                            "-- remove the comment"));
                }
            }
        }
        findings.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return new FileReport(file, findings, suppressed, reports, error);
    }

    private static Optional<String> robust(StatementContext c) {
        List<Token> t = c.tokens();
        String sql = c.sql();
        if (c.startsWith("CREATE") && !c.hasPair("IF", "NOT")) {
            for (int i = 1; i < t.size() && i < 4; i++) {
                if (t.get(i).is("INDEX") || t.get(i).is("TABLE")) {
                    int at = i + 1 < t.size() && t.get(i + 1).is("CONCURRENTLY") ? i + 1 : i;
                    if (at + 1 < t.size() && t.get(at + 1).is("ON")) {
                        return Optional.empty();
                    }
                    return Optional.of(insert(sql, t.get(at).end(), " IF NOT EXISTS") + ";");
                }
            }
        }
        if (c.startsWith("DROP") && !c.hasPair("IF", "EXISTS") && t.size() > 1
                && (t.get(1).is("INDEX") || t.get(1).is("TABLE") || t.get(1).is("TYPE") || t.get(1).is("VIEW"))) {
            int at = t.size() > 2 && t.get(2).is("CONCURRENTLY") ? 2 : 1;
            return Optional.of(insert(sql, t.get(at).end(), " IF EXISTS") + ";");
        }
        if (c.startsWith("ALTER", "TABLE")) {
            String out = sql;
            for (int i = t.size() - 2; i >= 2; i--) {
                boolean guarded = i + 2 < t.size() && t.get(i + 2).is("IF");
                if (t.get(i).is("ADD") && t.get(i + 1).is("COLUMN") && !guarded) {
                    out = insert(out, t.get(i + 1).end(), " IF NOT EXISTS");
                } else if (t.get(i).is("DROP") && t.get(i + 1).is("COLUMN") && !guarded) {
                    out = insert(out, t.get(i + 1).end(), " IF EXISTS");
                }
            }
            if (!out.equals(sql)) {
                return Optional.of(out + ";");
            }
        }
        return Optional.empty();
    }

    private static String insert(String s, int at, String text) {
        return s.substring(0, at) + text + s.substring(at);
    }

    /** Statements the shadow does not run (see the class comment). */
    private static boolean skipped(SqlStatement st, List<Token> t) {
        if (t.isEmpty() || isBegin(t) || isEnd(t) || setsLockTimeout(t)) {
            return true;
        }
        String w0 = t.get(0).upper();
        String w1 = t.size() > 1 ? t.get(1).upper() : "";
        if (w0.equals("SAVEPOINT") || w0.equals("RELEASE") || (w0.equals("ROLLBACK") && w1.equals("TO"))) {
            return true;
        }
        if ((w0.equals("SET") || w0.equals("RESET")) && (mentions(t, "statement_timeout")
                || mentions(t, "idle_in_transaction_session_timeout"))) {
            return true;
        }
        if ((w0.equals("CREATE") || w0.equals("DROP") || w0.equals("ALTER"))
                && (w1.equals("DATABASE") || w1.equals("TABLESPACE") || w1.equals("SUBSCRIPTION")
                || w1.equals("SYSTEM") || w1.equals("ROLE") || w1.equals("USER"))) {
            return true;
        }
        return false;
    }

    static boolean isBegin(List<Token> t) {
        if (t.isEmpty()) {
            return false;
        }
        return (t.get(0).is("BEGIN") && (t.size() == 1 || t.get(1).is("TRANSACTION") || t.get(1).is("WORK")
                || t.get(1).is("ISOLATION") || t.get(1).is("READ")))
                || (t.get(0).is("START") && t.size() > 1 && t.get(1).is("TRANSACTION"));
    }

    static boolean isEnd(List<Token> t) {
        if (t.isEmpty()) {
            return false;
        }
        Token w = t.get(0);
        boolean end = w.is("COMMIT") || w.is("END") || w.is("ABORT") || w.is("ROLLBACK");
        return end && !(t.size() > 1 && (t.get(1).is("TO") || t.get(1).is("PREPARED")));
    }

    private static boolean setsLockTimeout(List<Token> t) {
        boolean set = !t.isEmpty() && (t.get(0).is("SET") || t.get(0).is("RESET")) && mentions(t, "lock_timeout");
        boolean setConfig = mentions(t, "set_config") && t.stream().anyMatch(x -> x.text().equals("'lock_timeout'"));
        return set || setConfig;
    }

    private static boolean mentions(List<Token> t, String word) {
        return t.stream().anyMatch(x -> x.kind() == Token.Kind.WORD && x.text().equalsIgnoreCase(word));
    }

    /** Runs a statement without the probe; the error message when PostgreSQL refuses it (then rolled back). */
    private Optional<String> executeAsIs(String sql, boolean autocommit) {
        try {
            conn.setAutoCommit(autocommit);
            try (Statement s = conn.createStatement()) {
                s.setEscapeProcessing(false);
                s.execute(sql);
            }
            return Optional.empty();
        } catch (SQLException e) {
            rollbackQuietly();
            return Optional.of(e.getMessage());
        }
    }

    private void commit() {
        try {
            if (!conn.getAutoCommit()) {
                conn.commit();
            }
        } catch (SQLException e) {
            throw new KeelException(ErrorCode.DATABASE_ERROR, "Could not commit on the shadow database: "
                    + e.getMessage(), e);
        }
    }

    private void resetSession() {
        try {
            conn.setAutoCommit(true);
            try (Statement s = conn.createStatement()) {
                s.execute("RESET ALL");
                s.execute("SET search_path TO " + searchPath);
            }
        } catch (SQLException e) {
            throw new KeelException(ErrorCode.DATABASE_ERROR, "Could not reset the shadow session: "
                    + e.getMessage(), e);
        }
    }

    private static int endOf(String text, SqlStatement st) {
        int end = st.offset() + st.sql().length();
        int semi = text.indexOf(';', end);
        return semi < 0 ? text.length() : semi + 1;
    }

    private static int lineAt(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
