package dev.keel.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.keel.safety.lint.FileReport;
import dev.keel.safety.lint.Finding;
import dev.keel.safety.lint.LintError;
import dev.keel.safety.lint.LintResult;
import dev.keel.safety.lint.StatementReport;
import dev.keel.safety.probe.RelationLock;
import dev.keel.safety.probe.StatementProbe;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The three reporters of {@code keel lint} (also for {@code keel ci}): text, JSON and GitHub annotations. */
final class LintPrinter {
    private LintPrinter() {
    }

    /** {@code file:line: rule: message}, then the lock and the fix indented; a summary line last. */
    static String text(LintResult r, boolean probe) {
        StringBuilder b = new StringBuilder();
        r.notices().forEach(x -> finding(b, x));
        for (FileReport f : r.files()) {
            if (probe) {
                for (StatementReport s : f.statements()) {
                    b.append(f.file()).append(':').append(s.line()).append(": probe: ").append(s.excerpt())
                            .append('\n').append(probeText(s)).append('\n');
                }
            }
            f.findings().forEach(x -> finding(b, x));
            for (FileReport.Suppressed s : f.suppressed()) {
                b.append(s.finding().file()).append(':').append(s.finding().line()).append(": allowed: ")
                        .append(s.finding().rule().id).append(" (").append(s.reason()).append(")\n");
            }
            f.error().ifPresent(e -> b.append(e.file()).append(':').append(e.line()).append(": error: ")
                    .append(e.message().replace("\n", "\n  ")).append('\n'));
        }
        int n = r.findings().size() - r.notices().size();
        int errors = r.errors().size();
        int notices = r.notices().size();
        b.append(errors > 0 ? errors + (errors == 1 ? " file" : " files") + " could not be judged; " : "")
                .append(n == 0 ? "No findings" : n + (n == 1 ? " finding" : " findings"))
                .append(notices == 0 ? "" : " (and " + notices + (notices == 1 ? " notice" : " notices") + ")")
                .append(" in ").append(r.files().size()).append(r.files().size() == 1 ? " file" : " files")
                .append(", judged against ").append(r.context()).append(".\n");
        return b.toString();
    }

    /** The findings alone, in the text layout ({@code migrate dev} prints what it wrote this way). */
    static String findings(List<Finding> findings) {
        StringBuilder b = new StringBuilder();
        findings.forEach(x -> finding(b, x));
        return b.toString();
    }

    private static void finding(StringBuilder b, Finding x) {
        b.append(x.file()).append(':').append(x.line()).append(": ").append(x.rule().id).append(": ")
                .append(x.message()).append('\n');
        b.append("  statement: ").append(x.statement()).append('\n');
        x.lock().ifPresent(l -> b.append("  lock: ").append(l.describe()).append('\n'));
        b.append("  fix:\n");
        x.fix().lines().forEach(line -> b.append("    ").append(line).append('\n'));
    }

    private static String probeText(StatementReport s) {
        if (s.probe().isEmpty()) {
            return "  not run on the shadow database (transaction control, timeouts or a database-level command)";
        }
        StatementProbe p = s.probe().get();
        List<String> parts = new ArrayList<>();
        p.locks().forEach(l -> parts.add("  lock: " + l.describe()));
        p.rewritten().forEach(t -> parts.add("  rewrote: " + t));
        p.scanned().forEach(t -> parts.add("  scanned: " + t));
        if (!p.transactional()) {
            parts.add("  ran outside a transaction (locks sampled from another session)");
        }
        return parts.isEmpty() ? "  no lock on an existing relation" : String.join("\n", parts);
    }

    /** GitHub workflow commands: one annotation per finding and per error. */
    static String github(LintResult r) {
        StringBuilder b = new StringBuilder();
        for (Finding x : r.findings()) {
            String level = switch (x.rule().severity) {
                case ERROR -> "error";
                case NOTICE -> "notice";
                default -> "warning";
            };
            String msg = x.message() + x.lock().map(l -> "\nLock: " + l.describe()).orElse("") + "\nFix:\n" + x.fix();
            b.append("::").append(level).append(" file=").append(property(x.file())).append(",line=")
                    .append(x.line()).append(",title=").append(property("keel lint " + x.rule().id)).append("::")
                    .append(data(msg)).append('\n');
        }
        for (LintError e : r.errors()) {
            b.append("::error file=").append(property(e.file())).append(e.line() > 0 ? ",line=" + e.line() : "")
                    .append(",title=").append(property("keel lint")).append("::").append(data(e.message()))
                    .append('\n');
        }
        return b.toString();
    }

    private static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }

    static String json(LintResult r, boolean probe) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("context", r.context());
        root.put("exitCode", r.exitCode());
        root.put("findings", r.findings().stream().map(LintPrinter::finding).toList());
        root.put("suppressed", r.files().stream().flatMap(f -> f.suppressed().stream()).map(s -> {
            Map<String, Object> m = finding(s.finding());
            m.put("reason", s.reason());
            return m;
        }).toList());
        root.put("errors", r.errors().stream().map(e -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", e.file());
            m.put("line", e.line());
            m.put("message", e.message());
            return m;
        }).toList());
        if (probe) {
            List<Map<String, Object>> statements = new ArrayList<>();
            for (FileReport f : r.files()) {
                for (StatementReport s : f.statements()) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("file", f.file());
                    m.put("line", s.line());
                    m.put("statement", s.excerpt());
                    m.put("ran", s.probe().isPresent());
                    s.probe().ifPresent(p -> {
                        m.put("locks", p.locks().stream().map(LintPrinter::lock).toList());
                        m.put("rewritten", p.rewritten());
                        m.put("scanned", p.scanned());
                        m.put("transactional", p.transactional());
                        m.put("micros", p.micros());
                    });
                    statements.add(m);
                }
            }
            root.put("statements", statements);
        }
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Object> finding(Finding x) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rule", x.rule().id);
        m.put("severity", x.rule().severity.name().toLowerCase(java.util.Locale.ROOT));
        m.put("file", x.file());
        m.put("line", x.line());
        m.put("statement", x.statement());
        m.put("lock", x.lock().map(LintPrinter::lock).orElse(null));
        m.put("blocks", x.blocks());
        m.put("message", x.message());
        m.put("fix", x.fix());
        return m;
    }

    private static Map<String, Object> lock(RelationLock l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("mode", l.mode().sqlName);
        m.put("relation", l.relation());
        m.put("kind", l.kind());
        m.put("blocksReads", l.mode().blocksReads());
        m.put("blocksWrites", l.mode().blocksWrites());
        return m;
    }
}
