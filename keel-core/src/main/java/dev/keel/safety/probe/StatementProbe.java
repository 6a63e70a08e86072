package dev.keel.safety.probe;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What PostgreSQL did when one statement ran on a shadow copy of the schema: the locks it held on relations that
 * existed before it (strongest per relation), the tables it rewrote (new {@code relfilenode}), the tables it
 * scanned sequentially (validation of constraints), and whether it had to run outside a transaction
 * (then its locks were sampled from another session while it ran; see {@link LockProbe}), and the notices
 * PostgreSQL sent (an identifier truncated to 63 bytes: 42622).
 */
public record StatementProbe(String sql, List<RelationLock> locks, List<String> rewritten, List<String> scanned,
                             boolean transactional, Optional<String> error, long micros, List<Notice> notices) {
    public StatementProbe {
        locks = List.copyOf(locks);
        rewritten = List.copyOf(rewritten);
        scanned = List.copyOf(scanned);
        notices = List.copyOf(notices);
    }

    /** Without notices (a statement that failed, or one PostgreSQL said nothing about). */
    public StatementProbe(String sql, List<RelationLock> locks, List<String> rewritten, List<String> scanned,
                          boolean transactional, Optional<String> error, long micros) {
        this(sql, locks, rewritten, scanned, transactional, error, micros, List.of());
    }

    /** The strongest lock taken on a relation, if any. */
    public Optional<LockMode> lockOn(String relation) {
        return locks.stream().filter(l -> l.relation().equals(relation)).map(RelationLock::mode)
                .max(Comparator.naturalOrder());
    }

    public boolean blocksReadsOrWrites() {
        return locks.stream().anyMatch(l -> l.mode().blocksWrites() && isTableLike(l.kind()));
    }

    private static boolean isTableLike(String kind) {
        return kind.equals("table") || kind.equals("partitioned table") || kind.equals("materialized view");
    }
}
