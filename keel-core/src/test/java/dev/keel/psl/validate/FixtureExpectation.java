package dev.keel.psl.validate;

/** Splits a validation fixture the way Prisma's validation_tests.rs does: the trailing {@code //} block. */
final class FixtureExpectation {
    private FixtureExpectation() {
    }

    static String expected(String text) {
        int blockStart = -1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) != '\n') {
                continue;
            }
            if (i + 2 >= text.length()) {
                continue;
            }
            if (text.charAt(i + 1) == '/' && text.charAt(i + 2) == '/') {
                if (blockStart < 0) {
                    blockStart = i + 1;
                }
            } else {
                blockStart = -1;
            }
        }
        if (blockStart < 0) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        String block = text.substring(blockStart);
        // Rust's str::lines(): no empty last line after a final newline.
        if (block.endsWith("\n")) {
            block = block.substring(0, block.length() - 1);
        }
        for (String line : block.split("\n", -1)) {
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            String stripped = line;
            while (stripped.startsWith("// ")) {
                stripped = stripped.substring(3);
            }
            out.append(stripped).append('\n');
        }
        return out.toString();
    }
}
