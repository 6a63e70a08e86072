package dev.keel.psl.model;

import java.util.List;
import java.util.Optional;

/**
 * A relation field. {@code relationName} is the resolved name (explicit or Prisma's generated one).
 * {@code fields}/{@code references} are empty on the side without {@code @relation(fields:...)}.
 * {@code onDelete}/{@code onUpdate} are explicit actions; {@code effectiveOnDelete}/{@code effectiveOnUpdate} apply
 * Prisma's defaults (onDelete: SetNull if any FK field is optional, else Restrict; onUpdate: Cascade) on the side
 * holding the foreign key.
 */
public record RelationField(String name, String targetModel, Arity arity, String relationName, List<String> fields,
                            List<String> references, Optional<ReferentialAction> onDelete,
                            Optional<ReferentialAction> onUpdate, ReferentialAction effectiveOnDelete,
                            ReferentialAction effectiveOnUpdate, Optional<String> map, boolean ignored) {
    public RelationField {
        fields = List.copyOf(fields);
        references = List.copyOf(references);
    }

    public boolean holdsForeignKey() {
        return !fields.isEmpty();
    }
}
