package dev.keel.diff;

import dev.keel.schema.Column;
import dev.keel.schema.EnumType;
import dev.keel.schema.Extension;
import dev.keel.schema.ForeignKey;
import dev.keel.schema.Index;
import dev.keel.schema.QualifiedName;
import dev.keel.schema.Table;

import java.util.List;
import java.util.Optional;

/**
 * One migration step: what changes, carrying the model objects its renderer and the safety rules need (not ids to
 * look up later). The permitted records are Prisma's PostgreSQL step kinds; {@link #description()} is the
 * {@code -- Name} comment Prisma writes above each step.
 */
public sealed interface Step permits Step.CreateSchema, Step.DropExtension, Step.CreateExtension,
        Step.AlterExtension, Step.CreateEnum, Step.AlterEnum, Step.DropForeignKey, Step.DropIndex, Step.AlterTable,
        Step.DropTable, Step.DropEnum, Step.CreateTable, Step.CreateIndex, Step.RenameForeignKey,
        Step.AddForeignKey, Step.RenameIndex {

    /** Prisma's step name, as written in the {@code -- Name} line of a script. */
    String description();

    record CreateSchema(String name) implements Step {
        public String description() {
            return "CreateSchema";
        }
    }

    record DropExtension(Extension extension) implements Step {
        public String description() {
            return "DropExtension";
        }
    }

    record CreateExtension(Extension extension) implements Step {
        public String description() {
            return "CreateExtension";
        }
    }

    record AlterExtension(Extension from, Extension to, boolean versionChanged, boolean schemaChanged)
            implements Step {
        public String description() {
            return "AlterExtension";
        }
    }

    record CreateEnum(EnumType enumType) implements Step {
        public String description() {
            return "CreateEnum";
        }
    }

    /** A column of the target schema whose type is the altered enum (it is cast to the new type). */
    record EnumColumn(QualifiedName table, Column column) {
    }

    /**
     * A column of the source schema that uses the altered enum with a default, which must be dropped during the
     * type swap; {@code next} is the target column when its default has to be set again afterwards.
     */
    record EnumDefault(QualifiedName table, Column previous, Optional<Column> next) {
    }

    /**
     * Values added to and/or removed from an enum. Removal swaps the type (create {@code E_new}, cast the
     * {@code columns}, rename, drop) inside BEGIN/COMMIT.
     */
    record AlterEnum(EnumType from, EnumType to, List<String> addedValues, List<String> droppedValues,
                     List<EnumColumn> columns, List<EnumDefault> defaults) implements Step {
        public AlterEnum {
            addedValues = List.copyOf(addedValues);
            droppedValues = List.copyOf(droppedValues);
            columns = List.copyOf(columns);
            defaults = List.copyOf(defaults);
        }

        public String description() {
            return "AlterEnum";
        }
    }

    record DropForeignKey(QualifiedName table, ForeignKey foreignKey) implements Step {
        public String description() {
            return "DropForeignKey";
        }
    }

    record DropIndex(QualifiedName table, Index index) implements Step {
        public String description() {
            return "DropIndex";
        }
    }

    /** Column and primary-key changes of one table, rendered as one {@code ALTER TABLE} with clauses. */
    record AlterTable(Table from, Table to, List<TableChange> changes) implements Step {
        public AlterTable {
            changes = List.copyOf(changes);
        }

        public String description() {
            return "AlterTable";
        }
    }

    record DropTable(Table table) implements Step {
        public String description() {
            return "DropTable";
        }
    }

    record DropEnum(EnumType enumType) implements Step {
        public String description() {
            return "DropEnum";
        }
    }

    record CreateTable(Table table) implements Step {
        public String description() {
            return "CreateTable";
        }
    }

    /** {@code onNewTable}: the table is created by this migration (no lock or duplicate risk). */
    record CreateIndex(QualifiedName table, Index index, boolean onNewTable) implements Step {
        public String description() {
            return "CreateIndex";
        }
    }

    record RenameForeignKey(QualifiedName table, ForeignKey from, ForeignKey to) implements Step {
        public String description() {
            return "RenameForeignKey";
        }
    }

    record AddForeignKey(QualifiedName table, ForeignKey foreignKey) implements Step {
        public String description() {
            return "AddForeignKey";
        }
    }

    record RenameIndex(QualifiedName table, Index from, Index to) implements Step {
        public String description() {
            return "RenameIndex";
        }
    }
}
