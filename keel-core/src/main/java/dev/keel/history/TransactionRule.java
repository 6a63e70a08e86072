package dev.keel.history;

import java.util.List;
import java.util.Optional;

/**
 * Which statements PostgreSQL refuses to run inside a transaction block (SQLSTATE 25001), recognised from their
 * leading words. A migration file containing one of them cannot be sent as one implicit transaction.
 */
public final class TransactionRule {
    private TransactionRule() {
    }

    /** Why {@code st} must run outside a transaction block on a server of {@code serverVersionNum}, if it must. */
    public static Optional<String> outsideTransactionReason(SqlStatement st, int serverVersionNum) {
        String w0 = st.word(0);
        switch (w0) {
            case "CREATE":
                if (st.startsWith("CREATE", "INDEX", "CONCURRENTLY")
                        || st.startsWith("CREATE", "UNIQUE", "INDEX", "CONCURRENTLY")) {
                    return Optional.of("CREATE INDEX CONCURRENTLY");
                }
                if (st.startsWith("CREATE", "DATABASE") || st.startsWith("CREATE", "TABLESPACE")
                        || st.startsWith("CREATE", "SUBSCRIPTION")) {
                    return Optional.of("CREATE " + st.word(1));
                }
                return Optional.empty();
            case "DROP":
                if (st.startsWith("DROP", "INDEX", "CONCURRENTLY")) {
                    return Optional.of("DROP INDEX CONCURRENTLY");
                }
                if (st.startsWith("DROP", "DATABASE") || st.startsWith("DROP", "TABLESPACE")
                        || st.startsWith("DROP", "SUBSCRIPTION")) {
                    return Optional.of("DROP " + st.word(1));
                }
                return Optional.empty();
            case "REINDEX":
                if (st.words().contains("CONCURRENTLY")) {
                    return Optional.of("REINDEX CONCURRENTLY");
                }
                if (st.words().contains("DATABASE") || st.words().contains("SYSTEM")) {
                    return Optional.of("REINDEX DATABASE/SYSTEM");
                }
                return Optional.empty();
            case "VACUUM":
                return Optional.of("VACUUM");
            case "ALTER":
                if (st.startsWith("ALTER", "SYSTEM")) {
                    return Optional.of("ALTER SYSTEM");
                }
                if (st.startsWith("ALTER", "TABLE") && containsSequence(st.words(), "DETACH", "PARTITION")
                        && st.words().contains("CONCURRENTLY")) {
                    return Optional.of("DETACH PARTITION CONCURRENTLY");
                }
                if (serverVersionNum < 120000 && st.startsWith("ALTER", "TYPE")
                        && containsSequence(st.words(), "ADD", "VALUE")) {
                    return Optional.of("ALTER TYPE … ADD VALUE (PostgreSQL 11 and older)");
                }
                return Optional.empty();
            default:
                return Optional.empty();
        }
    }

    /** Transaction control written in the file itself: BEGIN, START TRANSACTION, COMMIT, END, ROLLBACK, ABORT. */
    public static boolean isTransactionControl(SqlStatement st) {
        switch (st.word(0)) {
            case "BEGIN":
            case "COMMIT":
            case "END":
            case "ROLLBACK":
            case "ABORT":
                return true;
            case "START":
                return st.word(1).equals("TRANSACTION");
            default:
                return false;
        }
    }

    private static boolean containsSequence(List<String> words, String a, String b) {
        for (int i = 0; i + 1 < words.size(); i++) {
            if (words.get(i).equals(a) && words.get(i + 1).equals(b)) {
                return true;
            }
        }
        return false;
    }
}
