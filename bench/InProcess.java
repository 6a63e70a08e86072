import dev.keel.api.DiffResult;
import dev.keel.api.Keel;
import dev.keel.db.DatabaseUrl;
import dev.keel.introspect.Introspector;
import dev.keel.schema.Schema;
import dev.keel.source.SchemaSpec;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Arrays;
import java.util.List;

/**
 * Keel's own time for one operation inside a running JVM (start-up, class loading and JIT warm-up excluded):
 * WARMUP untimed runs, then RUNS timed ones; prints the median in milliseconds.
 *
 * <pre>
 * java -cp keel-cli/target/keel.jar bench/InProcess.java diff SCHEMA.prisma [RUNS] [WARMUP]
 *     Keel.diff(empty -> schema): validate, compile, diff, render the SQL script
 * java -cp keel-cli/target/keel.jar bench/InProcess.java introspect URL [RUNS] [WARMUP]
 *     one connection, Introspector.introspect of schema public (the connection is opened before timing)
 * </pre>
 */
public final class InProcess {
    public static void main(String[] args) throws Exception {
        String mode = args[0];
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        int warmup = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        double[] ms = new double[runs];
        if (mode.equals("diff")) {
            Keel keel = Keel.configure().build();
            SchemaSpec to = new SchemaSpec.SchemaFile(Path.of(args[1]));
            for (int i = 0; i < warmup + runs; i++) {
                long t0 = System.nanoTime();
                DiffResult r = keel.diff(new SchemaSpec.Empty(), to);
                if (r.script().isEmpty()) {
                    throw new IllegalStateException("empty script");
                }
                if (i >= warmup) {
                    ms[i - warmup] = (System.nanoTime() - t0) / 1e6;
                }
            }
        } else {
            try (Connection c = DatabaseUrl.parse(args[1]).connect()) {
                for (int i = 0; i < warmup + runs; i++) {
                    long t0 = System.nanoTime();
                    Schema s = Introspector.introspect(c, List.of("public"));
                    if (s.tables().isEmpty()) {
                        throw new IllegalStateException("no tables");
                    }
                    if (i >= warmup) {
                        ms[i - warmup] = (System.nanoTime() - t0) / 1e6;
                    }
                }
            }
        }
        Arrays.sort(ms);
        double median = runs % 2 == 1 ? ms[runs / 2] : (ms[runs / 2 - 1] + ms[runs / 2]) / 2;
        System.out.printf("%.0f%n", median);
    }
}
