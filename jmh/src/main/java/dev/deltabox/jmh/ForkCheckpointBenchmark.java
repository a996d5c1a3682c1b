package dev.deltabox.jmh;

import dev.deltabox.bindings.libc.libc_h;
import dev.deltabox.runtime.cr.ForkCheckpointer;
import dev.deltabox.runtime.cr.HelperClient;
import dev.deltabox.runtime.cr.LiveProcess;
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
 * Process checkpoint and rollback by template fork, for an idle python3 REPL holding
 * {@code sizeMb} MB of written heap (the shape of an agent's interpreter session between two
 * actions). Each checkpoint makes a template (discarded after the measurement); each rollback
 * forks a new live process from one template and kills the one it replaces, as the runtime does.
 *
 * <p>{@code awaitTeardown}: the exit of a discarded template or a replaced process (≈ 1 ms of
 * page-table teardown at 50 MB, on the other core) overlaps the next operation when they run
 * back to back ({@code false}), and contends with its fork for the same anon_vma locks; with
 * {@code true} each invocation first waits, off the clock, until the previous one's victim is
 * gone — the case of an agent that thinks between two operations.
 *
 * <p>CRIU dump/restore of the same process, in the same run: {@link CriuCheckpointBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
public class ForkCheckpointBenchmark {

    @Param({"10", "50"})
    public int sizeMb;

    @Param({"false", "true"})
    public boolean awaitTeardown;

    private Path runtimeDir;
    private HelperClient helper;
    private ForkCheckpointer cr;
    private LiveProcess live;
    private ForkCheckpointer.Template base;
    private ForkCheckpointer.Template made; // by the last checkpoint() call, discarded after it
    private int victim = -1; // a pidfd on what the last invocation killed, when awaiting teardown

    @Setup(Level.Trial)
    public void start() throws Exception {
        runtimeDir = Files.createTempDirectory("deltabox-jmh-");
        helper = HelperClient.start(DeltaBoxHome.detect(), runtimeDir);
        cr = new ForkCheckpointer(helper);
        live = cr.spawn(List.of("/usr/bin/python3", "-i", "-u", "-q"), Map.of("PATH", "/usr/bin:/bin"), null);
        // bytes(range(256)) * n: every page written, no transient second copy
        live.stdin().write(("data = bytes(range(256)) * (" + sizeMb + " << 12); print('ready')\n")
                .getBytes(StandardCharsets.UTF_8));
        String line = new BufferedReader(new InputStreamReader(live.stdout(), StandardCharsets.UTF_8)).readLine();
        if (!"ready".equals(line)) throw new IOException("python did not get ready: " + line);
        base = cr.checkpoint(live);
    }

    @TearDown(Level.Trial)
    public void stop() throws IOException {
        cr.close();
        helper.close();
        Files.deleteIfExists(runtimeDir);
    }

    @Setup(Level.Invocation)
    public void settle() {
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
    }

    @TearDown(Level.Invocation)
    public void discardMade() {
        if (made != null) {
            if (awaitTeardown) victim = libc_h.dup(made.pidfd());
            cr.discard(made);
            made = null;
        }
    }

    @Benchmark
    public ForkCheckpointer.Template checkpoint() {
        made = cr.checkpoint(live);
        return made;
    }

    @Benchmark
    public LiveProcess rollback() {
        // the pidfd is closed with the replaced process's LiveProcess: keep a copy to wait on
        if (awaitTeardown) victim = libc_h.dup(live.pidfd());
        live = cr.rollback(base, live);
        return live;
    }
}
