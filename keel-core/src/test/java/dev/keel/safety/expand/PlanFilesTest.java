package dev.keel.safety.expand;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Release 1 spends one second per migration, partly in the future; a release advanced a second later must still
 * come after all of them in the folder's order (the order deploy applies), never between them.
 */
class PlanFilesTest {
    @Test
    void aLaterReleaseSortsAfterEveryFolderAlreadyThere(@TempDir Path dir) throws Exception {
        List<PlanMigration> r1 = List.of(new PlanMigration("_r1_expand", "SELECT 1;\n"),
                new PlanMigration("_r1_backfill", "SELECT 2;\n"), new PlanMigration("_r1_index_1", "SELECT 3;\n"),
                new PlanMigration("_r1_constraints", "SELECT 4;\n"));
        List<PlanMigration> r3 = List.of(new PlanMigration("_r3_contract", "SELECT 5;\n"),
                new PlanMigration("_r3_drop", "SELECT 6;\n"));
        ExpandContractPlan plan = new ExpandContractPlan("p", ExpandContractPlan.Kind.RENAME_COLUMN, "public.T", "s",
                List.of(new Release(1, "expand", "", r1), new Release(2, "switch", "", List.of()),
                        new Release(3, "contract", "", r3)), List.of(), "# plan\n");
        LocalDateTime t = LocalDateTime.of(2025, 1, 1, 12, 0, 0);
        PlanFiles.write(dir, t, plan);
        List<Path> written = PlanFiles.advance(dir, t.plusSeconds(1), "p");
        assertThat(written).extracting(p -> p.getFileName().toString()).containsExactly(
                "20250101120004_p_r3_contract", "20250101120005_p_r3_drop");
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString()).sorted()).containsExactly("20250101120000_p_r1_expand",
                    "20250101120001_p_r1_backfill", "20250101120002_p_r1_index_1", "20250101120003_p_r1_constraints",
                    "20250101120004_p_r3_contract", "20250101120005_p_r3_drop");
        }
    }
}
