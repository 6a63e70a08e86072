package dev.keel.interop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.api.DeployResult;
import dev.keel.api.Keel;
import dev.keel.history.MigrationsDir;
import dev.keel.introspect.Introspector;
import dev.keel.source.SchemaSpec;
import dev.keel.testing.PgExtension;
import dev.keel.testing.TestDb;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 4, done-when 1: Keel and Prisma read each other's migrations folders.
 *
 * <p>(a) A folder Keel writes from a schema and its edit is, byte for byte, the folder in
 * {@code golden/interop/NNNN/migrations}: Prisma's own SQL ({@code golden/diff/generated/NNNN.empty-v1.sql} and
 * {@code NNNN.v1-v2.sql}) in Prisma's layout, which Prisma's engine accepts — {@code prisma-oracle diff
 * golden/interop/NNNN/migrations golden/diff/generated/NNNN.v2.prisma} reports no difference
 * ({@code tools/oracle/check-interop.sh} runs it again; README in {@code golden/interop}). Deployed by Keel, that
 * folder leaves Prisma's history rows (checksum = SHA-256 of each file, one step, finished).
 *
 * <p>(b) Folders of Prisma's SQL are deployed by Keel unchanged: the files keep their bytes, every checksum is the
 * file's SHA-256 (computed here, not by Keel), and the schema equals what Prisma's way of running the files (each
 * whole file as one simple-protocol script, here through plain JDBC) produces.
 */
@ExtendWith(PgExtension.class)
class PrismaInteropTest {
    static final Path GENERATED = Path.of("src/test/resources/golden/diff/generated");
    static final Path INTEROP = Path.of("src/test/resources/golden/interop");
    /** The cases committed under golden/interop (each checked with the oracle). */
    static final List<String> CASES = List.of("0006", "0025", "0028", "0030", "0081", "0100", "0102");
    static final String FIRST = "20240101000000_init";
    static final String SECOND = "20240102000000_edit";

    @Test
    void folderWrittenByKeelIsTheFolderPrismaAccepts(@TempDir Path tmp, TestDb db) throws Exception {
        for (String n : CASES) {
            Path written = writeWithKeel(tmp.resolve(n), n);
            Path golden = INTEROP.resolve(n).resolve("migrations");
            assertThat(files(written)).as(n).isEqualTo(files(golden));
            for (String rel : files(golden)) {
                assertThat(read(written.resolve(rel))).as(n + " " + rel).isEqualTo(read(golden.resolve(rel)));
            }
            assertThat(contents(written)).as(n).isEqualTo(contents(golden));
            // The golden folder is Prisma's SQL, file for file.
            assertThat(read(golden.resolve(FIRST).resolve("migration.sql")))
                    .isEqualTo(read(GENERATED.resolve(n + ".empty-v1.sql")));
            assertThat(read(golden.resolve(SECOND).resolve("migration.sql")))
                    .isEqualTo(read(GENERATED.resolve(n + ".v1-v2.sql")));
        }
        // Keel's history for its own folder: Prisma's rows.
        Path folder = writeWithKeel(tmp.resolve("deploy"), CASES.get(0));
        DeployResult r = Keel.configure().databaseUrl(db.url().toString()).migrationsDir(folder).workingDir(tmp)
                .environment(Map.of()).build().deploy();
        assertThat(r.succeeded()).as("%s", r.failure()).isTrue();
        assertThat(db.column("SELECT migration_name || ' ' || checksum || ' ' || applied_steps_count || ' ' "
                + "|| (finished_at IS NOT NULL) || ' ' || (logs IS NULL) || ' ' || (rolled_back_at IS NULL) "
                + "FROM _prisma_migrations ORDER BY started_at")).containsExactly(
                FIRST + " " + sha256(folder.resolve(FIRST).resolve("migration.sql")) + " 1 true true true",
                SECOND + " " + sha256(folder.resolve(SECOND).resolve("migration.sql")) + " 1 true true true");
    }

    @Test
    void folderOfPrismasSqlIsDeployedUnchanged(@TempDir Path tmp, TestDb db, TestDb psql) throws Exception {
        for (String n : CASES) {
            Path folder = INTEROP.resolve(n).resolve("migrations").toAbsolutePath();
            Map<String, String> before = contents(folder);
            String schema = "interop_" + n;
            DeployResult r = Keel.configure().databaseUrl(db.url() + "?schema=" + schema).migrationsDir(folder)
                    .workingDir(tmp).environment(Map.of()).build().deploy();
            assertThat(r.succeeded()).as("%s %s", n, r.failure()).isTrue();
            assertThat(r.applied()).as("%s %s", n, r).hasSize(2);
            assertThat(contents(folder)).as("files untouched").isEqualTo(before);
            assertThat(db.column("SELECT migration_name || ' ' || checksum FROM \"" + schema
                    + "\"._prisma_migrations ORDER BY started_at")).containsExactly(
                    FIRST + " " + sha256(folder.resolve(FIRST).resolve("migration.sql")),
                    SECOND + " " + sha256(folder.resolve(SECOND).resolve("migration.sql")));
            try (Connection c = psql.connect(); Statement st = c.createStatement()) {
                st.execute("DROP SCHEMA IF EXISTS \"" + schema + "\" CASCADE; CREATE SCHEMA \"" + schema + "\"; "
                        + "SET search_path = \"" + schema + "\"");
                st.execute(read(folder.resolve(FIRST).resolve("migration.sql")));
                st.execute(read(folder.resolve(SECOND).resolve("migration.sql")));
            }
            try (Connection keel = db.connect(); Connection prisma = psql.connect()) {
                assertThat(Introspector.introspect(keel, List.of(schema)).describe()).as(n)
                        .isEqualTo(Introspector.introspect(prisma, List.of(schema)).describe());
            }
        }
    }

    /** Keel's way: the scripts from Keel's diff of the golden schemas, in Prisma's folder layout. */
    static Path writeWithKeel(Path root, String n) throws IOException {
        Keel keel = Keel.configure().workingDir(root).environment(Map.of()).build();
        Path v1 = GENERATED.toAbsolutePath().resolve(n + ".v1.prisma");
        Path v2 = GENERATED.toAbsolutePath().resolve(n + ".v2.prisma");
        String first = keel.diff(new SchemaSpec.Empty(), new SchemaSpec.SchemaFile(v1)).script();
        String second = keel.diff(new SchemaSpec.SchemaFile(v1), new SchemaSpec.SchemaFile(v2)).script();
        Path dir = root.resolve("migrations");
        write(dir.resolve(MigrationsDir.LOCK_FILE), MigrationsDir.lockFileText("postgresql"));
        write(dir.resolve(FIRST).resolve(MigrationsDir.SCRIPT_FILE), first);
        write(dir.resolve(SECOND).resolve(MigrationsDir.SCRIPT_FILE), second);
        return dir;
    }

    private static void write(Path p, String text) throws IOException {
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    /** Every file as hex (byte arrays compare by identity). */
    static Map<String, String> contents(Path dir) throws IOException {
        Map<String, String> out = new java.util.TreeMap<>();
        for (String f : files(dir)) {
            out.put(f, HexFormat.of().formatHex(Files.readAllBytes(dir.resolve(f))));
        }
        return out;
    }

    static String sha256(Path p) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
    }
}
