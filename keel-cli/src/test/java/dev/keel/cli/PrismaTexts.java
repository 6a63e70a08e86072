package dev.keel.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Prisma's own error texts, kept in {@code cli/prisma-p1xxx.txt} (where each comes from is written there): a block
 * {@code == CODE} followed by the message, with placeholders such as {@code {location}}; lines starting with {@code #}
 * are notes.
 */
final class PrismaTexts {
    private static final Map<String, String> TEXTS = load();

    private PrismaTexts() {
    }

    static String get(String code) {
        String text = TEXTS.get(code);
        if (text == null) {
            throw new IllegalArgumentException("no Prisma text for " + code);
        }
        return text;
    }

    private static Map<String, String> load() {
        try (InputStream in = PrismaTexts.class.getResourceAsStream("/cli/prisma-p1xxx.txt")) {
            Map<String, String> texts = new LinkedHashMap<>();
            String code = null;
            StringBuilder text = new StringBuilder();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1)) {
                if (line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("== ")) {
                    if (code != null) {
                        texts.put(code, text.toString().strip());
                    }
                    code = line.substring(3).strip();
                    text.setLength(0);
                } else if (code != null) {
                    text.append(line).append('\n');
                }
            }
            if (code != null) {
                texts.put(code, text.toString().strip());
            }
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
