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
 * the one invocation). {@code spares}: with {@link Box#prepareForks} called before each fork,
 * off the clock (the boxes' views and namespaces and their spare session processes, forked from
 * the checkpoint, made ahead, as a fan-out loop does while the agent thinks), or not (the fork
 * makes them all). Three forks warm up first: the JVM compiles the fork's path over the first
 * few hundred boxes (the first fork of 100 in a new JVM takes ≈ 1.5–2× as long; a fan-out loop
 * forks thousands). Run: {@code tools/jmh BoxForkBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 8)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
public class BoxForkBenchmark {

    @Param({"10", "100"})
    public int n;

    @Param({"false", "true"})
    public boolean spares;

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
        if (spares) b.box.prepareForks(n);
        b.settle();
    }

    @TearDown(Level.Iteration)
    public void closeForks() {
        long t0 = System.nanoTime();
        for (int i = forks.size() - 1; i >= 0; i--) forks.get(i).close();
        if (!forks.isEmpty()) {
            System.out.printf("  [closing %d forks: %.1f ms]", forks.size(), (System.nanoTime() - t0) / 1e6);
        }
        forks = List.of();
    }

    @Benchmark
    public List<Box> fork() {
        forks = b.box.fork(c, n);
        return forks;
    }
}
