package dev.keel.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.api.MigrateDevResult.Outcome;
import dev.keel.db.DatabaseUrl;
import dev.keel.db.EmbeddedPostgresServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code migrate dev} twice over generated schema pairs ({@code golden/diff/generated}: v1 from nothing, then
 * v1 → v2 from the replayed folder), each written script compared with what Prisma 7.10.1 writes for the same
 * step ({@code devflow/generated}, see its README). Then dev must be in sync. Off by default (it checks the
 * compiler as much as this workflow); {@code -Dkeel.devflow.golden.stride=N} runs every Nth case that has goldens
 * (every 50th pair has them).
 */
class MigrateDevGoldenTest {
    private static final Path DIR = Path.of("src/test/resources/golden/diff/generated");
    private static final Path DEV = Path.of("src/test/resources/devflow/generated");

    private static String body(String script) {
        String s = script.startsWith("/*") ? script.substring(script.indexOf("*/\n") + 3) : script;
        return s.endsWith("\n") ? s : s + "\n";
    }

    @TestFactory
    Stream<DynamicTest> generated(@TempDir Path tmp) {
        Integer stride = Integer.getInteger("keel.devflow.golden.stride");
        Assumptions.assumeTrue(stride != null, "set -Dkeel.devflow.golden.stride=N to run");
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < 700; i += stride) {
            String n = String.format("%04d", i);
            if (!Files.exists(DEV.resolve(n + ".dev-v1.sql"))) {
                continue;
            }
            tests.add(DynamicTest.dynamicTest(n, () -> {
                Path root = Files.createDirectories(tmp.resolve(n).resolve("prisma"));
                Files.writeString(root.resolve("schema.prisma"), Files.readString(DIR.resolve(n + ".v1.prisma")));
                Files.writeString(root.getParent().resolve("keel.toml"), "[naming]\nenforce = false\n");
                DatabaseUrl url = EmbeddedPostgresServer.get().createDatabase("devgolden");
                Keel keel = Keel.configure().workingDir(root.getParent()).databaseUrl(url.toString())
                        .environment(Map.of()).build();
                ZonedDateTime t = ZonedDateTime.of(2025, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
                DevRequest req = new DevRequest(Optional.of("v1"), Optional.empty(), false, true, false, true);
                MigrateDevResult v1 = keel.migrateDev(req, t);
                String expected1 = Files.readString(DEV.resolve(n + ".dev-v1.sql"));
                assertThat(v1.outcome()).isEqualTo(Outcome.CREATED_AND_APPLIED);
                assertThat(body(v1.script().orElseThrow())).isEqualTo(expected1);
                Files.writeString(root.resolve("schema.prisma"), Files.readString(DIR.resolve(n + ".v2.prisma")));
                MigrateDevResult v2 = keel.migrateDev(new DevRequest(Optional.of("v2"), Optional.empty(), false, true,
                        false, true), t.plusDays(1));
                String expected2 = Files.readString(DEV.resolve(n + ".dev-v2.sql"));
                if (expected2.startsWith("-- This is an empty migration.")) {
                    assertThat(v2.outcome()).isEqualTo(Outcome.ALREADY_IN_SYNC);
                } else {
                    assertThat(body(v2.script().orElseThrow())).isEqualTo(expected2);
                    assertThat(v2.outcome()).isEqualTo(Outcome.CREATED_AND_APPLIED);
                }
                assertThat(keel.migrateDev(new DevRequest(Optional.empty(), Optional.empty(), false, true, false,
                        false), t.plusDays(2)).outcome()).isEqualTo(Outcome.ALREADY_IN_SYNC);
                EmbeddedPostgresServer.get().dropDatabase(url.database());
            }));
        }
        return tests.stream();
    }
}
