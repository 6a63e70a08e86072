package dev.keel.schema;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place where equivalent spellings become one, applied to compiled and introspected models alike:
 * <ul>
 *   <li>type aliases ({@code int4} is {@code integer}, {@code varchar} is {@code character varying},
 *       {@code timestamptz} is {@code timestamp with time zone}); {@code numeric(p)} is {@code numeric(p,0)};
 *       {@code character} and {@code bit} without a length have length 1;</li>
 *   <li>defaults: casts on literals go ({@code 'a'::text} is {@code 'a'}, {@code '-1'::integer} is {@code -1}),
 *       {@code now()} is {@code CURRENT_TIMESTAMP}, {@code '{a,b}'::text[]} is {@code ARRAY['a', 'b']},
 *       a {@code jsonb} string default is spelled as PostgreSQL prints jsonb ({@link JsonbText}),
 *       {@code NULL} is no default, a non-empty {@code dbgenerated("...")} is parsed like an introspected default,
 *       and a {@code nextval()} on the column's own (OWNED BY) sequence becomes {@link Autoincrement#SERIAL};</li>
 *   <li>a SERIAL column without its owned sequence gets the one PostgreSQL would create
 *       ({@link Sequence#serialFor});</li>
 *   <li>a partial index's predicate loses its outer parentheses ({@code pg_get_expr} adds them, a schema's
 *       {@code where: raw("...")} has none);</li>
 *   <li>identifiers longer than 63 bytes are cut the way PostgreSQL cuts them.</li>
 * </ul>
 * {@code schema(schema(x)).equals(schema(x))}.
 */
public final class Normalize {
    private Normalize() {
    }

    private static final Map<String, String> TYPE_ALIASES = Map.ofEntries(
            Map.entry("int", "integer"), Map.entry("int4", "integer"), Map.entry("integer", "integer"),
            Map.entry("int2", "smallint"), Map.entry("smallint", "smallint"),
            Map.entry("int8", "bigint"), Map.entry("bigint", "bigint"),
            Map.entry("float4", "real"), Map.entry("real", "real"),
            Map.entry("float8", "double precision"), Map.entry("double precision", "double precision"),
            Map.entry("decimal", "numeric"), Map.entry("numeric", "numeric"),
            Map.entry("bool", "boolean"), Map.entry("boolean", "boolean"),
            Map.entry("varchar", "character varying"), Map.entry("character varying", "character varying"),
            Map.entry("char varying", "character varying"),
            Map.entry("char", "character"), Map.entry("bpchar", "character"), Map.entry("character", "character"),
            Map.entry("varbit", "bit varying"), Map.entry("bit varying", "bit varying"),
            Map.entry("timestamp", "timestamp without time zone"),
            Map.entry("timestamp without time zone", "timestamp without time zone"),
            Map.entry("timestamptz", "timestamp with time zone"),
            Map.entry("timestamp with time zone", "timestamp with time zone"),
            Map.entry("time", "time without time zone"), Map.entry("time without time zone", "time without time zone"),
            Map.entry("timetz", "time with time zone"), Map.entry("time with time zone", "time with time zone"));

    private static final Set<String> OTHER_BUILTINS = Set.of("text", "bytea", "date", "interval", "uuid", "xml",
            "json", "jsonb", "oid", "inet", "cidr", "macaddr", "macaddr8", "money", "point", "line", "lseg", "box",
            "path", "polygon", "circle", "tsvector", "tsquery", "pg_lsn", "txid_snapshot", "pg_snapshot",
            "int4range", "int8range", "numrange", "tsrange", "tstzrange", "daterange", "int4multirange",
            "int8multirange", "nummultirange", "tsmultirange", "tstzmultirange", "datemultirange", "regclass",
            "regproc", "regtype", "name", "bit", "xid", "xid8", "cid", "tid", "jsonpath", "float");

    private static final Set<String> SERIAL_TYPES = Set.of("smallint", "integer", "bigint");

    private static final Set<String> NUMERIC_TYPES =
            Set.of("smallint", "integer", "bigint", "numeric", "real", "double precision", "money", "oid");

    /** The canonical spelling of a built-in type name (lower-case input), or the input when it is no alias. */
    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    public static String typeName(String name) {
        // Called for every column of every model: the regex only when there is whitespace to fold.
        String n = name.trim();
        if (needsFolding(n)) {
            n = WHITESPACE.matcher(n).replaceAll(" ");
        }
        return TYPE_ALIASES.getOrDefault(n.toLowerCase(Locale.ROOT), n);
    }

    private static boolean needsFolding(String n) {
        for (int i = 0; i < n.length(); i++) {
            char ch = n.charAt(i);
            if (ch == ' ' ? i + 1 < n.length() && n.charAt(i + 1) == ' ' : Character.isWhitespace(ch)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code canonicalName} names a {@code pg_catalog} type Keel knows by name. */
    public static boolean isBuiltinTypeName(String canonicalName) {
        return TYPE_ALIASES.containsValue(canonicalName) || OTHER_BUILTINS.contains(canonicalName);
    }

    /** A type with its canonical name and implied modifiers written out. */
    public static PgType type(PgType t) {
        if (t.arrayDimensions() > 1) {
            // PostgreSQL records no dimension count in the type: int[][] is int[] (format_type agrees)
            t = t.withArrayDimensions(1);
        }
        if (t.kind() != PgType.Kind.BUILTIN) {
            return t;
        }
        String name = typeName(t.name());
        boolean scale = name.equals("numeric") && t.precision().isPresent() && t.scale().isEmpty();
        boolean length = (name.equals("character") || name.equals("bit")) && t.length().isEmpty();
        if (!scale && !length && name.equals(t.name())) {
            return t; // already normal, as every compiled type is: no copy
        }
        PgType out = new PgType(name, t.kind(), t.schema(), t.length(), t.precision(), t.scale(), t.arrayDimensions());
        if (scale) {
            out = out.withScale(0);
        }
        if (length) {
            out = out.withLength(1);
        }
        return out;
    }

    // ---- whole schema -------------------------------------------------------------------------------------

    /**
     * The normal form of a whole model. Parts already in normal form are kept as they are (same instances): a
     * compiled model is almost entirely normal, and rebuilding every table, column and index of a large schema was
     * a measurable share of compiling it.
     */
    public static Schema schema(Schema s) {
        Map<Sequence.ColumnRef, QualifiedName> ownedSequences = new HashMap<>();
        List<Sequence> sequences = same(s.sequences(), Normalize::sequence);
        for (Sequence q : sequences) {
            q.ownedBy().ifPresent(o -> ownedSequences.put(o, q.name()));
        }
        List<Table> tables = same(s.tables(), t -> table(t, ownedSequences));
        // a SERIAL column implies the sequence PostgreSQL creates for it, so a producer may leave it out
        java.util.Set<QualifiedName> sequenceNames = null;
        for (Table t : tables) {
            for (Column c : t.columns()) {
                if (c.autoincrement() == Autoincrement.SERIAL && c.type().kind() == PgType.Kind.BUILTIN
                        && SERIAL_TYPES.contains(c.type().name())
                        && !ownedSequences.containsKey(new Sequence.ColumnRef(t.name(), c.name()))) {
                    if (sequenceNames == null) {
                        sequenceNames = new java.util.HashSet<>();
                        for (Sequence q : sequences) {
                            sequenceNames.add(q.name());
                        }
                        sequences = new ArrayList<>(sequences);
                    }
                    Sequence implied = Sequence.serialFor(t.name(), c.name(), c.type());
                    if (sequenceNames.add(implied.name())) {
                        sequences.add(implied);
                    }
                }
            }
        }
        List<EnumType> enums = same(s.enums(), e -> {
            QualifiedName n = name(e.name());
            return n == e.name() ? e : new EnumType(n, e.values());
        });
        List<View> views = same(s.views(), v -> {
            QualifiedName n = name(v.name());
            String definition = v.definition().strip();
            return n == v.name() && definition == v.definition() ? v : new View(n, definition, v.materialized());
        });
        List<Namespace> namespaces = same(s.namespaces(), n -> {
            String name = Identifiers.truncate(n.name());
            return name == n.name() ? n : new Namespace(name);
        });
        if (namespaces == s.namespaces() && tables == s.tables() && enums == s.enums()
                && sequences == s.sequences() && views == s.views()) {
            return s;
        }
        return new Schema(namespaces, tables, enums, sequences, views, s.extensions());
    }

    /** {@code items} mapped by {@code f}; {@code items} itself when {@code f} maps every item to itself. */
    private static <T> List<T> same(List<T> items, java.util.function.UnaryOperator<T> f) {
        List<T> out = null;
        for (int i = 0; i < items.size(); i++) {
            T item = items.get(i);
            T mapped = f.apply(item);
            if (out == null && mapped != item) {
                out = new ArrayList<>(items.size());
                out.addAll(items.subList(0, i));
            }
            if (out != null) {
                out.add(mapped);
            }
        }
        return out == null ? items : out;
    }

    private static Sequence sequence(Sequence q) {
        QualifiedName name = name(q.name());
        PgType type = type(q.type());
        Optional<Sequence.ColumnRef> ownedBy = q.ownedBy();
        if (ownedBy.isPresent()) {
            Sequence.ColumnRef o = ownedBy.get();
            QualifiedName table = name(o.table());
            String column = Identifiers.truncate(o.column());
            if (table != o.table() || column != o.column()) {
                ownedBy = Optional.of(new Sequence.ColumnRef(table, column));
            }
        }
        if (name == q.name() && type == q.type() && ownedBy == q.ownedBy()) {
            return q;
        }
        return new Sequence(name, type, q.start(), q.increment(), q.min(), q.max(), q.cache(), q.cycle(), ownedBy);
    }

    private static QualifiedName name(QualifiedName q) {
        String schema = Identifiers.truncate(q.schema());
        String name = Identifiers.truncate(q.name());
        return schema == q.schema() && name == q.name() ? q : new QualifiedName(schema, name);
    }

    private static Table table(Table t, Map<Sequence.ColumnRef, QualifiedName> ownedSequences) {
        QualifiedName tableName = name(t.name());
        List<Column> columns = same(t.columns(), c -> column(tableName, c, ownedSequences));
        Optional<PrimaryKey> pk = t.primaryKey();
        if (pk.isPresent()) {
            PrimaryKey p = pk.get();
            String name = Identifiers.truncate(p.name());
            List<String> pkColumns = truncated(p.columns());
            if (name != p.name() || pkColumns != p.columns()) {
                pk = Optional.of(new PrimaryKey(name, pkColumns));
            }
        }
        // plain loops: this runs for every table of every model compiled or introspected
        List<Index> indexes = same(t.indexes(), Normalize::index);
        List<ForeignKey> fks = same(t.foreignKeys(), f -> {
            String name = Identifiers.truncate(f.name());
            List<String> columns1 = truncated(f.columns());
            QualifiedName referenced = name(f.referencedTable());
            List<String> referencedColumns = truncated(f.referencedColumns());
            return name == f.name() && columns1 == f.columns() && referenced == f.referencedTable()
                    && referencedColumns == f.referencedColumns() ? f
                    : new ForeignKey(name, columns1, referenced, referencedColumns, f.onDelete(), f.onUpdate(),
                    f.deferral(), f.validated());
        });
        List<CheckConstraint> checks = same(t.checks(), c -> {
            String name = Identifiers.truncate(c.name());
            String expression = c.expression().strip();
            return name == c.name() && expression == c.expression() ? c
                    : new CheckConstraint(name, expression, c.validated());
        });
        if (tableName == t.name() && columns == t.columns() && pk == t.primaryKey() && indexes == t.indexes()
                && fks == t.foreignKeys() && checks == t.checks()) {
            return t;
        }
        return new Table(tableName, columns, pk, indexes, fks, checks);
    }

    private static Index index(Index i) {
        String name = Identifiers.truncate(i.name());
        List<IndexElement> elements = same(i.elements(), Normalize::element);
        List<String> include = truncated(i.include());
        Optional<String> predicate = i.predicate();
        if (predicate.isPresent()) {
            String p = stripOuterParens(predicate.get().strip());
            if (p != predicate.get()) {
                predicate = Optional.of(p);
            }
        }
        if (name == i.name() && elements == i.elements() && include == i.include() && predicate == i.predicate()) {
            return i;
        }
        return new Index(name, i.kind(), i.method(), elements, include, predicate, i.nullsNotDistinct());
    }

    private static List<String> truncated(List<String> names) {
        for (String n : names) {
            if (!Identifiers.truncate(n).equals(n)) {
                String[] out = new String[names.size()];
                for (int i = 0; i < out.length; i++) {
                    out[i] = Identifiers.truncate(names.get(i));
                }
                return List.of(out);
            }
        }
        return names;
    }

    private static IndexElement element(IndexElement e) {
        String text = e.isExpression() ? e.text().strip() : Identifiers.truncate(e.text());
        return text == e.text() ? e : new IndexElement(e.key(), text, e.order(), e.nulls(), e.opclass(), e.length());
    }

    private static Column column(QualifiedName table, Column c, Map<Sequence.ColumnRef, QualifiedName> owned) {
        String colName = Identifiers.truncate(c.name());
        PgType type = type(c.type());
        Optional<DefaultValue> def = c.defaultValue().flatMap(d -> defaultValue(d, type, table.schema()));
        Autoincrement auto = c.autoincrement();
        if (def.isPresent() && def.get() instanceof DefaultValue.NextVal) {
            QualifiedName seq = ((DefaultValue.NextVal) def.get()).sequence();
            if (seq.equals(owned.get(new Sequence.ColumnRef(table, colName))) && auto == Autoincrement.NONE) {
                auto = Autoincrement.SERIAL;
            }
        }
        if (auto != Autoincrement.NONE && def.isPresent() && def.get() instanceof DefaultValue.NextVal) {
            def = Optional.empty();
        }
        if (def.equals(c.defaultValue())) {
            def = c.defaultValue();
        }
        Optional<String> generated = c.generated();
        if (generated.isPresent() && generated.get().strip() != generated.get()) {
            generated = Optional.of(generated.get().strip());
        }
        if (colName == c.name() && type == c.type() && def == c.defaultValue() && auto == c.autoincrement()
                && generated == c.generated()) {
            return c;
        }
        return new Column(colName, type, c.nullable(), def, auto, generated, c.collation());
    }

    // ---- defaults -----------------------------------------------------------------------------------------

    /** The normal form of a default for a column of {@code type} in a table of schema {@code contextSchema}. */
    public static Optional<DefaultValue> defaultValue(DefaultValue d, PgType type, String contextSchema) {
        if (d instanceof DefaultValue.NextVal) {
            return Optional.of(new DefaultValue.NextVal(name(((DefaultValue.NextVal) d).sequence())));
        }
        if (d instanceof DefaultValue.DbGenerated && ((DefaultValue.DbGenerated) d).text().isEmpty()) {
            return Optional.of(d);
        }
        return parseDefault(d.sql().orElseThrow(), type, contextSchema);
    }

    private static final Pattern NUMBER = Pattern.compile("^[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?$");
    private static final Pattern NEXTVAL = Pattern.compile(
            "^nextval\\(\\s*'((?:[^']|'')*)'(?:::regclass)?\\s*\\)$", Pattern.CASE_INSENSITIVE);

    /**
     * A default as PostgreSQL prints it ({@code pg_get_expr(adbin, adrelid)}) or as a user wrote it in
     * {@code dbgenerated("...")}, in normal form. Empty for {@code NULL}. {@code contextSchema} qualifies an
     * unqualified sequence name in {@code nextval('seq')}.
     */
    public static Optional<DefaultValue> parseDefault(String sql, PgType type, String contextSchema) {
        String s = stripOuterParens(sql.strip());
        Optional<String> literal = literal(s, type);
        if (literal.isPresent()) {
            return literal.get().equals("NULL") ? Optional.empty()
                    : Optional.of(new DefaultValue.Literal(literal.get()));
        }
        if (s.equalsIgnoreCase("now()") || s.equalsIgnoreCase("CURRENT_TIMESTAMP")
                || s.equalsIgnoreCase("transaction_timestamp()")) {
            return Optional.of(new DefaultValue.Expression("CURRENT_TIMESTAMP"));
        }
        Matcher m = NEXTVAL.matcher(s);
        if (m.matches()) {
            QualifiedName q = PgTypeNames.qualified(m.group(1).replace("''", "'"), contextSchema);
            return Optional.of(new DefaultValue.NextVal(name(q)));
        }
        return Optional.of(new DefaultValue.Expression(s));
    }

    /** {@link #NUMBER} without a matcher per default: every compiled column default passes here. */
    static boolean isNumber(String s) {
        int n = s.length();
        int i = 0;
        if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
            i++;
        }
        int start = i;
        i = digits(s, i);
        if (i > start) {
            if (i < n && s.charAt(i) == '.') {
                i = digits(s, i + 1);
            }
        } else {
            if (i >= n || s.charAt(i) != '.') {
                return false;
            }
            int fraction = i + 1;
            i = digits(s, fraction);
            if (i == fraction) {
                return false;
            }
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
                i++;
            }
            int exponent = i;
            i = digits(s, i);
            if (i == exponent) {
                return false;
            }
        }
        return i == n;
    }

    private static int digits(String s, int i) {
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return i;
    }

    /** The cast-free literal text of {@code s} for a column of {@code type}, or empty if it is no literal. */
    private static Optional<String> literal(String s, PgType type) {
        String head = stripOuterParens(beforeTopLevelCast(s));
        if (head.equalsIgnoreCase("NULL")) {
            return Optional.of("NULL");
        }
        if (head.equalsIgnoreCase("true") || head.equalsIgnoreCase("false")) {
            return Optional.of(head.toLowerCase(Locale.ROOT));
        }
        if (isNumber(head)) {
            return Optional.of(number(head));
        }
        if (isStringLiteral(head)) {
            String value = head.substring(1, head.length() - 1).replace("''", "'");
            PgType element = type.element();
            if (type.isArray() && value.startsWith("{")) {
                return curlyArray(value, element);
            }
            if (!type.isArray() && element.kind() == PgType.Kind.BUILTIN) {
                if (NUMERIC_TYPES.contains(element.name()) && isNumber(value.strip())) {
                    return Optional.of(number(value.strip()));
                }
                if (element.name().equals("boolean")) {
                    Optional<String> b = booleanWord(value);
                    if (b.isPresent()) {
                        return b;
                    }
                }
                if (element.name().equals("jsonb")) {
                    Optional<String> j = JsonbText.canonical(value);
                    if (j.isPresent()) {
                        return Optional.of("'" + j.get().replace("'", "''") + "'");
                    }
                }
            }
            return Optional.of(head);
        }
        if (head.regionMatches(true, 0, "ARRAY[", 0, 6) && head.endsWith("]")) {
            List<String> items = splitTopLevel(head.substring(6, head.length() - 1));
            List<String> out = new ArrayList<>();
            for (String item : items) {
                Optional<String> lit = literal(item.strip(), type.element());
                if (lit.isEmpty()) {
                    return Optional.empty();
                }
                out.add(lit.get());
            }
            return Optional.of("ARRAY[" + String.join(", ", out) + "]");
        }
        return Optional.empty();
    }

    /** One spelling per number value: {@code 1e3}, {@code 1000.0} and {@code +1000} are {@code 1000}. */
    private static String number(String text) {
        java.math.BigDecimal d = new java.math.BigDecimal(text.startsWith("+") ? text.substring(1) : text);
        if (d.signum() == 0) {
            return "0";
        }
        return d.stripTrailingZeros().toPlainString();
    }

    private static Optional<String> booleanWord(String v) {
        switch (v.strip().toLowerCase(Locale.ROOT)) {
            case "t": case "true": case "y": case "yes": case "on": case "1":
                return Optional.of("true");
            case "f": case "false": case "n": case "no": case "off": case "0":
                return Optional.of("false");
            default:
                return Optional.empty();
        }
    }

    /** {@code {a,"b c",NULL}} as {@code ARRAY['a', 'b c', NULL]}; nested arrays are left alone. */
    private static Optional<String> curlyArray(String value, PgType element) {
        if (!value.endsWith("}") || value.indexOf('{', 1) >= 0) {
            return Optional.empty();
        }
        String body = value.substring(1, value.length() - 1);
        List<String> out = new ArrayList<>();
        if (!body.isBlank()) {
            StringBuilder cur = new StringBuilder();
            boolean quoted = false;
            boolean wasQuoted = false;
            for (int i = 0; i <= body.length(); i++) {
                char c = i < body.length() ? body.charAt(i) : ',';
                if (quoted) {
                    if (c == '\\' && i + 1 < body.length()) {
                        cur.append(body.charAt(++i));
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        cur.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                    wasQuoted = true;
                } else if (c == ',') {
                    String item = wasQuoted ? cur.toString() : cur.toString().strip();
                    if (!wasQuoted && item.equalsIgnoreCase("NULL")) {
                        out.add("NULL");
                    } else {
                        Optional<String> lit = literal("'" + item.replace("'", "''") + "'", element);
                        out.add(lit.orElseThrow());
                    }
                    cur.setLength(0);
                    wasQuoted = false;
                } else {
                    cur.append(c);
                }
            }
        }
        return Optional.of("ARRAY[" + String.join(", ", out) + "]");
    }

    private static boolean isStringLiteral(String s) {
        if (s.length() < 2 || s.charAt(0) != '\'' || s.charAt(s.length() - 1) != '\'') {
            return false;
        }
        for (int i = 1; i < s.length() - 1; i++) {
            if (s.charAt(i) == '\'') {
                if (s.charAt(i + 1) == '\'' && i + 1 < s.length() - 1) {
                    i++;
                } else {
                    return false;
                }
            }
        }
        return true;
    }

    /** The text before the first {@code ::} outside quotes, brackets and parentheses (all of it if none). */
    private static String beforeTopLevelCast(String s) {
        int depth = 0;
        boolean inString = false;
        boolean inIdent = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (inString) {
                if (c == '\'') {
                    inString = false;
                }
            } else if (inIdent) {
                if (c == '"') {
                    inIdent = false;
                }
            } else if (c == '\'') {
                inString = true;
            } else if (c == '"') {
                inIdent = true;
            } else if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
            } else if (c == ':' && depth == 0 && i + 1 < s.length() && s.charAt(i + 1) == ':') {
                return s.substring(0, i).strip();
            }
        }
        return s;
    }

    /** {@code (x)} as {@code x} when the parentheses enclose everything. */
    static String stripOuterParens(String s) {
        String cur = s;
        while (cur.startsWith("(") && cur.endsWith(")") && closingParen(cur) == cur.length() - 1) {
            cur = cur.substring(1, cur.length() - 1).strip();
        }
        return cur;
    }

    private static int closingParen(String s) {
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (inString) {
                if (c == '\'') {
                    inString = false;
                }
            } else if (c == '\'') {
                inString = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static List<String> splitTopLevel(String s) {
        List<String> out = new ArrayList<>();
        if (s.isBlank()) {
            return out;
        }
        int depth = 0;
        boolean inString = false;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (inString) {
                if (c == '\'') {
                    inString = false;
                }
            } else if (c == '\'') {
                inString = true;
            } else if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
            } else if (c == ',' && depth == 0) {
                out.add(s.substring(start, i));
                start = i + 1;
            }
        }
        out.add(s.substring(start));
        return out;
    }
}
