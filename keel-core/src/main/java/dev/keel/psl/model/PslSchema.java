package dev.keel.psl.model;

import java.util.List;
import java.util.Optional;

/** The whole resolved schema. */
public record PslSchema(Optional<Datasource> datasource, List<Generator> generators, List<PslModel> models,
                        List<PslEnum> enums, List<Relation> relations) {
    public PslSchema {
        generators = List.copyOf(generators);
        models = List.copyOf(models);
        enums = List.copyOf(enums);
        relations = List.copyOf(relations);
    }

    public Optional<PslModel> model(String name) {
        return models.stream().filter(m -> m.name().equals(name)).findFirst();
    }

    public Optional<PslEnum> enumNamed(String name) {
        return enums.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    /** Every preview feature of every generator, as written. */
    public List<String> previewFeatures() {
        return generators.stream().flatMap(g -> g.previewFeatures().stream()).distinct().toList();
    }
}
