package dev.keel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.db.DatabaseUrl;
import dev.keel.db.EmbeddedPostgresServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code keel plan rename-column} end to end: the plan is written from the Prisma schema, release 1 deploys,
 * {@code migrate status} shows the plan mid-flight, {@code plan advance} writes release 3, which deploys and ends it.
 */
class PlanCommandTest {
    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        CommandLine cl = KeelCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void renameColumnThroughAllReleases(@TempDir Path root) throws Exception {
        DatabaseUrl url = EmbeddedPostgresServer.get().createDatabase("cli_plan");
        Path schema = root.resolve("prisma/schema.prisma");
        Files.createDirectories(schema.getParent());
        Files.writeString(schema, """
                datasource db {
                  provider = "postgresql"
                }

                model Wallet {
                  id       Int @id @default(autoincrement())
                  balAvail Int @default(0)

                  @@index([balAvail])
                }
                """);
        Path dir = root.resolve("prisma/migrations");
        Files.createDirectories(dir.resolve("20240101000000_init"));
        Files.writeString(dir.resolve("migration_lock.toml"), "provider = \"postgresql\"\n");
        Files.writeString(dir.resolve("20240101000000_init/migration.sql"), """
                CREATE TABLE "Wallet" ("id" SERIAL NOT NULL, "balAvail" INTEGER NOT NULL DEFAULT 0,
                    CONSTRAINT "Wallet_pkey" PRIMARY KEY ("id"));
                CREATE INDEX "Wallet_balAvail_idx" ON "Wallet"("balAvail");
                INSERT INTO "Wallet" ("balAvail") SELECT g FROM generate_series(1, 2500) g;
                """);
        String[] db = {"--cwd", root.toString(), "--url", url.toString()};
        assertThat(run(concat(new String[] {"migrate", "deploy"}, db)).exit()).isZero();

        Run plan = run("plan", "rename-column", "Wallet.balAvail", "balance_available_cents", "--cwd", root.toString());
        assertThat(plan.exit()).as(plan.err()).isZero();
        assertThat(plan.out()).startsWith("Plan rename_wallet_balavail: rename column public.Wallet.balAvail to "
                + "balance_available_cents\n").contains("Wrote 3 migrations:", "_rename_wallet_balavail_r1_expand/",
                "_rename_wallet_balavail_r1_backfill/", "_rename_wallet_balavail_r1_index_1/", "PLAN.md",
                "keel plan advance rename_wallet_balavail");

        assertThat(run(concat(new String[] {"migrate", "deploy"}, db)).exit()).isZero();
        Run status = run(concat(new String[] {"migrate", "status"}, db));
        assertThat(status.out()).contains("Plan rename_wallet_balavail is mid-flight: release 1 deployed, backfill "
                + "done (2500 rows); release 3 waits for `keel plan advance rename_wallet_balavail`.",
                "Database schema is up to date!");

        Run advance = run("plan", "advance", "rename_wallet_balavail", "--cwd", root.toString());
        assertThat(advance.exit()).as(advance.err()).isZero();
        assertThat(advance.out()).contains("Wrote 2 migrations:", "_rename_wallet_balavail_r3_contract/",
                "_rename_wallet_balavail_r3_drop/", "that is the last release");
        assertThat(run(concat(new String[] {"migrate", "deploy"}, db)).exit()).isZero();
        assertThat(run(concat(new String[] {"migrate", "status"}, db)).out()).doesNotContain("mid-flight");
        try (Connection c = url.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT sum(\"balance_available_cents\") FROM \"Wallet\"")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(2500L * 2501 / 2);
        }

        Run again = run("plan", "advance", "rename_wallet_balavail", "--cwd", root.toString());
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.err()).contains("has no release left to write");
        Run unknown = run("plan", "rename-column", "Wallet.nope", "x", "--cwd", root.toString());
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.err()).contains("Model `Wallet` has no scalar field `nope`.");
    }

    private static String[] concat(String[] a, String[] b) {
        return Stream.concat(Stream.of(a), Stream.of(b)).toArray(String[]::new);
    }
}
