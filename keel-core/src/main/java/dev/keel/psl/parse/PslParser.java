package dev.keel.psl.parse;

import dev.keel.diag.Diagnostic;
import dev.keel.diag.Diagnostics;
import dev.keel.diag.SourceFile;
import dev.keel.diag.Span;
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
import java.util.List;
import java.util.Optional;

/**
 * A scannerless recursive-descent parser that follows Prisma's PEG grammar ({@code datamodel.pest}) rule for rule,
 * including pest's implicit whitespace between sequence elements and its ordered choice without backtracking into
 * a choice that already matched. Following the grammar exactly (rather than a friendlier one) is what makes the
 * catch-all lines, spans and therefore the printed errors match Prisma's.
 *
 * <p>It never throws on user input: every unreadable line becomes a {@link Member.CatchAll} plus a diagnostic.
 */
public final class PslParser {
    private final String s;
    private final int n;
    private final int fileId;
    private final Diagnostics diagnostics;
    private int pos;
    /** Guards against pathological nesting (arrays of arrays of function calls...) overflowing the stack. */
    private int depth;
    private static final int MAX_DEPTH = 200;
    /**
     * A block body runs to the first line starting with {@code }} or to the end of the file. Once a body starting
     * here reached the end without one, every later body will too: remembering it keeps a file full of unclosed
     * blocks linear instead of quadratic. Only without {@code /*} comments: one of those can hide a closing line
     * from one body (inside the comment) but not from a later one (the comment's opening swallowed by a catch-all).
     */
    private int unclosedFrom = Integer.MAX_VALUE;
    private final boolean bodiesEndAtClosingLines;
    /** {@code arbitrary_block} needs a {@code }} somewhere after its start. */
    private final int lastCloseBrace;

    private PslParser(String text, int fileId, Diagnostics diagnostics) {
        this.s = text;
        this.n = text.length();
        this.fileId = fileId;
        this.diagnostics = diagnostics;
        this.lastCloseBrace = text.lastIndexOf('}');
        this.bodiesEndAtClosingLines = !text.contains("/*");
    }

    public static SchemaFileAst parse(int fileId, SourceFile file, Diagnostics diagnostics) {
        PslParser p = new PslParser(file.text(), fileId, diagnostics);
        return new SchemaFileAst(fileId, file, p.schema());
    }

    // ---------------------------------------------------------------- top level

    private List<Item> schema() {
        List<Item> items = new ArrayList<>();
        Member.CommentBlock pendingDoc = null;
        while (true) {
            skip();
            if (pos >= n) {
                break;
            }
            int start = pos;
            Item item = modelDeclaration(pendingDoc);
            if (item == null) {
                item = enumDeclaration(pendingDoc);
            }
            if (item == null) {
                item = configBlock(pendingDoc);
            }
            if (item == null && typeAlias()) {
                diagnostics.error(
                        "Error validating: Invalid type definition. Please check the documentation in https://pris.ly/d/composite-types",
                        span(start, pos));
                item = new Member.CatchAll(s.substring(start, pos), span(start, pos));
            }
            if (item == null && arbitraryBlock()) {
                diagnostics.error("Error validating: This block is invalid. It does not start with any known Prisma schema keyword. "
                        + "Valid keywords include 'model', 'enum', 'type', 'datasource' and 'generator'.",
                        span(start, pos));
                item = new Member.CatchAll(s.substring(start, pos), span(start, pos));
            }
            if (item == null) {
                item = commentBlock();
            }
            if (item == null) {
                item = emptyLines();
            }
            if (item == null) {
                catchAll();
                diagnostics.error("Error validating: This line is invalid. It does not start with any known Prisma schema keyword.",
                        span(start, pos));
                item = new Member.CatchAll(s.substring(start, pos), span(start, pos));
            }
            // A comment block directly before a declaration (no blank line) documents it.
            pendingDoc = item instanceof Member.CommentBlock cb ? cb : null;
            items.add(item);
        }
        return items;
    }

    private Top.Model modelDeclaration(Member.CommentBlock doc) {
        int start = pos;
        Top.ModelKind kind;
        if (lit("model")) {
            kind = Top.ModelKind.MODEL;
        } else if (lit("type")) {
            kind = Top.ModelKind.TYPE;
        } else if (lit("view")) {
            kind = Top.ModelKind.VIEW;
        } else {
            return null;
        }
        skip();
        Identifier name = identifier();
        if (name == null || !blockOpen() || knownUnclosed()) {
            pos = start;
            return null;
        }
        int bodyStart = pos;
        List<Member> members = new ArrayList<>();
        List<Diagnostic> pending = new ArrayList<>();
        Member.CommentBlock pendingFieldDoc = null;
        while (true) {
            int save = pos;
            skip();
            int itemStart = pos;
            Member m = fieldDeclaration(kind, name.name(), pendingFieldDoc, pending);
            if (m == null) {
                Attribute a = blockAttribute();
                if (a != null) {
                    skip();
                    if (newline()) {
                        m = new Member.BlockAttributeMember(a);
                    } else {
                        pos = itemStart;
                    }
                }
            }
            if (m == null) {
                m = commentBlock();
            }
            if (m == null) {
                m = emptyLines();
            }
            if (m == null && blockLevelCatchAll()) {
                pending.add(Diagnostic.error("Error validating: This line is not a valid field or attribute definition.",
                        span(itemStart, pos)));
                m = new Member.CatchAll(s.substring(itemStart, pos), span(itemStart, pos));
            }
            if (m == null) {
                pos = save;
                break;
            }
            if (m instanceof Member.CommentBlock cb) {
                pendingFieldDoc = cb;
            } else if (m instanceof Field) {
                pendingFieldDoc = null;
            }
            members.add(m);
        }
        skip();
        if (!lit("}")) {
            if (bodiesEndAtClosingLines) {
                unclosedFrom = Math.min(unclosedFrom, bodyStart);
            }
            pos = start;
            return null;
        }
        pending.forEach(diagnostics::add);
        return new Top.Model(kind, name, members, docText(doc), span(start, pos));
    }

    private Top.Enum enumDeclaration(Member.CommentBlock doc) {
        int start = pos;
        if (!lit("enum")) {
            return null;
        }
        skip();
        Identifier name = identifier();
        if (name == null || !blockOpen() || knownUnclosed()) {
            pos = start;
            return null;
        }
        int bodyStart = pos;
        List<Member> members = new ArrayList<>();
        List<Diagnostic> pending = new ArrayList<>();
        Member.CommentBlock pendingDoc = null;
        while (true) {
            int save = pos;
            skip();
            int itemStart = pos;
            Member m = enumValue(pendingDoc);
            if (m == null) {
                Attribute a = blockAttribute();
                if (a != null) {
                    skip();
                    if (newline()) {
                        m = new Member.BlockAttributeMember(a);
                    } else {
                        pos = itemStart;
                    }
                }
            }
            if (m == null) {
                m = commentBlock();
            }
            if (m == null) {
                m = emptyLines();
            }
            if (m == null && blockLevelCatchAll()) {
                pending.add(Diagnostic.error("Error validating: This line is not an enum value definition.", span(itemStart, pos)));
                m = new Member.CatchAll(s.substring(itemStart, pos), span(itemStart, pos));
            }
            if (m == null) {
                pos = save;
                break;
            }
            if (m instanceof Member.CommentBlock cb) {
                pendingDoc = cb;
            } else if (m instanceof EnumValue) {
                pendingDoc = null;
            }
            members.add(m);
        }
        skip();
        if (!lit("}")) {
            if (bodiesEndAtClosingLines) {
                unclosedFrom = Math.min(unclosedFrom, bodyStart);
            }
            pos = start;
            return null;
        }
        pending.forEach(diagnostics::add);
        return new Top.Enum(name, members, docText(doc), span(start, pos));
    }

    private Top.ConfigBlock configBlock(Member.CommentBlock doc) {
        int start = pos;
        Top.ConfigKind kind;
        if (lit("datasource")) {
            kind = Top.ConfigKind.DATASOURCE;
        } else if (lit("generator")) {
            kind = Top.ConfigKind.GENERATOR;
        } else {
            return null;
        }
        skip();
        Identifier name = identifier();
        if (name == null || !blockOpen() || knownUnclosed()) {
            pos = start;
            return null;
        }
        int bodyStart = pos;
        List<Member> members = new ArrayList<>();
        List<Diagnostic> pending = new ArrayList<>();
        while (true) {
            int save = pos;
            skip();
            int itemStart = pos;
            Member m = keyValue();
            if (m == null) {
                m = commentBlock();
            }
            if (m == null) {
                m = emptyLines();
            }
            if (m == null && blockLevelCatchAll()) {
                pending.add(Diagnostic.error("Error validating: This line is not a valid definition within a " + kind.keyword + ".",
                        span(itemStart, pos)));
                m = new Member.CatchAll(s.substring(itemStart, pos), span(itemStart, pos));
            }
            if (m == null) {
                pos = save;
                break;
            }
            members.add(m);
        }
        skip();
        if (!lit("}")) {
            if (bodiesEndAtClosingLines) {
                unclosedFrom = Math.min(unclosedFrom, bodyStart);
            }
            pos = start;
            return null;
        }
        pending.forEach(diagnostics::add);
        return new Top.ConfigBlock(kind, name, members, docText(doc), span(start, pos));
    }

    /** {@code type_alias = { TYPE_KEYWORD ~ identifier ~ "=" ~ base_type ~ field_attribute* }}. */
    private boolean typeAlias() {
        int start = pos;
        if (!lit("type")) {
            return false;
        }
        skip();
        if (!identifierChars()) {
            pos = start;
            return false;
        }
        skip();
        if (!lit("=")) {
            pos = start;
            return false;
        }
        skip();
        if (baseType() == null) {
            pos = start;
            return false;
        }
        while (true) {
            int save = pos;
            skip();
            if (fieldAttribute() == null) {
                pos = save;
                break;
            }
        }
        return true;
    }

    private boolean knownUnclosed() {
        return pos >= unclosedFrom;
    }

    /** {@code identifier ~ BLOCK_OPEN ~ ((!BLOCK_CLOSE ~ ANY) | NEWLINE)* ~ BLOCK_CLOSE}. */
    private boolean arbitraryBlock() {
        int start = pos;
        if (!identifierChars() || !blockOpen()) {
            pos = start;
            return false;
        }
        int close = pos > lastCloseBrace ? -1 : s.indexOf('}', pos);
        if (close < 0) {
            pos = start;
            return false;
        }
        pos = close + 1;
        return true;
    }

    // ---------------------------------------------------------------- block members

    private Member fieldDeclaration(Top.ModelKind kind, String container, Member.CommentBlock doc,
                                    List<Diagnostic> pending) {
        int start = pos;
        Identifier name = identifier();
        if (name == null) {
            return null;
        }
        skip();
        Span colon = null;
        if (lit(":")) {
            colon = span(pos - 1, pos);
            skip();
        }
        int typeStart = pos;
        FieldType type = fieldType();
        if (type == null) {
            pos = typeStart;
        } else {
            skip();
        }
        List<Attribute> attributes = fieldAttributes();
        Comment trailing = trailingComment();
        if (trailing != null) {
            skip();
        }
        if (!newline()) {
            pos = start;
            return null;
        }
        Span fieldSpan = span(start, pos);
        // Errors Prisma raises while building the AST; the field is then left out of the model.
        if (colon != null) {
            pending.add(Diagnostic.error("Field declarations don't require a `:`.", colon));
        } else if (type != null && type.form() == FieldType.Form.LEGACY_REQUIRED) {
            pending.add(Diagnostic.error("Fields are required by default, `!` is no longer required.", type.span()));
        } else if (type != null && type.form() == FieldType.Form.LEGACY_LIST) {
            pending.add(Diagnostic.error("To specify a list, please use `Type[]` instead of `[Type]`.", type.span()));
        } else if (type != null && type.form() == FieldType.Form.OPTIONAL_LIST) {
            pending.add(Diagnostic.error("Optional lists are not supported. Use either `Type[]` or `Type?`.",
                    type.span()));
        } else if (type == null) {
            pending.add(Diagnostic.error("Error validating " + kind.keyword + " \"" + container + "\": "
                    + "This field declaration is invalid. It is either missing a name or a type.", fieldSpan));
        }
        return new Field(name, Optional.ofNullable(type), attributes, docText(doc), Optional.ofNullable(trailing),
                colon != null, fieldSpan);
    }

    /** The attributes after a field or enum value; most have none or one (the AST copies the list anyway). */
    private List<Attribute> fieldAttributes() {
        Attribute first = fieldAttribute();
        if (first == null) {
            return List.of();
        }
        skip();
        Attribute second = fieldAttribute();
        if (second == null) {
            return List.of(first);
        }
        skip();
        List<Attribute> attributes = new ArrayList<>(4);
        attributes.add(first);
        attributes.add(second);
        while (true) {
            Attribute a = fieldAttribute();
            if (a == null) {
                break;
            }
            attributes.add(a);
            skip();
        }
        return attributes;
    }

    private EnumValue enumValue(Member.CommentBlock doc) {
        int start = pos;
        Identifier name = identifier();
        if (name == null) {
            return null;
        }
        skip();
        List<Attribute> attributes = fieldAttributes();
        Comment trailing = trailingComment();
        if (trailing != null) {
            skip();
        }
        if (!newline()) {
            pos = start;
            return null;
        }
        return new EnumValue(name, attributes, docText(doc), Optional.ofNullable(trailing), span(start, pos));
    }

    /** {@code key_value = { identifier ~ "=" ~ expression? ~ trailing_comment? ~ NEWLINE }}. */
    private ConfigProperty keyValue() {
        int start = pos;
        Identifier name = identifier();
        if (name == null) {
            return null;
        }
        skip();
        if (!lit("=")) {
            pos = start;
            return null;
        }
        skip();
        int exprStart = pos;
        Expression value = expression();
        if (value == null) {
            pos = exprStart;
        } else {
            skip();
        }
        Comment trailing = trailingComment();
        if (trailing != null) {
            skip();
        }
        if (!newline()) {
            pos = start;
            return null;
        }
        return new ConfigProperty(name, Optional.ofNullable(value), Optional.ofNullable(trailing), span(start, pos));
    }

    private FieldType fieldType() {
        int start = pos;
        if (lit("[")) {
            skip();
            int nameStart = pos;
            String[] base = baseType();
            if (base == null) {
                pos = start;
                return null;
            }
            Span nameSpan = span(nameStart, pos);
            skip();
            if (!lit("]")) {
                pos = start;
                return null;
            }
            return new FieldType(base[0], base[1] != null, FieldType.Form.LEGACY_LIST, span(start, pos), nameSpan);
        }
        String[] base = baseType();
        if (base == null) {
            return null;
        }
        Span nameSpan = span(start, pos);
        int afterBase = pos;
        FieldType.Form form = FieldType.Form.REQUIRED;
        skip();
        if (lit("[]")) {
            int afterList = pos;
            skip();
            if (lit("?")) {
                form = FieldType.Form.OPTIONAL_LIST;
            } else {
                pos = afterList;
                form = FieldType.Form.LIST;
            }
        } else if (lit("?")) {
            form = FieldType.Form.OPTIONAL;
        } else if (lit("!")) {
            form = FieldType.Form.LEGACY_REQUIRED;
        } else {
            pos = afterBase;
        }
        // a plain type's span is its name's: one object for both
        return new FieldType(base[0], base[1] != null, form, pos == afterBase ? nameSpan : span(start, pos), nameSpan);
    }

    /** Returns {name, "unsupported" or null}. */
    private String[] baseType() {
        int start = pos;
        if (lit("Unsupported(")) {
            skip();
            Expression.StringValue str = stringLiteral();
            if (str != null) {
                skip();
                if (lit(")")) {
                    return new String[] {str.value(), "unsupported"};
                }
            }
            pos = start;
        }
        Identifier id = identifier();
        return id == null ? null : new String[] {id.name(), null};
    }

    // ---------------------------------------------------------------- attributes and expressions

    /** {@code field_attribute = { "@" ~ path ~ arguments_list? }}; the span keeps the whitespace pest skips. */
    private Attribute fieldAttribute() {
        int start = pos;
        if (!lit("@") || (pos < n && s.charAt(pos) == '@')) {
            pos = start;
            return null;
        }
        return attributeRest(start, false);
    }

    private Attribute blockAttribute() {
        int start = pos;
        if (!lit("@@")) {
            return null;
        }
        return attributeRest(start, true);
    }

    private Attribute attributeRest(int start, boolean block) {
        skip();
        int nameStart = pos;
        if (!path()) {
            pos = start;
            return null;
        }
        Identifier name = new Identifier(intern(nameStart, pos), span(nameStart, pos));
        skip();
        int argsStart = pos;
        ArgumentsList args = argumentsList();
        boolean parens = args != null;
        if (args == null) {
            pos = argsStart;
            args = ArgumentsList.empty(span(argsStart, argsStart));
        }
        Optional<String> trailing = Optional.empty();
        if (block) {
            skip();
            int c = pos;
            Comment tc = trailingComment();
            if (tc != null) {
                trailing = Optional.of(tc.source());
            } else {
                pos = c;
            }
        }
        return new Attribute(name, args, parens, block, trailing, span(start, pos));
    }

    private ArgumentsList argumentsList() {
        int start = pos;
        if (!lit("(")) {
            return null;
        }
        if (++depth > MAX_DEPTH) {
            depth--;
            pos = start;
            return null;
        }
        try {
            skip();
            List<Argument> args = new ArrayList<>(4);
            List<Identifier> empty = new ArrayList<>(0);
            if (argument(args, empty)) {
                while (true) {
                    int save = pos;
                    skip();
                    if (lit(",")) {
                        skip();
                        if (argument(args, empty)) {
                            continue;
                        }
                    }
                    pos = save;
                    break;
                }
            }
            skip();
            Span comma = null;
            if (lit(",")) {
                comma = span(pos - 1, pos);
            }
            skip();
            if (!lit(")")) {
                pos = start;
                return null;
            }
            return new ArgumentsList(args, empty, Optional.ofNullable(comma), span(start, pos));
        } finally {
            depth--;
        }
    }

    /** {@code argument = _{ named_argument | empty_argument | expression }}. */
    private boolean argument(List<Argument> args, List<Identifier> empty) {
        int start = pos;
        // most arguments are positional ("r2_0", now(), [a, b]): the name is built only when a colon follows
        if (identifierChars()) {
            int nameEnd = pos;
            skip();
            if (lit(":")) {
                Identifier name = new Identifier(intern(start, nameEnd), span(start, nameEnd));
                int afterColon = pos;
                skip();
                Expression value = expression();
                if (value != null) {
                    args.add(new Argument(Optional.of(name), value, span(start, pos)));
                    return true;
                }
                pos = afterColon;
                empty.add(name);
                return true;
            }
        }
        pos = start;
        Expression value = expression();
        if (value == null) {
            pos = start;
            return false;
        }
        args.add(new Argument(Optional.empty(), value, span(start, pos)));
        return true;
    }

    /** {@code expression = { function_call | array_expression | numeric_literal | string_literal | path }}. */
    private Expression expression() {
        int start = pos;
        if (path()) {
            String name = intern(start, pos);
            int afterPath = pos;
            skip();
            ArgumentsList args = argumentsList();
            if (args != null) {
                return new Expression.FunctionCall(name, args, span(start, pos));
            }
            pos = start;
        }
        if (lit("[")) {
            Expression.ArrayValue arr = arrayRest(start);
            if (arr != null) {
                return arr;
            }
            pos = start;
        }
        Expression num = numericLiteral();
        if (num != null) {
            return num;
        }
        Expression str = stringLiteral();
        if (str != null) {
            return str;
        }
        if (path()) {
            return new Expression.ConstantValue(intern(start, pos), span(start, pos));
        }
        pos = start;
        return null;
    }

    private Expression.ArrayValue arrayRest(int start) {
        if (++depth > MAX_DEPTH) {
            depth--;
            return null;
        }
        try {
            skip();
            List<Expression> values = new ArrayList<>();
            int firstStart = pos;
            Expression first = expression();
            if (first != null) {
                values.add(first);
                while (true) {
                    int save = pos;
                    skip();
                    if (lit(",")) {
                        skip();
                        Expression next = expression();
                        if (next != null) {
                            values.add(next);
                            continue;
                        }
                    }
                    pos = save;
                    break;
                }
            } else {
                pos = firstStart;
            }
            skip();
            if (!lit("]")) {
                return null;
            }
            return new Expression.ArrayValue(values, span(start, pos));
        } finally {
            depth--;
        }
    }

    private Expression numericLiteral() {
        int start = pos;
        if (pos < n && s.charAt(pos) == '-') {
            pos++;
        }
        int digits = pos;
        while (pos < n && isAsciiDigit(s.charAt(pos))) {
            pos++;
        }
        if (pos == digits) {
            pos = start;
            return null;
        }
        if (pos + 1 < n && s.charAt(pos) == '.' && isAsciiDigit(s.charAt(pos + 1))) {
            pos++;
            while (pos < n && isAsciiDigit(s.charAt(pos))) {
                pos++;
            }
        }
        return new Expression.NumericValue(s.substring(start, pos), span(start, pos));
    }

    private Expression.StringValue stringLiteral() {
        int start = pos;
        if (pos >= n || s.charAt(pos) != '"') {
            return null;
        }
        pos++;
        StringBuilder value = new StringBuilder();
        while (pos < n) {
            char c = s.charAt(pos);
            if (c == '"') {
                String raw = s.substring(start + 1, pos);
                pos++;
                return new Expression.StringValue(value.toString(), raw, span(start, pos));
            }
            if (c == '\\') {
                if (pos + 1 >= n) {
                    break;
                }
                pos = unescape(pos + 1, value);
                continue;
            }
            if (c < 0x20) {
                break;
            }
            value.append(c);
            pos++;
        }
        pos = start;
        return null;
    }

    /** Decodes the escape whose letter is at {@code at}; returns the offset after it. */
    private int unescape(int at, StringBuilder out) {
        char e = s.charAt(at);
        switch (e) {
            case 'n' -> out.append('\n');
            case 't' -> out.append('\t');
            case 'r' -> out.append('\r');
            case 'b' -> out.append('\b');
            case 'f' -> out.append('\f');
            case 'u' -> {
                if (at + 4 < n && isHex(s, at + 1, at + 5)) {
                    out.append((char) Integer.parseInt(s.substring(at + 1, at + 5), 16));
                    return at + 5;
                }
                out.append('\\').append(e);
            }
            case '"', '\\', '/' -> out.append(e);
            default -> out.append('\\').append(e);
        }
        return at + 1;
    }

    private static boolean isHex(String str, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.digit(str.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    // ---------------------------------------------------------------- comments, lines, tokens

    /**
     * {@code trailing_comment = ${ doc_comment | comment | multi_line_comment }}: the rest of the line after
     * {@code //}, or a {@code /* ... *}{@code /} comment.
     */
    private Comment trailingComment() {
        int start = pos;
        while (pos < n && isWhitespace(s.charAt(pos))) {
            pos++;
        }
        if (s.startsWith("/*", pos)) {
            // multi_line_comment: everything up to the first "*/", newlines included.
            int close = s.indexOf("*/", pos + 2);
            if (close < 0) {
                pos = start;
                return null;
            }
            int cStart = pos;
            pos = close + 2;
            return new Comment(false, s.substring(cStart + 2, close), span(cStart, pos), true);
        }
        if (!s.startsWith("//", pos)) {
            pos = start;
            return null;
        }
        boolean doc = s.startsWith("///", pos);
        int cStart = pos;
        pos += doc ? 3 : 2;
        int textStart = pos;
        while (pos < n && s.charAt(pos) != '\n' && s.charAt(pos) != '\r') {
            pos++;
        }
        return new Comment(doc, s.substring(textStart, pos), span(cStart, pos));
    }

    /** {@code comment_block = ${ ((doc_comment | comment | multi_line_comment) ~ NEWLINE?)+ }}. */
    private Member.CommentBlock commentBlock() {
        int start = pos;
        List<Comment> comments = new ArrayList<>();
        while (true) {
            Comment c = trailingComment();
            if (c == null) {
                break;
            }
            comments.add(c);
            if (!newline()) {
                break;
            }
        }
        if (comments.isEmpty()) {
            pos = start;
            return null;
        }
        return new Member.CommentBlock(comments, span(start, pos));
    }

    /** {@code empty_lines = @{ (WHITESPACE* ~ NEWLINE)+ }}. */
    private Member.EmptyLines emptyLines() {
        int start = pos;
        int count = 0;
        while (true) {
            int save = pos;
            while (pos < n && isWhitespace(s.charAt(pos))) {
                pos++;
            }
            if (!newline()) {
                pos = save;
                break;
            }
            count++;
        }
        if (count == 0) {
            return null;
        }
        return new Member.EmptyLines(count, span(start, pos));
    }

    /** {@code CATCH_ALL = { (!NEWLINE ~ ANY)+ ~ NEWLINE? }}. */
    private boolean catchAll() {
        int start = pos;
        while (pos < n && s.charAt(pos) != '\n' && s.charAt(pos) != '\r') {
            pos++;
        }
        if (pos == start) {
            return false;
        }
        newline();
        return true;
    }

    private boolean blockLevelCatchAll() {
        if (pos < n && s.charAt(pos) == '}') {
            return false;
        }
        return catchAll();
    }

    /** {@code BLOCK_OPEN = { "{" ~ (!NEWLINE ~ ANY)* ~ NEWLINE }}: whatever follows the brace on its line is ignored. */
    private boolean blockOpen() {
        int start = pos;
        skip();
        if (!lit("{")) {
            pos = start;
            return false;
        }
        while (pos < n && s.charAt(pos) != '\n' && s.charAt(pos) != '\r') {
            pos++;
        }
        if (!newline()) {
            pos = start;
            return false;
        }
        return true;
    }

    /**
     * {@code identifier = @{ (LETTER | ASCII_DIGIT) ~ ( "_" | "-" | LETTER | ASCII_DIGIT)* }}: Prisma 7 accepts any
     * Unicode letter (general category L), so {@code model Lööp} parses; other characters do not.
     */
    private Identifier identifier() {
        int start = pos;
        if (!identifierChars()) {
            return null;
        }
        return new Identifier(intern(start, pos), span(start, pos));
    }

    /**
     * Names repeat all over a schema ({@code id}, {@code String}, {@code default}, {@code fields}...): one string per
     * distinct name of this file, which also keeps its hash for the validator's many name look-ups. Per parse only.
     */
    private String[] names = new String[1024];
    private int nameCount;

    private String intern(int start, int end) {
        int length = end - start;
        if (length > 48) {
            return s.substring(start, end);
        }
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + s.charAt(i);
        }
        int mask = names.length - 1;
        int slot = (h ^ (h >>> 16)) & mask;
        while (true) {
            String known = names[slot];
            if (known == null) {
                String name = s.substring(start, end);
                names[slot] = name;
                if (++nameCount * 2 > names.length) {
                    growNames();
                }
                return name;
            }
            if (known.length() == length && known.hashCode() == h && s.regionMatches(start, known, 0, length)) {
                return known;
            }
            slot = (slot + 1) & mask;
        }
    }

    private void growNames() {
        String[] old = names;
        names = new String[old.length * 2];
        int mask = names.length - 1;
        for (String name : old) {
            if (name != null) {
                int h = name.hashCode();
                int slot = (h ^ (h >>> 16)) & mask;
                while (names[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                names[slot] = name;
            }
        }
    }

    /** Moves past an identifier; false (and {@code pos} unchanged) when none starts here. */
    private boolean identifierChars() {
        if (pos >= n) {
            return false;
        }
        char first = s.charAt(pos);
        if (first < 0x80 ? !isAsciiLetterOrDigit(first) : !isIdentifierStart(s.codePointAt(pos))) {
            return false;
        }
        pos += first < 0x80 ? 1 : Character.charCount(s.codePointAt(pos));
        while (pos < n) {
            char c = s.charAt(pos);
            if (c < 0x80) {
                // schemas are almost all ASCII: no code point decoding or Unicode tables for those
                if (!isAsciiLetterOrDigit(c) && c != '_' && c != '-') {
                    break;
                }
                pos++;
                continue;
            }
            int cp = s.codePointAt(pos);
            if (!isIdentifierStart(cp)) {
                break;
            }
            pos += Character.charCount(cp);
        }
        return true;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    private static boolean isIdentifierStart(int cp) {
        return Character.isLetter(cp) || (cp >= '0' && cp <= '9');
    }

    /** {@code path = @{ identifier ~ ("." ~ path?)* }}. */
    private boolean path() {
        if (!identifierChars()) {
            return false;
        }
        while (pos < n && s.charAt(pos) == '.') {
            pos++;
            identifierChars();
        }
        return true;
    }

    private boolean newline() {
        if (pos < n && s.charAt(pos) == '\r') {
            pos += (pos + 1 < n && s.charAt(pos + 1) == '\n') ? 2 : 1;
            return true;
        }
        if (pos < n && s.charAt(pos) == '\n') {
            pos++;
            return true;
        }
        return false;
    }

    /** pest's implicit WHITESPACE and COMMENT ({@code /* ... *\/} block comments, which may span lines). */
    private void skip() {
        while (pos < n) {
            if (isWhitespace(s.charAt(pos))) {
                pos++;
            } else {
                return;
            }
        }
    }

    private boolean lit(String token) {
        if (s.startsWith(token, pos)) {
            pos += token.length();
            return true;
        }
        return false;
    }

    private Span span(int start, int end) {
        return new Span(fileId, start, end);
    }

    private static Optional<String> docText(Member.CommentBlock block) {
        if (block == null) {
            return Optional.empty();
        }
        // every documented block passes here: a loop, not a stream pipeline
        StringBuilder sb = null;
        for (Comment c : block.comments()) {
            Optional<String> line = c.documentation();
            if (line.isPresent()) {
                sb = sb == null ? new StringBuilder(line.get()) : sb.append('\n').append(line.get());
            }
        }
        return sb == null ? Optional.empty() : Optional.of(sb.toString());
    }

    /** pest's {@code WHITESPACE = _{ SPACE_SEPARATOR | "\t" }}. */
    static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c >= 0x80 && Character.getType(c) == Character.SPACE_SEPARATOR;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
