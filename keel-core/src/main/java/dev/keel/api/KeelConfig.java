package dev.keel.api;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Everything a command may need, in one immutable record. Build with {@link Keel#configure()};
 * derive a variant with {@link #toBuilder()}.
 */
public record KeelConfig(Path workingDir, Optional<Path> schema) {
    public KeelConfig {
        workingDir = workingDir.toAbsolutePath().normalize();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.workingDir = workingDir;
        b.schema = schema.orElse(null);
        return b;
    }

    public static final class Builder {
        private Path workingDir = Path.of("");
        private Path schema;

        private Builder() {
        }

        public Builder workingDir(Path dir) {
            this.workingDir = dir;
            return this;
        }

        /** The schema file or folder; when unset Prisma's lookup order applies. */
        public Builder schema(Path path) {
            this.schema = path;
            return this;
        }

        public KeelConfig buildConfig() {
            return new KeelConfig(workingDir, Optional.ofNullable(schema));
        }

        public Keel build() {
            return Keel.of(buildConfig());
        }
    }
}
