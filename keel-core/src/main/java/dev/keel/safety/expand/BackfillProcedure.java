package dev.keel.safety.expand;

import static dev.keel.safety.expand.PlanRegistrySql.lit;

/**
 * The batched backfill procedure of every expand/contract plan (a column's copy, an enum label's rewrite): it walks
 * the primary key ({@link KeyWalk}), one transaction per batch, and shares the table with the application three ways.
 * <ul>
 *   <li><b>Batch time, not batch rows</b> ({@code target_batch_ms}, like pt-online-schema-change's
 *       {@code --chunk-time}): a batch's rows stay locked from its UPDATE to its COMMIT, so an application write to
 *       one of them waits up to the batch's duration. After each batch the next one is sized from how long this one
 *       held its locks: at most twice as many rows, and as few as the measurement says (a sudden slow batch shrinks
 *       the next at once), within 1..{@code max_batch_size}. {@code target_batch_ms => 0} keeps {@code batch_size}
 *       fixed.</li>
 *   <li><b>It gives way on a row lock</b> ({@code lock_wait_ms}): the batch's UPDATE runs with that
 *       {@code lock_timeout}. Waiting for an application transaction that holds one of its rows would make every
 *       writer of the rows already locked wait as long, so after {@code lock_wait_ms} the batch is undone, the
 *       procedure rests and tries again with half the rows. After 10 such attempts in a row it waits like any
 *       statement (the session's {@code lock_timeout}), so a row held for minutes does not stall it forever.</li>
 *   <li><b>Duty cycle</b> ({@code nice_ratio}, gh-ost's {@code --nice-ratio}; {@code pause_seconds}): after each
 *       batch it rests that many times the batch's duration.</li>
 * </ul>
 * A batch commits with {@code synchronous_commit = off}: its progress row commits with it, so a crash loses both or
 * neither and the resumed walk redoes the batch; not waiting for the WAL flush shortens the time its rows stay
 * locked. The closing commit (and any later synchronous commit) flushes it.
 */
final class BackfillProcedure {
    /**
     * Rest four times as long as each batch took: at most a fifth of one backend's time goes to the backfill. With 1
     * (half) a 5 M-row copy raised the application's p99 19-fold on 2 cores, with 4 about 2.5-fold (BENCHMARKS.md).
     */
    static final String DEFAULT_NICE_RATIO = "4";
    /** The first batch's rows, before the first measurement (small: its duration on this table is unknown). */
    static final int DEFAULT_BATCH_SIZE = 100;
    /** How long a batch holds its row locks (UPDATE to COMMIT), in ms; see BENCHMARKS.md (bench/backfill). */
    static final int DEFAULT_TARGET_BATCH_MS = 20;
    static final int DEFAULT_MAX_BATCH_SIZE = 10_000;
    /** How long a batch waits for a row an application transaction holds before giving way, in ms. */
    static final int DEFAULT_LOCK_WAIT_MS = 20;
    /** Consecutive attempts that give way before one waits with the session's lock_timeout. */
    static final int MAX_YIELDS = 10;
    /** The argument types, for {@code DROP PROCEDURE}. */
    static final String SIGNATURE = "(integer, double precision, double precision, double precision, integer, integer)";

    /**
     * The alias of the walked table in the procedure's statements: callers write the columns of {@code set} and
     * {@code filter} as {@link #column}, never bare, so that no column name can be read as one of the procedure's
     * variables or parameters.
     */
    static final String ALIAS = "t";
    /**
     * The procedure's block label: its variables are written {@code keel.name} inside SQL statements. A two-part
     * name is a column only when its first part names a table of the statement, and none is called {@code keel}
     * (the walked table is {@link #ALIAS}), so with columns qualified by the alias neither side can be taken for the
     * other: a table with columns named {@code changed}, {@code batch_size} or {@code last_1} is walked like any
     * other (bare names would fail with PL/pgSQL's "ambiguous" error 42702, or be silently misread with a
     * {@code #variable_conflict} setting).
     */
    static final String LABEL = "keel";

    /** Where the procedure keeps its resume point (the last key done) and the rows it changed. */
    sealed interface Progress {
        /**
         * In the plan's row of {@code _keel.plans}, which also records when the walk finished: a plan with one
         * backfill (a column plan).
         */
        record PlanRow() implements Progress {
        }

        /**
         * In its own row {@code name} of {@code _keel.backfills} (several backfills share one plan, an enum plan
         * has one per column); the plan's row counts the rows of all of them and records when the last one
         * finished. {@link PlanRegistrySql#registerBackfill} starts each from the first key.
         */
        record OwnRow(String name) implements Progress {
        }
    }

    private BackfillProcedure() {
    }

    /** {@code column} (quoted) of the walked table, as {@code set} and {@code filter} must write it. */
    static String column(String column) {
        return ALIAS + "." + column;
    }

    /** A variable of the procedure inside a SQL statement. */
    static String variable(String name) {
        return LABEL + "." + name;
    }

    /**
     * {@code CREATE PROCEDURE proc(...)} for {@code plan}: sets {@code set} on every row of {@code table} (quoted)
     * matching {@code filter}, which must stop matching once a row is done; both name the table's columns with
     * {@link #column}. Resuming after the last key recorded is right because a row behind it cannot match again:
     * the plan's trigger, created before the walk, does to every write what the walk does to old rows.
     */
    static String create(String proc, String plan, KeyWalk walk, String table, String set, String filter,
                         Progress progress) {
        StringBuilder sb = new StringBuilder();
        sb.append("CREATE OR REPLACE PROCEDURE ").append(proc)
                .append("(batch_size integer DEFAULT ").append(DEFAULT_BATCH_SIZE)
                .append(", pause_seconds double precision DEFAULT 0,\n")
                .append("    nice_ratio double precision DEFAULT ").append(DEFAULT_NICE_RATIO)
                .append(", target_batch_ms double precision DEFAULT ").append(DEFAULT_TARGET_BATCH_MS).append(",\n")
                .append("    max_batch_size integer DEFAULT ").append(DEFAULT_MAX_BATCH_SIZE)
                .append(", lock_wait_ms integer DEFAULT ").append(DEFAULT_LOCK_WAIT_MS).append(")\n")
                .append("LANGUAGE plpgsql AS $keel$\n")
                .append("-- In SQL statements the table's columns are written ").append(ALIAS)
                .append(".column and this block's variables ").append(LABEL).append(".variable:\n")
                .append("-- a column may have the name of a variable or parameter.\n")
                .append("<<").append(LABEL).append(">>\nDECLARE\n")
                .append(walk.declare())
                .append("    saved text;\n")
                .append("    keel_batch_size integer;\n")
                .append("    session_lock_timeout text := current_setting('lock_timeout');\n")
                .append("    batch_started timestamptz;\n")
                .append("    locks_taken timestamptz;\n")
                .append("    held_ms double precision;\n")
                .append("    yields integer := 0;\n")
                .append("    changed bigint;\nBEGIN\n")
                .append("    IF batch_size < 1 OR max_batch_size < 1 OR pause_seconds < 0 OR nice_ratio < 0\n")
                .append("            OR target_batch_ms < 0 OR lock_wait_ms < 0 THEN\n")
                .append("        RAISE EXCEPTION 'Keel plan ").append(plan.replace("'", "''"))
                .append(": batch_size and max_batch_size must be positive, pause_seconds, nice_ratio, "
                        + "target_batch_ms and lock_wait_ms not negative';\n")
                .append("    END IF;\n")
                .append("    keel_batch_size := CASE WHEN target_batch_ms > 0 THEN least(batch_size, max_batch_size)"
                        + " ELSE batch_size END;\n");
        if (progress instanceof Progress.OwnRow own) {
            sb.append(PlanRegistrySql.registerBackfill(plan, own.name(), false).indent(4))
                    .append("    SELECT \"last_key\" INTO saved FROM ").append(PlanRegistrySql.BACKFILLS)
                    .append(" WHERE \"name\" = ").append(lit(own.name())).append(";\n");
        } else {
            sb.append("    SELECT \"backfill_last_key\" INTO saved FROM ").append(PlanRegistrySql.TABLE)
                    .append(" WHERE \"name\" = ").append(lit(plan)).append(";\n");
        }
        sb.append(walk.restore("saved"))
                .append("    LOOP\n")
                .append("        batch_started := clock_timestamp();\n")
                .append(walk.end(table, filter, variable("keel_batch_size")))
                .append("        PERFORM set_config('synchronous_commit', 'off', true);\n")
                .append("        locks_taken := clock_timestamp();\n")
                .append("        BEGIN\n")
                .append("            IF lock_wait_ms > 0 AND yields < ").append(MAX_YIELDS).append(" THEN\n")
                .append("                PERFORM set_config('lock_timeout', lock_wait_ms || 'ms', true);\n")
                .append("            END IF;\n")
                .append(walk.update(table, set, filter, "            "))
                .append("            GET DIAGNOSTICS changed = ROW_COUNT;\n")
                .append("            PERFORM set_config('lock_timeout', session_lock_timeout, true);\n")
                .append("        EXCEPTION WHEN lock_not_available THEN\n")
                .append("            changed := -1;\n")
                .append("        END;\n")
                // Given way to an application transaction: nothing of the batch is left; rest, then fewer rows.
                .append("        IF changed < 0 THEN\n")
                .append("            COMMIT;\n")
                .append("            yields := yields + 1;\n")
                .append("            keel_batch_size := greatest(1, keel_batch_size / 2);\n")
                .append("            PERFORM pg_sleep(least(1, yields * lock_wait_ms / 1000.0));\n")
                .append("            CONTINUE;\n")
                .append("        END IF;\n")
                .append("        yields := 0;\n")
                .append(walk.advance());
        if (progress instanceof Progress.OwnRow own) {
            sb.append("        UPDATE ").append(PlanRegistrySql.BACKFILLS).append(" SET \"last_key\" = ")
                    .append(walk.saved()).append(",\n            \"rows_changed\" = \"rows_changed\" + ")
                    .append(variable("changed")).append(", \"updated_at\" = now() WHERE \"name\" = ")
                    .append(lit(own.name())).append(";\n")
                    .append("        UPDATE ").append(PlanRegistrySql.TABLE).append(" SET \"backfill_rows\" = "
                            + "\"backfill_rows\" + ").append(variable("changed"))
                    .append(", \"updated_at\" = now()\n            WHERE \"name\" = ").append(lit(plan)).append(";\n");
        } else {
            sb.append("        UPDATE ").append(PlanRegistrySql.TABLE).append(" SET \"backfill_last_key\" = ")
                    .append(walk.saved()).append(",\n            \"backfill_rows\" = \"backfill_rows\" + ")
                    .append(variable("changed")).append(", \"updated_at\" = now() WHERE \"name\" = ")
                    .append(lit(plan)).append(";\n");
        }
        sb.append("        COMMIT;\n")
                .append("        held_ms := 1000 * extract(epoch FROM clock_timestamp() - locks_taken);\n")
                .append("        IF target_batch_ms > 0 THEN\n")
                .append("            keel_batch_size := greatest(1, least(max_batch_size, floor(keel_batch_size\n")
                .append("                * least(2, target_batch_ms / greatest(held_ms, 0.1)))))::integer;\n")
                .append("        END IF;\n")
                // Duty-cycle pacing: rest nice_ratio times as long as the batch took, commit included, so the
                // backfill yields CPU and I/O in proportion to how busy the server is.
                .append("        IF pause_seconds > 0 OR nice_ratio > 0 THEN\n")
                .append("            PERFORM pg_sleep(pause_seconds + nice_ratio * extract(epoch FROM clock_timestamp()"
                        + " - batch_started));\n")
                .append("        END IF;\n")
                .append("    END LOOP;\n");
        if (progress instanceof Progress.OwnRow own) {
            sb.append(PlanRegistrySql.backfillFinished(plan, own.name()).indent(4));
        } else {
            sb.append("    UPDATE ").append(PlanRegistrySql.TABLE)
                    .append(" SET \"backfilled_at\" = now(), \"updated_at\" = now() WHERE \"name\" = ")
                    .append(lit(plan)).append(";\n");
        }
        return sb.append("    COMMIT;\nEND ").append(LABEL).append("\n$keel$;\n").toString();
    }

    /** The generated {@code CALL}, every knob spelled out so that it can be edited before deploying. */
    static String call(String proc) {
        return "CALL " + proc + "(batch_size => " + DEFAULT_BATCH_SIZE + ", pause_seconds => 0, nice_ratio => "
                + DEFAULT_NICE_RATIO + ",\n    target_batch_ms => " + DEFAULT_TARGET_BATCH_MS + ", max_batch_size => "
                + DEFAULT_MAX_BATCH_SIZE + ", lock_wait_ms => " + DEFAULT_LOCK_WAIT_MS + ");\n";
    }

    static String drop(String proc) {
        return "DROP PROCEDURE IF EXISTS " + proc + SIGNATURE + ";\n";
    }
}
