package dev.keel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.db.DatabaseUrl;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The example project end to end, as a team's pipeline runs it: validate → ci → deploy → seed (twice). */
@ExtendWith(TempDatabase.class)
class Go4uExampleTest {
    static final Path EXAMPLE = Path.of("../examples/go4u").toAbsolutePath().normalize();

    /** A copy, so that nothing the commands write lands in the repository. */
    static Path copy(Path to) throws Exception {
        try (Stream<Path> files = Files.walk(EXAMPLE)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(EXAMPLE.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return to;
    }

    /** Every row of every table of the example, in key order: the full contents a seed may touch. */
    private static String contents(DatabaseUrl url) throws Exception {
        StringBuilder sb = new StringBuilder();
        try (Connection c = url.connect(); Statement st = c.createStatement()) {
            for (String table : new String[] {"User", "Wallet", "Deal", "wallet_holds"}) {
                try (ResultSet rs = st.executeQuery("SELECT t.*, t.xmin::text AS row_version FROM \"" + table
                        + "\" t ORDER BY 1")) {
                    int n = rs.getMetaData().getColumnCount();
                    sb.append(table).append('\n');
                    while (rs.next()) {
                        for (int i = 1; i <= n; i++) {
                            sb.append(i > 1 ? "|" : "").append(rs.getString(i));
                        }
                        sb.append('\n');
                    }
                }
            }
        }
        return sb.toString();
    }

    @Test
    void validateCiDeploySeed(@TempDir Path tmp, DatabaseUrl url) throws Exception {
        // The README's quick start, from the repository root.
        Cli validate = Cli.run("validate", "--schema", EXAMPLE.resolve("prisma/schema.prisma").toString());
        assertThat(validate.exit()).as(validate.err()).isZero();

        Path root = copy(tmp.resolve("go4u"));
        Cli ci = Cli.run("ci", "--cwd", root.toString());
        assertThat(ci.exit()).as(ci.out() + ci.err()).isZero();
        assertThat(ci.out()).contains("✔ validate", "✔ migrations", "✔ replay", "✔ schema-vs-migrations",
                "keel ci: passed");

        Cli deploy = Cli.run("migrate", "deploy", "--cwd", root.toString(), "--url", url.toString());
        assertThat(deploy.exit()).as(deploy.err()).isZero();
        assertThat(deploy.out()).contains("2 migrations found in prisma/migrations",
                "20250925101500_2025-09-25-wallet-add-holds", "All migrations have been successfully applied.");

        Cli seed = Cli.run("db", "seed", "--cwd", root.toString(), "--url", url.toString());
        assertThat(seed.exit()).as(seed.err()).isZero();
        assertThat(seed.out()).contains("2 inserted, 0 updated, 0 unchanged", "The seed has been applied.");
        String first = contents(url);
        assertThat(first).contains("admin@go4u.dev");

        Cli again = Cli.run("db", "seed", "--cwd", root.toString(), "--url", url.toString());
        assertThat(again.exit()).isZero();
        assertThat(again.out()).contains("0 inserted, 0 updated, 2 unchanged");
        // Identical full contents, row versions (xmin) included: the second run rewrote nothing.
        assertThat(contents(url)).isEqualTo(first);

        Cli status = Cli.run("migrate", "status", "--cwd", root.toString(), "--url", url.toString());
        assertThat(status.exit()).isZero();
        Cli dev = Cli.run("migrate", "dev", "--cwd", root.toString(), "--url", url.toString());
        assertThat(dev.exit()).as(dev.err()).isZero();
        assertThat(dev.out()).contains("Already in sync, no schema change or pending migration was found.");
    }
}
