package dev.keel.schema;

import java.util.stream.Collectors;

/**
 * The text dump behind {@link Schema#describe()}. Every identifier is quoted, every optional part is written only
 * when present, and the order is the model's canonical order, so equal models give byte-equal dumps.
 */
final class Describe {
    private Describe() {
    }

    static String of(Schema s) {
        StringBuilder sb = new StringBuilder();
        for (Namespace n : s.namespaces()) {
            sb.append("namespace ").append(Identifiers.quote(n.name())).append('\n');
        }
        for (Extension e : s.extensions()) {
            sb.append("extension ").append(Identifiers.quote(e.name())).append(" schema ")
                    .append(Identifiers.quote(e.schema())).append(" version ").append(quoteLiteral(e.version()))
                    .append('\n');
        }
        for (EnumType e : s.enums()) {
            sb.append("enum ").append(e.name().quoted()).append(" (")
                    .append(e.values().stream().map(Describe::quoteLiteral).collect(Collectors.joining(", ")))
                    .append(")\n");
        }
        for (Sequence q : s.sequences()) {
            sb.append("sequence ").append(q.name().quoted()).append(" as ").append(q.type().sql())
                    .append(" start ").append(q.start()).append(" increment ").append(q.increment())
                    .append(" min ").append(q.min()).append(" max ").append(q.max()).append(" cache ")
                    .append(q.cache()).append(q.cycle() ? " cycle" : "");
            q.ownedBy().ifPresent(o -> sb.append(" owned by ").append(o.table().quoted()).append('.')
                    .append(Identifiers.quote(o.column())));
            sb.append('\n');
        }
        for (Table t : s.tables()) {
            table(sb, t);
        }
        for (View v : s.views()) {
            sb.append(v.materialized() ? "materialized view " : "view ").append(v.name().quoted()).append(" as ")
                    .append(v.definition().strip().replaceAll("\\s+", " ")).append('\n');
        }
        return sb.toString();
    }

    private static void table(StringBuilder sb, Table t) {
        sb.append("table ").append(t.name().quoted()).append('\n');
        for (Column c : t.columns()) {
            sb.append("  column ").append(Identifiers.quote(c.name())).append(' ').append(c.type().sql());
            if (!c.nullable()) {
                sb.append(" NOT NULL");
            }
            c.defaultValue().ifPresent(d -> sb.append(" DEFAULT ").append(describeDefault(d)));
            if (c.autoincrement() != Autoincrement.NONE) {
                sb.append(" autoincrement=").append(c.autoincrement().name().toLowerCase(java.util.Locale.ROOT));
            }
            c.generated().ifPresent(g -> sb.append(" GENERATED ALWAYS AS (").append(g).append(") STORED"));
            c.collation().ifPresent(co -> sb.append(" COLLATE ").append(Identifiers.quote(co)));
            sb.append('\n');
        }
        t.primaryKey().ifPresent(pk -> sb.append("  primary key ").append(Identifiers.quote(pk.name())).append(" (")
                .append(pk.columns().stream().map(Identifiers::quote).collect(Collectors.joining(", ")))
                .append(")\n"));
        for (Index i : t.indexes()) {
            sb.append("  ").append(indexKind(i.kind())).append(' ').append(Identifiers.quote(i.name()))
                    .append(" using ").append(i.method().amName()).append(" (")
                    .append(i.elements().stream().map(IndexElement::sql).collect(Collectors.joining(", ")))
                    .append(')');
            if (!i.include().isEmpty()) {
                sb.append(" include (").append(i.include().stream().map(Identifiers::quote)
                        .collect(Collectors.joining(", "))).append(')');
            }
            if (i.nullsNotDistinct()) {
                sb.append(" nulls not distinct");
            }
            i.predicate().ifPresent(p -> sb.append(" where ").append(p));
            sb.append('\n');
        }
        for (ForeignKey fk : t.foreignKeys()) {
            sb.append("  foreign key ").append(Identifiers.quote(fk.name())).append(" (")
                    .append(fk.columns().stream().map(Identifiers::quote).collect(Collectors.joining(", ")))
                    .append(") references ").append(fk.referencedTable().quoted()).append(" (")
                    .append(fk.referencedColumns().stream().map(Identifiers::quote).collect(Collectors.joining(", ")))
                    .append(") on delete ").append(fk.onDelete().sql()).append(" on update ")
                    .append(fk.onUpdate().sql()).append(fk.deferral().sqlSuffix().toLowerCase(java.util.Locale.ROOT))
                    .append(fk.validated() ? "" : " not valid").append('\n');
        }
        for (CheckConstraint c : t.checks()) {
            sb.append("  check ").append(Identifiers.quote(c.name())).append(" (").append(c.expression()).append(')')
                    .append(c.validated() ? "" : " not valid").append('\n');
        }
    }

    private static String indexKind(IndexKind k) {
        switch (k) {
            case INDEX: return "index";
            case UNIQUE_INDEX: return "unique index";
            case UNIQUE_CONSTRAINT: return "unique constraint";
            default: throw new AssertionError(k);
        }
    }

    private static String describeDefault(DefaultValue d) {
        if (d instanceof DefaultValue.Literal) {
            return ((DefaultValue.Literal) d).text();
        } else if (d instanceof DefaultValue.Expression) {
            return ((DefaultValue.Expression) d).text();
        } else if (d instanceof DefaultValue.NextVal) {
            return d.sql().orElseThrow();
        } else if (d instanceof DefaultValue.DbGenerated) {
            return "dbgenerated(" + ((DefaultValue.DbGenerated) d).text().map(Describe::quoteLiteral).orElse("")
                    + ")";
        }
        throw new AssertionError(d);
    }

    private static String quoteLiteral(String s) {
        return "'" + s.replace("'", "''") + "'";
    }
}
