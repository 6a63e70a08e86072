package dev.keel.psl.validate;

import dev.keel.diag.Diagnostics;
import dev.keel.psl.ast.Argument;
import dev.keel.psl.ast.ArgumentsList;
import dev.keel.psl.ast.Attribute;
import dev.keel.psl.ast.Expression;
import dev.keel.psl.ast.Identifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Prisma's attribute validation state machine (parser-database {@code Context}): one attribute set at a time; each
 * known attribute is visited, its arguments consumed by name; leftovers become "No such argument." and unvisited
 * attributes "Attribute not known".
 */
final class AttributeVisitor {
    private final Diagnostics diagnostics;
    private List<Attribute> attributes = List.of();
    private boolean[] used = new boolean[0];
    /** {@code names[i]} is the name of {@code attributes.get(i)}. */
    private String[] names = new String[0];
    private Attribute current;
    /**
     * Argument name ({@link #UNNAMED} for the unnamed argument) to its index, in insertion order: a few parallel
     * arrays rather than a map, since an attribute has a handful of arguments and this runs for every attribute.
     */
    private final ArgIndex args = new ArgIndex();
    private static final String UNNAMED = "\u0000";

    AttributeVisitor(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    void start(List<Attribute> attrs) {
        this.attributes = attrs;
        // one array for the whole pass (started for every field of the schema), cleared as far as it is used
        if (used.length < attrs.size()) {
            used = new boolean[Math.max(8, attrs.size())];
            names = new String[used.length];
        } else {
            java.util.Arrays.fill(used, 0, attrs.size(), false);
        }
        // each attribute set is asked for a dozen names: read every attribute's name once
        for (int i = 0; i < attrs.size(); i++) {
            names[i] = attrs.get(i).name().name();
        }
        this.current = null;
        this.args.clear();
    }

    Attribute current() {
        return current;
    }

    /** Prisma names the attribute {@code "@" + name} here, even for block attributes ({@code @index}). */
    String currentName() {
        return "@" + current.name().name();
    }

    void attributeError(String message) {
        diagnostics.add(PslErrors.attributeValidation(message, currentName(), current.span()));
    }

    boolean optionalSingle(String name) {
        // most fields lack most attributes: answer that without allocating
        int first = -1;
        int count = 0;
        for (int i = 0; i < attributes.size(); i++) {
            if (names[i].equals(name)) {
                if (count++ == 0) {
                    first = i;
                }
            }
        }
        if (count == 0) {
            return false;
        }
        if (count == 1) {
            used[first] = true;
            return setAttribute(attributes.get(first));
        }
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < attributes.size(); i++) {
            if (attributes.get(i).name().name().equals(name)) {
                found.add(i);
            }
        }
        if (found.isEmpty()) {
            return false;
        }
        if (found.size() > 1) {
            for (int i : found) {
                diagnostics.add(PslErrors.duplicateAttribute(name, attributes.get(i).span()));
                used[i] = true;
            }
            return false;
        }
        used[found.get(0)] = true;
        return setAttribute(attributes.get(found.get(0)));
    }

    boolean repeated(String name) {
        for (int i = 0; i < attributes.size(); i++) {
            if (!used[i] && names[i].equals(name)) {
                used[i] = true;
                if (setAttribute(attributes.get(i))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The native type attribute ({@code @db.X}), if any; a second one is a duplicate error. */
    Optional<Attribute> datasourceScoped() {
        Attribute found = null;
        for (int i = 0; i < attributes.size(); i++) {
            Attribute a = attributes.get(i);
            int dot = a.name().name().indexOf('.');
            if (dot < 0) {
                continue;
            }
            used[i] = true;
            if (found != null) {
                diagnostics.add(PslErrors.duplicateAttribute(a.name().name().substring(0, dot), a.span()));
            }
            found = a;
        }
        return Optional.ofNullable(found);
    }

    private boolean setAttribute(Attribute attribute) {
        // the attribute's own arguments, then those of each function call among them; no list of lists, since
        // this runs for every attribute of the schema
        boolean reasonablyValid = checkArguments(attribute.arguments(), attribute);
        List<Argument> arguments = attribute.arguments().arguments();
        for (int i = 0; i < arguments.size(); i++) {
            if (arguments.get(i).value() instanceof Expression.FunctionCall f) {
                reasonablyValid &= checkArguments(f.arguments(), attribute);
            }
        }
        if (!reasonablyValid) {
            return false;
        }
        current = attribute;
        args.clear();
        List<String> unnamed = null;
        List<Argument> list = attribute.arguments().arguments();
        for (int i = 0; i < list.size(); i++) {
            Argument a = list.get(i);
            String key = a.name().isPresent() ? a.name().get().name() : UNNAMED;
            Integer existing = args.put(key, i);
            if (existing != null) {
                if (a.isPositional()) {
                    if (unnamed == null) {
                        unnamed = new ArrayList<>();
                        unnamed.add(list.get(existing).value().source());
                    }
                    unnamed.add(a.value().source());
                } else {
                    diagnostics.add(PslErrors.duplicateArgument(key, a.span()));
                }
            }
        }
        if (unnamed != null) {
            attributeError("You provided multiple unnamed arguments. This is not possible. Did you forget the brackets?"
                    + " Did you mean `[" + String.join(", ", unnamed) + "]`?");
        }
        return true;
    }

    /** Empty arguments and trailing commas in {@code list}, reported; false when an argument lacks a value. */
    private boolean checkArguments(ArgumentsList list, Attribute attribute) {
        boolean reasonablyValid = true;
        String attrName = list.emptyArguments().isEmpty() && list.trailingComma().isEmpty() ? null
                : "@" + attribute.name().name(); // built only for a diagnostic
        for (Identifier empty : list.emptyArguments()) {
            diagnostics.add(PslErrors.attributeValidation("The `" + empty.name() + "` argument is missing a value.",
                    attrName, empty.span()));
            reasonablyValid = false;
        }
        List<Argument> listArguments = list.arguments();
        for (int i = 0; i < listArguments.size(); i++) {
            if (listArguments.get(i).value() instanceof Expression.ArrayValue arr) {
                for (Expression e : arr.values()) {
                    if (e instanceof Expression.FunctionCall f) {
                        for (Identifier empty : f.arguments().emptyArguments()) {
                            diagnostics.add(PslErrors.attributeValidation(
                                    "The `" + empty.name() + "` argument is missing a value.",
                                    "@@" + attribute.name().name(), empty.span()));
                        }
                    }
                }
            }
        }
        if (list.trailingComma().isPresent()) {
            diagnostics.add(PslErrors.attributeValidation(
                    "Trailing commas are not valid in attribute arguments, please remove the comma.", attrName,
                    list.trailingComma().get()));
        }
        return reasonablyValid;
    }

    /** The argument named {@code name}, else the unnamed one; reports a missing or doubly given argument. */
    Optional<Expression> defaultArg(String name) {
        Integer named = args.remove(name);
        Integer unnamed = args.remove(UNNAMED);
        if (named != null && unnamed != null) {
            diagnostics.add(PslErrors.duplicateDefaultArgument(name, arg(named).span()));
            return Optional.empty();
        }
        if (named == null && unnamed == null) {
            diagnostics.add(PslErrors.argumentNotFound(name, current.span()));
            return Optional.empty();
        }
        return Optional.of(arg(named != null ? named : unnamed).value());
    }

    /** Like {@link #defaultArg}, but problems are dropped (Prisma's {@code visit_default_arg(..).ok()}). */
    Optional<Expression> defaultArgQuietNoMissing(String name) {
        Integer named = args.remove(name);
        Integer unnamed = args.remove(UNNAMED);
        if (named != null && unnamed != null || named == null && unnamed == null) {
            return Optional.empty();
        }
        return Optional.of(arg(named != null ? named : unnamed).value());
    }

    Optional<Expression> optionalArg(String name) {
        Integer idx = args.remove(name);
        return idx == null ? Optional.empty() : Optional.of(arg(idx).value());
    }

    private Argument arg(int idx) {
        return current.arguments().arguments().get(idx);
    }

    void validateArgs() {
        for (int i = 0; i < args.size; i++) {
            diagnostics.add(PslErrors.unusedArgument(arg(args.indexes[i]).span()));
        }
        discardArgs();
    }

    void discardArgs() {
        current = null;
        args.clear();
    }

    void finish() {
        for (int i = 0; i < attributes.size(); i++) {
            if (!used[i]) {
                Attribute a = attributes.get(i);
                diagnostics.add(PslErrors.attributeNotKnown(a.name().name(), a.span()));
            }
        }
        attributes = List.of();
    }

    /** An insertion-ordered map from argument name to index with LinkedHashMap's put/remove semantics. */
    private static final class ArgIndex {
        String[] keys = new String[8];
        int[] indexes = new int[8];
        int size;

        void clear() {
            java.util.Arrays.fill(keys, 0, size, null);
            size = 0;
        }

        /** Like {@code Map.put}: a known key keeps its place and gets the new index; returns the old one. */
        Integer put(String key, int index) {
            for (int i = 0; i < size; i++) {
                if (keys[i].equals(key)) {
                    int old = indexes[i];
                    indexes[i] = index;
                    return old;
                }
            }
            if (size == keys.length) {
                keys = java.util.Arrays.copyOf(keys, size * 2);
                indexes = java.util.Arrays.copyOf(indexes, size * 2);
            }
            keys[size] = key;
            indexes[size++] = index;
            return null;
        }

        Integer remove(String key) {
            for (int i = 0; i < size; i++) {
                if (keys[i].equals(key)) {
                    int old = indexes[i];
                    System.arraycopy(keys, i + 1, keys, i, size - i - 1);
                    System.arraycopy(indexes, i + 1, indexes, i, size - i - 1);
                    keys[--size] = null;
                    return old;
                }
            }
            return null;
        }
    }
}
