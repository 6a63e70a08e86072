package dev.keel.gen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes generated schema pairs {@code NNNN.v1.prisma} / {@code NNNN.v2.prisma} for seeds [from, to) into a
 * folder. {@code bench/oracle/make-diff-goldens.sh} then asks Prisma's engine for the SQL of each and keeps the
 * pairs Prisma accepts, as golden files for the differ tests.
 * Run: {@code mvn -q -pl keel-core test-compile exec:java} is not needed; the script calls this class directly.
 */
public final class GenerateCorpus {
    private GenerateCorpus() {
    }

    /** The generated pair for {@code seed}: v1's and v2's schema text (not necessarily accepted by Prisma). */
    public static List<String> pair(long seed) {
        GenSchema v1 = SchemaGenerator.generate(seed);
        return List.of(v1.render(), EditGenerator.edit(v1, seed).render());
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        int from = Integer.parseInt(args[1]);
        int to = Integer.parseInt(args[2]);
        Files.createDirectories(out);
        for (int seed = from; seed < to; seed++) {
            GenSchema v1 = SchemaGenerator.generate(seed);
            GenSchema v2 = EditGenerator.edit(v1, seed);
            String id = String.format("%04d", seed);
            Files.writeString(out.resolve(id + ".v1.prisma"), v1.render());
            Files.writeString(out.resolve(id + ".v2.prisma"), v2.render());
        }
    }
}
