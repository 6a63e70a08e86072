package dev.keel.observe;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A strict reader of Prometheus' text exposition format 0.0.4, written from its specification
 * (prometheus.io/docs/instrumenting/exposition_formats): {@code # HELP name text}, {@code # TYPE name type}, and
 * {@code name{label="value",...} value [timestamp]}, label values with {@code \\}, {@code \"} and {@code \n}
 * escapes. Anything else fails, as does a sample whose family has no TYPE line before it.
 */
final class ExpositionParser {
    record Sample(String name, Map<String, String> labels, double value) {
    }

    private static final Pattern NAME = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
    private static final Pattern LABEL_NAME = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");
    private static final Pattern HELP = Pattern.compile("# HELP ([a-zA-Z_:][a-zA-Z0-9_:]*) (.*)");
    private static final Pattern TYPE = Pattern.compile(
            "# TYPE ([a-zA-Z_:][a-zA-Z0-9_:]*) (counter|gauge|histogram|summary|untyped)");

    private ExpositionParser() {
    }

    static List<Sample> parse(String text) {
        if (!text.isEmpty() && !text.endsWith("\n")) {
            throw new IllegalArgumentException("the last line does not end with a line feed");
        }
        Map<String, String> types = new HashMap<>();
        List<Sample> out = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("#")) {
                Matcher t = TYPE.matcher(line);
                if (t.matches()) {
                    if (types.put(t.group(1), t.group(2)) != null) {
                        throw new IllegalArgumentException("second TYPE line for " + t.group(1));
                    }
                    continue;
                }
                Matcher h = HELP.matcher(line);
                if (!h.matches() && (line.startsWith("# HELP") || line.startsWith("# TYPE"))) {
                    throw new IllegalArgumentException("malformed: " + line);
                }
                continue;
            }
            out.add(sample(line, types));
        }
        return out;
    }

    private static Sample sample(String line, Map<String, String> types) {
        Matcher n = NAME.matcher(line);
        if (!n.lookingAt()) {
            throw new IllegalArgumentException("no metric name: " + line);
        }
        String name = n.group();
        if (!types.containsKey(name)) {
            throw new IllegalArgumentException("sample before its TYPE line: " + line);
        }
        int i = n.end();
        Map<String, String> labels = new LinkedHashMap<>();
        if (i < line.length() && line.charAt(i) == '{') {
            i++;
            while (line.charAt(i) != '}') {
                Matcher l = LABEL_NAME.matcher(line).region(i, line.length());
                if (!l.lookingAt() || line.charAt(l.end()) != '=' || line.charAt(l.end() + 1) != '"') {
                    throw new IllegalArgumentException("malformed label at " + i + ": " + line);
                }
                i = l.end() + 2;
                StringBuilder v = new StringBuilder();
                while (line.charAt(i) != '"') {
                    char ch = line.charAt(i);
                    if (ch == '\\') {
                        char next = line.charAt(i + 1);
                        switch (next) {
                            case '\\' -> v.append('\\');
                            case '"' -> v.append('"');
                            case 'n' -> v.append('\n');
                            default -> throw new IllegalArgumentException("bad escape \\" + next + ": " + line);
                        }
                        i += 2;
                    } else {
                        v.append(ch);
                        i++;
                    }
                }
                if (labels.put(l.group(), v.toString()) != null) {
                    throw new IllegalArgumentException("label twice: " + line);
                }
                i++;
                if (line.charAt(i) == ',') {
                    i++;
                }
            }
            i++;
        }
        if (line.charAt(i) != ' ') {
            throw new IllegalArgumentException("no space before the value: " + line);
        }
        String[] rest = line.substring(i + 1).split(" ");
        if (rest.length > 2) {
            throw new IllegalArgumentException("trailing text: " + line);
        }
        double value = switch (rest[0]) {
            case "+Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            case "NaN" -> Double.NaN;
            default -> {
                if (!rest[0].matches("[+-]?[0-9]+(\\.[0-9]+)?([eE][+-]?[0-9]+)?")) {
                    throw new IllegalArgumentException("not a number: " + line);
                }
                yield Double.parseDouble(rest[0]);
            }
        };
        return new Sample(name, labels, value);
    }
}
