package dev.keel.source;

import dev.keel.diff.SourceOrder;
import dev.keel.psl.model.IndexKind;
import dev.keel.psl.model.PslModel;
import dev.keel.psl.model.PslSchema;
import dev.keel.psl.model.RelationField;
import dev.keel.psl.model.ScalarField;
import dev.keel.schema.ForeignKey;
import dev.keel.schema.QualifiedName;
import dev.keel.schema.Schema;
import dev.keel.schema.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The order a Prisma schema declares its objects in, which Prisma's differ sorts by within each step kind: models
 * and enums as written, indexes as the model lists them, foreign keys in the order of the relation fields that
 * hold them. The compiled
 * {@link Schema} keeps only name order, so this is read from the validated schema next to it. Join tables of
 * implicit many-to-many relations are not listed: they come after the models, in name order, as in Prisma.
 */
final class DeclarationOrder {
    private DeclarationOrder() {
    }

    static SourceOrder of(PslSchema psl, Schema compiled, String defaultSchema) {
        List<QualifiedName> tables = new ArrayList<>();
        Map<QualifiedName, List<String>> indexes = new LinkedHashMap<>();
        Map<String, QualifiedName> tableOfModel = new LinkedHashMap<>();
        for (PslModel m : psl.models()) {
            if (m.view()) {
                continue;
            }
            QualifiedName t = new QualifiedName(m.schema().orElse(defaultSchema), m.dbName());
            tables.add(t);
            tableOfModel.put(m.name(), t);
            indexes.put(t, m.indexes().stream().filter(i -> i.kind() != IndexKind.FULLTEXT)
                    .map(dev.keel.psl.model.Index::dbName).toList());
        }
        List<QualifiedName> enums = psl.enums().stream()
                .map(e -> new QualifiedName(e.schema().orElse(defaultSchema), e.dbName())).toList();

        Map<QualifiedName, List<String>> fks = new LinkedHashMap<>();
        for (PslModel m : psl.models()) {
            QualifiedName t = tableOfModel.get(m.name());
            if (t == null) {
                continue;
            }
            for (RelationField field : m.relationFields()) {
                if (!field.holdsForeignKey()) {
                    continue;
                }
                List<String> columns = field.fields().stream().map(f -> m.scalarField(f)
                        .map(ScalarField::dbName).orElse(f)).toList();
                QualifiedName target = tableOfModel.get(field.targetModel());
                compiled.table(t).flatMap(table -> find(table, columns, target))
                        .ifPresent(name -> fks.computeIfAbsent(t, k -> new ArrayList<>()).add(name));
            }
        }
        return new SourceOrder(tables, enums, indexes, fks);
    }

    /** The compiled key with these columns and target: its name is the compiler's, whatever rule made it. */
    private static Optional<String> find(Table table, List<String> columns, QualifiedName target) {
        return table.foreignKeys().stream().filter(fk -> fk.columns().equals(columns)
                && (target == null || fk.referencedTable().equals(target))).map(ForeignKey::name).findFirst();
    }
}
