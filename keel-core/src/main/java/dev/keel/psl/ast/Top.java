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
            return members.stream().filter(Field.class::isInstance).map(Field.class::cast).toList();
        }

        public List<Attribute> attributes() {
            return members.stream().filter(Member.BlockAttributeMember.class::isInstance)
                    .map(m -> ((Member.BlockAttributeMember) m).attribute()).toList();
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
            return members.stream().filter(EnumValue.class::isInstance).map(EnumValue.class::cast).toList();
        }

        public List<Attribute> attributes() {
            return members.stream().filter(Member.BlockAttributeMember.class::isInstance)
                    .map(m -> ((Member.BlockAttributeMember) m).attribute()).toList();
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
            return members.stream().filter(ConfigProperty.class::isInstance).map(ConfigProperty.class::cast)
                    .toList();
        }

        public Optional<ConfigProperty> property(String key) {
            return properties().stream().filter(p -> p.name().name().equals(key)).findFirst();
        }
    }
}
