package dev.keel.history;

import dev.keel.api.ErrorCode;
import dev.keel.observe.Listener;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.postgresql.core.BaseConnection;
import org.postgresql.core.TransactionState;

/**
 * {@code migrate deploy}: applies the pending migrations of a folder in order, with Prisma's checks and
 * {@code _prisma_migrations} lifecycle. Runs on a {@link MigrationSession} whose advisory lock the caller holds.
 *
 * <p>A file is sent as one simple-protocol script, so it runs in one implicit transaction exactly as under
 * Prisma (its own BEGIN/COMMIT included). A file with a statement PostgreSQL refuses inside a transaction block
 * (see {@link TransactionRule}) runs statement by statement instead: each statement that can be is committed
 * together with its journal row, so a crashed run resumes after the last finished statement.
 */
public final class Applier {
    private static final DateTimeFormatter CHRONO_SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** What one deploy did. {@code failure} is empty when every pending migration was applied. */
    public record Outcome(List<AppliedMigration> applied, Optional<MigrationFailure> failure) {
        public Outcome {
            applied = List.copyOf(applied);
        }
    }

    private final MigrationSession session;
    private final Connection c;
    private final HistoryTable history;
    private final KeelJournal journal;
    private final Listener listener;

    public Applier(MigrationSession session, Listener listener) {
        this.session = session;
        this.c = session.connection();
        this.history = session.history();
        this.journal = session.journal();
        this.listener = listener;
    }

    public Outcome deploy(MigrationsDir dir) {
        history.initialize();
        journal.ensureTables();
        List<HistoryRecord> rows = history.list();

        // Rows left by a crashed non-transactional run of an unchanged file are resumed, not reported as failed.
        Map<String, HistoryRecord> resumable = new HashMap<>();
        List<HistoryRecord> failed = new ArrayList<>();
        for (HistoryRecord r : rows) {
            if (r.state() != HistoryRecord.State.FAILED) {
                continue;
            }
            if (isResumable(r, dir)) {
                resumable.put(r.migrationName(), r);
            } else {
                failed.add(r);
            }
        }
        if (!failed.isEmpty()) {
            return new Outcome(List.of(), Optional.of(new MigrationFailure(ErrorCode.FAILED_MIGRATIONS_FOUND,
                    Optional.empty(), Optional.empty(), p3009(failed))));
        }

        List<AppliedMigration> applied = new ArrayList<>();
        for (LocalMigration m : dir.migrations()) {
            HistoryRecord resume = resumable.get(m.name());
            boolean pending = rows.stream().noneMatch(r -> r.migrationName().equals(m.name())
                    && r.rolledBackAt().isEmpty());
            if (resume == null && !pending) {
                continue;
            }
            if (!m.readable()) {
                return new Outcome(applied, Optional.of(new MigrationFailure(ErrorCode.MIGRATION_FILE_NOT_FOUND,
                        Optional.of(m.name()), Optional.empty(), "Could not find the migration file at "
                        + m.scriptPath() + ". Please delete the directory or restore the migration file.")));
            }
            Result r = resume == null ? applyNew(m) : resume(m, resume);
            if (r.failure.isPresent()) {
                return new Outcome(applied, r.failure);
            }
            applied.add(r.applied);
        }
        return new Outcome(applied, Optional.empty());
    }

    private boolean isResumable(HistoryRecord r, MigrationsDir dir) {
        if (r.logs().isPresent() && !r.logs().get().isEmpty()) {
            return false;
        }
        Optional<LocalMigration> local = dir.find(r.migrationName());
        if (local.isEmpty() || !local.get().readable() || !local.get().checksum().equals(r.checksum())) {
            return false;
        }
        Optional<KeelJournal.Run> run = journal.run(r.id());
        return run.isPresent() && run.get().mode() == KeelJournal.Mode.STATEMENTS && run.get().outcome().isEmpty();
    }

    /** Prisma's P3009 text, one paragraph per failed row. */
    static String p3009(List<HistoryRecord> failed) {
        StringBuilder details = new StringBuilder();
        for (HistoryRecord r : failed) {
            String logs = r.logs().map(String::strip).filter(s -> !s.isEmpty())
                    .map(s -> " with the following logs:\n" + s).orElse("");
            details.append("The `").append(r.migrationName()).append("` migration started at ")
                    .append(chronoUtc(r.startedAt())).append(" failed").append(logs).append('\n');
        }
        return "migrate found failed migrations in the target database, new migrations will not be applied. Read "
                + "more about how to resolve migration issues in a production database: "
                + "https://pris.ly/d/migrate-resolve\n" + details;
    }

    /** How Rust's chrono prints a UTC timestamp: fraction digits only as many as needed (3, 6 or 9). */
    static String chronoUtc(OffsetDateTime t) {
        OffsetDateTime u = t.withOffsetSameInstant(java.time.ZoneOffset.UTC);
        int nanos = u.getNano();
        String frac = nanos == 0 ? "" : nanos % 1_000_000 == 0 ? String.format(".%03d", nanos / 1_000_000)
                : nanos % 1000 == 0 ? String.format(".%06d", nanos / 1000) : String.format(".%09d", nanos);
        return CHRONO_SECONDS.format(u) + frac + " UTC";
    }

    private record Result(AppliedMigration applied, Optional<MigrationFailure> failure) {
        static Result ok(AppliedMigration a) {
            return new Result(a, Optional.empty());
        }

        static Result failed(MigrationFailure f) {
            return new Result(null, Optional.of(f));
        }
    }

    private Result applyNew(LocalMigration m) {
        String script = m.script().orElseThrow();
        List<SqlStatement> statements = SqlSplitter.split(script);
        boolean outside = statements.stream().anyMatch(s ->
                TransactionRule.outsideTransactionReason(s, session.serverVersionNum()).isPresent());
        KeelJournal.Mode mode = outside ? KeelJournal.Mode.STATEMENTS : KeelJournal.Mode.TRANSACTION;
        String id = history.recordStarted(m.name(), m.checksum());
        journal.runStarted(id, m.name(), m.checksum(), mode, mode == KeelJournal.Mode.STATEMENTS ? statements.size() : 1);
        if (mode == KeelJournal.Mode.TRANSACTION) {
            return applyScript(m, id, script);
        }
        return applyStatements(m, id, statements, Map.of(), false);
    }

    private Result resume(LocalMigration m, HistoryRecord row) {
        List<SqlStatement> statements = SqlSplitter.split(m.script().orElseThrow());
        return applyStatements(m, row.id(), statements, journal.finishedStatements(row.id()), true);
    }

    private Result applyScript(LocalMigration m, String id, String script) {
        long t0 = System.nanoTime();
        listener.migrationStarted(m.name(), true);
        listener.statementStarted(m.name(), 0, script);
        long rows;
        try (Statement st = c.createStatement()) {
            st.setEscapeProcessing(false);
            rows = execute(st, script);
            if (transactionState() != TransactionState.IDLE) {
                rollbackQuietly();
                return fail(m, id, t0, "none", "The migration opened a transaction (BEGIN) and did not end it "
                        + "(COMMIT). Keel rolled the transaction back so that nothing of it is half-applied.");
            }
        } catch (SQLException e) {
            rollbackQuietly();
            return fail(m, id, t0, ScriptError.sqlState(e), ScriptError.describe(e, script, 0));
        }
        Duration d = Duration.ofNanos(System.nanoTime() - t0);
        listener.statementFinished(m.name(), 0, d, rows, Optional.empty());
        return succeed(m, id, t0, KeelJournal.Mode.TRANSACTION, 1, 0, rows, false);
    }

    private Result applyStatements(LocalMigration m, String id, List<SqlStatement> statements,
                                   Map<Integer, String> finished, boolean resumed) {
        long t0 = System.nanoTime();
        listener.migrationStarted(m.name(), false);
        long total = 0;
        int skipped = 0;
        boolean firstToRun = true;
        for (int i = 0; i < statements.size(); i++) {
            SqlStatement s = statements.get(i);
            if (Checksum.of(s.sql()).equals(finished.get(i))) {
                skipped++;
                listener.statementSkipped(m.name(), i, "finished by an earlier run");
                continue;
            }
            try {
                Optional<String> index = concurrentIndexName(s);
                if (index.isPresent()) {
                    Boolean valid = indexValidity(index.get());
                    if (valid != null && !valid) {
                        // A crashed or failed CREATE INDEX CONCURRENTLY leaves an INVALID index behind; IF NOT
                        // EXISTS would then silently keep it. Drop it and build it again.
                        try (Statement st = c.createStatement()) {
                            st.execute("DROP INDEX CONCURRENTLY IF EXISTS " + qualifiedIndex(index.get()));
                        }
                    } else if (valid != null && resumed && firstToRun) {
                        // The crash came after the build finished but before its journal row was written.
                        journal.statementFinished(id, i, s.sql(), Duration.ZERO, 0);
                        skipped++;
                        listener.statementSkipped(m.name(), i, "index " + index.get() + " already built and valid");
                        firstToRun = false;
                        continue;
                    }
                }
                firstToRun = false;
                listener.statementStarted(m.name(), i, s.sql());
                long s0 = System.nanoTime();
                boolean wrap = transactionState() == TransactionState.IDLE
                        && TransactionRule.outsideTransactionReason(s, session.serverVersionNum()).isEmpty()
                        && !TransactionRule.isTransactionControl(s);
                long rows;
                try (Statement st = c.createStatement()) {
                    st.setEscapeProcessing(false);
                    if (wrap) {
                        // The statement and its journal row commit together: exactly once, even across a crash.
                        c.setAutoCommit(false);
                        rows = execute(st, s.sql());
                        journal.statementFinished(id, i, s.sql(), Duration.ofNanos(System.nanoTime() - s0), rows);
                        c.commit();
                        c.setAutoCommit(true);
                    } else {
                        rows = execute(st, s.sql());
                        journal.statementFinished(id, i, s.sql(), Duration.ofNanos(System.nanoTime() - s0), rows);
                    }
                }
                total += rows;
                listener.statementFinished(m.name(), i, Duration.ofNanos(System.nanoTime() - s0), rows, Optional.empty());
            } catch (SQLException e) {
                rollbackQuietly();
                return fail(m, id, t0, ScriptError.sqlState(e), ScriptError.describe(e, m.script().orElseThrow(),
                        s.offset()));
            }
        }
        if (transactionState() != TransactionState.IDLE) {
            rollbackQuietly();
            return fail(m, id, t0, "none", "The migration opened a transaction (BEGIN) and did not end it (COMMIT). "
                    + "Keel rolled that transaction back.");
        }
        return succeed(m, id, t0, KeelJournal.Mode.STATEMENTS, statements.size(), skipped, total, resumed);
    }

    private Result succeed(LocalMigration m, String id, long t0, KeelJournal.Mode mode, int statements, int skipped,
                           long rows, boolean resumed) {
        history.recordSuccessfulStep(id);
        history.recordFinished(id);
        Duration d = Duration.ofNanos(System.nanoTime() - t0);
        journal.runFinished(id, d, rows, "applied");
        listener.migrationFinished(m.name(), d, true);
        return Result.ok(new AppliedMigration(m.name(), mode, statements, skipped, d, rows, resumed));
    }

    private Result fail(LocalMigration m, String id, long t0, String sqlState, String databaseError) {
        String message = ScriptError.p3018(m.name(), sqlState, databaseError);
        history.recordFailed(id, message);
        Duration d = Duration.ofNanos(System.nanoTime() - t0);
        journal.runFinished(id, d, 0, "failed");
        listener.migrationFinished(m.name(), d, false);
        return Result.failed(new MigrationFailure(ErrorCode.MIGRATION_FAILED, Optional.of(m.name()),
                Optional.of(sqlState), message));
    }

    /** Runs SQL and sums the update counts of all its results. */
    private static long execute(Statement st, String sql) throws SQLException {
        boolean isResultSet = st.execute(sql);
        long rows = 0;
        while (true) {
            if (!isResultSet) {
                int n = st.getUpdateCount();
                if (n == -1) {
                    break;
                }
                rows += n;
            }
            isResultSet = st.getMoreResults();
        }
        return rows;
    }

    private TransactionState transactionState() {
        try {
            return c.unwrap(BaseConnection.class).getTransactionState();
        } catch (SQLException e) {
            throw HistoryTable.dbError("read the transaction state", e);
        }
    }

    private void rollbackQuietly() {
        try {
            if (!c.getAutoCommit()) {
                c.rollback();
                c.setAutoCommit(true);
            } else if (transactionState() != TransactionState.IDLE) {
                try (Statement st = c.createStatement()) {
                    st.execute("ROLLBACK");
                }
            }
        } catch (SQLException e) {
            throw HistoryTable.dbError("roll back the failed migration", e);
        }
    }

    /** The index a {@code CREATE [UNIQUE] INDEX CONCURRENTLY [IF NOT EXISTS] name} statement builds. */
    static Optional<String> concurrentIndexName(SqlStatement s) {
        int i;
        if (s.startsWith("CREATE", "INDEX", "CONCURRENTLY")) {
            i = 3;
        } else if (s.startsWith("CREATE", "UNIQUE", "INDEX", "CONCURRENTLY")) {
            i = 4;
        } else {
            return Optional.empty();
        }
        if (s.word(i).equals("IF") && s.word(i + 1).equals("NOT") && s.word(i + 2).equals("EXISTS")) {
            i += 3;
        }
        String w = s.word(i);
        if (w.isEmpty() || w.equals("ON")) {
            return Optional.empty();
        }
        if (w.startsWith("\"")) {
            return Optional.of(w.substring(1, w.length() - 1).replace("\"\"", "\""));
        }
        return Optional.of(w.toLowerCase(java.util.Locale.ROOT));
    }

    /** true/false = the index exists and is valid/invalid; null = no such index on the search path. */
    private Boolean indexValidity(String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT i.indisvalid FROM pg_index i WHERE i.indexrelid = to_regclass(?)")) {
            ps.setString(1, quote(name));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getBoolean(1) : null;
            }
        }
    }

    private String qualifiedIndex(String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT to_regclass(?)::text")) {
            ps.setString(1, quote(name));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static String quote(String ident) {
        return "\"" + ident.replace("\"", "\"\"") + "\"";
    }
}
