package dev.keel.psl.model;

/** A referential action as PSL names it. */
public enum ReferentialAction {
    Cascade,
    Restrict,
    NoAction,
    SetNull,
    SetDefault
}
