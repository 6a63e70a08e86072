package dev.keel.api;

import dev.keel.psl.Psl;
import dev.keel.psl.SchemaLocator;
import dev.keel.psl.SchemaSource;
import dev.keel.psl.ValidatedSchema;
import dev.keel.psl.format.Formatter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The library facade: configure once, then call one method per command. Each returns an immutable result;
 * nothing here prints or exits.
 *
 * <pre>{@code
 * ValidateResult r = Keel.configure().schema(Path.of("prisma/schema.prisma")).build().validate();
 * }</pre>
 */
public final class Keel {
    private final KeelConfig config;

    private Keel(KeelConfig config) {
        this.config = config;
    }

    public static KeelConfig.Builder configure() {
        return KeelConfig.builder();
    }

    public static Keel of(KeelConfig config) {
        return new Keel(config);
    }

    public KeelConfig config() {
        return config;
    }

    public ValidateResult validate() {
        SchemaSource source = loadSchema();
        ValidatedSchema validated = Psl.validate(source);
        return new ValidateResult(source.location(), source.files(), validated.diagnostics().all());
    }

    /** Formats every schema file; writes changed files back unless {@code check} is set. */
    public FormatResult format(boolean check) {
        SchemaSource source = loadSchema();
        List<FormatResult.FileOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < source.files().size(); i++) {
            String text = source.files().get(i).text();
            String formatted = Formatter.format(text);
            boolean changed = !formatted.equals(text);
            Path path = source.paths().get(i);
            if (changed && !check) {
                try {
                    Files.writeString(path, formatted, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new KeelException(ErrorCode.IO, "Could not write " + path + ": " + e.getMessage(), e);
                }
            }
            outcomes.add(new FormatResult.FileOutcome(path, changed));
        }
        return new FormatResult(outcomes, !check);
    }

    private SchemaSource loadSchema() {
        return SchemaLocator.load(config.schema(), config.workingDir());
    }
}
