package dev.keel.render;

import dev.keel.diff.ColumnChange;
import dev.keel.diff.Migration;
import dev.keel.diff.Step;
import dev.keel.diff.TableChange;
import dev.keel.schema.Column;
import dev.keel.schema.DefaultValue;
import dev.keel.schema.IndexElement;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The human summary {@code prisma migrate diff} prints without {@code --script} (Prisma's {@code drift_summary}):
 * sections for added, removed and changed objects, one line per change, {@code No difference detected.} when
 * the migration is empty. Quirks of Prisma's text are kept, so outputs compare byte for byte.
 */
public final class SummaryRenderer {
    private SummaryRenderer() {
    }

    /** Prisma's section kinds, in the order the sections appear. */
    private enum Section {
        ALTERED_EXTENSION, DROPPED_EXTENSION, CREATED_EXTENSION, ADDED_ENUM, ADDED_TABLE, REMOVED_ENUM,
        REMOVED_TABLE, REMOVED_UDT, REMOVED_VIEW, REDEFINED_TABLE, CHANGED_ENUM, CHANGED_TABLE
    }

    private record Item(Section section, String name, int step) {
    }

    private static final Comparator<Item> ORDER = Comparator.comparing(Item::section)
            .thenComparing(Item::name, (a, b) -> Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8),
                    b.getBytes(StandardCharsets.UTF_8)))
            .thenComparingInt(Item::step);

    public static String render(Migration m) {
        if (m.steps().isEmpty()) {
            return "No difference detected.";
        }
        List<Item> items = new ArrayList<>();
        List<Step> steps = m.steps();
        for (int i = 0; i < steps.size(); i++) {
            section(steps.get(i), i).ifPresent(items::add);
        }
        items.sort(ORDER);
        StringBuilder out = new StringBuilder();
        Section lastSection = null;
        String lastName = null;
        for (Item item : items) {
            if (item.section() != lastSection || !item.name().equals(lastName)) {
                out.append(header(item));
            }
            lastSection = item.section();
            lastName = item.name();
            body(steps.get(item.step()), out);
        }
        return out.toString();
    }

    private static Optional<Item> section(Step s, int index) {
        Section sec;
        String name = "";
        if (s instanceof Step.CreateEnum) {
            sec = Section.ADDED_ENUM;
        } else if (s instanceof Step.AlterEnum) {
            sec = Section.CHANGED_ENUM;
            name = ((Step.AlterEnum) s).from().name().name();
        } else if (s instanceof Step.DropForeignKey) {
            sec = Section.CHANGED_TABLE;
            name = ((Step.DropForeignKey) s).table().name();
        } else if (s instanceof Step.DropIndex) {
            sec = Section.CHANGED_TABLE;
            name = ((Step.DropIndex) s).table().name();
        } else if (s instanceof Step.AlterTable) {
            sec = Section.CHANGED_TABLE;
            name = ((Step.AlterTable) s).from().name().name();
        } else if (s instanceof Step.DropTable) {
            sec = Section.REMOVED_TABLE;
        } else if (s instanceof Step.DropEnum) {
            sec = Section.REMOVED_ENUM;
        } else if (s instanceof Step.CreateTable) {
            sec = Section.ADDED_TABLE;
        } else if (s instanceof Step.RenameForeignKey) {
            sec = Section.CHANGED_TABLE;
            name = ((Step.RenameForeignKey) s).table().name();
        } else if (s instanceof Step.CreateIndex) {
            sec = Section.CHANGED_TABLE;
            name = ((Step.CreateIndex) s).table().name();
        } else if (s instanceof Step.AddForeignKey) {
            sec = Section.CHANGED_TABLE;
            name = ((Step.AddForeignKey) s).table().name();
        } else if (s instanceof Step.RenameIndex) {
            sec = Section.CHANGED_TABLE;
            name = ((Step.RenameIndex) s).table().name();
        } else if (s instanceof Step.CreateExtension) {
            sec = Section.CREATED_EXTENSION;
            name = ((Step.CreateExtension) s).extension().name();
        } else if (s instanceof Step.AlterExtension) {
            sec = Section.ALTERED_EXTENSION;
            name = ((Step.AlterExtension) s).from().name();
        } else if (s instanceof Step.DropExtension) {
            sec = Section.DROPPED_EXTENSION;
            name = ((Step.DropExtension) s).extension().name();
        } else {
            return Optional.empty(); // CreateSchema: Prisma does not summarise it
        }
        return Optional.of(new Item(sec, name, index));
    }

    private static String header(Item item) {
        switch (item.section()) {
            case ADDED_ENUM: return "\n[+] Added enums\n";
            case ADDED_TABLE: return "\n[+] Added tables\n";
            case REMOVED_ENUM: return "\n[-] Removed enums\n";
            case REMOVED_TABLE: return "\n[-] Removed tables\n";
            case REMOVED_UDT: return "\n[-] Removed UDTs\n";
            case REMOVED_VIEW: return "\n[-] Removed views\n";
            case REDEFINED_TABLE: return "\n[*] Redefined table `" + item.name() + "`\n";
            case CHANGED_ENUM: return "\n[*] Changed the `" + item.name() + "` enum\n";
            case CHANGED_TABLE: return "\n[*] Changed the `" + item.name() + "` table\n";
            case CREATED_EXTENSION: return "\n[+] Added extensions\n";
            case ALTERED_EXTENSION: return "\n[*] Changed the `" + item.name() + "` extension\n";
            case DROPPED_EXTENSION: return "\n[-] Removed extensions\n`"; // sic: Prisma prints the backtick
            default: throw new AssertionError(item.section());
        }
    }

    private static String cols(List<String> names) {
        return String.join(", ", names);
    }

    private static List<String> indexColumns(List<IndexElement> elements) {
        return elements.stream().map(IndexElement::text).collect(Collectors.toList());
    }

    private static void body(Step s, StringBuilder out) {
        if (s instanceof Step.CreateEnum) {
            out.append("  - ").append(((Step.CreateEnum) s).enumType().name().name()).append('\n');
        } else if (s instanceof Step.AlterEnum) {
            Step.AlterEnum ae = (Step.AlterEnum) s;
            ae.addedValues().forEach(v -> out.append("  [+] Added variant `").append(v).append("`\n"));
            ae.droppedValues().forEach(v -> out.append("  [-] Removed variant `").append(v).append("`\n"));
        } else if (s instanceof Step.DropForeignKey) {
            out.append("  [-] Removed foreign key on columns (")
                    .append(cols(((Step.DropForeignKey) s).foreignKey().columns())).append(")\n");
        } else if (s instanceof Step.DropIndex) {
            var i = ((Step.DropIndex) s).index();
            out.append("  [-] Removed ").append(i.isUnique() ? "unique " : "").append("index on columns (")
                    .append(cols(indexColumns(i.elements()))).append(")\n");
        } else if (s instanceof Step.AlterTable) {
            alterTable((Step.AlterTable) s, out);
        } else if (s instanceof Step.DropTable) {
            out.append("  - ").append(((Step.DropTable) s).table().name().name()).append('\n');
        } else if (s instanceof Step.DropEnum) {
            out.append("  - ").append(((Step.DropEnum) s).enumType().name().name()).append('\n');
        } else if (s instanceof Step.CreateTable) {
            out.append("  - ").append(((Step.CreateTable) s).table().name().name()).append('\n');
        } else if (s instanceof Step.RenameForeignKey) {
            Step.RenameForeignKey r = (Step.RenameForeignKey) s;
            out.append("  [*] Renamed the foreign key \"").append(r.from().name()).append("\" to \"")
                    .append(r.to().name()).append("\"\n");
        } else if (s instanceof Step.CreateIndex) {
            var i = ((Step.CreateIndex) s).index();
            out.append("  [+] Added ").append(i.isUnique() ? "unique " : "").append("index on columns (")
                    .append(cols(indexColumns(i.elements()))).append(")\n");
        } else if (s instanceof Step.AddForeignKey) {
            out.append("  [+] Added foreign key on columns (")
                    .append(cols(((Step.AddForeignKey) s).foreignKey().columns())).append(")\n");
        } else if (s instanceof Step.RenameIndex) {
            Step.RenameIndex r = (Step.RenameIndex) s;
            out.append("  [*] Renamed index `").append(r.from().name()).append("` to `").append(r.to().name())
                    .append("`\n");
        } else if (s instanceof Step.CreateExtension) {
            out.append("  - ").append(((Step.CreateExtension) s).extension().name()).append('\n');
        }
    }

    private static void alterTable(Step.AlterTable at, StringBuilder out) {
        for (TableChange c : at.changes()) {
            if (c instanceof TableChange.AddColumn) {
                out.append("  [+] Added column `").append(((TableChange.AddColumn) c).column().name()).append("`\n");
            } else if (c instanceof TableChange.AlterColumn) {
                TableChange.AlterColumn ac = (TableChange.AlterColumn) c;
                out.append("  [*] Altered column `").append(ac.to().name()).append("` ")
                        .append(changes(ac.from(), ac.to(), ac.changes())).append('\n');
            } else if (c instanceof TableChange.DropColumn) {
                out.append("  [-] Removed column `").append(((TableChange.DropColumn) c).column().name())
                        .append("`\n");
            } else if (c instanceof TableChange.DropAndRecreateColumn) {
                TableChange.DropAndRecreateColumn dr = (TableChange.DropAndRecreateColumn) c;
                out.append("  [*] Column `").append(dr.to().name()).append("` would be dropped and recreated ")
                        .append(changes(dr.from(), dr.to(), dr.changes())).append('\n');
            } else if (c instanceof TableChange.DropPrimaryKey) {
                out.append("  [-] Dropped the primary key on columns (")
                        .append(cols(at.from().primaryKey().map(pk -> pk.columns()).orElse(List.of()))).append(")\n");
            } else if (c instanceof TableChange.RenamePrimaryKey) {
                out.append("  [*] Renamed the primary key on columns (")
                        .append(cols(at.from().primaryKey().map(pk -> pk.columns()).orElse(List.of()))).append(")\n");
            } else if (c instanceof TableChange.AddPrimaryKey) {
                // sic: Prisma closes this line twice
                out.append("  [+] Added primary key on columns (")
                        .append(cols(at.to().primaryKey().map(pk -> pk.columns()).orElse(List.of()))).append(")\n")
                        .append(")\n");
            }
        }
    }

    private static String arity(Column c) {
        if (c.type().isArray()) {
            return "List";
        }
        return c.nullable() ? "Nullable" : "Required";
    }

    private static String changes(Column from, Column to, java.util.Set<ColumnChange> changes) {
        List<String> parts = new ArrayList<>();
        for (ColumnChange ch : ColumnChange.values()) {
            if (!changes.contains(ch)) {
                continue;
            }
            switch (ch) {
                case ARITY:
                    parts.add("changed from " + arity(from) + " to " + arity(to));
                    break;
                case DEFAULT:
                    parts.add("default changed from `" + debugDefault(from) + "` to `" + debugDefault(to) + "`");
                    break;
                case TYPE:
                    parts.add("type changed");
                    break;
                case AUTOINCREMENT:
                    parts.add(from.isAutoincrement() ? "column is no longer autoincrementing"
                            : "column became autoincrementing");
                    break;
                default:
                    throw new AssertionError(ch);
            }
        }
        return "(" + String.join(", ", parts) + ")";
    }

    /** An approximation of Rust's {@code Debug} of Prisma's {@code Option<DefaultKind>}. */
    private static String debugDefault(Column c) {
        if (c.defaultValue().isEmpty()) {
            return "None";
        }
        DefaultValue d = c.defaultValue().get();
        if (d instanceof DefaultValue.Expression && ((DefaultValue.Expression) d).text().equals("CURRENT_TIMESTAMP")) {
            return "Some(Now)";
        }
        if (d instanceof DefaultValue.Expression) {
            return "Some(DbGenerated(Some(" + rustString(((DefaultValue.Expression) d).text()) + ")))";
        }
        if (d instanceof DefaultValue.DbGenerated) {
            return ((DefaultValue.DbGenerated) d).text().map(t -> "Some(DbGenerated(Some(" + rustString(t) + ")))")
                    .orElse("Some(DbGenerated(None))");
        }
        if (d instanceof DefaultValue.NextVal) {
            return "Some(Sequence(" + rustString(((DefaultValue.NextVal) d).sequence().name()) + "))";
        }
        DefaultValue.Literal l = (DefaultValue.Literal) d;
        Optional<String> str = l.stringValue();
        if (str.isPresent()) {
            String kind = c.type().enumRef().isPresent() ? "Enum" : "String";
            return "Some(Value(" + kind + "(" + rustString(str.get()) + ")))";
        }
        if (l.text().equals("true") || l.text().equals("false")) {
            return "Some(Value(Boolean(" + l.text() + ")))";
        }
        if (l.text().matches("-?\\d+")) {
            return "Some(Value(Int(" + l.text() + ")))";
        }
        return "Some(Value(" + l.text() + "))";
    }

    private static String rustString(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
