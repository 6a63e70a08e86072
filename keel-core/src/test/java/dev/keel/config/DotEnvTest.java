package dev.keel.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DotEnvTest {
    @Test
    void readsTheDotenvFormat() {
        Map<String, String> env = DotEnv.parse("""
                # comment
                DATABASE_URL="postgresql://u:p@localhost:5432/app?schema=public"
                export SHADOW_DATABASE_URL='postgresql://u:p@localhost/shadow'
                PLAIN = spaced value   # inline comment
                HASH=a#b
                MULTI="line1\\nline2"
                SPAN="first
                second"
                EMPTY=
                not a pair
                AFTER=ok
                """);
        assertThat(env).containsEntry("DATABASE_URL", "postgresql://u:p@localhost:5432/app?schema=public")
                .containsEntry("SHADOW_DATABASE_URL", "postgresql://u:p@localhost/shadow")
                .containsEntry("PLAIN", "spaced value")
                .containsEntry("HASH", "a#b")
                .containsEntry("MULTI", "line1\nline2")
                .containsEntry("SPAN", "first\nsecond")
                .containsEntry("EMPTY", "")
                .containsEntry("AFTER", "ok")
                .hasSize(8);
    }

    @Test
    void processEnvironmentWins(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(".env"), "DATABASE_URL=from-file\nONLY_FILE=x\r\n");
        Map<String, String> env = DotEnv.overlay(Map.of("DATABASE_URL", "from-env"), dir.resolve(".env"));
        assertThat(env).containsEntry("DATABASE_URL", "from-env").containsEntry("ONLY_FILE", "x");
        assertThat(DotEnv.overlay(Map.of("A", "1"), dir.resolve("missing"))).isEqualTo(Map.of("A", "1"));
    }
}
