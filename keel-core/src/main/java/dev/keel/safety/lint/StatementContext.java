package dev.keel.safety.lint;

import dev.keel.history.SqlStatement;
import dev.keel.safety.probe.RelationLock;
import dev.keel.safety.probe.StatementProbe;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything known about one statement once PostgreSQL has run it on the shadow database: its tokens, the probe's
 * locks, rewrites and scans, and the catalog at the start of the file, just before and just after it. A relation
 * is "existing" when it was there at the start of the file: tables the same file creates are new and exempt from
 * the lock rules. {@code rows} are live row estimates by relation name when judging against a real database.
 */
record StatementContext(String file, SqlStatement statement, List<Token> tokens, Optional<StatementProbe> probe,
                        CatalogSnapshot fileStart, CatalogSnapshot before, CatalogSnapshot after,
                        Map<String, Long> rows, LintOptions options, PrismaNames names) {

    boolean enabled(Rule rule) {
        return options.enabled(rule);
    }

    boolean existing(long relOid) {
        return fileStart.relations().containsKey(relOid);
    }

    boolean has(String word) {
        return tokens.stream().anyMatch(t -> t.is(word));
    }

    boolean startsWith(String... words) {
        for (int i = 0; i < words.length; i++) {
            if (i >= tokens.size() || !tokens.get(i).is(words[i])) {
                return false;
            }
        }
        return true;
    }

    /** Whether the statement contains {@code a} directly followed by {@code b}. */
    boolean hasPair(String a, String b) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).is(a) && tokens.get(i + 1).is(b)) {
                return true;
            }
        }
        return false;
    }

    Optional<RelationLock> lockOn(String relation) {
        return probe.flatMap(p -> p.locks().stream().filter(l -> l.relation().equals(relation)).findFirst());
    }

    boolean rewrote(String relation) {
        return probe.map(p -> p.rewritten().contains(relation)).orElse(false);
    }

    boolean scanned(String relation) {
        return probe.map(p -> p.scanned().contains(relation)).orElse(false);
    }

    /** " (~1,234 rows)" for a live table, else empty. */
    String rowsNote(String relation) {
        Long n = rows.get(relation);
        return n == null || n < 0 ? "" : String.format(" (~%,d rows)", n);
    }

    String sql() {
        return statement.sql();
    }

    Finding finding(Rule rule, String relation, String message, String fix) {
        Optional<RelationLock> lock = relation == null ? Optional.empty() : lockOn(relation);
        return new Finding(rule, file, statement.line(), excerpt(statement.sql()), lock, message, fix);
    }

    static String excerpt(String sql) {
        String one = sql.strip().replaceAll("\\s+", " ");
        return one.length() <= 100 ? one : one.substring(0, 97) + "...";
    }
}
