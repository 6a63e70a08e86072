package dev.keel.seed;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rows a seed file gives for one model (or table): {@code key} names the fields that identify a row (when
 * absent, the primary key or a unique constraint covering every row is used). Values are JSON values.
 */
public record SeedBlock(String file, String target, Optional<List<String>> key, List<Map<String, Object>> rows) {
    public SeedBlock {
        rows = List.copyOf(rows);
        key = key.map(List::copyOf);
    }
}
