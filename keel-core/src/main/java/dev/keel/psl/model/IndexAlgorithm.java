package dev.keel.psl.model;

/** The {@code type:} argument of {@code @@index}. */
public enum IndexAlgorithm {
    BTree,
    Hash,
    Gist,
    Gin,
    SpGist,
    Brin
}
