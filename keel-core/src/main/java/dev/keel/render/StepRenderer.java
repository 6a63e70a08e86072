package dev.keel.render;

import dev.keel.diff.ColumnChange;
import dev.keel.diff.Spellings;
import dev.keel.diff.Step;
import dev.keel.diff.TableChange;
import dev.keel.schema.Column;
import dev.keel.schema.DefaultValue;
import dev.keel.schema.EnumType;
import dev.keel.schema.ForeignKey;
import dev.keel.schema.Identifiers;
import dev.keel.schema.Index;
import dev.keel.schema.IndexElement;
import dev.keel.schema.IndexKind;
import dev.keel.schema.IndexMethod;
import dev.keel.schema.PgType;
import dev.keel.schema.QualifiedName;
import dev.keel.schema.Table;
import dev.keel.safety.probe.LockMode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Renders one step as PostgreSQL statements, byte for byte as Prisma's PostgreSQL renderer does, except where
 * Prisma's SQL would not run (identifiers containing {@code "} are escaped; UNIQUE constraints, which Prisma never
 * creates, are dropped with {@code DROP CONSTRAINT}). A pure function of the step.
 */
public final class StepRenderer {
    static final String INDENT = "    ";
    static final String MULTIPLE_ENUM_VALUES = "-- This migration adds more than one value to an enum.\n"
            + "-- With PostgreSQL versions 11 and earlier, this is not possible\n"
            + "-- in a single migration. This can be worked around by creating\n"
            + "-- multiple migrations, each migration adding only one value to\n"
            + "-- the enum.\n";

    private final boolean qualified;
    private final Spellings spellings;

    /** {@code qualified}: prefix object names with their schema (Prisma does in multi-schema projects). */
    public StepRenderer(boolean qualified) {
        this(qualified, Spellings.none());
    }

    /** With the target source's own spellings of defaults and operator classes (see {@link Spellings}). */
    public StepRenderer(boolean qualified, Spellings spellings) {
        this.qualified = qualified;
        this.spellings = spellings;
    }

    private static String q(String identifier) {
        return Identifiers.quote(identifier);
    }

    /** A table, type or other schema object name. */
    String name(QualifiedName n) {
        return qualified ? q(n.schema()) + "." + q(n.name()) : q(n.name());
    }

    private String name(String schema, String object) {
        return name(new QualifiedName(schema, object));
    }

    private static final Optional<LockMode> NO_LOCK = Optional.empty();
    private static final Optional<LockMode> ACCESS_EXCLUSIVE = Optional.of(LockMode.ACCESS_EXCLUSIVE);

    /** The statements of {@code step}, in order. */
    public List<Statement> render(Step step) {
        List<Statement> out = new ArrayList<>();
        if (step instanceof Step.CreateSchema) {
            out.add(st("CREATE SCHEMA IF NOT EXISTS " + q(((Step.CreateSchema) step).name()), step, NO_LOCK));
        } else if (step instanceof Step.CreateExtension) {
            var e = ((Step.CreateExtension) step).extension();
            StringBuilder sb = new StringBuilder("CREATE EXTENSION IF NOT EXISTS ").append(q(e.name()));
            if (!e.version().isEmpty() || !e.schema().isEmpty()) {
                sb.append(" WITH");
            }
            if (!e.schema().isEmpty()) {
                sb.append(" SCHEMA ").append(q(e.schema()));
            }
            if (!e.version().isEmpty()) {
                sb.append(" VERSION ").append(q(e.version()));
            }
            out.add(st(sb.toString(), step, NO_LOCK));
        } else if (step instanceof Step.DropExtension) {
            out.add(st("DROP EXTENSION " + q(((Step.DropExtension) step).extension().name()), step, NO_LOCK));
        } else if (step instanceof Step.AlterExtension) {
            Step.AlterExtension ae = (Step.AlterExtension) step;
            if (ae.versionChanged()) {
                out.add(st("ALTER EXTENSION " + q(ae.from().name()) + " UPDATE TO " + q(ae.to().version()), step,
                        NO_LOCK));
            }
            if (ae.schemaChanged()) {
                out.add(st("ALTER EXTENSION " + q(ae.from().name()) + " SET SCHEMA " + q(ae.to().schema()), step,
                        NO_LOCK));
            }
        } else if (step instanceof Step.CreateEnum) {
            EnumType e = ((Step.CreateEnum) step).enumType();
            out.add(st("CREATE TYPE " + name(e.name()) + " AS ENUM (" + values(e.values()) + ")", step, NO_LOCK));
        } else if (step instanceof Step.AlterEnum) {
            alterEnum((Step.AlterEnum) step, out);
        } else if (step instanceof Step.DropEnum) {
            out.add(st("DROP TYPE " + name(((Step.DropEnum) step).enumType().name()), step, NO_LOCK));
        } else if (step instanceof Step.DropForeignKey) {
            Step.DropForeignKey d = (Step.DropForeignKey) step;
            out.add(st("ALTER TABLE " + name(d.table()) + " DROP CONSTRAINT " + q(d.foreignKey().name()), step,
                    ACCESS_EXCLUSIVE));
        } else if (step instanceof Step.DropIndex) {
            Step.DropIndex d = (Step.DropIndex) step;
            if (d.index().kind() == IndexKind.UNIQUE_CONSTRAINT) {
                out.add(st("ALTER TABLE " + name(d.table()) + " DROP CONSTRAINT " + q(d.index().name()), step,
                        ACCESS_EXCLUSIVE));
            } else {
                out.add(st("DROP INDEX " + name(d.table().schema(), d.index().name()), step, ACCESS_EXCLUSIVE));
            }
        } else if (step instanceof Step.AlterTable) {
            alterTable((Step.AlterTable) step, out);
        } else if (step instanceof Step.DropTable) {
            out.add(st("DROP TABLE " + name(((Step.DropTable) step).table().name()), step, ACCESS_EXCLUSIVE));
        } else if (step instanceof Step.CreateTable) {
            out.add(st(createTable(((Step.CreateTable) step).table()), step, NO_LOCK));
        } else if (step instanceof Step.CreateIndex) {
            Step.CreateIndex c = (Step.CreateIndex) step;
            out.add(st(createIndex(c.table(), c.index()), step, Optional.of(
                    c.index().kind() == IndexKind.UNIQUE_CONSTRAINT ? LockMode.ACCESS_EXCLUSIVE : LockMode.SHARE)));
        } else if (step instanceof Step.RenameForeignKey) {
            Step.RenameForeignKey r = (Step.RenameForeignKey) step;
            out.add(st("ALTER TABLE " + name(r.table()) + " RENAME CONSTRAINT " + q(r.from().name()) + " TO "
                    + q(r.to().name()), step, ACCESS_EXCLUSIVE));
        } else if (step instanceof Step.AddForeignKey) {
            Step.AddForeignKey a = (Step.AddForeignKey) step;
            out.add(st(addForeignKey(a.table(), a.foreignKey()), step,
                    Optional.of(LockMode.SHARE_ROW_EXCLUSIVE)));
        } else if (step instanceof Step.RenameIndex) {
            Step.RenameIndex r = (Step.RenameIndex) step;
            // PostgreSQL keeps the index in its schema: the new name must not be qualified.
            out.add(st("ALTER INDEX " + name(r.table().schema(), r.from().name()) + " RENAME TO " + q(r.to().name()),
                    step, Optional.of(LockMode.SHARE_UPDATE_EXCLUSIVE)));
        } else {
            throw new AssertionError("unhandled step " + step);
        }
        return out;
    }

    private static Statement st(String sql, Step step, Optional<LockMode> lock) {
        return new Statement(sql, step, TxMode.TRANSACTIONAL, lock);
    }

    private static String values(List<String> values) {
        return values.stream().map(StepRenderer::literal).collect(Collectors.joining(", "));
    }

    static String literal(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    // ---- tables and columns --------------------------------------------------------------------------------

    String createTable(Table t) {
        // one builder for the whole statement: a table of a large schema is rendered in one go
        StringBuilder sb = new StringBuilder(64 + 48 * t.columns().size()).append("CREATE TABLE ");
        appendName(sb, t.name()).append(" (\n");
        for (int i = 0; i < t.columns().size(); i++) {
            if (i > 0) {
                sb.append(",\n");
            }
            appendColumn(sb, t.name(), t.columns().get(i));
        }
        if (t.primaryKey().isPresent()) {
            var pk = t.primaryKey().get();
            appendQuoted(sb.append(",\n\n").append(INDENT).append("CONSTRAINT "), pk.name()).append(" PRIMARY KEY (");
            appendQuotedList(sb, pk.columns(), ",").append(')');
        }
        return sb.append("\n)").toString();
    }

    /** {@code     "name" TYPE NOT NULL DEFAULT x}, with Prisma's four-space indent. */
    String column(QualifiedName table, Column c) {
        return appendColumn(new StringBuilder(), table, c).toString();
    }

    private StringBuilder appendColumn(StringBuilder sb, QualifiedName table, Column c) {
        appendQuoted(sb.append(INDENT), c.name()).append(' ').append(columnType(table, c));
        if (!c.nullable() && !c.type().isArray()) {
            sb.append(" NOT NULL");
        }
        if (c.defaultValue().isPresent()) {
            Optional<String> d = defaultSql(table, c);
            if (d.isPresent()) {
                sb.append(" DEFAULT ").append(d.get());
            }
        }
        if (c.generated().isPresent()) {
            sb.append(" GENERATED ALWAYS AS (").append(c.generated().get()).append(") STORED");
        }
        return sb;
    }

    /** {@link Identifiers#quote} straight into {@code sb}. */
    private static StringBuilder appendQuoted(StringBuilder sb, String identifier) {
        if (identifier.indexOf('"') < 0) {
            return sb.append('"').append(identifier).append('"');
        }
        return sb.append(Identifiers.quote(identifier));
    }

    private static StringBuilder appendQuotedList(StringBuilder sb, List<String> identifiers, String separator) {
        for (int i = 0; i < identifiers.size(); i++) {
            if (i > 0) {
                sb.append(separator);
            }
            appendQuoted(sb, identifiers.get(i));
        }
        return sb;
    }

    private StringBuilder appendName(StringBuilder sb, QualifiedName n) {
        if (qualified) {
            appendQuoted(sb, n.schema()).append('.');
        }
        return appendQuoted(sb, n.name());
    }

    /** Prisma's column type: SERIAL spellings for autoincrement, qualified enums in multi-schema projects. */
    String columnType(QualifiedName table, Column c) {
        Optional<String> spelled = spellings.typeSql(table, c);
        if (spelled.isPresent()) {
            return spelled.get();
        }
        PgType t = c.type();
        if (c.isAutoincrement() && !t.isArray() && t.kind() == PgType.Kind.BUILTIN) {
            switch (t.name()) {
                case "integer": return "SERIAL";
                case "bigint": return "BIGSERIAL";
                case "smallint": return "SMALLSERIAL";
                default: break;
            }
        }
        return t.prismaSql(qualified);
    }

    /**
     * The DEFAULT expression, if one is rendered ({@code dbgenerated()} without text renders none), as the source
     * spelled it when it did.
     */
    Optional<String> defaultSql(QualifiedName table, Column c) {
        if (c.defaultValue().isEmpty()) {
            return Optional.empty();
        }
        DefaultValue d = c.defaultValue().get();
        Optional<String> sql = spellings.defaultSql(table, c).or(() -> d.sql()).filter(s -> !s.isEmpty());
        if (d instanceof DefaultValue.Literal && sql.isPresent() && sql.get().startsWith("ARRAY[")) {
            return Optional.of(sql.get() + "::" + columnType(table, c));
        }
        return sql;
    }

    private void alterTable(Step.AlterTable at, List<Statement> out) {
        List<String> before = new ArrayList<>();
        List<String> clauses = new ArrayList<>();
        List<String> after = new ArrayList<>();
        Table prev = at.from();
        for (TableChange change : at.changes()) {
            if (change instanceof TableChange.DropPrimaryKey) {
                clauses.add("DROP CONSTRAINT " + q(((TableChange.DropPrimaryKey) change).primaryKey().name()));
            } else if (change instanceof TableChange.RenamePrimaryKey) {
                TableChange.RenamePrimaryKey r = (TableChange.RenamePrimaryKey) change;
                clauses.add("RENAME CONSTRAINT " + q(r.from().name()) + " TO " + q(r.to().name()));
            } else if (change instanceof TableChange.AddPrimaryKey) {
                var pk = ((TableChange.AddPrimaryKey) change).primaryKey();
                clauses.add("ADD CONSTRAINT " + q(pk.name()) + " PRIMARY KEY ("
                        + pk.columns().stream().map(StepRenderer::q).collect(Collectors.joining(", ")) + ")");
            } else if (change instanceof TableChange.AddColumn) {
                clauses.add("ADD COLUMN " + column(at.to().name(), ((TableChange.AddColumn) change).column()));
            } else if (change instanceof TableChange.DropColumn) {
                clauses.add("DROP COLUMN " + q(((TableChange.DropColumn) change).column().name()));
            } else if (change instanceof TableChange.DropAndRecreateColumn) {
                TableChange.DropAndRecreateColumn dr = (TableChange.DropAndRecreateColumn) change;
                clauses.add("DROP COLUMN " + q(dr.from().name()));
                clauses.add("ADD COLUMN " + column(at.to().name(), dr.to()));
            } else if (change instanceof TableChange.AlterColumn) {
                alterColumn(at, (TableChange.AlterColumn) change, before, clauses, after);
            } else {
                throw new AssertionError("unhandled table change " + change);
            }
        }
        if (clauses.isEmpty()) {
            return;
        }
        for (String s : before) {
            out.add(new Statement(s, at, TxMode.TRANSACTIONAL, NO_LOCK));
        }
        out.add(new Statement("ALTER TABLE " + name(prev.name()) + " " + String.join(",\n", clauses), at,
                TxMode.TRANSACTIONAL, ACCESS_EXCLUSIVE));
        for (String s : after) {
            // OWNED BY reads the owning table's definition.
            Optional<LockMode> lock = s.startsWith("ALTER SEQUENCE") ? Optional.of(LockMode.ACCESS_SHARE) : NO_LOCK;
            out.add(new Statement(s, at, TxMode.TRANSACTIONAL, lock));
        }
    }

    private void alterColumn(Step.AlterTable at, TableChange.AlterColumn ac, List<String> before,
                             List<String> clauses, List<String> after) {
        String prefix = "ALTER COLUMN " + q(ac.from().name());
        boolean setType = false;
        // Prisma's clause order: arity, default, type, autoincrement (its change bits), SET DATA TYPE last.
        for (ColumnChange ch : ColumnChange.values()) {
            if (!ac.changes().contains(ch)) {
                continue;
            }
            switch (ch) {
                case ARITY: {
                    boolean prevList = ac.from().type().isArray();
                    boolean nextList = ac.to().type().isArray();
                    boolean prevReq = !prevList && !ac.from().nullable();
                    boolean nextReq = !nextList && !ac.to().nullable();
                    if (prevList || nextList) {
                        setType = true;
                    }
                    if (nextList) {
                        break;
                    }
                    if (nextReq && !prevReq) {
                        clauses.add(prefix + " SET NOT NULL");
                    } else if (!nextReq && (prevReq || prevList)) {
                        clauses.add(prefix + " DROP NOT NULL");
                    }
                    break;
                }
                case DEFAULT:
                    if (ac.to().defaultValue().isPresent()) {
                        clauses.add(prefix + " SET DEFAULT " + defaultSql(at.to().name(), ac.to()).orElse(""));
                    } else {
                        dropDefault(ac, prefix, clauses, after);
                    }
                    break;
                case TYPE:
                    setType = true;
                    break;
                case AUTOINCREMENT:
                    if (ac.from().isAutoincrement() && ac.to().defaultValue().isPresent()) {
                        // The new default replaces nextval(); only the sequence has to go.
                        ac.droppedSequence().ifPresent(s -> after.add("DROP SEQUENCE " + name(s)));
                    } else if (ac.from().isAutoincrement()) {
                        dropDefault(ac, prefix, clauses, after);
                    } else {
                        addSequence(at, ac, prefix, before, clauses, after);
                    }
                    break;
                default:
                    throw new AssertionError(ch);
            }
        }
        if (setType) {
            clauses.add(prefix + " SET DATA TYPE " + columnType(at.to().name(), ac.to()));
        }
    }

    private void dropDefault(TableChange.AlterColumn ac, String prefix, List<String> clauses, List<String> after) {
        clauses.add(prefix + " DROP DEFAULT");
        ac.droppedSequence().ifPresent(s -> after.add("DROP SEQUENCE " + name(s)));
    }

    /** Imitates the sequence a SERIAL column gets (Prisma names it in lower case, unquoted). */
    private void addSequence(Step.AlterTable at, TableChange.AlterColumn ac, String prefix, List<String> before,
                             List<String> clauses, List<String> after) {
        QualifiedName table = at.to().name();
        String sequence = ((qualified ? q(table.schema()) + "." : "") + table.name() + "_" + ac.to().name() + "_seq")
                .toLowerCase(Locale.ROOT);
        before.add("CREATE SEQUENCE " + sequence);
        clauses.add(prefix + " SET DEFAULT nextval(" + literal(sequence) + ")");
        after.add("ALTER SEQUENCE " + sequence + " OWNED BY " + name(at.from().name()) + "." + q(ac.from().name()));
    }

    // ---- enums --------------------------------------------------------------------------------------------

    private void alterEnum(Step.AlterEnum ae, List<Statement> out) {
        if (ae.droppedValues().isEmpty()) {
            for (int i = 0; i < ae.addedValues().size(); i++) {
                String sql = "ALTER TYPE " + name(ae.from().name()) + " ADD VALUE " + literal(ae.addedValues().get(i));
                if (i == 0 && ae.addedValues().size() > 1) {
                    sql = MULTIPLE_ENUM_VALUES + "\n\n" + sql;
                }
                out.add(st(sql, ae, NO_LOCK));
            }
            return;
        }
        QualifiedName next = ae.to().name();
        String tmp = name(next.schema(), next.name() + "_new");
        String tmpOld = ae.from().name().name() + "_old";
        out.add(new Statement("BEGIN", ae, TxMode.TRANSACTION_CONTROL, NO_LOCK));
        out.add(st("CREATE TYPE " + tmp + " AS ENUM (" + values(ae.to().values()) + ")", ae, NO_LOCK));
        for (Step.EnumDefault d : ae.defaults()) {
            out.add(st("ALTER TABLE " + name(d.table()) + " ALTER COLUMN " + q(d.previous().name()) + " DROP DEFAULT",
                    ae, ACCESS_EXCLUSIVE));
        }
        for (Step.EnumColumn c : ae.columns()) {
            String array = c.column().type().isArray() ? "[]" : "";
            String col = q(c.column().name());
            out.add(st("ALTER TABLE " + name(c.table()) + " ALTER COLUMN " + col + " TYPE " + tmp + array
                    + " USING (" + col + "::text::" + tmp + array + ")", ae, ACCESS_EXCLUSIVE));
        }
        out.add(st("ALTER TYPE " + name(ae.from().name()) + " RENAME TO " + q(tmpOld), ae, NO_LOCK));
        out.add(st("ALTER TYPE " + tmp + " RENAME TO " + q(next.name()), ae, NO_LOCK));
        out.add(st("DROP TYPE " + name(ae.from().name().schema(), tmpOld), ae, NO_LOCK));
        for (Step.EnumDefault d : ae.defaults()) {
            if (d.next().isEmpty()) {
                continue;
            }
            Column n = d.next().get();
            defaultSql(d.table(), n).ifPresent(sql -> out.add(st("ALTER TABLE " + name(d.table()) + " ALTER COLUMN "
                    + q(d.previous().name()) + " SET DEFAULT " + sql, ae, ACCESS_EXCLUSIVE)));
        }
        out.add(new Statement("COMMIT", ae, TxMode.TRANSACTION_CONTROL, NO_LOCK));
    }

    // ---- indexes and foreign keys ----------------------------------------------------------------------------

    String createIndex(QualifiedName table, Index index) {
        Optional<List<Optional<String>>> spelled = spellings.opclasses(table, index);
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < index.elements().size(); i++) {
            IndexElement e = index.elements().get(i);
            if (spelled.isPresent() && e.opclass().isEmpty() && spelled.get().get(i).isPresent()) {
                e = e.withOpclass(spelled.get().get(i).get());
            }
            keys.add(element(e));
        }
        String cols = String.join(", ", keys);
        if (index.kind() == IndexKind.UNIQUE_CONSTRAINT) {
            return "ALTER TABLE " + name(table) + " ADD CONSTRAINT " + q(index.name()) + " UNIQUE"
                    + (index.nullsNotDistinct() ? " NULLS NOT DISTINCT" : "") + " (" + cols + ")"
                    + include(index);
        }
        StringBuilder sb = new StringBuilder("CREATE ").append(index.isUnique() ? "UNIQUE " : "").append("INDEX ")
                .append(q(index.name())).append(" ON ").append(name(table));
        if (index.method() != IndexMethod.BTREE) {
            sb.append(" USING ").append(index.method().name()).append(' ');
        }
        sb.append('(').append(cols).append(')').append(include(index));
        if (index.nullsNotDistinct()) {
            sb.append(" NULLS NOT DISTINCT");
        }
        index.predicate().ifPresent(p -> sb.append(" WHERE (").append(p).append(')'));
        return sb.toString();
    }

    private static String include(Index index) {
        if (index.include().isEmpty()) {
            return "";
        }
        return " INCLUDE (" + index.include().stream().map(StepRenderer::q).collect(Collectors.joining(", ")) + ")";
    }

    private static String element(IndexElement e) {
        StringBuilder sb = new StringBuilder(e.isExpression() ? "(" + e.text() + ")" : q(e.text()));
        e.opclass().ifPresent(o -> sb.append(' ').append(o));
        if (e.order() == IndexElement.SortOrder.DESC) {
            sb.append(" DESC");
        }
        if (!e.isDefaultNulls()) {
            sb.append(" NULLS ").append(e.nulls().name());
        }
        return sb.toString();
    }

    String addForeignKey(QualifiedName table, ForeignKey fk) {
        StringBuilder sb = new StringBuilder(160).append("ALTER TABLE ");
        appendName(sb, table).append(" ADD CONSTRAINT ");
        appendQuoted(sb, fk.name()).append(" FOREIGN KEY (");
        appendQuotedList(sb, fk.columns(), ", ").append(") REFERENCES ");
        appendName(sb, fk.referencedTable()).append('(');
        appendQuotedList(sb, fk.referencedColumns(), ", ").append(") ON DELETE ").append(fk.onDelete().sql())
                .append(" ON UPDATE ").append(fk.onUpdate().sql()).append(fk.deferral().sqlSuffix());
        if (!fk.validated()) {
            sb.append(" NOT VALID");
        }
        return sb.toString();
    }
}
