package dev.keel.psl.ast;

import dev.keel.diag.Span;
import java.util.List;
import java.util.Optional;

/** A top-level declaration of a schema file. */
public sealed interface Top extends Item {
    Span span();

    Identifier name();

    enum ModelKind {
        MODEL("model"),
        VIEW("view"),
        /** Composite type: MongoDB only, rejected on PostgreSQL. */
        TYPE("type");

        public final String keyword;

        ModelKind(String keyword) {
            this.keyword = keyword;
        }
    }

    record Model(ModelKind kind, Identifier name, List<Member> members, Optional<String> documentation,
                 Span span) implements Top {
        public Model {
            members = List.copyOf(members);
        }

        public List<Field> fields() {
            return Members.of(members, Field.class);
        }

        public List<Attribute> attributes() {
            return Members.blockAttributes(members);
        }

        public boolean isView() {
            return kind == ModelKind.VIEW;
        }
    }

    record Enum(Identifier name, List<Member> members, Optional<String> documentation, Span span) implements Top {
        public Enum {
            members = List.copyOf(members);
        }

        public List<EnumValue> values() {
            return Members.of(members, EnumValue.class);
        }

        public List<Attribute> attributes() {
            return Members.blockAttributes(members);
        }
    }

    enum ConfigKind {
        DATASOURCE("datasource"),
        GENERATOR("generator");

        public final String keyword;

        ConfigKind(String keyword) {
            this.keyword = keyword;
        }
    }

    record ConfigBlock(ConfigKind kind, Identifier name, List<Member> members, Optional<String> documentation,
                       Span span) implements Top {
        public ConfigBlock {
            members = List.copyOf(members);
        }

        public List<ConfigProperty> properties() {
            return Members.of(members, ConfigProperty.class);
        }

        public Optional<ConfigProperty> property(String key) {
            for (Member m : members) {
                if (m instanceof ConfigProperty p && p.name().name().equals(key)) {
                    return Optional.of(p);
                }
            }
            return Optional.empty();
        }
    }
}
