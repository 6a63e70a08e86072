package dev.keel.history;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/** Renders a database error raised by a migration script the way Prisma's P3018 message shows it. */
final class ScriptError {
    private ScriptError() {
    }

    static String sqlState(SQLException e) {
        return e.getSQLState() == null ? "none" : e.getSQLState();
    }

    /**
     * {@code SEVERITY: message}, then DETAIL and HINT lines, then the lines of {@code script} around the error
     * position when the server gave one ({@code offsetInScript} is where the statement that failed starts).
     */
    static String describe(SQLException e, String script, int offsetInScript) {
        StringBuilder sb = new StringBuilder();
        ServerErrorMessage sem = e instanceof PSQLException ? ((PSQLException) e).getServerErrorMessage() : null;
        if (sem == null) {
            return String.valueOf(e.getMessage());
        }
        sb.append(sem.getSeverity() == null ? "ERROR" : sem.getSeverity()).append(": ").append(sem.getMessage());
        if (sem.getDetail() != null) {
            sb.append("\nDETAIL: ").append(sem.getDetail());
        }
        if (sem.getHint() != null) {
            sb.append("\nHINT: ").append(sem.getHint());
        }
        if (sem.getPosition() > 0) {
            sb.append(position(script, offsetInScript + sem.getPosition() - 1));
        }
        return sb.toString();
    }

    /** Up to five lines before the failing one, numbered, then the failing line. */
    private static String position(String script, int charIndex) {
        List<String> lines = script.lines().toList();
        int seen = 0;
        for (int i = 0; i < lines.size(); i++) {
            seen += lines.get(i).length() + 1;
            if (charIndex < seen) {
                List<String> out = new ArrayList<>();
                for (int j = Math.max(0, i - 5); j < i; j++) {
                    String l = lines.get(j);
                    out.add(String.format("%3d%s%s", j + 1, l.isEmpty() ? "" : " ", l));
                }
                out.add(String.format("%3d %s", i + 1, lines.get(i)));
                return "\n\nPosition:\n" + String.join("\n", out);
            }
        }
        return "";
    }

    static String p3018(String migrationName, String sqlState, String databaseError) {
        return "A migration failed to apply. New migrations cannot be applied before the error is recovered from. "
                + "Read more about how to resolve migration issues in a production database: "
                + "https://pris.ly/d/migrate-resolve\n\nMigration name: " + migrationName
                + "\n\nDatabase error code: " + sqlState + "\n\nDatabase error:\n" + databaseError + "\n";
    }
}
