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

    /**
     * {@code fields} and {@code attributes} are typed views of {@code members}, always computed from them (whatever is
     * passed): every validation pass asks for them, so they are built once per block, not once per call.
     */
    record Model(ModelKind kind, Identifier name, List<Member> members, Optional<String> documentation,
                 Span span, List<Field> fields, List<Attribute> attributes) implements Top {
        public Model {
            members = List.copyOf(members);
            fields = Members.of(members, Field.class);
            attributes = Members.blockAttributes(members);
        }

        public Model(ModelKind kind, Identifier name, List<Member> members, Optional<String> documentation,
                     Span span) {
            this(kind, name, members, documentation, span, null, null);
        }

        public boolean isView() {
            return kind == ModelKind.VIEW;
        }
    }

    /** {@code values} and {@code attributes}: typed views of {@code members}, computed once (as for {@link Model}). */
    record Enum(Identifier name, List<Member> members, Optional<String> documentation, Span span,
                List<EnumValue> values, List<Attribute> attributes) implements Top {
        public Enum {
            members = List.copyOf(members);
            values = Members.of(members, EnumValue.class);
            attributes = Members.blockAttributes(members);
        }

        public Enum(Identifier name, List<Member> members, Optional<String> documentation, Span span) {
            this(name, members, documentation, span, null, null);
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
