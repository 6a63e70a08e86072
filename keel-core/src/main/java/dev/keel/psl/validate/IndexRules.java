package dev.keel.psl.validate;

import dev.keel.psl.model.FieldTypeRef;
import dev.keel.psl.model.IndexAlgorithm;
import dev.keel.psl.model.IndexField;
import dev.keel.psl.model.IndexKind;
import dev.keel.psl.model.ScalarType;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Index rules for PostgreSQL: clustering, fulltext, and GiST/GIN/SP-GiST/BRIN operator classes. */
final class IndexRules {
    private IndexRules() {
    }

    static void model(SchemaDb db, SchemaDb.ModelInfo m) {
        if (m.id != null && !m.isView()) {
            String attr = m.id.sourceField != null ? "@id" : "@@id";
            if (anyLength(m.id.fields)) {
                db.diagnostics.add(PslErrors.attributeValidation("The length argument is not supported in the primary"
                        + " key with the current connector", attr, m.id.attribute.span()));
            }
            if (anySort(m.id.fields)) {
                db.diagnostics.add(PslErrors.attributeValidation("The sort argument is not supported in the primary"
                        + " key with the current connector", attr, m.id.attribute.span()));
            }
        }
        if (m.id != null && m.id.clustered != null) {
            db.diagnostics.add(PslErrors.attributeValidation("Defining clustering is not supported in the current"
                    + " connector.", m.id.sourceField != null ? "@id" : "@@id", m.id.attribute.span()));
        }
        for (SchemaDb.IndexInfo idx : m.indexes) {
            String attr = attributeName(idx);
            if (idx.hasWhere && !PreviewFeatures.enabled(db, "partialIndexes")) {
                db.diagnostics.add(PslErrors.attributeValidation("Partial indexes are a preview feature. Add"
                        + " \"partialIndexes\" to previewFeatures in your generator block.", attr,
                        idx.attribute.span()));
            }
            if (idx.clustered != null) {
                db.diagnostics.add(PslErrors.attributeValidation("Defining clustering is not supported in the current"
                        + " connector.", attr, idx.attribute.span()));
            }
            if (idx.kind == IndexKind.FULLTEXT) {
                db.diagnostics.add(PslErrors.attributeValidation("Defining fulltext indexes is not supported with the"
                        + " current connector.", "@@fulltext", idx.attribute.span()));
                continue;
            }
            if (!m.isView() && anyLength(idx.fields)) {
                db.diagnostics.add(PslErrors.attributeValidation("The length argument is not supported in an index"
                        + " definition with the current connector", attr, idx.attribute.span()));
            }
            if (idx.algorithm == IndexAlgorithm.Hash && anySort(idx.fields)) {
                db.diagnostics.add(PslErrors.attributeValidation("Hash type does not support sort option.", attr,
                        idx.attribute.span()));
            }
            if (db.config.postgres && !m.isView()) {
                postgres(db, idx, attr);
            }
        }
    }

    // loops, not streams: these run for every index of the schema
    private static boolean anyLength(List<IndexField> fields) {
        for (IndexField f : fields) {
            if (f.length().isPresent()) {
                return true;
            }
        }
        return false;
    }

    private static boolean anySort(List<IndexField> fields) {
        for (IndexField f : fields) {
            if (f.sort().isPresent()) {
                return true;
            }
        }
        return false;
    }

    private static String attributeName(SchemaDb.IndexInfo idx) {
        if (idx.sourceField != null) {
            return "@unique";
        }
        return idx.isUnique() ? "@@unique" : "@@index";
    }

    private static void postgres(SchemaDb db, SchemaDb.IndexInfo idx, String attr) {
        var span = idx.attribute.span();
        for (SchemaDb.ScalarInfo sf : idx.scalars) {
            if ("Xml".equals(NativeTypes.nameOf(db, sf).orElse(null))) {
                db.diagnostics.add(PslErrors.error(idx.isUnique() ? "Native type `Xml` cannot be unique in Postgres."
                        : "You cannot define an index on fields with native type `Xml` of Postgres.", sf.ast.span()));
                break;
            }
        }
        if (idx.algorithm == IndexAlgorithm.SpGist && idx.fields.size() != 1) {
            db.diagnostics.add(PslErrors.attributeValidation("SpGist does not support multi-column indices.", attr,
                    span));
        }
        IndexAlgorithm algo = idx.algorithm == null ? IndexAlgorithm.BTree : idx.algorithm;
        for (int i = 0; i < idx.fields.size() && i < idx.scalars.size(); i++) {
            IndexField f = idx.fields.get(i);
            SchemaDb.ScalarInfo sf = idx.scalars.get(i);
            if (f.rawOperatorClass()) {
                continue;
            }
            Optional<String> nt = NativeTypes.nameOf(db, sf);
            String opclass = f.operatorClass().orElse(null);
            String name = sf.name();
            if (opclass != null && !supportsIndexType(opclass, algo)) {
                err(db, attr, span, "The given operator class `" + display(opclass) + "` is not supported with the `"
                        + algo + "` index type.");
                continue;
            }
            ScalarType type = sf.type instanceof FieldTypeRef.Scalar s ? s.type() : null;
            String nat = nt.orElse(null);
            Runnable fallback = () -> {
                if (nat != null && opclass != null) {
                    err(db, attr, span, "The given operator class `" + display(opclass) + "` does not support native"
                            + " type `" + nat + "` of field `" + name + "`.");
                } else if (nat != null) {
                    err(db, attr, span, "The " + algo + " index field type `" + nat + "` has no default operator"
                            + " class.");
                } else if (opclass != null) {
                    err(db, attr, span, "The given operator class `" + display(opclass) + "` expects the field `"
                            + name + "` to define a valid native type.");
                } else if (!supportsFieldType(algo, sf, type)) {
                    err(db, attr, span, "The " + algo + " index type does not support the type of the field `"
                            + name + "`.");
                }
            };
            switch (algo) {
                case Gist -> {
                    if (!("Inet".equals(nat) && "InetOps".equals(opclass))) {
                        fallback.run();
                    }
                }
                case Gin -> {
                    if (nat == null && opclass == null && type == ScalarType.Json) {
                        break;
                    }
                    if (opclass == null && sf.isList()) {
                        break;
                    }
                    if ("JsonB".equals(nat) && (opclass == null || opclass.equals("JsonbOps")
                            || opclass.equals("JsonbPathOps"))) {
                        break;
                    }
                    if (nat == null && ("JsonbOps".equals(opclass) || "JsonbPathOps".equals(opclass))) {
                        if (type != ScalarType.Json) {
                            err(db, attr, span, "The given operator class `" + opclass + "` points to the field `"
                                    + name + "` that is not of Json type.");
                        }
                        break;
                    }
                    if ("ArrayOps".equals(opclass)) {
                        if (!sf.isList()) {
                            err(db, attr, span, "The given operator class `ArrayOps` expects the type of field `"
                                    + name + "` to be an array.");
                        }
                        break;
                    }
                    fallback.run();
                }
                case SpGist -> {
                    if ("Inet".equals(nat) && (opclass == null || opclass.equals("InetOps"))) {
                        break;
                    }
                    if (nat == null && opclass == null && type == ScalarType.String) {
                        break;
                    }
                    if (nat == null && "TextOps".equals(opclass)) {
                        if (type != ScalarType.String) {
                            err(db, attr, span, "The given operator class `TextOps` points to the field `" + name
                                    + "` that is not of String type.");
                        }
                        break;
                    }
                    if (nat != null && Set.of("Text", "VarChar", "Char").contains(nat)
                            && (opclass == null || opclass.equals("TextOps"))) {
                        break;
                    }
                    fallback.run();
                }
                case Brin -> brin(db, attr, span, sf, type, nat, opclass, fallback);
                default -> {
                }
            }
        }
    }

    private static void brin(SchemaDb db, String attr, dev.keel.diag.Span span, SchemaDb.ScalarInfo sf,
                             ScalarType type, String nativeType, String opclass, Runnable fallback) {
        if (nativeType != null) {
            if (brinNativeAccepts(nativeType, opclass)) {
                return;
            }
            fallback.run();
            return;
        }
        // No native type: the scalar type's default column type decides.
        String[][] byScalar = {
            {"Float", "Float8BloomOps", "Float8MinMaxOps", "Float8MinMaxMultiOps"},
            {"Int", "Int4BloomOps", "Int4MinMaxOps", "Int4MinMaxMultiOps"},
            {"BigInt", "Int8BloomOps", "Int8MinMaxOps", "Int8MinMaxMultiOps"},
            {"Decimal", "NumericBloomOps", "NumericMinMaxOps", "NumericMinMaxMultiOps"},
            {"Bytes", "ByteaBloomOps", "ByteaMinMaxOps"},
            {"String", "TextBloomOps", "TextMinMaxOps"},
            {"DateTime", "TimestampBloomOps", "TimestampMinMaxOps", "TimestampMinMaxMultiOps"},
        };
        for (String[] row : byScalar) {
            boolean isType = type != null && type.name().equals(row[0]);
            if (opclass == null && isType) {
                return;
            }
            for (int i = 1; i < row.length; i++) {
                if (row[i].equals(opclass)) {
                    if (!isType) {
                        err(db, attr, span, "The given operator class `" + display(opclass) + "` points to the field `"
                                + sf.name() + "` that is not of " + row[0] + " type.");
                    }
                    return;
                }
            }
        }
        fallback.run();
    }

    private static boolean brinNativeAccepts(String nt, String op) {
        if (op == null) {
            return Set.of("Bit", "VarBit", "Char", "Date", "Real", "DoublePrecision", "Inet", "SmallInt", "Integer",
                    "BigInt", "Decimal", "Oid", "ByteA", "Text", "VarChar", "Timestamp", "Timestamptz", "Time",
                    "Timetz", "Uuid").contains(nt);
        }
        return switch (nt) {
            case "Bit" -> op.equals("BitMinMaxOps");
            case "VarBit" -> op.equals("VarBitMinMaxOps");
            case "Char" -> op.equals("BpcharBloomOps") || op.equals("BpcharMinMaxOps");
            case "Date" -> op.startsWith("Date");
            case "Real" -> op.startsWith("Float4");
            case "DoublePrecision" -> op.startsWith("Float8");
            case "Inet" -> op.startsWith("Inet") && !op.equals("InetOps");
            case "SmallInt" -> op.startsWith("Int2");
            case "Integer" -> op.startsWith("Int4");
            case "BigInt" -> op.startsWith("Int8");
            case "Decimal" -> op.startsWith("Numeric");
            case "Oid" -> op.startsWith("Oid");
            case "ByteA" -> op.startsWith("Bytea");
            case "Text", "VarChar" -> op.equals("TextBloomOps") || op.equals("TextMinMaxOps");
            case "Timestamp" -> op.startsWith("Timestamp") && !op.startsWith("TimestampTz");
            case "Timestamptz" -> op.startsWith("TimestampTz");
            case "Time" -> op.startsWith("Time") && !op.startsWith("TimeTz") && !op.startsWith("Timestamp");
            case "Timetz" -> op.startsWith("TimeTz");
            case "Uuid" -> op.startsWith("Uuid");
            default -> false;
        };
    }

    private static boolean supportsIndexType(String opclass, IndexAlgorithm algo) {
        return switch (opclass) {
            case "InetOps" -> algo == IndexAlgorithm.Gist || algo == IndexAlgorithm.SpGist;
            case "JsonbOps", "JsonbPathOps", "ArrayOps" -> algo == IndexAlgorithm.Gin;
            case "TextOps" -> algo == IndexAlgorithm.SpGist;
            default -> algo == IndexAlgorithm.Brin;
        };
    }

    private static boolean supportsFieldType(IndexAlgorithm algo, SchemaDb.ScalarInfo sf, ScalarType type) {
        if (sf.isUnsupported()) {
            return true;
        }
        return switch (algo) {
            case BTree, Hash -> true;
            case Gist, SpGist -> type == ScalarType.String;
            case Gin -> type == ScalarType.Json || sf.isList();
            case Brin -> type != null && Set.of(ScalarType.String, ScalarType.Bytes, ScalarType.DateTime,
                    ScalarType.Float, ScalarType.Int, ScalarType.BigInt, ScalarType.Decimal).contains(type);
        };
    }

    /** How Prisma prints an operator class; its Display has UuidMinMaxMultiOps print as BitMinMaxOps. */
    private static String display(String opclass) {
        return opclass.equals("UuidMinMaxMultiOps") ? "BitMinMaxOps" : opclass;
    }

    private static void err(SchemaDb db, String attr, dev.keel.diag.Span span, String message) {
        db.diagnostics.add(PslErrors.attributeValidation(message, attr, span));
    }
}
