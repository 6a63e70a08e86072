package dev.keel.safety.probe;

/** One lock a statement held on an existing relation ({@code kind}: table, index, sequence, view...). */
public record RelationLock(String relation, String kind, LockMode mode) {
    public String describe() {
        String effect = mode.blocksReads() ? "blocks reads and writes"
                : mode.blocksWrites() ? "blocks writes" : "blocks neither reads nor writes";
        return mode.sqlName + " on " + kind + " " + relation + " (" + effect + ")";
    }
}
