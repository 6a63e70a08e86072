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
 * Done-when 4 of issue 5: while release 1 of a rename plan is deployed (column added, trigger, batched backfill),
 * several threads write through the OLD column name and several through the NEW one, on real PostgreSQL. Afterwards
 * no row and no write is lost: the row count is the seeded rows plus every committed insert, both columns hold the
 * same value in every row, and each row holds the last value its writer committed (or its seeded value). Then
 * release 3 (via {@link PlanFiles#advance}) drops the old column and keeps every value.
 */
@ExtendWith(PgExtension.class)
class RenameColumnUnderLoadTest {
    static final int SEEDED = 20_000;
    static final int WRITERS = 4;
    static final String OLD = "balAvail";
    static final String NEW = "balance_available_cents";

    @Test
    void noRowAndNoWriteIsLost(TestDb db, @TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("migrations");
        Files.createDirectories(dir.resolve("20240101000000_init"));
        Files.writeString(dir.resolve("migration_lock.toml"), "provider = \"postgresql\"\n");
        Files.writeString(dir.resolve("20240101000000_init/migration.sql"), """
                CREATE TABLE "Wallet" (
                    "id" SERIAL NOT NULL,
                    "balAvail" INTEGER NOT NULL DEFAULT 0,
                    "note" TEXT,
                    CONSTRAINT "Wallet_pkey" PRIMARY KEY ("id")
                );
                CREATE INDEX "Wallet_balAvail_idx" ON "Wallet"("balAvail");
                """);
        Keel keel = Keel.configure().workingDir(tmp).migrationsDir(dir).databaseUrl(db.url().toString())
                .environment(Map.of()).build();
        assertThat(keel.deploy().failure()).isEmpty();
        db.execute("INSERT INTO \"Wallet\" (\"balAvail\") SELECT g * 7 % 1000 FROM generate_series(1, " + SEEDED
                + ") g");

        Table table;
        ColumnDependents dependents;
        try (Connection c = db.connect()) {
            Schema s = Introspector.introspect(c, List.of("public"));
            table = s.table(new QualifiedName("public", "Wallet")).orElseThrow();
            dependents = ColumnDependents.read(c, table.name(), OLD, NEW, Optional.empty());
        }
        ExpandContractPlan plan = ColumnPlans.renameColumn(table, OLD, NEW, dependents);
        List<Path> written = PlanFiles.write(dir, LocalDateTime.of(2024, 3, 1, 9, 0), plan);
        assertThat(written).extracting(p -> p.getFileName().toString()).containsExactly(
                "20240301090000_rename_wallet_balavail_r1_expand", "20240301090001_rename_wallet_balavail_r1_backfill",
                "20240301090002_rename_wallet_balavail_r1_index_1");
        assertThat(written.get(0).resolve("PLAN.md")).exists();
        assertThat(PlanFiles.find(dir, plan.name()).orElseThrow().pendingReleases()).containsExactly(3);

        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger failures = new AtomicInteger();
        Map<Integer, Integer> expected = new ConcurrentHashMap<>();
        AtomicInteger inserts = new AtomicInteger();
        AtomicInteger newWrites = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            String column = w % 2 == 0 ? OLD : NEW;
            Thread t = new Thread(() -> write(db, writer, column, stop, expected, inserts, newWrites, failures),
                    "writer-" + w);
            threads.add(t);
            t.start();
        }
        Thread.sleep(300);
        long t0 = System.nanoTime();
        DeployResult r = keel.deploy();
        System.out.println("release 1 deployed in " + (System.nanoTime() - t0) / 1_000_000 + " ms; " + r.applied());
        assertThat(r.failure()).isEmpty();
        assertThat(r.applied()).hasSize(3);
        Thread.sleep(500);
        stop.set(true);
        for (Thread t : threads) {
            t.join();
        }
        System.out.println("writers done; inserts " + inserts.get() + ", writes via new " + newWrites.get()
                + ", rows written " + expected.size());
        assertThat(failures.get()).as("failed writes").isZero();
        assertThat(newWrites.get()).as("writes through the new column during the plan").isGreaterThan(50);

        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT count(*), count(*) FILTER (WHERE \"" + OLD + "\" IS DISTINCT"
                    + " FROM \"" + NEW + "\") FROM \"Wallet\"")) {
                rs.next();
                assertThat(rs.getInt(1)).as("rows").isEqualTo(SEEDED + inserts.get());
                assertThat(rs.getInt(2)).as("rows where the columns differ").isZero();
            }
            try (ResultSet rs = st.executeQuery("SELECT \"backfill_rows\", \"backfilled_at\" IS NOT NULL, \"release\""
                    + " FROM \"_keel\".\"plans\" WHERE \"name\" = '" + plan.name() + "'")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getLong(1)).isPositive();
                assertThat(rs.getBoolean(2)).isTrue();
                assertThat(rs.getInt(3)).isEqualTo(1);
            }
            assertValues(c, NEW, expected);
        }

        // Release 3: the contract migrations, written only now, drop the trigger and the old column.
        List<Path> contract = PlanFiles.advance(dir, LocalDateTime.of(2024, 4, 1, 9, 0), plan.name());
        assertThat(contract).extracting(p -> p.getFileName().toString()).containsExactly(
                "20240401090000_rename_wallet_balavail_r3_contract", "20240401090001_rename_wallet_balavail_r3_drop");
        assertThat(PlanFiles.find(dir, plan.name()).orElseThrow().pendingReleases()).isEmpty();
        DeployResult r3 = keel.deploy();
        assertThat(r3.failure()).isEmpty();
        try (Connection c = db.connect()) {
            Table after = Introspector.introspect(c, List.of("public")).table(new QualifiedName("public", "Wallet"))
                    .orElseThrow();
            assertThat(after.column(OLD)).isEmpty();
            assertThat(after.column(NEW).orElseThrow().nullable()).isFalse();
            assertThat(after.column(NEW).orElseThrow().defaultValue()).isPresent();
            assertThat(after.checks()).isEmpty();
            assertThat(after.index("Wallet_balance_available_cents_idx")).isPresent();
            assertValues(c, NEW, expected);
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT count(*) FROM pg_trigger WHERE tgrelid = '\"Wallet\"'::regclass AND NOT tgisinternal")) {
                rs.next();
                assertThat(rs.getInt(1)).isZero();
            }
        }
    }

    /** Every row a writer touched holds its last committed value; every other seeded row its seeded value. */
    private static void assertValues(Connection c, String column, Map<Integer, Integer> expected) throws SQLException {
        Map<Integer, Integer> actual = new HashMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT \"id\", \"" + column + "\" FROM \"Wallet\"")) {
            while (rs.next()) {
                actual.put(rs.getInt(1), rs.getInt(2));
            }
        }
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<Integer, Integer> e : actual.entrySet()) {
            int id = e.getKey();
            Integer want = expected.get(id);
            if (want == null) {
                want = id <= SEEDED ? id * 7 % 1000 : null;
            }
            if (!e.getValue().equals(want)) {
                wrong.add("row " + id + ": " + e.getValue() + ", expected " + want);
            }
        }
        assertThat(wrong).as("rows with a lost write").isEmpty();
        List<Integer> missing = expected.keySet().stream().filter(id -> !actual.containsKey(id)).toList();
        assertThat(missing).as("rows written and committed, then missing").isEmpty();
    }

    /**
     * One writer: inserts rows and updates rows it owns (seeded rows with id % WRITERS == writer, and its own
     * inserts), each write in its own transaction, through {@code column} only. A writer of the new column waits
     * until release 1 has added it.
     */
    private static void write(TestDb db, int writer, String column, AtomicBoolean stop,
                              Map<Integer, Integer> expected, AtomicInteger inserts, AtomicInteger newWrites,
                              AtomicInteger failures) {
        Random random = new Random(writer);
        List<Integer> own = new ArrayList<>();
        for (int id = writer == 0 ? WRITERS : writer; id <= SEEDED; id += WRITERS) {
            own.add(id);
        }
        try (Connection c = db.connect()) {
            if (column.equals(NEW)) {
                while (!stop.get() && !hasColumn(c, NEW)) {
                    Thread.sleep(5);
                }
            }
            String q = "\"" + column + "\"";
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO \"Wallet\" (" + q + ") VALUES (?)"
                    + " RETURNING \"id\"");
                 PreparedStatement update = c.prepareStatement("UPDATE \"Wallet\" SET " + q + " = ? WHERE \"id\" = ?")) {
                while (!stop.get()) {
                    int value = 1_000_000 + random.nextInt(1_000_000);
                    try {
                        if (random.nextInt(4) == 0) {
                            insert.setInt(1, value);
                            try (ResultSet rs = insert.executeQuery()) {
                                rs.next();
                                int id = rs.getInt(1);
                                own.add(id);
                                expected.put(id, value);
                                inserts.incrementAndGet();
                            }
                        } else {
                            int id = own.get(random.nextInt(own.size()));
                            update.setInt(1, value);
                            update.setInt(2, id);
                            assertThat(update.executeUpdate()).isEqualTo(1);
                            expected.put(id, value);
                        }
                        if (column.equals(NEW)) {
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

    private static boolean hasColumn(Connection c, String column) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM information_schema.columns WHERE table_name = "
                + "'Wallet' AND column_name = ?")) {
            ps.setString(1, column);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }
}
