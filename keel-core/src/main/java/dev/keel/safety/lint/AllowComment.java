package dev.keel.safety.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A suppression written on the line(s) just before a statement: {@code -- keel:allow <rule> <reason>}. The reason
 * is required — a bare allow suppresses nothing and is itself a finding — so the file records why the risk was
 * accepted.
 */
record AllowComment(int line, String ruleId, Optional<Rule> rule, String reason) {
    private static final String MARK = "keel:allow";

    /** The allow comments in {@code gap}, the text between the previous statement and this one. */
    static List<AllowComment> in(String gap, int gapFirstLine) {
        List<AllowComment> out = new ArrayList<>();
        String[] lines = gap.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].strip();
            if (!l.startsWith("--")) {
                continue;
            }
            String body = l.substring(2).strip();
            if (!body.startsWith(MARK)) {
                continue;
            }
            String rest = body.substring(MARK.length()).strip();
            int sp = rest.indexOf(' ');
            String id = sp < 0 ? rest : rest.substring(0, sp);
            String reason = sp < 0 ? "" : rest.substring(sp + 1).strip();
            out.add(new AllowComment(gapFirstLine + i, id, Rule.byId(id), reason));
        }
        return out;
    }

    boolean suppresses(Finding f) {
        return !reason.isEmpty() && rule.map(r -> r == f.rule()).orElse(false);
    }
}
