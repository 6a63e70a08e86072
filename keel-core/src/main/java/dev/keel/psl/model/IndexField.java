package dev.keel.psl.model;

import java.util.Optional;

/**
 * One field of an id, unique or index: field name, sort, length, operator class. {@code operatorClass} is the PSL
 * name ({@code JsonbPathOps}) or, for {@code raw("...")}, the raw text with {@code rawOperatorClass} set.
 */
public record IndexField(String field, Optional<SortOrder> sort, Optional<Integer> length,
                         Optional<String> operatorClass, boolean rawOperatorClass) {
}
