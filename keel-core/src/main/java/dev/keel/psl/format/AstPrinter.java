package dev.keel.psl.format;

import dev.keel.psl.ast.Argument;
import dev.keel.psl.ast.ArgumentsList;
import dev.keel.psl.ast.Attribute;
import dev.keel.psl.ast.Comment;
import dev.keel.psl.ast.ConfigProperty;
import dev.keel.psl.ast.EnumValue;
import dev.keel.psl.ast.Expression;
import dev.keel.psl.ast.Field;
import dev.keel.psl.ast.FieldType;
import dev.keel.psl.ast.Identifier;
import dev.keel.psl.ast.Item;
import dev.keel.psl.ast.Member;
import dev.keel.psl.ast.SchemaFileAst;
import dev.keel.psl.ast.Top;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Prints one parsed file in Prisma's canonical layout, walking the AST in the order Prisma's formatter walks its parse
 * tree: blank lines are kept (at most one) except at the start and end of blocks, only blank lines break column
 * alignment, block attributes move to the end of their block (sorted, with the comment directly above each).
 */
final class AstPrinter {
    private static final int INDENT_WIDTH = 2;
    private static final List<String> ATTRIBUTE_ORDER =
            List.of("id", "unique", "default", "updatedAt", "index", "fulltext", "map", "relation", "ignore");

    private final String source;
    private final Renderer out = new Renderer(INDENT_WIDTH);

    private AstPrinter(String source) {
        this.source = source;
    }

    static String print(SchemaFileAst ast) {
        AstPrinter p = new AstPrinter(ast.source().text());
        p.top(ast.items());
        if (!p.out.endsWithNewline()) {
            p.out.endLine();
        }
        return p.out.text();
    }

    private void top(List<Item> items) {
        int i = 0;
        if (!items.isEmpty() && items.get(0) instanceof Member.EmptyLines) {
            i++;
        }
        for (; i < items.size(); i++) {
            Item item = items.get(i);
            if (item instanceof Top.Model m) {
                block(m.kind().keyword, m.name(), m.members());
            } else if (item instanceof Top.Enum e) {
                block("enum", e.name(), e.members());
            } else if (item instanceof Top.ConfigBlock c) {
                block(c.kind().keyword, c.name(), c.members());
            } else if (item instanceof Member.CommentBlock cb) {
                TableFormat table = new TableFormat();
                commentBlock(cb, table);
                table.render(out);
            } else if (item instanceof Member.EmptyLines) {
                // Blank lines at the end of the file go away; elsewhere they collapse into one.
                if (i + 1 < items.size()) {
                    out.endLine();
                }
            } else if (item instanceof Member.CatchAll c) {
                out.write(c.text());
            }
        }
    }

    private record PendingAttribute(Member.CommentBlock comment, Attribute attribute) {
    }

    private void block(String keyword, Identifier name, List<Member> members) {
        out.write(keyword);
        out.write(" ");
        out.write(name.name());
        out.write(" {");
        out.endLine();
        out.indentUp();

        List<PendingAttribute> attributes = new ArrayList<>();
        TableFormat table = new TableFormat();
        Member.CommentBlock pendingComment = null;
        int i = 0;
        int n = members.size();
        if (i < n && members.get(i) instanceof Member.EmptyLines) {
            i++;
        }
        while (true) {
            boolean ateEmptyLines = false;
            if (i < n && members.get(i) instanceof Member.EmptyLines) {
                i++;
                ateEmptyLines = true;
            }
            Member next = i < n ? members.get(i) : null;
            if (ateEmptyLines && next != null && !(next instanceof Member.BlockAttributeMember)
                    && !(next instanceof Member.CommentBlock)) {
                // A blank line ends an alignment group and is kept as one empty row.
                table.render(out);
                table = new TableFormat();
                table.startNewLine();
            }
            if (next == null) {
                break;
            }
            i++;
            Member after = i < n ? members.get(i) : null;
            if (next instanceof Member.CommentBlock cb) {
                if (after instanceof Member.BlockAttributeMember) {
                    pendingComment = cb;
                } else {
                    if (ateEmptyLines) {
                        table.render(out);
                        table = new TableFormat();
                        table.startNewLine();
                    }
                    commentBlock(cb, table);
                }
            } else if (next instanceof Field f) {
                field(f, table);
            } else if (next instanceof ConfigProperty p) {
                keyValue(p, table);
            } else if (next instanceof EnumValue v) {
                enumValue(v, table);
            } else if (next instanceof Member.BlockAttributeMember ba) {
                attributes.add(new PendingAttribute(pendingComment, ba.attribute()));
                pendingComment = null;
            } else if (next instanceof Member.CatchAll c) {
                table.interleave(stripTrailingNewlines(c.text()));
            }
        }

        table.render(out);
        table = new TableFormat();
        if (!attributes.isEmpty()) {
            table.startNewLine();
        }
        List<PendingAttribute> sorted = new ArrayList<>(attributes);
        sorted.sort(Comparator.comparingInt(a -> sortIndex(a.attribute().name().name())));
        for (PendingAttribute a : sorted) {
            if (a.comment() != null) {
                commentBlock(a.comment(), table);
            }
            table.startNewLine();
            table.column(0).append("@@").append(a.attribute().name().name())
                    .append(argumentsOf(a.attribute()));
            a.attribute().trailingComment().ifPresent(table::appendSuffix);
        }
        table.render(out);
        out.indentDown();
        out.write("}");
        out.endLine();
    }

    private void field(Field f, TableFormat table) {
        table.startNewLine();
        table.column(0).append(f.name().name());
        f.type().ifPresent(t -> table.column(1).append(fieldType(t)));
        f.trailingComment().ifPresent(c -> table.appendSuffix(c.source()));
        List<Attribute> sorted = new ArrayList<>(f.attributes());
        sorted.sort(Comparator.comparingInt(a -> sortIndex(a.name().name())));
        StringBuilder col = table.column(2);
        for (int k = 0; k < sorted.size(); k++) {
            if (k > 0) {
                col.append(' ');
            }
            col.append('@').append(sorted.get(k).name().name()).append(argumentsOf(sorted.get(k)));
        }
    }

    private String fieldType(FieldType t) {
        String base = source.substring(t.nameSpan().start(), t.nameSpan().end());
        return switch (t.form()) {
            case REQUIRED, LEGACY_REQUIRED -> base;
            case OPTIONAL -> base + "?";
            case LIST, LEGACY_LIST -> base + "[]";
            case OPTIONAL_LIST -> base + "[]?";
        };
    }

    private void keyValue(ConfigProperty p, TableFormat table) {
        table.startNewLine();
        table.column(0).append(p.name().name());
        p.value().ifPresent(v -> table.column(1).append("= ").append(expression(v)));
        p.trailingComment().ifPresent(c -> table.appendSuffix(c.source()));
    }

    private void enumValue(EnumValue v, TableFormat table) {
        table.startNewLine();
        table.column(0).append(v.name().name());
        // Prisma writes enum value attributes back to back, in source order.
        for (Attribute a : v.attributes()) {
            table.column(1).append('@').append(a.name().name()).append(argumentsOf(a));
        }
        v.trailingComment().ifPresent(c -> table.appendSuffix(c.source()));
    }

    private void commentBlock(Member.CommentBlock block, TableFormat table) {
        for (int k = 0; k < block.comments().size(); k++) {
            Comment c = block.comments().get(k);
            if (!c.multiLine()) {
                table.startNewLine();
                table.appendSuffix(c.source());
                continue;
            }
            // A /* */ comment is rewritten into the canonical /** ... */ shape, one " * " line per non-empty line.
            // Prisma cuts the two characters of "/*" off the comment's text, which after the first comment of a
            // block starts with the indentation: what is cut is then the indentation, not the "/*".
            String inner = c.text();
            if (k > 0) {
                inner = (leadingWhitespace(c.span().start()) + "/*" + inner).substring(2);
            }
            table.startNewLine();
            table.appendSuffix("/**");
            for (String line : inner.split("\n", -1)) {
                String l = RustStrings.trim(RustStrings.stripTrailingCr(line));
                if (l.startsWith("*")) {
                    l = RustStrings.trimStart(l.substring(1));
                }
                if (!l.isEmpty()) {
                    table.startNewLine();
                    table.appendSuffix(" * ");
                    table.appendSuffix(l);
                }
            }
            table.startNewLine();
            table.appendSuffix(" */");
        }
    }

    private String leadingWhitespace(int end) {
        int start = end;
        while (start > 0 && (source.charAt(start - 1) == ' ' || source.charAt(start - 1) == '\t'
                || Character.getType(source.charAt(start - 1)) == Character.SPACE_SEPARATOR)) {
            start--;
        }
        return source.substring(start, end);
    }

    private static int sortIndex(String path) {
        int idx = ATTRIBUTE_ORDER.indexOf(path);
        return idx < 0 ? Integer.MAX_VALUE : idx;
    }

    private static String argumentsOf(Attribute a) {
        return a.hasParentheses() ? arguments(a.arguments()) : "";
    }

    private static String arguments(ArgumentsList list) {
        // Named, unnamed and empty (`name:`) arguments, in source order.
        List<ArgumentText> parts = new ArrayList<>();
        for (Argument arg : list.arguments()) {
            String text = arg.name().map(nm -> nm.name() + ": ").orElse("") + expression(arg.value());
            parts.add(new ArgumentText(arg.span().start(), text));
        }
        for (Identifier empty : list.emptyArguments()) {
            parts.add(new ArgumentText(empty.span().start(), empty.name() + ": "));
        }
        parts.sort(Comparator.comparingInt(ArgumentText::start));
        StringBuilder sb = new StringBuilder("(");
        for (int k = 0; k < parts.size(); k++) {
            if (k > 0) {
                sb.append(", ");
            }
            sb.append(parts.get(k).text());
        }
        return sb.append(')').toString();
    }

    private record ArgumentText(int start, String text) {
    }

    private static String expression(Expression e) {
        if (e instanceof Expression.FunctionCall f) {
            return f.name() + arguments(f.arguments());
        }
        if (e instanceof Expression.ArrayValue a) {
            StringBuilder sb = new StringBuilder("[");
            for (int k = 0; k < a.values().size(); k++) {
                if (k > 0) {
                    sb.append(", ");
                }
                sb.append(expression(a.values().get(k)));
            }
            return sb.append(']').toString();
        }
        return e.source();
    }

    private static String stripTrailingNewlines(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '\n') {
            end--;
        }
        return s.substring(0, end);
    }
}
