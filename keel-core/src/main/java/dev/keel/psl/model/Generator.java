package dev.keel.psl.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A generator block: provider, output, preview features and its other properties (values as written). */
public record Generator(String name, Optional<ConfigValue> provider, Optional<ConfigValue> output,
                        List<String> previewFeatures, Map<String, String> config) {
    public Generator {
        previewFeatures = List.copyOf(previewFeatures);
        config = Map.copyOf(config);
    }
}
