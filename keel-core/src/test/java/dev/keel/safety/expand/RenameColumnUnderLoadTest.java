package dev.keel.safety.expand;

import dev.keel.api.DeployResult;
import dev.keel.api.Keel;
import dev.keel.introspect.Introspector;
import dev.keel.schema.QualifiedName;
import dev.keel.schema.Schema;
import dev.keel.schema.Table;
import dev.keel.testing.PgExtension;
import dev.keel.testing.TestDb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Done-when 4 of issue 5: while release 1 of a rename plan is deployed (column added, trigger, batched backfill,
 * indexes and constraints copied), several threads write through the OLD column name and several through the NEW
 * one, on real PostgreSQL. Afterwards no row and no write is lost: the row count is the seeded rows plus every
 * committed insert, both columns hold the same value in every row, and each row holds the last value its writer
 * committed (or its seeded value). Then release 3 (via {@link PlanFiles#advance}) drops the old column and keeps
 * every value. Two tables: a serial key with a plain index, and a composite key whose column has a foreign key and
 * an expression index with a predicate.
 */
@ExtendWith(PgExtension.class)
class RenameColumnUnderLoadTest {
    static final int SEEDED = 20_000;
    static final int WRITERS = 4;

    /**
     * A table to rename a column of under load. {@code key}: SQL giving a row's key as text; {@code insert}: takes
     * (value) or (value, tenant, sequence) and returns the key, {@code {col}} is the column written; {@code update}:
     * takes (value, key) or (value, key, key); values written are {@code base + random(range)}.
     */
    record Scenario(String table, String init, String oldColumn, String newColumn, String key, String insert,
                    String update, int base, int range) {
        String insert(String column) {
            return insert.replace("{col}", "\"" + column + "\"");
        }

        String update(String column) {
            return update.replace("{col}", "\"" + column + "\"");
        }
    }

    @Test
    void noRowAndNoWriteIsLost(TestDb db, @TempDir Path tmp) throws Exception {
        Scenario s = new Scenario("Wallet", """
                CREATE TABLE "Wallet" (
                    "id" SERIAL NOT NULL,
                    "balAvail" INTEGER NOT NULL DEFAULT 0,
                    "note" TEXT,
                    CONSTRAINT "Wallet_pkey" PRIMARY KEY ("id")
                );
                CREATE INDEX "Wallet_balAvail_idx" ON "Wallet"("balAvail");
                """, "balAvail", "balance_available_cents", "\"id\"::text",
                "INSERT INTO \"Wallet\" ({col}) VALUES (?) RETURNING \"id\"::text",
                "UPDATE \"Wallet\" SET {col} = ? WHERE \"id\" = ?::int", 1_000_000, 1_000_000);
        String seed = "INSERT INTO \"Wallet\" (\"balAvail\") SELECT g * 7 % 1000 FROM generate_series(1, " + SEEDED
                + ") g";
        ExpandContractPlan plan = run(db, tmp, s, seed, List.of("20240301090000_rename_wallet_balavail_r1_expand",
                "20240301090001_rename_wallet_balavail_r1_backfill", "20240301090002_rename_wallet_balavail_r1_index_1"));
        try (Connection c = db.connect()) {
            Table after = Introspector.introspect(c, List.of("public")).table(new QualifiedName("public", "Wallet"))
                    .orElseThrow();
            assertThat(after.column(s.newColumn()).orElseThrow().defaultValue()).isPresent();
            assertThat(after.index("Wallet_balance_available_cents_idx")).isPresent();
        }
        assertThat(plan.name()).isEqualTo("rename_wallet_balavail");
    }

    @Test
    void compositeKeyWithForeignKeyAndExpressionIndex(TestDb db, @TempDir Path tmp) throws Exception {
        Scenario s = new Scenario("Ledger", """
                CREATE TABLE "Acct" ("id" INTEGER NOT NULL, CONSTRAINT "Acct_pkey" PRIMARY KEY ("id"));
                INSERT INTO "Acct" SELECT g FROM generate_series(1, 100000) g;
                CREATE TABLE "Ledger" (
                    "tenant" INTEGER NOT NULL,
                    "seq" INTEGER NOT NULL,
                    "acct" INTEGER NOT NULL,
                    CONSTRAINT "Ledger_pkey" PRIMARY KEY ("tenant", "seq")
                );
                ALTER TABLE "Ledger" ADD CONSTRAINT "Ledger_acct_fkey" FOREIGN KEY ("acct") REFERENCES "Acct"("id")
                    ON DELETE RESTRICT ON UPDATE CASCADE;
                CREATE INDEX "Ledger_acct_bucket_idx" ON "Ledger" (("acct" % 97)) WHERE "acct" > 10;
                """, "acct", "account_id", "\"tenant\" || ':' || \"seq\"",
                "INSERT INTO \"Ledger\" ({col}, \"tenant\", \"seq\") VALUES (?, ?, ?) RETURNING \"tenant\" || ':' "
                        + "|| \"seq\"",
                "UPDATE \"Ledger\" SET {col} = ? WHERE \"tenant\" = split_part(?, ':', 1)::int AND \"seq\" = "
                        + "split_part(?, ':', 2)::int", 1, 100_000);
        String seed = "INSERT INTO \"Ledger\" SELECT g % 8, g, g * 7 % 1000 + 1 FROM generate_series(1, " + SEEDED
                + ") g";
        run(db, tmp, s, seed, List.of("20240301090000_rename_ledger_acct_r1_expand",
                "20240301090001_rename_ledger_acct_r1_backfill", "20240301090002_rename_ledger_acct_r1_index_1",
                "20240301090003_rename_ledger_acct_r1_constraints"));
        assertThat(db.column("SELECT pg_get_indexdef('\"Ledger_account_id_bucket_idx\"'::regclass)")).containsExactly(
                "CREATE INDEX \"Ledger_account_id_bucket_idx\" ON public.\"Ledger\" USING btree (((account_id % 97))) "
                        + "WHERE (account_id > 10)");
        assertThat(db.column("SELECT conname || ' ' || pg_get_constraintdef(oid) || ' ' || convalidated FROM "
                + "pg_constraint WHERE conrelid = '\"Ledger\"'::regclass AND contype = 'f'")).containsExactly(
                "Ledger_account_id_fkey FOREIGN KEY (account_id) REFERENCES \"Acct\"(id) ON UPDATE CASCADE ON DELETE "
                        + "RESTRICT true");
        assertThat(db.column("SELECT count(*) FROM \"Ledger\" l LEFT JOIN \"Acct\" a ON a.\"id\" = l.\"account_id\" "
                + "WHERE a.\"id\" IS NULL")).containsExactly("0");
    }

    private static ExpandContractPlan run(TestDb db, Path tmp, Scenario s, String seed, List<String> release1)
            throws Exception {
        Path dir = tmp.resolve("migrations");
        Files.createDirectories(dir.resolve("20240101000000_init"));
        Files.writeString(dir.resolve("migration_lock.toml"), "provider = \"postgresql\"\n");
        Files.writeString(dir.resolve("20240101000000_init/migration.sql"), s.init());
        Keel keel = Keel.configure().workingDir(tmp).migrationsDir(dir).databaseUrl(db.url().toString())
                .environment(Map.of()).build();
        assertThat(keel.deploy().failure()).isEmpty();
        db.execute(seed);
        Map<String, Integer> seeded = values(db, s, s.oldColumn());
        assertThat(seeded).hasSize(SEEDED);

        Table table;
        ColumnDependents dependents;
        try (Connection c = db.connect()) {
            Schema schema = Introspector.introspect(c, List.of("public"));
            table = schema.table(new QualifiedName("public", s.table())).orElseThrow();
            dependents = ColumnDependents.read(c, table.name(), s.oldColumn(), s.newColumn(), Optional.empty());
        }
        ExpandContractPlan plan = ColumnPlans.renameColumn(table, s.oldColumn(), s.newColumn(), dependents);
        assertThat(plan.notes()).isEmpty();
        List<Path> written = PlanFiles.write(dir, LocalDateTime.of(2024, 3, 1, 9, 0), plan);
        assertThat(written).extracting(p -> p.getFileName().toString()).containsExactlyElementsOf(release1);
        assertThat(written.get(0).resolve("PLAN.md")).exists();
        assertThat(PlanFiles.find(dir, plan.name()).orElseThrow().pendingReleases()).containsExactly(3);

        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger failures = new AtomicInteger();
        Map<String, Integer> expected = new ConcurrentHashMap<>();
        AtomicInteger inserts = new AtomicInteger();
        AtomicInteger newWrites = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        List<String> keys = new ArrayList<>(seeded.keySet());
        keys.sort(null);
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            String column = w % 2 == 0 ? s.oldColumn() : s.newColumn();
            List<String> own = new ArrayList<>();
            for (int i = writer; i < keys.size(); i += WRITERS) {
                own.add(keys.get(i));
            }
            Thread t = new Thread(() -> write(db, s, writer, column, own, stop, expected, inserts, newWrites,
                    failures), "writer-" + w);
            threads.add(t);
            t.start();
        }
        Thread.sleep(300);
        long t0 = System.nanoTime();
        DeployResult r = keel.deploy();
        System.out.println(s.table() + ": release 1 deployed in " + (System.nanoTime() - t0) / 1_000_000 + " ms; "
                + r.applied());
        assertThat(r.failure()).isEmpty();
        assertThat(r.applied()).hasSize(release1.size());
        Thread.sleep(500);
        stop.set(true);
        for (Thread t : threads) {
            t.join();
        }
        System.out.println(s.table() + ": writers done; inserts " + inserts.get() + ", writes via new "
                + newWrites.get() + ", rows written " + expected.size());
        assertThat(failures.get()).as("failed writes").isZero();
        assertThat(newWrites.get()).as("writes through the new column during the plan").isGreaterThan(50);

        String t = "\"" + s.table() + "\"";
        assertThat(db.column("SELECT count(*) FROM " + t)).as("rows").containsExactly(
                String.valueOf(SEEDED + inserts.get()));
        assertThat(db.column("SELECT count(*) FROM " + t + " WHERE \"" + s.oldColumn() + "\" IS DISTINCT FROM \""
                + s.newColumn() + "\"")).as("rows where the columns differ").containsExactly("0");
        assertThat(db.column("SELECT \"backfill_rows\" > 0 AND \"backfilled_at\" IS NOT NULL AND \"release\" = 1 FROM "
                + "\"_keel\".\"plans\" WHERE \"name\" = '" + plan.name() + "'")).containsExactly("t");
        assertValues(db, s, s.newColumn(), seeded, expected);

        // Release 3: the contract migrations, written only now, drop the trigger and the old column.
        List<Path> contract = PlanFiles.advance(dir, LocalDateTime.of(2024, 4, 1, 9, 0), plan.name());
        assertThat(contract).extracting(p -> p.getFileName().toString()).containsExactly(
                "20240401090000_" + plan.name() + "_r3_contract", "20240401090001_" + plan.name() + "_r3_drop");
        assertThat(PlanFiles.find(dir, plan.name()).orElseThrow().pendingReleases()).isEmpty();
        DeployResult r3 = keel.deploy();
        assertThat(r3.failure()).isEmpty();
        try (Connection c = db.connect()) {
            Table after = Introspector.introspect(c, List.of("public")).table(new QualifiedName("public", s.table()))
                    .orElseThrow();
            assertThat(after.column(s.oldColumn())).isEmpty();
            assertThat(after.column(s.newColumn()).orElseThrow().nullable()).isFalse();
            assertThat(after.checks()).isEmpty();
        }
        assertValues(db, s, s.newColumn(), seeded, expected);
        assertThat(db.column("SELECT count(*) FROM pg_trigger WHERE tgrelid = '" + t + "'::regclass AND NOT "
                + "tgisinternal")).containsExactly("0");
        assertThat(db.column("SELECT count(*) FROM pg_constraint WHERE NOT convalidated")).containsExactly("0");
        return plan;
    }

    private static Map<String, Integer> values(TestDb db, Scenario s, String column) throws SQLException {
        Map<String, Integer> out = new HashMap<>();
        try (Connection c = db.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT " + s.key() + ", \"" + column + "\" FROM \"" + s.table() + "\"")) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getInt(2));
            }
        }
        return out;
    }

    /** Every row a writer touched holds its last committed value; every other seeded row its seeded value. */
    private static void assertValues(TestDb db, Scenario s, String column, Map<String, Integer> seeded,
                                     Map<String, Integer> expected) throws SQLException {
        Map<String, Integer> actual = values(db, s, column);
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Integer> e : actual.entrySet()) {
            Integer want = expected.getOrDefault(e.getKey(), seeded.get(e.getKey()));
            if (!e.getValue().equals(want)) {
                wrong.add("row " + e.getKey() + ": " + e.getValue() + ", expected " + want);
            }
        }
        assertThat(wrong).as("rows with a lost write").isEmpty();
        List<String> missing = expected.keySet().stream().filter(k -> !actual.containsKey(k)).toList();
        assertThat(missing).as("rows written and committed, then missing").isEmpty();
    }

    /**
     * One writer: inserts rows and updates rows it owns (its share of the seeded rows, and its own inserts), each
     * write in its own transaction, through {@code column} only. A writer of the new column waits until release 1
     * has added it.
     */
    private static void write(TestDb db, Scenario s, int writer, String column, List<String> own, AtomicBoolean stop,
                              Map<String, Integer> expected, AtomicInteger inserts, AtomicInteger newWrites,
                              AtomicInteger failures) {
        Random random = new Random(writer);
        int sequence = 0;
        try (Connection c = db.connect()) {
            if (column.equals(s.newColumn())) {
                while (!stop.get() && !hasColumn(c, s.table(), s.newColumn())) {
                    Thread.sleep(5);
                }
            }
            try (PreparedStatement insert = c.prepareStatement(s.insert(column));
                 PreparedStatement update = c.prepareStatement(s.update(column))) {
                boolean insertKeys = insert.getParameterMetaData().getParameterCount() == 3;
                int updateKeys = update.getParameterMetaData().getParameterCount() - 1;
                while (!stop.get()) {
                    int value = s.base() + random.nextInt(s.range());
                    try {
                        if (random.nextInt(4) == 0) {
                            insert.setInt(1, value);
                            sequence++;
                            if (insertKeys) {
                                insert.setInt(2, 100 + writer);
                                insert.setInt(3, sequence);
                            }
                            try (ResultSet rs = insert.executeQuery()) {
                                rs.next();
                                String key = rs.getString(1);
                                own.add(key);
                                expected.put(key, value);
                                inserts.incrementAndGet();
                            }
                        } else {
                            String key = own.get(random.nextInt(own.size()));
                            update.setInt(1, value);
                            update.setString(2, key);
                            if (updateKeys == 2) {
                                update.setString(3, key);
                            }
                            assertThat(update.executeUpdate()).isEqualTo(1);
                            expected.put(key, value);
                        }
                        if (column.equals(s.newColumn())) {
                            newWrites.incrementAndGet();
                        }
                    } catch (SQLException e) {
                        failures.incrementAndGet();
                        System.err.println("writer " + writer + ": " + e.getMessage());
                    }
                }
            }
        } catch (SQLException | InterruptedException e) {
            failures.incrementAndGet();
            System.err.println("writer " + writer + ": " + e);
        }
    }

    private static boolean hasColumn(Connection c, String table, String column) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM information_schema.columns WHERE table_name = "
                + "? AND column_name = ?")) {
            ps.setString(1, table);
            ps.setString(2, column);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }
}
