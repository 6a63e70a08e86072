package dev.keel.psl.validate;

import dev.keel.psl.model.Arity;
import dev.keel.psl.model.RelationKind;
import java.util.Objects;

/** Fourth pass (parser-database relations.rs): pair relation fields into relations and name them. */
final class RelationsPass {
    private RelationsPass() {
    }

    static void run(SchemaDb db) {
        for (SchemaDb.ModelInfo model : db.models) {
            for (SchemaDb.RelationFieldInfo rf : model.relationFields) {
                if (rf.relation != null) {
                    continue;
                }
                SchemaDb.RelationFieldInfo opposite = null;
                for (SchemaDb.RelationFieldInfo candidate : rf.target.relationFields) {
                    if (candidate != rf && candidate.relation == null && candidate.target == model
                            && Objects.equals(candidate.name, rf.name)) {
                        opposite = candidate;
                        break;
                    }
                }
                SchemaDb.RelationInfo rel = new SchemaDb.RelationInfo();
                rel.explicitName = rf.name != null;
                rel.name = rf.name != null ? rf.name : implicitName(model.name(), rf.target.name());
                if (opposite == null) {
                    rel.forward = rf;
                    rel.kind = rf.arity() == Arity.LIST ? RelationKind.ONE_TO_MANY : RelationKind.ONE_TO_ONE;
                } else {
                    boolean rfList = rf.arity() == Arity.LIST;
                    boolean oppList = opposite.arity() == Arity.LIST;
                    if (rfList && oppList) {
                        rel.kind = RelationKind.IMPLICIT_MANY_TO_MANY;
                        // Prisma orders the two sides by model name, then field name: A is the first.
                        boolean rfFirst = model.name().compareTo(rf.target.name()) < 0
                                || model.name().equals(rf.target.name())
                                && rf.name().compareTo(opposite.name()) < 0;
                        rel.forward = rfFirst ? rf : opposite;
                        rel.back = rfFirst ? opposite : rf;
                    } else if (rfList || oppList) {
                        rel.kind = RelationKind.ONE_TO_MANY;
                        rel.forward = rfList ? opposite : rf;
                        rel.back = rfList ? rf : opposite;
                    } else {
                        rel.kind = RelationKind.ONE_TO_ONE;
                        boolean rfHolds = rf.fields != null || opposite.fields == null && rf.references != null;
                        if (!rfHolds && opposite.fields == null && opposite.references == null) {
                            // Neither side holds the key: Prisma treats the first declared side as forward.
                            rfHolds = true;
                        }
                        rel.forward = rfHolds ? rf : opposite;
                        rel.back = rfHolds ? opposite : rf;
                    }
                    opposite.relation = rel;
                }
                rf.relation = rel;
                db.relations.add(rel);
            }
        }
    }

    static String implicitName(String a, String b) {
        return a.compareTo(b) < 0 ? a + "To" + b : b + "To" + a;
    }
}
