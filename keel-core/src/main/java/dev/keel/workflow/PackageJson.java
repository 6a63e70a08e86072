package dev.keel.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.keel.api.ErrorCode;
import dev.keel.api.KeelException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The one thing Keel reads from a Node project's {@code package.json}: Prisma's {@code "prisma": {"seed": …}}. */
public final class PackageJson {
    private PackageJson() {
    }

    public static Optional<String> prismaSeed(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonNode seed = new ObjectMapper().readTree(file.toFile()).path("prisma").path("seed");
            return seed.isTextual() && !seed.asText().isBlank() ? Optional.of(seed.asText()) : Optional.empty();
        } catch (IOException e) {
            throw new KeelException(ErrorCode.IO, "Could not read " + file + ": " + e.getMessage(), e);
        }
    }
}
