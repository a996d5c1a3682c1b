package dev.deltabox.jmh;

import dev.deltabox.runtime.box.Box;
import dev.deltabox.runtime.box.Checkpoint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the time of {@code Box.checkpoint}, {@code Box.rollback} and {@code Box.fork} goes, on
 * the box of {@link BoxBench}: each real call's {@link Box#lastOperationSteps()} is collected and
 * each step's distribution printed next to the call's total. Not a JMH benchmark (JMH cannot time
 * the inside of a call): a main, with the same change-then-settle rhythm as {@link BoxBenchmark}.
 * A fork's rows also say where the CPUs went meanwhile ({@code cpu: ...}, see {@code CpuUse}).
 *
 * <pre>
 * java --enable-native-access=ALL-UNNAMED -Ddeltabox.home=$PWD \
 *   -cp jmh/target/classes:$(cat jmh/target/classpath.txt) dev.deltabox.jmh.BoxBreakdown [rounds] [fork sizes] [files edited per step]
 * </pre>
 */
public final class BoxBreakdown {

    private final Map<String, List<Long>> samples = new LinkedHashMap<>();

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        String[] forks = (args.length > 1 ? args[1] : "10,100").split(",");
        BoxBench b = new BoxBench(args.length > 2 ? Integer.parseInt(args[2]) : BoxBench.EDITED);
        try {
            BoxBreakdown d = new BoxBreakdown();
            Box box = b.box;
            for (int r = 0; r < rounds; r++) {
                b.change();
                b.settle();
                long t0 = System.nanoTime();
                box.checkpoint();
                d.add("total", System.nanoTime() - t0, box.lastOperationSteps());
            }
            d.print("Box.checkpoint, " + rounds + " rounds");
            Checkpoint a = box.checkpoint("A");
            b.change();
            Checkpoint c = box.checkpoint("B");
            for (int r = 0; r < rounds; r++) {
                b.change();
                b.settle();
                long t0 = System.nanoTime();
                box.rollback(r % 2 == 0 ? a : c);
                d.add("total", System.nanoTime() - t0, box.lastOperationSteps());
            }
            d.print("Box.rollback, " + rounds + " rounds alternating between two checkpoints");
            for (String n : forks) {
                b.settle();
                CpuUse before = CpuUse.now();
                long t0 = System.nanoTime();
                List<Box> made = box.fork(c, Integer.parseInt(n));
                d.add("total", System.nanoTime() - t0, box.lastOperationSteps());
                d.add(CpuUse.now().since(before));
                for (Box k : made) k.close();
                d.print("Box.fork(checkpoint, " + n + "), steps summed over its boxes");
            }
        } finally {
            b.close();
        }
    }

    /**
     * Where the CPUs went meanwhile, from /proc: the machine's busy time (all CPUs), and the
     * helper's and the calling thread's time on a CPU and waiting for one (runnable, not running).
     * On a small machine a fork is bound by CPU: what waits shows who is held up.
     */
    private record CpuUse(long machineBusyNanos, long[] helper, long[] caller) {
        private static final long HZ_NANOS = 10_000_000L; // /proc/stat counts USER_HZ (100) ticks

        static CpuUse now() throws IOException {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long busy = 0;
            for (int i = 1; i < f.length; i++) if (i != 4 && i != 5) busy += Long.parseLong(f[i]); // not idle, iowait
            long helperPid = ProcessHandle.current().children()
                    .filter(h -> h.info().command().orElse("").endsWith("deltabox-helper")).findFirst()
                    .map(ProcessHandle::pid).orElse(-1L);
            return new CpuUse(busy * HZ_NANOS, schedstat(helperPid < 0 ? null : Path.of("/proc/" + helperPid + "/schedstat")),
                    schedstat(Path.of("/proc/thread-self/schedstat")));
        }

        /** On a CPU, waiting for one (ns); zeros when unknown. */
        private static long[] schedstat(Path p) throws IOException {
            if (p == null || !Files.exists(p)) return new long[2];
            String[] x = Files.readString(p).trim().split(" ");
            return new long[] {Long.parseLong(x[0]), Long.parseLong(x[1])};
        }

        Map<String, Duration> since(CpuUse b) {
            Map<String, Duration> m = new LinkedHashMap<>();
            m.put("cpu: machine busy (all CPUs)", Duration.ofNanos(machineBusyNanos - b.machineBusyNanos));
            m.put("cpu: helper running", Duration.ofNanos(helper[0] - b.helper[0]));
            m.put("cpu: helper waiting for a CPU", Duration.ofNanos(helper[1] - b.helper[1]));
            m.put("cpu: caller running", Duration.ofNanos(caller[0] - b.caller[0]));
            m.put("cpu: caller waiting for a CPU", Duration.ofNanos(caller[1] - b.caller[1]));
            return m;
        }
    }

    private void add(Map<String, Duration> steps) {
        steps.forEach((k, v) -> samples.computeIfAbsent(k, x -> new ArrayList<>()).add(v.toNanos()));
    }

    private void add(String total, long nanos, Map<String, Duration> steps) {
        samples.computeIfAbsent(total, k -> new ArrayList<>()).add(nanos);
        add(steps);
    }

    private void print(String title) {
        System.out.printf("%n== %s ==%n%-36s %6s %9s %9s %9s %9s%n", title, "step", "n", "p50 ms", "p95 ms", "p99 ms",
                "mean ms");
        samples.forEach((k, v) -> {
            long[] s = v.stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf("%-36s %6d %9.3f %9.3f %9.3f %9.3f%n", k, s.length, pct(s, 50), pct(s, 95), pct(s, 99),
                    v.stream().mapToLong(Long::longValue).average().orElse(0) / 1e6);
        });
        samples.clear();
    }

    private static double pct(long[] sorted, double p) {
        int i = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }
}
