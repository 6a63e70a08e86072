package dev.keel.schema;

import java.util.List;
import java.util.Objects;

/**
 * A foreign key constraint. {@code validated} is false for a constraint added {@code NOT VALID} and not yet
 * validated (a state Keel's own safe rewrites pass through).
 */
public record ForeignKey(String name, List<String> columns, QualifiedName referencedTable,
                         List<String> referencedColumns, ReferentialAction onDelete, ReferentialAction onUpdate,
                         Deferral deferral, boolean validated) {
    public ForeignKey {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        Objects.requireNonNull(referencedTable, "referencedTable");
        referencedColumns = List.copyOf(referencedColumns);
        Objects.requireNonNull(onDelete, "onDelete");
        Objects.requireNonNull(onUpdate, "onUpdate");
        Objects.requireNonNull(deferral, "deferral");
        if (columns.isEmpty() || columns.size() != referencedColumns.size()) {
            throw new IllegalArgumentException("foreign key " + name + " needs matching column lists");
        }
    }

    /** A validated, non-deferrable foreign key. */
    public static ForeignKey of(String name, List<String> columns, QualifiedName referencedTable,
                                List<String> referencedColumns, ReferentialAction onDelete,
                                ReferentialAction onUpdate) {
        return new ForeignKey(name, columns, referencedTable, referencedColumns, onDelete, onUpdate,
                Deferral.NOT_DEFERRABLE, true);
    }
}
