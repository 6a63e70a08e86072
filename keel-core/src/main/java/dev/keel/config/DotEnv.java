package dev.keel.config;

import dev.keel.api.ErrorCode;
import dev.keel.api.KeelException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A project's {@code .env} file, read as Prisma's CLI reads it (the dotenv format): {@code KEY=value} lines,
 * optional {@code export } prefix, {@code #} comments, single/double/back-quoted values (double quotes expand
 * {@code \n}), and unquoted values trimmed with an inline {@code #} comment cut. Variables already in the
 * process environment win, as with dotenv.
 */
public final class DotEnv {
    public static final String FILE = ".env";

    private DotEnv() {
    }

    /** The file's variables, or an empty map when there is no file. */
    public static Map<String, String> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new KeelException(ErrorCode.IO, "Could not read " + file + ": " + e.getMessage(), e);
        }
    }

    /** {@code environment} over the variables of {@code file}: the process environment wins. */
    public static Map<String, String> overlay(Map<String, String> environment, Path file) {
        Map<String, String> fromFile = read(file);
        if (fromFile.isEmpty()) {
            return environment;
        }
        Map<String, String> out = new LinkedHashMap<>(fromFile);
        out.putAll(environment);
        return out;
    }

    static Map<String, String> parse(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int eol = text.indexOf('\n', i);
            String line = text.substring(i, eol < 0 ? n : eol);
            int next = eol < 0 ? n : eol + 1;
            String trimmed = line.strip();
            if (trimmed.startsWith("export ")) {
                trimmed = trimmed.substring("export ".length()).strip();
            }
            int eq = trimmed.indexOf('=');
            if (trimmed.isEmpty() || trimmed.startsWith("#") || eq <= 0) {
                i = next;
                continue;
            }
            String key = trimmed.substring(0, eq).strip();
            String rest = text.substring(i + line.indexOf('=') + 1).stripLeading();
            // Values in quotes may span lines; the closing quote ends them.
            if (!rest.isEmpty() && (rest.charAt(0) == '"' || rest.charAt(0) == '\'' || rest.charAt(0) == '`')) {
                char q = rest.charAt(0);
                int close = rest.indexOf(q, 1);
                if (close > 0) {
                    String value = rest.substring(1, close);
                    if (q == '"') {
                        value = value.replace("\\n", "\n").replace("\\r", "\r");
                    }
                    out.put(key, value);
                    int consumed = text.length() - rest.length() + close + 1;
                    int after = text.indexOf('\n', consumed);
                    i = after < 0 ? n : after + 1;
                    continue;
                }
            }
            String value = trimmed.substring(eq + 1);
            int hash = value.indexOf(" #");
            if (hash >= 0) {
                value = value.substring(0, hash);
            }
            out.put(key, value.strip());
            i = next;
        }
        return out;
    }
}
