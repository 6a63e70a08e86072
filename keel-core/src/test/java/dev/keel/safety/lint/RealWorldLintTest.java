package dev.keel.safety.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A real Prisma project's history (boxyhq/saas-starter-kit, Apache-2.0, copied with its licence): PostgreSQL
 * accepts every file on the replayed shadow, and the findings are exactly the ones read off the SQL by hand —
 * indexes built without CONCURRENTLY on tables earlier migrations created — while what is safe stays quiet:
 * the tables each migration creates, a constant default on a new NOT NULL column, DROP NOT NULL, and widening a
 * VARCHAR that has an index (PostgreSQL re-creates the index under a new OID but keeps its files).
 */
class RealWorldLintTest {
    @Test
    void boxyhqHistory() {
        Path root = Path.of("src/test/resources/real-world/boxyhq__saas-starter-kit").toAbsolutePath();
        LintResult r = new LintRun(root, LintOptions.defaults()).run(List.of(Path.of("migrations")));
        assertThat(r.errors()).isEmpty();
        assertThat(r.files()).hasSize(11);
        Set<String> found = r.findings().stream().filter(f -> f.rule() != Rule.REQUIRE_LOCK_TIMEOUT)
                .map(f -> f.file().replace("migrations/", "").replace("/migration.sql", "") + ":" + f.line() + " "
                        + f.rule().id)
                .collect(Collectors.toSet());
        assertThat(found).containsExactlyInAnyOrder(
                "20230703084117_add_index_user:5 require-concurrent-index-creation",
                "20240213160517_indices:2 require-concurrent-index-creation",
                "20240213160517_indices:5 require-concurrent-index-creation",
                "20240213160517_indices:8 require-concurrent-index-creation",
                "20240213160517_indices:11 require-concurrent-index-creation",
                "20240316224800_add_index_billing_id:2 require-concurrent-index-creation");
        // Without SET lock_timeout, every migration that locks an existing table gets one reminder.
        assertThat(r.findings().stream().filter(f -> f.rule() == Rule.REQUIRE_LOCK_TIMEOUT).count()).isEqualTo(9);
    }

    @Test
    void nextMigrationIsJudgedAfterTheFolderBeforeItIsWritten() {
        Path root = Path.of("src/test/resources/real-world/boxyhq__saas-starter-kit").toAbsolutePath();
        LintResult r = new LintRun(root, LintOptions.defaults()).runNext(Path.of("migrations"), "next.sql",
                "SET lock_timeout = '2s';\nCREATE INDEX \"User_name_idx\" ON \"User\"(\"name\");\n");
        assertThat(r.errors()).isEmpty();
        assertThat(r.files()).hasSize(1);
        assertThat(r.findings()).extracting(f -> f.file() + ":" + f.line() + " " + f.rule().id)
                .containsExactly("next.sql:2 require-concurrent-index-creation");
    }
}
