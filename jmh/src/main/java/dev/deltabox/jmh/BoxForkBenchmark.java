package dev.deltabox.jmh;

import dev.deltabox.runtime.box.Box;
import dev.deltabox.runtime.box.Checkpoint;
import org.openjdk.jmh.annotations.*;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code Box.fork(checkpoint, n)} of the box of {@link BoxBench} (≥ 5 000-file repository, bash
 * and a 50 MB python session): n new boxes, each with its own DeltaFS view, namespaces and both
 * sessions forked from the checkpoint's templates. One fork per iteration (SingleShotTime); the
 * forks are closed after it, off the clock ({@code Level.Iteration}, which in SingleShotTime is
 * the one invocation). Run: {@code tools/jmh BoxForkBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
public class BoxForkBenchmark {

    @Param({"10", "100"})
    public int n;

    private BoxBench b;
    private Checkpoint c;
    private List<Box> forks = List.of();

    @Setup(Level.Trial)
    public void start() throws IOException {
        b = new BoxBench();
        b.change();
        c = b.box.checkpoint("forkme");
    }

    @TearDown(Level.Trial)
    public void stop() throws IOException {
        b.close();
    }

    @Setup(Level.Iteration)
    public void settle() {
        b.settle();
    }

    @TearDown(Level.Iteration)
    public void closeForks() {
        List<Long> pids = new java.util.ArrayList<>();
        for (Box k : forks) pids.addAll(BoxBench.sessionPids(k));
        long t0 = System.nanoTime();
        closeAll(forks);
        BoxBench.reap(b.box, pids); // work-around for the runtime's helper-slot leak, see BoxBench.sessionPids
        if (!forks.isEmpty()) {
            System.out.printf("  [closing %d forks: %.1f ms]", forks.size(), (System.nanoTime() - t0) / 1e6);
        }
        forks = List.of();
    }

    /**
     * Closes boxes on 32 threads: each DeltaMount.close waits ~1 s while other DeltaFS mounts of
     * the JVM are open (FuseServer.reapWatchers), so 100 closes one after the other take 100 s.
     */
    static void closeAll(List<Box> boxes) {
        java.util.concurrent.ExecutorService ex = java.util.concurrent.Executors.newFixedThreadPool(32);
        try {
            for (Box k : boxes) ex.submit(k::close);
        } finally {
            ex.shutdown();
            try {
                ex.awaitTermination(10, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Benchmark
    public List<Box> fork() {
        forks = b.box.fork(c, n);
        return forks;
    }
}
