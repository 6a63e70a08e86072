package dev.keel.safety.lint;

import dev.keel.safety.probe.RelationLock;
import java.util.Optional;

/**
 * One problem in one statement: where ({@code file}:{@code line}, with an excerpt of the statement), the lock the
 * statement took on the relation concerned as PostgreSQL reported it (empty when it took none we judge, or was not
 * run), what it means, and the safe alternative as SQL or a Keel command.
 */
public record Finding(Rule rule, String file, int line, String statement, Optional<RelationLock> lock,
                      String message, String fix) {
    /** What the lock stops applications from doing while it is held: "reads and writes", "writes" or "nothing". */
    public String blocks() {
        return lock.map(l -> l.mode().blocksReads() ? "reads and writes" : l.mode().blocksWrites() ? "writes"
                : "nothing").orElse("nothing");
    }
}
