package dev.keel.seed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.keel.api.ErrorCode;
import dev.keel.api.KeelException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads declarative seed files ({@code prisma/seed/*.json}, {@code *.yaml}, {@code *.yml}) in name order.
 * Each file maps a model (or table) name to its rows, either directly or with an explicit key:
 * <pre>
 * Category:
 *   - { slug: food, name: Food }
 * User:
 *   key: [email]
 *   rows:
 *     - { email: admin@go4u.dev, role: ADMIN }
 * </pre>
 */
public final class SeedFiles {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private SeedFiles() {
    }

    public static List<SeedBlock> readFolder(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<SeedBlock> out = new ArrayList<>();
            for (Path f : files.filter(SeedFiles::isSeedFile).sorted().toList()) {
                out.addAll(read(f));
            }
            return out;
        } catch (IOException e) {
            throw new KeelException(ErrorCode.IO, "Could not read seed folder " + dir + ": " + e.getMessage(), e);
        }
    }

    static boolean isSeedFile(Path p) {
        String n = p.getFileName().toString();
        return Files.isRegularFile(p) && (n.endsWith(".json") || n.endsWith(".yaml") || n.endsWith(".yml"));
    }

    public static List<SeedBlock> read(Path file) {
        String name = file.getFileName().toString();
        JsonNode root;
        try {
            root = (name.endsWith(".json") ? JSON : YAML).readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new KeelException(ErrorCode.SEED_FAILED, "Seed file " + file + " is not valid "
                    + (name.endsWith(".json") ? "JSON" : "YAML") + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new KeelException(ErrorCode.IO, "Could not read seed file " + file + ": " + e.getMessage(), e);
        }
        if (root == null || root.isNull() || root.isMissingNode()) {
            return List.of();
        }
        if (!root.isObject()) {
            throw new KeelException(ErrorCode.SEED_FAILED, "Seed file " + file
                    + " must map model names to rows (an object at the top level)");
        }
        List<SeedBlock> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            out.add(block(file, e.getKey(), e.getValue()));
        }
        return out;
    }

    private static SeedBlock block(Path file, String target, JsonNode node) {
        JsonNode rows = node;
        Optional<List<String>> key = Optional.empty();
        if (node.isObject()) {
            rows = node.path("rows");
            JsonNode k = node.path("key");
            if (!k.isMissingNode()) {
                List<String> keys = new ArrayList<>();
                if (k.isArray()) {
                    k.forEach(x -> keys.add(x.asText()));
                } else {
                    keys.add(k.asText());
                }
                key = Optional.of(keys);
            }
        }
        if (!rows.isArray()) {
            throw new KeelException(ErrorCode.SEED_FAILED, "Seed file " + file + ": `" + target
                    + "` must be a list of rows, or an object with `rows:` (and optionally `key:`)");
        }
        List<Map<String, Object>> list = new ArrayList<>();
        int i = 0;
        for (JsonNode row : rows) {
            if (!row.isObject()) {
                throw new KeelException(ErrorCode.SEED_FAILED, "Seed file " + file + ": row " + i + " of `" + target
                        + "` is not an object");
            }
            Map<String, Object> values = new LinkedHashMap<>();
            row.fields().forEachRemaining(f -> values.put(f.getKey(), JSON.convertValue(f.getValue(), Object.class)));
            list.add(values);
            i++;
        }
        return new SeedBlock(file.toString(), target, key, list);
    }
}
