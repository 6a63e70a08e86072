import dev.keel.psl.*;
import dev.keel.compile.*;
import dev.keel.diff.*;
import dev.keel.render.*;
import dev.keel.schema.*;
import dev.keel.api.*;
import dev.keel.source.SchemaSpec;
import java.nio.file.*;
import java.util.*;

/**
 * Where Keel's time goes in {@code Keel.diff(empty -> schema)}, phase by phase, in the timed thread's CPU time and
 * allocated bytes (steadier than wall time on a shared machine): validate (read + parse + validate), compile,
 * diff + render, and the whole facade call. Untimed calls for WARMUP seconds first (the JIT's warm-up), then the
 * medians (and minima) of RUNS timed iterations.
 *
 * <pre>
 * java -cp keel-cli/target/keel.jar bench/InProcessPhases.java SCHEMA.prisma [RUNS] [WARMUP_SECONDS]
 * </pre>
 */
public final class InProcessPhases {
    public static void main(String[] a) throws Exception {
        Path p = Path.of(a[0]);
        int runs = a.length > 1 ? Integer.parseInt(a[1]) : 15;
        double warmSeconds = a.length > 2 ? Double.parseDouble(a[2]) : 10;
        Path wd = p.toAbsolutePath().getParent();
        var mx = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        double[][] t = new double[4][runs], m = new double[4][runs];
        Keel keel = Keel.configure().build();
        long until = System.nanoTime() + (long) (warmSeconds * 1e9);
        int warm = 0;
        for (int i = 0; i < runs; ) {
            long[] c = new long[5], b = new long[5];
            c[0] = mx.getCurrentThreadCpuTime(); b[0] = mx.getThreadAllocatedBytes(id);
            SchemaSource src = SchemaLocator.read(p.toAbsolutePath(), wd);
            ValidatedSchema v = Psl.validate(src);
            c[1] = mx.getCurrentThreadCpuTime(); b[1] = mx.getThreadAllocatedBytes(id);
            CompiledSchema cs = dev.keel.compile.Compiler.compileWithSource(v.model().get(), "public");
            c[2] = mx.getCurrentThreadCpuTime(); b[2] = mx.getThreadAllocatedBytes(id);
            Migration mg = Differ.diff(Schema.empty(), SourceOrder.natural(), cs.schema(), cs.order(), cs.qualifiedNames());
            String s = ScriptRenderer.render(mg);
            c[3] = mx.getCurrentThreadCpuTime(); b[3] = mx.getThreadAllocatedBytes(id);
            DiffResult r = keel.diff(new SchemaSpec.Empty(), new SchemaSpec.SchemaFile(p));
            String s2 = r.script();
            c[4] = mx.getCurrentThreadCpuTime(); b[4] = mx.getThreadAllocatedBytes(id);
            if (!s.equals(s2)) throw new IllegalStateException("phases and facade disagree");
            if (System.nanoTime() < until) { warm++; continue; }
            for (int j = 0; j < 4; j++) { t[j][i] = (c[j + 1] - c[j]) / 1e6; m[j][i] = (b[j + 1] - b[j]) / 1e6; }
            i++;
        }
        System.out.printf("%d warm-up iterations in %.0f s, %d timed (thread CPU ms / allocated MB, median and min)%n", warm, warmSeconds, runs);
        String[] n = {"validate","compile","diff+render","Keel.diff total"};
        for (int j = 0; j < 4; j++) {
            Arrays.sort(t[j]); Arrays.sort(m[j]);
            System.out.printf("%-16s %5.1f ms (min %5.1f)  %5.1f MB%n", n[j] + ":", t[j][runs/2], t[j][0], m[j][runs/2]);
        }
    }
}
