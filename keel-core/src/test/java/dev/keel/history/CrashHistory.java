package dev.keel.history;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The 30-migration history the crash and concurrency harnesses deploy. Every transactional migration records its
 * own name in {@code "Applied"} in the same file as its schema change, so "half-applied" is observable: the name
 * without the change, or the change without the name. Slow statements ({@code pg_sleep}, bulk inserts, concurrent
 * index builds over 40,000 rows) make kills land inside migrations, not only between them. Migrations 12 and 24 run
 * statement by statement (CREATE/DROP INDEX CONCURRENTLY).
 */
final class CrashHistory {
    static final int SIZE = 30;
    /** Names of the statement-by-statement migrations. */
    static final List<String> NON_TRANSACTIONAL = List.of(name(12), name(24));

    private CrashHistory() {
    }

    static String name(int i) {
        return String.format("202401%02d000000_step_%02d", i, i);
    }

    /** Writes the folder (with Prisma's lock file) under {@code dir}. */
    static Path write(Path dir) {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(MigrationsDir.LOCK_FILE), MigrationsDir.lockFileText("postgresql"));
            for (int i = 1; i <= SIZE; i++) {
                Path sub = dir.resolve(name(i));
                Files.createDirectories(sub);
                Files.writeString(sub.resolve(MigrationsDir.SCRIPT_FILE), script(i));
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Tables whose full contents the harnesses compare. */
    static List<String> dataTables() {
        List<String> out = new ArrayList<>(List.of("Applied", "Item", "Log12", "Log24"));
        for (int i = 2; i <= SIZE; i++) {
            if (!NON_TRANSACTIONAL.contains(name(i))) {
                out.add("T" + i);
            }
        }
        return out;
    }

    static String script(int i) {
        String mark = "INSERT INTO \"Applied\" (\"name\") VALUES ('" + name(i) + "');\n";
        if (i == 1) {
            return "-- CreateTable\nCREATE TABLE \"Applied\" (\"name\" TEXT NOT NULL, CONSTRAINT \"Applied_pkey\" "
                    + "PRIMARY KEY (\"name\"));\n\n-- CreateTable\nCREATE TABLE \"Item\" (\"id\" SERIAL NOT NULL, "
                    + "\"kind\" TEXT NOT NULL, \"n\" INTEGER NOT NULL, CONSTRAINT \"Item_pkey\" PRIMARY KEY (\"id\"));\n"
                    + "CREATE INDEX \"Item_n_idx\" ON \"Item\"(\"n\");\n" + mark;
        }
        if (i == 12) {
            // Non-transactional: runs before and after each concurrent build share Keel's transactions.
            return "CREATE TABLE \"Log12\" (\"n\" INTEGER PRIMARY KEY);\n"
                    + "INSERT INTO \"Log12\" VALUES (1);\n"
                    + "CREATE INDEX CONCURRENTLY \"Item_kind_idx\" ON \"Item\"(\"kind\");\n"
                    + "INSERT INTO \"Log12\" VALUES (2);\n"
                    + "SELECT pg_sleep(0.05);\n"
                    + "CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS \"Item_kind_n_key\" ON \"Item\"(\"kind\", \"n\");\n"
                    + "DROP INDEX CONCURRENTLY \"Item_n_idx\";\n"
                    + "INSERT INTO \"Log12\" VALUES (3);\n"
                    + mark;
        }
        if (i == 24) {
            return "CREATE TABLE \"Log24\" (\"n\" INTEGER PRIMARY KEY);\n"
                    + "INSERT INTO \"Log24\" VALUES (1);\n"
                    + "CREATE INDEX CONCURRENTLY \"T20_v_idx\" ON \"T20\"(\"v\");\n"
                    + "CREATE INDEX CONCURRENTLY \"Item_n_kind_idx\" ON \"Item\"(\"n\", \"kind\");\n"
                    + "INSERT INTO \"Log24\" VALUES (2);\n"
                    + mark;
        }
        StringBuilder sb = new StringBuilder();
        sb.append("-- CreateTable\nCREATE TABLE \"T").append(i).append("\" (\"id\" INTEGER NOT NULL, \"v\" TEXT, ")
                .append("CONSTRAINT \"T").append(i).append("_pkey\" PRIMARY KEY (\"id\"));\n");
        sb.append("INSERT INTO \"T").append(i).append("\" SELECT g, md5(g::text) FROM generate_series(1, ")
                .append(500 * (i % 5 + 1)).append(") g;\n");
        switch (i % 6) {
            case 0:
                sb.append("INSERT INTO \"Item\" (\"kind\", \"n\") SELECT 'k' || (g % 50), g + ").append(i * 100000)
                        .append(" FROM generate_series(1, 4000) g;\n");
                break;
            case 1:
                sb.append("SELECT pg_sleep(0.04);\n");
                break;
            case 2:
                sb.append("ALTER TABLE \"Item\" ADD COLUMN \"c").append(i).append("\" INTEGER NOT NULL DEFAULT ")
                        .append(i).append(";\n");
                break;
            case 3:
                sb.append("CREATE TYPE \"E").append(i).append("\" AS ENUM ('A', 'B');\n")
                        .append("ALTER TABLE \"T").append(i).append("\" ADD COLUMN \"e\" \"E").append(i)
                        .append("\" NOT NULL DEFAULT 'A';\n");
                break;
            case 4:
                sb.append("ALTER TABLE \"T").append(i).append("\" ADD COLUMN \"prevId\" INTEGER;\n")
                        .append("UPDATE \"T").append(i).append("\" SET \"prevId\" = \"id\" WHERE \"id\" <= 100;\n")
                        .append("ALTER TABLE \"T").append(i).append("\" ADD CONSTRAINT \"T").append(i)
                        .append("_prev_fkey\" FOREIGN KEY (\"prevId\") REFERENCES \"T").append(i - 1)
                        .append("\"(\"id\") ON DELETE RESTRICT ON UPDATE CASCADE;\n");
                break;
            default:
                sb.append("UPDATE \"Item\" SET \"kind\" = 'u' || (\"n\" % 7) WHERE \"n\" % 3 = 0;\n")
                        .append("SELECT pg_sleep(0.03);\n");
                break;
        }
        sb.append(mark);
        return sb.toString();
    }
}
