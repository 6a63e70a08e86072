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
 * Where Keel's time goes in {@code Keel.diff(empty -> schema)}, phase by phase, in thread CPU time (steadier than wall
 * time on a shared machine): validate (read + parse + validate), compile, diff + render, and the whole facade call.
 * Medians (and minima) of RUNS timed iterations after WARMUP untimed ones.
 *
 * <pre>
 * java -cp keel-cli/target/keel.jar bench/InProcessPhases.java SCHEMA.prisma [RUNS] [WARMUP]
 * </pre>
 */
public final class InProcessPhases {
    public static void main(String[] a) throws Exception {
        Path p = Path.of(a[0]);
        int runs = a.length > 1 ? Integer.parseInt(a[1]) : 7, warm = a.length > 2 ? Integer.parseInt(a[2]) : 5;
        Path wd = p.toAbsolutePath().getParent();
        double[][] t = new double[4][runs];
        Keel keel = Keel.configure().build();
        for (int i = 0; i < warm + runs; i++) {
            long t0 = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            SchemaSource src = SchemaLocator.read(p.toAbsolutePath(), wd);
            ValidatedSchema v = Psl.validate(src);
            long t1 = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            CompiledSchema c = dev.keel.compile.Compiler.compileWithSource(v.model().get(), "public");
            long t2 = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            Migration m = Differ.diff(Schema.empty(), SourceOrder.natural(), c.schema(), c.order(), c.qualifiedNames());
            String s = ScriptRenderer.render(m);
            long t3 = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            DiffResult r = keel.diff(new SchemaSpec.Empty(), new SchemaSpec.SchemaFile(p));
            String s2 = r.script();
            long t4 = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            if (i >= warm) { int k = i - warm; t[0][k]=(t1-t0)/1e6; t[1][k]=(t2-t1)/1e6; t[2][k]=(t3-t2)/1e6; t[3][k]=(t4-t3)/1e6; }
        }
        String[] n = {"validate","compile","diff+render","Keel.diff total"};
        for (int j = 0; j < 4; j++) { Arrays.sort(t[j]); System.out.printf("%s: %.0f ms (min %.0f)%n", n[j], t[j][runs/2], t[j][0]); }
    }
}
