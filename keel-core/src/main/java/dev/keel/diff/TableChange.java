package dev.keel.diff;

import dev.keel.schema.Column;
import dev.keel.schema.PrimaryKey;
import dev.keel.schema.QualifiedName;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** One clause of an {@link Step.AlterTable}; the records carry the model objects their renderer needs. */
public sealed interface TableChange permits TableChange.DropPrimaryKey, TableChange.RenamePrimaryKey,
        TableChange.DropColumn, TableChange.AddColumn, TableChange.AlterColumn, TableChange.DropAndRecreateColumn,
        TableChange.AddPrimaryKey {

    record DropPrimaryKey(PrimaryKey primaryKey) implements TableChange {
    }

    record RenamePrimaryKey(PrimaryKey from, PrimaryKey to) implements TableChange {
    }

    record DropColumn(Column column) implements TableChange {
    }

    record AddColumn(Column column) implements TableChange {
    }

    /**
     * A column altered in place; {@code typeChange} is empty when the type stays. {@code droppedSequence} is the
     * sequence to drop along with the default (a SERIAL column that stops autoincrementing).
     */
    record AlterColumn(Column from, Column to, Set<ColumnChange> changes, Optional<TypeChange> typeChange,
                       Optional<QualifiedName> droppedSequence) implements TableChange {
        public AlterColumn {
            Objects.requireNonNull(from);
            Objects.requireNonNull(to);
            changes = Set.copyOf(changes);
            Objects.requireNonNull(typeChange);
            Objects.requireNonNull(droppedSequence);
        }
    }

    /** A type change without a cast: {@code DROP COLUMN} then {@code ADD COLUMN} (data is lost). */
    record DropAndRecreateColumn(Column from, Column to, Set<ColumnChange> changes) implements TableChange {
        public DropAndRecreateColumn {
            changes = Set.copyOf(changes);
        }
    }

    record AddPrimaryKey(PrimaryKey primaryKey) implements TableChange {
    }
}
