package dev.keel.api;

import dev.keel.diag.SourceFile;
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

    /**
     * Formats every schema file as {@code prisma format} does, then validates the result: when it has errors nothing
     * is written (the result carries the diagnostics). Otherwise changed files are written back unless {@code check}.
     */
    public FormatResult format(boolean check) {
        SchemaSource source = loadSchema();
        List<String> texts = Formatter.formatAll(source.files());
        List<SourceFile> formattedFiles = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            formattedFiles.add(new SourceFile(source.files().get(i).name(), texts.get(i)));
        }
        SchemaSource formatted = new SchemaSource(source.location(), source.paths(), formattedFiles);
        ValidatedSchema validated = Psl.validate(formatted);
        boolean write = !check && validated.isValid();
        List<FormatResult.FileOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            boolean changed = !texts.get(i).equals(source.files().get(i).text());
            Path path = source.paths().get(i);
            if (changed && write) {
                try {
                    Files.writeString(path, texts.get(i), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new KeelException(ErrorCode.IO, "Could not write " + path + ": " + e.getMessage(), e);
                }
            }
            outcomes.add(new FormatResult.FileOutcome(path, changed));
        }
        return new FormatResult(outcomes, write, validated.diagnostics().all(), formattedFiles);
    }

    private SchemaSource loadSchema() {
        return SchemaLocator.load(config.schema(), config.workingDir());
    }
}
