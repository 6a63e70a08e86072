package dev.keel.psl.validate;

import dev.keel.diag.Diagnostics;
import dev.keel.diag.Span;
import dev.keel.psl.ast.Argument;
import dev.keel.psl.ast.ConfigProperty;
import dev.keel.psl.ast.Expression;
import dev.keel.psl.ast.Top;
import dev.keel.psl.model.Extension;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Datasource and generator blocks (psl-core configuration validation). Deliberate difference from Prisma 7:
 * {@code url}, {@code directUrl} and {@code shadowDatabaseUrl} are accepted silently (Prisma 5/6 schemas) and
 * {@code url} is not required.
 */
final class ConfigRules {
    private static final Set<String> DATASOURCE_PROPERTIES = Set.of("provider", "url", "directUrl",
            "shadowDatabaseUrl", "relationMode", "referentialIntegrity", "schemas", "extensions");

    private ConfigRules() {
    }

    static void run(SchemaDb db) {
        Diagnostics d = db.diagnostics;
        for (Top.ConfigBlock g : db.generators) {
            generator(db, g);
        }
        if (db.datasources.size() > 1) {
            for (Top.ConfigBlock ds : db.datasources) {
                d.add(PslErrors.error("You defined more than one datasource. This is not allowed yet because support"
                        + " for multiple databases has not been implemented yet.", ds.span()));
            }
        }
        if (!db.datasources.isEmpty()) {
            datasource(db, db.datasources.get(0));
        }
        PreviewFeatures.validate(db);
    }

    private static boolean missingValues(SchemaDb db, Top.ConfigBlock block) {
        boolean missing = false;
        for (ConfigProperty p : block.properties()) {
            if (p.value().isEmpty()) {
                db.diagnostics.add(PslErrors.configPropertyMissingValue(p.name().name(), block.name().name(),
                        block.kind().keyword, block.span()));
                missing = true;
            }
        }
        return missing;
    }

    private static void generator(SchemaDb db, Top.ConfigBlock g) {
        Diagnostics d = db.diagnostics;
        if (missingValues(db, g)) {
            return;
        }
        Optional<ConfigProperty> provider = g.property("provider");
        if (provider.isEmpty()) {
            d.add(PslErrors.generatorArgumentNotFound("provider", g.name().name(), g.span()));
        } else {
            stringOrEnv(db, provider.get().value().get());
        }
        g.property("previewFeatures").ifPresent(p -> {
            Expression e = p.value().get();
            Coerce.array(e, Coerce::string, d).ifPresent(features -> {
                for (String f : features) {
                    db.config.previewFeatures.add(f);
                }
            });
        });
    }

    /** A string literal or {@code env("NAME")}. */
    static boolean stringOrEnv(SchemaDb db, Expression e) {
        if (e instanceof Expression.StringValue) {
            return true;
        }
        if (e instanceof Expression.FunctionCall f && f.name().equals("env")) {
            List<Argument> args = f.arguments().arguments();
            if (args.size() != 1 || !args.get(0).isPositional()
                    || !(args.get(0).value() instanceof Expression.StringValue)) {
                db.diagnostics.add(PslErrors.error("The env function expects a singular, unnamed, string argument.",
                        f.span()));
                return false;
            }
            return true;
        }
        db.diagnostics.add(PslErrors.typeMismatch("String", e.describe(), e.span()));
        return false;
    }

    private static void datasource(SchemaDb db, Top.ConfigBlock ds) {
        Diagnostics d = db.diagnostics;
        db.config.datasource = ds;
        if (missingValues(db, ds)) {
            return;
        }
        Optional<ConfigProperty> provider = ds.property("provider");
        if (provider.isEmpty()) {
            d.add(PslErrors.sourceArgumentNotFound("provider", ds.name().name(), ds.span()));
            return;
        }
        Expression pv = provider.get().value().get();
        if (!(pv instanceof Expression.StringValue ps)) {
            if (pv instanceof Expression.FunctionCall f && f.name().equals("env")) {
                d.add(PslErrors.error("A datasource must not use the env() function in the provider argument.",
                        pv.span()));
            } else {
                d.add(PslErrors.typeMismatch("string", pv.describe(), pv.span()));
            }
            return;
        }
        String p = ps.value();
        db.config.provider = p;
        if (p.equals("postgresql") || p.equals("postgres")) {
            db.config.postgres = true;
        } else if (!Set.of("mysql", "sqlite", "sqlserver", "mongodb", "cockroachdb").contains(p)) {
            d.add(PslErrors.datasourceProviderNotKnown(p, pv.span()));
            return;
        }
        for (ConfigProperty prop : ds.properties()) {
            Expression value = prop.value().get();
            String key = prop.name().name();
            switch (key) {
                case "provider" -> {
                }
                case "url", "directUrl", "shadowDatabaseUrl" -> stringOrEnv(db, value);
                case "relationMode", "referentialIntegrity" -> relationMode(db, ds, prop, value);
                case "schemas" -> schemas(db, value);
                case "extensions" -> extensions(db, value, prop.span());
                default -> d.add(PslErrors.propertyNotKnown(key, prop.name().span()));
            }
        }
    }

    /** A property's span as Prisma has it: from the key to the end of the value, without the newline. */
    static Span propertySpan(SchemaDb db, Expression value, Span property) {
        return new Span(property.fileId(), property.start(), Math.max(property.start(), value.span().end()));
    }

    private static void relationMode(SchemaDb db, Top.ConfigBlock ds, ConfigProperty prop, Expression value) {
        if (prop.name().name().equals("referentialIntegrity") && ds.property("relationMode").isPresent()) {
            db.diagnostics.add(PslErrors.error("The `referentialIntegrity` and `relationMode` attributes cannot be"
                    + " used together. Please use only `relationMode` instead.", prop.span()));
            return;
        }
        Coerce.string(value, db.diagnostics).ifPresent(mode -> {
            switch (mode) {
                case "prisma" -> db.config.relationModePrisma = true;
                case "foreignKeys" -> db.config.relationModePrisma = false;
                default -> db.diagnostics.add(PslErrors.sourceValidation("Invalid relation mode setting: \"" + mode
                        + "\". Supported values: \"prisma\", \"foreignKeys\"", ds.name().name(), value.span()));
            }
        });
    }

    private static void schemas(SchemaDb db, Expression value) {
        db.config.schemasSpan = value.span();
        Optional<List<String>> names = Coerce.array(value, Coerce::string, db.diagnostics);
        if (names.isEmpty()) {
            return;
        }
        if (names.get().isEmpty()) {
            db.diagnostics.add(PslErrors.schemasArrayEmpty(value.span()));
        }
        db.config.schemas.addAll(names.get());
        // Prisma sorts the names and reports the first of each equal neighbouring pair.
        List<Expression> items = new java.util.ArrayList<>(value instanceof Expression.ArrayValue a ? a.values()
                : List.of(value));
        items.sort(java.util.Comparator.comparing(e -> ((Expression.StringValue) e).value()));
        for (int i = 0; i + 1 < items.size(); i++) {
            if (((Expression.StringValue) items.get(i)).value()
                    .equals(((Expression.StringValue) items.get(i + 1)).value())) {
                db.diagnostics.add(PslErrors.error("Duplicated schema names are not allowed", items.get(i).span()));
            }
        }
    }

    private static void extensions(SchemaDb db, Expression value, Span propertySpan) {
        Diagnostics d = db.diagnostics;
        List<Expression> items = value instanceof Expression.ArrayValue a ? a.values() : List.of(value);
        boolean ok = true;
        for (Expression item : items) {
            if (item instanceof Expression.ConstantValue c) {
                db.config.extensions.add(new Extension(c.value(), Optional.empty(), Optional.empty(),
                        Optional.empty()));
                db.config.extensionSpans.add(c.span());
            } else if (item instanceof Expression.FunctionCall f) {
                Optional<String> map = Optional.empty();
                Optional<String> schema = Optional.empty();
                Optional<String> version = Optional.empty();
                Set<String> seen = new HashSet<>();
                for (Argument a : f.arguments().arguments()) {
                    if (a.name().isEmpty()) {
                        d.add(PslErrors.validation("The argument must have a name", a.span()));
                        continue;
                    }
                    String n = a.name().get().name();
                    if (!seen.add(n)) {
                        d.add(PslErrors.validation("The argument `" + n + "` can only be defined once", a.span()));
                        continue;
                    }
                    if (!n.equals("map") && !n.equals("schema") && !n.equals("version")) {
                        d.add(PslErrors.argumentNotKnown(n, a.span()));
                        continue;
                    }
                    Optional<String> s = Coerce.string(a.value(), d);
                    if (s.isEmpty()) {
                        d.add(PslErrors.validation("The `" + n + "` argument must be a string literal", a.span()));
                        continue;
                    }
                    switch (n) {
                        case "map" -> map = s;
                        case "schema" -> schema = s;
                        default -> version = s;
                    }
                }
                db.config.extensions.add(new Extension(f.name(), map, schema, version));
                db.config.extensionSpans.add(f.span());
            } else {
                d.add(PslErrors.typeMismatch("constant or function", item.describe(), item.span()));
                ok = false;
            }
        }
        if (ok) {
            db.config.extensionsSpan = propertySpan(db, value, propertySpan);
        } else {
            db.config.extensions.clear();
            db.config.extensionSpans.clear();
        }
    }
}
