package dev.keel.source;

import dev.keel.diff.Differ;
import dev.keel.diff.Migration;
import dev.keel.schema.Schema;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Two sources resolved so that they can be compared: a Prisma schema is read first, and the database or replayed
 * folder on the other side is then read in the same PostgreSQL schemas (a live database also in its URL's
 * {@code ?schema=}). {@link #diff()} is the migration that turns {@code from} into {@code to}, as
 * {@code prisma migrate diff} computes it: views are never part of it, extensions only when a Prisma schema enables
 * {@code postgresqlExtensions}, and names are schema-qualified when a Prisma schema lists {@code schemas}.
 */
public record SchemaPair(ResolvedSchema from, ResolvedSchema to) {

    public static SchemaPair resolve(SchemaSpec from, SchemaSpec to, SchemaSources.Options options) {
        SchemaSpec[] specs = {from, to};
        ResolvedSchema[] out = new ResolvedSchema[2];
        Set<String> namespaces = new LinkedHashSet<>(options.namespaces());
        // Sources without a database first, then live databases, then replays: each later one is read in the
        // namespaces the earlier ones cover.
        for (int pass = 0; pass < 3; pass++) {
            for (int i = 0; i < 2; i++) {
                if (rank(specs[i]) != pass) {
                    continue;
                }
                out[i] = SchemaSources.resolve(specs[i], options.withNamespaces(List.copyOf(namespaces)));
                namespaces.addAll(out[i].namespaces());
            }
        }
        return new SchemaPair(out[0], out[1]);
    }

    private static int rank(SchemaSpec s) {
        if (s instanceof SchemaSpec.Url) {
            return 1;
        }
        return s instanceof SchemaSpec.Migrations ? 2 : 0;
    }

    public Migration diff() {
        boolean extensions = from.managesExtensions() || to.managesExtensions();
        Schema a = comparable(from.schema(), extensions);
        Schema b = comparable(to.schema(), extensions);
        boolean prismaSide = from.psl().isPresent() || to.psl().isPresent();
        boolean qualified = from.multiSchema() || to.multiSchema() || (!prismaSide && Differ.defaultQualified(a, b));
        return Differ.diff(a, from.order(), b, to.order(), qualified);
    }

    private static Schema comparable(Schema s, boolean extensions) {
        if (s.views().isEmpty() && (extensions || s.extensions().isEmpty())) {
            return s; // already comparable: no copy of a large model
        }
        return new Schema(s.namespaces(), s.tables(), s.enums(), s.sequences(), List.of(),
                extensions ? s.extensions() : new ArrayList<>());
    }
}
