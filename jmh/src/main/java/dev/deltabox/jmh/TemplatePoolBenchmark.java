package dev.deltabox.jmh;

import dev.deltabox.bindings.libc.libc_h;
import dev.deltabox.runtime.cr.ForkCheckpointer;
import dev.deltabox.runtime.cr.HelperClient;
import dev.deltabox.runtime.cr.LiveProcess;
import dev.deltabox.runtime.cr.TemplatePool;
import dev.deltabox.runtime.nativeaccess.DeltaBoxHome;
import org.openjdk.jmh.annotations.*;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Rollback through the {@link TemplatePool}, for an idle python3 REPL holding {@code sizeMb} MB
 * of written heap: {@code warm} takes the spare the warm thread made ahead of time (hand over
 * stdio, resume), {@code cold} forks from the template on the rollback's path (the pool keeps no
 * spares). Each invocation first waits, off the clock, for the warm thread to be done and for
 * the process the previous rollback replaced to be gone — an agent that thinks between two
 * rollbacks; back-to-back rollbacks would find no spare ready and contend with the teardown.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
public class TemplatePoolBenchmark {

    @Param({"10", "50"})
    public int sizeMb;

    @Param({"warm", "cold"})
    public String path;

    private Path runtimeDir;
    private HelperClient helper;
    private ForkCheckpointer cr;
    private TemplatePool pool;
    private LiveProcess live;
    private long checkpoint;
    private int victim = -1; // a pidfd on the process the last rollback replaced

    @Setup(Level.Trial)
    public void start() throws Exception {
        runtimeDir = Files.createTempDirectory("deltabox-jmh-");
        helper = HelperClient.start(DeltaBoxHome.detect(), runtimeDir);
        cr = new ForkCheckpointer(helper);
        pool = new TemplatePool(cr, new TemplatePool.Limits(16, 8L << 30, path.equals("warm") ? 1 : 0, 512, 2), null);
        live = pool.spawn(List.of("/usr/bin/python3", "-i", "-u", "-q"), Map.of("PATH", "/usr/bin:/bin"), null);
        live.stdin().write(("data = bytes(range(256)) * (" + sizeMb + " << 12); print('ready')\n")
                .getBytes(StandardCharsets.UTF_8));
        String line = new BufferedReader(new InputStreamReader(live.stdout(), StandardCharsets.UTF_8)).readLine();
        if (!"ready".equals(line)) throw new IOException("python did not get ready: " + line);
        checkpoint = pool.checkpoint(live);
    }

    @TearDown(Level.Trial)
    public void stop() throws IOException {
        TemplatePool.Stats s = pool.stats();
        System.out.printf("%n[pool] warm %d, cold %d, spares made %d, pages copied ahead %d%n",
                s.warmRollbacks(), s.coldRollbacks(), s.sparesMade(), s.prefaultedPages());
        // where the time goes, over the last rollbacks: the helper's share and the stdio hand-over
        long[] helperUs = pool.recentOperations().stream().filter(o -> o.kind() != TemplatePool.Kind.CHECKPOINT)
                .mapToLong(o -> o.helperNanos() / 1000).sorted().toArray();
        long[] stdioUs = pool.recentOperations().stream().filter(o -> o.kind() == TemplatePool.Kind.WARM_SPARE)
                .mapToLong(o -> o.stdioNanos() / 1000).sorted().toArray();
        System.out.printf("[pool] last %d rollbacks: helper time P50 %d us, P95 %d us; stdio hand-over P50 %d us%n",
                helperUs.length, pct(helperUs, 50), pct(helperUs, 95), pct(stdioUs, 50));
        pool.close();
        cr.close();
        helper.close();
        Files.deleteIfExists(runtimeDir);
    }

    private static long pct(long[] sorted, int p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, sorted.length * p / 100)];
    }

    @Setup(Level.Invocation)
    public void settle() throws InterruptedException {
        if (victim >= 0) {
            try (Arena a = Arena.ofConfined()) {
                MemorySegment p = a.allocate(8);
                p.set(ValueLayout.JAVA_INT, 0, victim);
                p.set(ValueLayout.JAVA_SHORT, 4, (short) libc_h.POLLIN());
                libc_h.poll(p, 1, 10_000);
            }
            libc_h.close(victim);
            victim = -1;
        }
        if (!pool.awaitWarm(10_000)) throw new IllegalStateException("the warm thread did not settle");
    }

    @Benchmark
    public LiveProcess rollback() {
        victim = libc_h.dup(live.pidfd()); // closed with the replaced LiveProcess: keep a copy to wait on
        live = pool.rollback(checkpoint, live);
        return live;
    }
}
