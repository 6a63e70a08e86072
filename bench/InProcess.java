import dev.keel.api.DiffResult;
import dev.keel.api.Keel;
import dev.keel.db.DatabaseUrl;
import dev.keel.introspect.Introspector;
import dev.keel.schema.Schema;
import dev.keel.source.SchemaSpec;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Keel's own time for one operation inside a running JVM, measured by the same rule as bench/prisma-inprocess.mjs:
 * the first call (cold: class loading, interpreter) is timed on its own, then calls run untimed for WARMUP seconds
 * (the JIT's warm-up; at least one call), then RUNS calls are timed.
 *
 * <pre>
 * java -cp keel-cli/target/keel.jar bench/InProcess.java diff SCHEMA.prisma [--runs N] [--warmup-seconds S]
 *     Keel.diff(empty -> schema): validate, compile, diff, render the SQL script
 * java -cp keel-cli/target/keel.jar bench/InProcess.java introspect URL [--runs N] [--warmup-seconds S]
 *     one connection, Introspector.introspect of schema public (the connection is opened before timing)
 * </pre>
 *
 * Prints to stdout one line {@code MEDIAN_MS FIRST_MS CPU_MS}: the median wall time of the timed calls, the first
 * call's wall time, and the median process CPU time (all threads: GC and JIT included) per timed call. Details
 * (warm-up calls, min/max, the timed thread's own CPU time and allocation) go to stderr.
 */
public final class InProcess {
    public static void main(String[] args) throws Exception {
        String mode = args[0];
        String target = args[1];
        int runs = 5;
        double warmupSeconds = 10;
        for (int i = 2; i < args.length; i += 2) {
            switch (args[i]) {
                case "--runs" -> runs = Integer.parseInt(args[i + 1]);
                case "--warmup-seconds" -> warmupSeconds = Double.parseDouble(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (mode.equals("diff")) {
            Keel keel = Keel.configure().build();
            SchemaSpec to = new SchemaSpec.SchemaFile(Path.of(target));
            measure(runs, warmupSeconds, () -> {
                DiffResult r = keel.diff(new SchemaSpec.Empty(), to);
                if (r.script().isEmpty()) {
                    throw new IllegalStateException("empty script");
                }
                return r;
            });
        } else {
            try (Connection c = DatabaseUrl.parse(target).connect()) {
                measure(runs, warmupSeconds, () -> {
                    Schema s = Introspector.introspect(c, List.of("public"));
                    if (s.tables().isEmpty()) {
                        throw new IllegalStateException("no tables");
                    }
                    return s;
                });
            }
        }
    }

    private static void measure(int runs, double warmupSeconds, Callable<?> op) throws Exception {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long id = Thread.currentThread().getId();
        long t0 = System.nanoTime();
        op.call();
        double first = (System.nanoTime() - t0) / 1e6;
        long until = System.nanoTime() + (long) (warmupSeconds * 1e9);
        int warm = 0;
        do {
            op.call();
            warm++;
        } while (System.nanoTime() < until);
        double[] wall = new double[runs], cpu = new double[runs], threadCpu = new double[runs], alloc = new double[runs];
        for (int i = 0; i < runs; i++) {
            long p0 = os.getProcessCpuTime(), c0 = threads.getCurrentThreadCpuTime(), a0 = threads.getThreadAllocatedBytes(id);
            long w0 = System.nanoTime();
            op.call();
            wall[i] = (System.nanoTime() - w0) / 1e6;
            threadCpu[i] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
            alloc[i] = (threads.getThreadAllocatedBytes(id) - a0) / 1e6;
            cpu[i] = (os.getProcessCpuTime() - p0) / 1e6;
        }
        System.err.printf("first call %.0f ms; %d warm-up calls in %.0f s; %d timed: wall median %.1f ms (min %.1f, max %.1f),"
                        + " process CPU %.1f ms, this thread's CPU %.1f ms, allocated %.1f MB (medians)%n",
                first, warm, warmupSeconds, runs, median(wall), min(wall), max(wall), median(cpu), median(threadCpu), median(alloc));
        System.out.printf("%.0f %.0f %.0f%n", median(wall), first, median(cpu));
    }

    private static double median(double[] a) {
        double[] s = a.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }

    private static double min(double[] a) {
        return Arrays.stream(a).min().orElse(0);
    }

    private static double max(double[] a) {
        return Arrays.stream(a).max().orElse(0);
    }
}
