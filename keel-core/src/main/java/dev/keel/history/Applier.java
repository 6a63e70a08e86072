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
import java.util.OptionalInt;
import org.postgresql.core.BaseConnection;
import org.postgresql.core.TransactionState;

/**
 * {@code migrate deploy}: applies the pending migrations of a folder in order, with Prisma's checks and
 * {@code _prisma_migrations} lifecycle. Runs on a {@link MigrationSession} whose advisory lock the caller holds.
 *
 * <p>A file is sent as one simple-protocol script, so it runs in one implicit transaction exactly as under
 * Prisma (its own BEGIN/COMMIT included). A file with a statement PostgreSQL refuses inside a transaction block
 * (see {@link TransactionRule}) runs statement by statement instead: each such statement alone, the runs of
 * statements between them each in one transaction together with their journal rows, so a failure never leaves
 * part of such a run behind and a crashed deploy resumes after the last committed statement.
 */
public final class Applier {
    private static final DateTimeFormatter CHRONO_SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** What one deploy did. {@code failure} is empty when every pending migration was applied. */
    public record Outcome(List<AppliedMigration> applied, List<String> warnings, Optional<MigrationFailure> failure) {
        public Outcome {
            applied = List.copyOf(applied);
            warnings = List.copyOf(warnings);
        }
    }

    private final List<String> warnings = new ArrayList<>();

    private final MigrationSession session;
    private final Connection c;
    private final HistoryTable history;
    private final KeelJournal journal;
    private final Listener listener;
    private final DeployGuard guard;
    private final SessionSettings settings;
    /** The migration session's, which the first attempts' lock_timeout must outlast (see DeployGuard). */
    private Duration deadlockTimeout = Duration.ofSeconds(1);
    /** Only when someone listens: it costs a second connection. */
    private LockWaitProbe probe;
    /** The current migration's refused attempts and pauses, for its journal row. */
    private LockWaits locks = LockWaits.NONE;

    public Applier(MigrationSession session, Listener listener) {
        this(session, listener, DeployGuard.DEFAULT);
    }

    public Applier(MigrationSession session, Listener listener, DeployGuard guard) {
        this.session = session;
        this.c = session.connection();
        this.history = session.history();
        this.journal = session.journal();
        this.listener = listener;
        this.guard = guard;
        this.settings = new SessionSettings(c);
    }

    public Outcome deploy(MigrationsDir dir) {
        if (listener != Listener.NONE) {
            probe = LockWaitProbe.open(session.url(), session.backendPid());
        }
        try {
            watchClient();
            // An autovacuum holding its lock on a busy table is cancelled once the migration has waited this long
            // (see DeployGuard), instead of after the server's 1 s during which the application queues behind us.
            settings.deadlockTimeout(guard.deadlockTimeout(), session.serverVersionNum());
            deadlockTimeout = settings.currentDeadlockTimeout();
            return deployLocked(dir);
        } finally {
            settings.reset();
            if (probe != null) {
                probe.close();
            }
        }
    }

    /**
     * A backend does not notice that its client died until it next talks to it, so a deploy killed mid-statement
     * would leave its backend running the migration (and holding the advisory lock) to the end. PostgreSQL 14+
     * can poll the socket while a query runs; then the orphaned statement is cancelled within a second.
     */
    private void watchClient() {
        if (session.serverVersionNum() < 140000) {
            return;
        }
        try (Statement st = c.createStatement()) {
            st.execute("SET client_connection_check_interval = 1000");
        } catch (SQLException e) {
            // Not supported on this platform (the server refuses non-zero values): the deploy works without it.
        }
    }

    private void probeBegin() {
        if (probe != null) {
            probe.begin();
        }
    }

    private Optional<Duration> probeEnd() {
        return probe == null ? Optional.empty() : Optional.of(probe.end());
    }

    private Outcome deployLocked(MigrationsDir dir) {
        history.initialize();
        if (!journal.ensureTables()) {
            warnings.add("Keel's journal (schema \"" + KeelJournal.SCHEMA + "\") could not be created: permission "
                    + "denied. Migrations apply as under Prisma; a non-transactional migration interrupted by a crash "
                    + "cannot be resumed and will block with P3009.");
        }
        List<HistoryRecord> rows = history.list();
        List<String> exactDuplicates = dir.names().stream().filter(n -> dir.names().indexOf(n)
                != dir.names().lastIndexOf(n)).distinct().toList();
        if (!exactDuplicates.isEmpty()) {
            // Only an in-memory folder can hold one name twice; which script is the migration cannot be known.
            throw new dev.keel.api.KeelException(ErrorCode.USAGE, "The migrations folder has more than one migration "
                    + "named " + String.join(", ", exactDuplicates.stream().map(n -> "`" + n + "`").toList())
                    + ". Each migration needs a name of its own.");
        }
        // What Prisma's deploy passes over in silence is applied as Prisma does, and named in a warning.
        warnings.addAll(HistoryDiagnosis.of(dir, Optional.of(rows)).warnings(dir.displayName()));

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
            return new Outcome(List.of(), warnings, Optional.of(new MigrationFailure(ErrorCode.FAILED_MIGRATIONS_FOUND,
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
                return new Outcome(applied, warnings, Optional.of(new MigrationFailure(ErrorCode.MIGRATION_FILE_NOT_FOUND,
                        Optional.of(m.name()), Optional.empty(), "Could not find the migration file at "
                        + m.scriptPath() + ". Please delete the directory or restore the migration file.")));
            }
            locks = LockWaits.NONE;
            Result r = resume == null ? applyNew(m) : resume(m, resume);
            if (r.failure.isPresent()) {
                return new Outcome(applied, warnings, r.failure);
            }
            applied.add(r.applied);
        }
        return new Outcome(applied, warnings, Optional.empty());
    }

    /**
     * The failed rows of {@code rows} that the next deploy carries on with (read-only; for {@code migrate status}).
     */
    public List<String> interrupted(MigrationsDir dir, List<HistoryRecord> rows) {
        return rows.stream().filter(r -> r.state() == HistoryRecord.State.FAILED && isResumable(r, dir))
                .map(HistoryRecord::migrationName).toList();
    }

    /**
     * A row without logs and without finished_at is a run that never reached its end (a crash, a kill, a lost
     * connection). Keel can carry on with it, under the same row, when its journal says how far it got: a
     * statement-by-statement run resumes after its last committed statement; a transactional run either committed
     * (its commit marker is there: only the row is finished) or rolled back entirely (it runs again). Runs by Prisma,
     * and transactional files with their own BEGIN/COMMIT (no marker), stay failed as under Prisma (P3009).
     * The advisory lock guarantees the interrupted session is gone, so its transaction is decided.
     */
    private boolean isResumable(HistoryRecord r, MigrationsDir dir) {
        if (r.logs().isPresent() && !r.logs().get().isEmpty()) {
            return false;
        }
        Optional<LocalMigration> local = dir.find(r.migrationName());
        if (local.isEmpty() || !local.get().readable() || !local.get().checksum().equals(r.checksum())) {
            return false;
        }
        Optional<KeelJournal.Run> run = journal.run(r.id());
        if (run.isEmpty() || run.get().outcome().isPresent()) {
            return false;
        }
        return run.get().mode() == KeelJournal.Mode.STATEMENTS
                || (hasCommitMarker(SqlSplitter.split(local.get().script().orElseThrow()))
                && !journal.finishedStatements(r.id()).containsKey(KeelJournal.NO_MARKER));
    }

    /** Whether a transactional file runs with Keel's commit marker: only when it has no transaction control. */
    private boolean hasCommitMarker(List<SqlStatement> statements) {
        return journal.enabled() && statements.stream().noneMatch(TransactionRule::isTransactionControl);
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
        String id = HistoryTable.newId();
        // The row is committed before the script runs, as Prisma does: a crash leaves a visible, failed row.
        SqlCall.run(c, "record the start of " + m.name(), HistoryTable.started(id, m.name(), m.checksum()),
                journal.runStarted(id, m.name(), m.checksum(), mode,
                        mode == KeelJournal.Mode.STATEMENTS ? statements.size() : 1));
        if (mode == KeelJournal.Mode.TRANSACTION) {
            return applyScript(m, id, script, statements, false);
        }
        return applyStatements(m, id, statements, Map.of(), false);
    }

    private Result resume(LocalMigration m, HistoryRecord row) {
        String script = m.script().orElseThrow();
        List<SqlStatement> statements = SqlSplitter.split(script);
        KeelJournal.Mode mode = journal.run(row.id()).orElseThrow().mode();
        if (mode == KeelJournal.Mode.STATEMENTS) {
            return applyStatements(m, row.id(), statements, journal.finishedStatements(row.id()), true);
        }
        if (journal.finishedStatements(row.id()).containsKey(0)) {
            // The script committed together with its marker; only the end of the row was never written.
            long t0 = System.nanoTime();
            listener.migrationStarted(m.name(), true);
            listener.statementSkipped(m.name(), 0, "committed by an earlier run");
            return succeed(m, row.id(), t0, KeelJournal.Mode.TRANSACTION, 1, 1, 0, true);
        }
        // No marker: the interrupted transaction rolled back as a whole, so the file runs again from the start.
        return applyScript(m, row.id(), script, statements, true);
    }

    /**
     * The whole file as one script, in one transaction. Without transaction control of its own, the file is followed
     * in the same query by Keel's commit marker, so after a crash the journal tells a committed run from a
     * rolled-back one. A file with its own BEGIN/COMMIT is sent as it is, exactly as Prisma sends it.
     */
    private Result applyScript(LocalMigration m, String id, String script, List<SqlStatement> statements,
                               boolean resumed) {
        long t0 = System.nanoTime();
        boolean marked = hasCommitMarker(statements);
        boolean longRunning = statements.stream().anyMatch(DeployGuard::isLongRunning);
        listener.migrationStarted(m.name(), true);
        listener.statementStarted(m.name(), 0, script);
        long rows;
        Optional<Duration> lockWait;
        int retry = 0;
        long attemptStart = 0;
        while (true) {
            try (Statement st = c.createStatement()) {
                settings.apply(guard.lockTimeout(retry, deadlockTimeout),
                        longRunning ? guard.longStatementTimeout() : guard.statementTimeout(),
                        setsWorkers(statements) ? null : statements.stream().anyMatch(DeployGuard::isBackgroundBuild)
                                ? OptionalInt.of(guard.maintenanceWorkers()) : OptionalInt.empty());
                st.setEscapeProcessing(false);
                probeBegin();
                attemptStart = System.nanoTime();
                try {
                    // The marker rides in the same simple-protocol query, so it commits in the file's implicit
                    // transaction at no extra round trip; its own update count is taken off.
                    rows = marked ? execute(st, script + "\n;" + journal.commitMarker(id, script)) - 1
                            : execute(st, script);
                } finally {
                    lockWait = probeEnd();
                }
                if (!marked && transactionState() != TransactionState.IDLE) {
                    rollbackQuietly();
                    return fail(m, id, t0, "none", "The migration opened a transaction (BEGIN) and did not end it "
                            + "(COMMIT). Keel rolled the transaction back so that nothing of it is half-applied.");
                }
                break;
            } catch (SQLException e) {
                if (isLockTimeout(e)) {
                    locks = locks.refusedAfter(Duration.ofNanos(System.nanoTime() - attemptStart));
                }
                rollbackQuietly();
                if (marked && statements.size() == 1 && refusesTransactionBlock(e)) {
                    // A lone statement PostgreSQL refuses in a transaction block that TransactionRule does not
                    // know (a CALL of a procedure that commits, ...): run it as Prisma does, without the marker.
                    marked = false;
                    journal.statementFinished(id, KeelJournal.NO_MARKER, "", Duration.ZERO, 0);
                    continue;
                }
                if (isLockTimeout(e) && retry < guard.lockRetries()) {
                    retry++;
                    pause(m, 0, retry, e);
                    continue;
                }
                return fail(m, id, t0, ScriptError.sqlState(e), ScriptError.describe(e, script, 0)
                        + lockRetryNote(e, retry));
            }
        }
        if (setsWorkers(statements)) {
            // Its value is now the session's; the next file starts from values Keel sets again.
            settings.forget();
        }
        Duration d = Duration.ofNanos(System.nanoTime() - t0);
        listener.statementFinished(m.name(), 0, d, rows, lockWait);
        return succeed(m, id, t0, KeelJournal.Mode.TRANSACTION, 1, 0, rows, resumed);
    }

    /** A file that sets the worker count itself keeps its own value. */
    private static boolean setsWorkers(List<SqlStatement> statements) {
        return statements.stream().anyMatch(s -> s.startsWith("SET", "MAX_PARALLEL_MAINTENANCE_WORKERS")
                || s.startsWith("SET", "SESSION", "MAX_PARALLEL_MAINTENANCE_WORKERS"));
    }

    /** 25001 active_sql_transaction ("cannot run inside a transaction block"), 2D000 invalid_transaction_termination. */
    private static boolean refusesTransactionBlock(SQLException e) {
        return "25001".equals(e.getSQLState()) || "2D000".equals(e.getSQLState());
    }

    private static boolean isLockTimeout(SQLException e) {
        return "55P03".equals(e.getSQLState());
    }

    /** Reports the retry, then sleeps for the guard's jittered backoff. */
    private void pause(LocalMigration m, int index, int retry, SQLException e) {
        Duration pause = guard.backoff(retry);
        listener.lockRetry(m.name(), index, retry, guard.lockRetries(), pause, String.valueOf(e.getMessage()));
        long p0 = System.nanoTime();
        try {
            Thread.sleep(pause.toMillis());
            locks = locks.pausedFor(Duration.ofNanos(System.nanoTime() - p0));
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
            throw new dev.keel.api.KeelException(ErrorCode.DATABASE_ERROR, "Interrupted while waiting to retry "
                    + m.name() + " after a lock timeout.", ie);
        }
    }

    /** What the P3018 logs add when the last attempt failed for a lock: how hard deploy tried. */
    private String lockRetryNote(SQLException e, int retries) {
        if (!isLockTimeout(e)) {
            return "";
        }
        return "\n\nKeel gave up after " + (retries + 1) + " attempt" + (retries == 0 ? "" : "s") + ", each waiting at "
                + "most lock_timeout = " + guard.lockTimeout().toMillis() + " ms for its locks (the first ones less). Another session holds "
                + "a lock this migration needs (see pg_locks / pg_stat_activity); nothing of the failed attempt "
                + "was kept. Run deploy again when it is gone, or raise "
                + "--lock-timeout-ms / --lock-retries.";
    }

    private Result applyStatements(LocalMigration m, String id, List<SqlStatement> statements,
                                   Map<Integer, String> finished, boolean resumed) {
        long t0 = System.nanoTime();
        listener.migrationStarted(m.name(), false);
        long total = 0;
        int skipped = 0;
        boolean firstToRun = true;
        // Runs of statements that may share a transaction do share one (with their journal rows), so a failure
        // rolls back the whole run and a crash resumes at its start; only the statements PostgreSQL refuses in a
        // transaction block, and the file's own transaction control, run on their own.
        boolean keelTx = false;
        // Where the transaction (Keel's or the file's) that statement i belongs to began: a lock timeout rolls
        // that whole run back, and its retry starts there.
        int runStart = 0;
        int retry = 0;
        int retriedRun = -1;
        long attemptStart = 0;
        // Each statement's own refusals, for its progress row.
        Map<Integer, LockWaits> refusedAt = new HashMap<>();
        // A file that sets its own timeouts keeps them for the rest of the file.
        boolean ownLockTimeout = false;
        boolean ownStatementTimeout = false;
        boolean ownWorkers = false;
        for (int i = 0; i < statements.size(); i++) {
            SqlStatement s = statements.get(i);
            if (Checksum.of(s.sql()).equals(finished.get(i))) {
                skipped++;
                listener.statementSkipped(m.name(), i, "finished by an earlier run");
                continue;
            }
            try {
                boolean alone = TransactionRule.outsideTransactionReason(s, session.serverVersionNum()).isPresent()
                        || TransactionRule.isTransactionControl(s);
                if (alone && keelTx) {
                    c.commit();
                    c.setAutoCommit(true);
                    keelTx = false;
                }
                if (!keelTx && transactionState() == TransactionState.IDLE) {
                    runStart = i;
                }
                // The run's attempt number: its retries so far, 0 for a run that has not failed.
                int attempt = runStart == retriedRun ? retry : 0;
                settings.apply(ownLockTimeout ? null : DeployGuard.isConcurrent(s) ? Duration.ZERO
                                : guard.lockTimeout(attempt, deadlockTimeout),
                        ownStatementTimeout ? null : DeployGuard.isLongRunning(s) ? guard.longStatementTimeout()
                                : guard.statementTimeout(),
                        ownWorkers ? null : DeployGuard.isBackgroundBuild(s) ? OptionalInt.of(guard.maintenanceWorkers())
                                : OptionalInt.empty());
                ownWorkers |= setsWorkers(List.of(s));
                ownLockTimeout |= s.startsWith("SET", "LOCK_TIMEOUT") || s.startsWith("SET", "SESSION", "LOCK_TIMEOUT");
                ownStatementTimeout |= s.startsWith("SET", "STATEMENT_TIMEOUT")
                        || s.startsWith("SET", "SESSION", "STATEMENT_TIMEOUT");
                Optional<String> index = concurrentIndexName(s);
                if (index.isPresent() && transactionState() == TransactionState.IDLE) {
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
                Optional<String> dropped = concurrentlyDroppedIndexName(s);
                if (dropped.isPresent() && resumed && firstToRun && indexValidity(dropped.get()) == null) {
                    // The crash came after the drop finished but before its journal row was written.
                    journal.statementFinished(id, i, s.sql(), Duration.ZERO, 0);
                    skipped++;
                    listener.statementSkipped(m.name(), i, "index " + dropped.get() + " already dropped");
                    firstToRun = false;
                    continue;
                }
                firstToRun = false;
                if (!alone && !keelTx && transactionState() == TransactionState.IDLE) {
                    c.setAutoCommit(false);
                    keelTx = true;
                }
                listener.statementStarted(m.name(), i, s.sql());
                long s0 = System.nanoTime();
                attemptStart = s0;
                long rows;
                Optional<Duration> lockWait;
                try (Statement st = c.createStatement()) {
                    st.setEscapeProcessing(false);
                    probeBegin();
                    try {
                        rows = execute(st, s.sql());
                    } finally {
                        lockWait = probeEnd();
                    }
                }
                journal.statementFinished(id, i, s.sql(), Duration.ofNanos(System.nanoTime() - s0), rows,
                        refusedAt.getOrDefault(i, LockWaits.NONE));
                total += rows;
                listener.statementFinished(m.name(), i, Duration.ofNanos(System.nanoTime() - s0), rows, lockWait);
            } catch (SQLException e) {
                if (isLockTimeout(e)) {
                    // The refused statement's own wait; the statements of its run before it were rolled back too
                    // and are in the migration's duration.
                    Duration waited = Duration.ofNanos(System.nanoTime() - attemptStart);
                    locks = locks.refusedAfter(waited);
                    refusedAt.merge(i, LockWaits.NONE.refusedAfter(waited), (a, b) -> a.refusedAfter(b.waited()));
                }
                rollbackQuietly();
                keelTx = false;
                if (runStart != retriedRun) {
                    // Each run gets its own retry budget.
                    retriedRun = runStart;
                    retry = 0;
                }
                if (isLockTimeout(e) && retry < guard.lockRetries()) {
                    retry++;
                    pause(m, i, retry, e);
                    // Everything since runStart was rolled back with the statement; run it again from there.
                    i = runStart - 1;
                    continue;
                }
                return fail(m, id, t0, ScriptError.sqlState(e), ScriptError.describe(e, m.script().orElseThrow(),
                        s.offset()) + lockRetryNote(e, retry));
            }
        }
        try {
            if (keelTx) {
                c.commit();
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            rollbackQuietly();
            return fail(m, id, t0, ScriptError.sqlState(e), ScriptError.describe(e, m.script().orElseThrow(), 0));
        }
        if (transactionState() != TransactionState.IDLE) {
            rollbackQuietly();
            return fail(m, id, t0, "none", "The migration opened a transaction (BEGIN) and did not end it (COMMIT). "
                    + "Keel rolled that transaction back.");
        }
        if (ownWorkers) {
            settings.forget();
        }
        return succeed(m, id, t0, KeelJournal.Mode.STATEMENTS, statements.size(), skipped, total, resumed);
    }

    private Result succeed(LocalMigration m, String id, long t0, KeelJournal.Mode mode, int statements, int skipped,
                           long rows, boolean resumed) {
        Duration d = Duration.ofNanos(System.nanoTime() - t0);
        SqlCall.run(c, "record the end of " + m.name(), HistoryTable.successfulStep(id), HistoryTable.finished(id),
                journal.runFinished(id, d, rows, "applied", locks));
        listener.migrationFinished(m.name(), d, true);
        return Result.ok(new AppliedMigration(m.name(), mode, statements, skipped, d, rows, resumed, locks));
    }

    private Result fail(LocalMigration m, String id, long t0, String sqlState, String databaseError) {
        String message = ScriptError.p3018(m.name(), sqlState, databaseError);
        Duration d = Duration.ofNanos(System.nanoTime() - t0);
        SqlCall.run(c, "record the failure of " + m.name(), HistoryTable.failed(id, message),
                journal.runFinished(id, d, 0, "failed", locks));
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

    /** The index a {@code DROP INDEX CONCURRENTLY [IF EXISTS] name} statement drops (a single one). */
    static Optional<String> concurrentlyDroppedIndexName(SqlStatement s) {
        if (!s.startsWith("DROP", "INDEX", "CONCURRENTLY")) {
            return Optional.empty();
        }
        int i = 3;
        if (s.word(i).equals("IF") && s.word(i + 1).equals("EXISTS")) {
            i += 2;
        }
        String w = s.word(i);
        if (w.isEmpty() || s.word(i + 1).equals(".") || s.word(i + 1).equals(",")) {
            return Optional.empty();
        }
        if (w.startsWith("\"")) {
            return Optional.of(w.substring(1, w.length() - 1).replace("\"\"", "\""));
        }
        return Optional.of(w.toLowerCase(java.util.Locale.ROOT));
    }

    private TransactionState transactionState() {
        try {
            return c.unwrap(BaseConnection.class).getTransactionState();
        } catch (SQLException e) {
            throw HistoryTable.dbError("read the transaction state", e);
        }
    }

    private void rollbackQuietly() {
        // A rollback also undoes SETs made in the transaction.
        settings.forget();
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
