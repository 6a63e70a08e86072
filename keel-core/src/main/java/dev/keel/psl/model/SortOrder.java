package dev.keel.psl.model;

public enum SortOrder {
    Asc,
    Desc
}
