package dev.deltabox.jmh;

import dev.deltabox.bindings.libc.libc_h;
import dev.deltabox.runtime.cr.CriuCheckpointer;
import dev.deltabox.runtime.cr.CriuService;
import dev.deltabox.runtime.cr.ForkCheckpointer;
import dev.deltabox.runtime.cr.HelperClient;
import dev.deltabox.runtime.cr.LiveProcess;
import dev.deltabox.runtime.cr.TemplatePool;
import dev.deltabox.runtime.nativeaccess.DeltaBoxHome;
import org.openjdk.jmh.annotations.*;
import org.openjdk.jmh.infra.BenchmarkParams;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Checkpoint and rollback of an idle python3 REPL holding {@code sizeMb} MB of written heap (an
 * agent's interpreter session between two actions), by template fork and by plain CRIU, side by
 * side in one run:
 *
 * <ul>
 *   <li>{@code forkCheckpoint}: {@link ForkCheckpointer#checkpoint} makes a template (discarded
 *       after the measurement, off the clock);</li>
 *   <li>{@code forkRollbackCold}: {@link ForkCheckpointer#rollback} forks a new live process
 *       from the template and kills the one it replaces;</li>
 *   <li>{@code forkRollbackWarm}: {@link TemplatePool#rollback} hands fresh stdio to the spare
 *       the warm thread forked ahead of time and resumes it;</li>
 *   <li>{@code criuDump}: {@link CriuCheckpointer#checkpoint}, a leave-running CRIU dump into an
 *       image on tmpfs (/dev/shm), deleted after the measurement;</li>
 *   <li>{@code criuRestore}: {@link CriuCheckpointer#rollback}, kill the live process, wait until
 *       its PID is free, restore the image with fresh stdio pipes.</li>
 * </ul>
 *
 * <p>Each invocation starts, off the clock, once the previous one's victim (a discarded template,
 * a replaced process) is gone and the pool's warm thread is idle: the case of an agent that
 * thinks between two operations. Each method gets its own helper and python process (only what
 * it uses is started: three 500 MB processes and their images at once would not fit everywhere).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
public class ProcessCheckpointBenchmark {

    @Param({"10", "50", "500"})
    public int sizeMb;

    private Path runtimeDir;
    private Path images;
    private HelperClient helper;
    private ForkCheckpointer fork;
    private TemplatePool pool;
    private CriuService service;
    private CriuCheckpointer criu;

    private LiveProcess live;
    private ForkCheckpointer.Template template, made; // made: by forkCheckpoint, discarded after it
    private long poolCheckpoint;
    private CriuCheckpointer.Image image, dumped; // dumped: by criuDump, deleted after it
    private int victim = -1; // a pidfd on what the last invocation discarded or replaced

    @Setup(Level.Trial)
    public void start(BenchmarkParams params) throws Exception {
        String method = params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1);
        DeltaBoxHome home = DeltaBoxHome.detect();
        runtimeDir = Files.createTempDirectory("deltabox-jmh-");
        helper = HelperClient.start(home, runtimeDir);
        fork = new ForkCheckpointer(helper);
        switch (method) {
            case "forkCheckpoint", "forkRollbackCold" -> {
                live = python(fork.spawn(PYTHON, ENV, null));
                template = fork.checkpoint(live);
            }
            case "forkRollbackWarm" -> {
                pool = new TemplatePool(fork, new TemplatePool.Limits(16, 8L << 30, 1, 512, 2), null);
                live = python(pool.spawn(PYTHON, ENV, null));
                poolCheckpoint = pool.checkpoint(live);
            }
            case "criuDump", "criuRestore" -> {
                images = Files.createTempDirectory(Path.of("/dev/shm"), "deltabox-jmh-images-"); // tmpfs
                service = CriuService.start(home, runtimeDir);
                criu = new CriuCheckpointer(helper, service, home, images);
                live = python(fork.spawn(PYTHON, ENV, null));
                image = criu.checkpoint(live);
            }
            default -> throw new IllegalStateException("no setup for " + method);
        }
    }

    private static final List<String> PYTHON = List.of("/usr/bin/python3", "-i", "-u", "-q");
    private static final Map<String, String> ENV = Map.of("PATH", "/usr/bin:/bin");

    private LiveProcess python(LiveProcess p) throws IOException {
        // bytes(range(256)) * n: every page written, no transient second copy
        p.stdin().write(("data = bytes(range(256)) * (" + sizeMb + " << 12); print('ready')\n")
                .getBytes(StandardCharsets.UTF_8));
        String line = new BufferedReader(new InputStreamReader(p.stdout(), StandardCharsets.UTF_8)).readLine();
        if (!"ready".equals(line)) throw new IOException("python did not get ready: " + line);
        return p;
    }

    @TearDown(Level.Trial)
    public void stop() throws IOException {
        if (pool != null) {
            TemplatePool.Stats s = pool.stats();
            System.out.printf("%n[pool] warm %d, cold %d, spares made %d%n", s.warmRollbacks(), s.coldRollbacks(), s.sparesMade());
            pool.close();
        }
        if (criu != null) criu.close(); // kills the restored python, deletes the images
        fork.close();
        if (service != null) service.close();
        helper.close();
        for (Path d : images == null ? List.of(runtimeDir) : List.of(images, runtimeDir)) {
            try (Stream<Path> s = Files.walk(d)) {
                for (Path f : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(f);
            }
        }
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
        if (pool != null && !pool.awaitWarm(10_000)) throw new IllegalStateException("the warm thread did not settle");
    }

    @TearDown(Level.Invocation)
    public void discardMade() {
        if (made != null) {
            victim = libc_h.dup(made.pidfd());
            fork.discard(made);
            made = null;
        }
        if (dumped != null) {
            criu.discard(dumped);
            dumped = null;
        }
    }

    @Benchmark
    public ForkCheckpointer.Template forkCheckpoint() {
        made = fork.checkpoint(live);
        return made;
    }

    @Benchmark
    public LiveProcess forkRollbackCold() {
        victim = libc_h.dup(live.pidfd()); // closed with the replaced LiveProcess: keep a copy to wait on
        live = fork.rollback(template, live);
        return live;
    }

    @Benchmark
    public LiveProcess forkRollbackWarm() {
        victim = libc_h.dup(live.pidfd());
        live = pool.rollback(poolCheckpoint, live);
        return live;
    }

    @Benchmark
    public CriuCheckpointer.Image criuDump() {
        dumped = criu.checkpoint(live);
        return dumped;
    }

    @Benchmark
    public LiveProcess criuRestore() {
        live = criu.rollback(image, live); // kills and reaps the replaced process itself
        return live;
    }
}
