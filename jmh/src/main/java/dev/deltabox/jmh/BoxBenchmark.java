package dev.deltabox.jmh;

import dev.deltabox.runtime.box.Checkpoint;
import org.openjdk.jmh.annotations.*;
import org.openjdk.jmh.infra.BenchmarkParams;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * End-to-end {@code Box.checkpoint} and {@code Box.rollback} of a box holding a repository of
 * ≥ 5 000 real files in /workspace (see {@link BoxBench}) and a python session with 50 MB of
 * touched memory besides its bash session:
 *
 * <ul>
 *   <li>{@code checkpoint}: before each one (off the clock) the agent's step — {@code editedFiles}
 *       files appended to through bash (3: a typical step; 100: a large one), 2 MB of the python
 *       heap rewritten — so every checkpoint has a dirty file layer and dirty pages to freeze;</li>
 *   <li>{@code rollback}: alternately to checkpoints A and B ({@code editedFiles} files and the
 *       python heap differ between them), each after the same agent's step (off the clock), so
 *       every rollback really swaps files and both session processes;</li>
 *   <li>{@code baselineCopyRepo}: what a sandbox without layers does to snapshot the same
 *       repository: {@code cp -a} of the same host trees to a directory on disk (the copy is
 *       removed off the clock).</li>
 * </ul>
 *
 * <p>Before each invocation (off the clock) the runtime's template pool is let settle (its warm
 * thread measures diffs, makes spares): the agent thinks between two operations.
 * Run: {@code tools/jmh BoxBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 4, time = 4)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
public class BoxBenchmark {

    /** Files each step edits before the operation: a typical agent step (3) and a large one (100). */
    @Param({"3", "100"})
    public int editedFiles;

    private String method;
    private BoxBench b;
    private Checkpoint a, c;
    private boolean toA;
    private Path copy;

    @Setup(Level.Trial)
    public void start(BenchmarkParams params) throws IOException {
        method = params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1);
        if (method.startsWith("baseline")) { // the same copy for every editedFiles
            copy = Files.createTempDirectory(Path.of("/var/tmp"), "deltabox-jmh-copy-");
            return;
        }
        b = new BoxBench(editedFiles);
        a = b.box.checkpoint("A");
        b.change();
        c = b.box.checkpoint("B");
    }

    @TearDown(Level.Trial)
    public void stop() throws IOException {
        if (b != null) {
            System.out.printf("%n[box] %d checkpoints in the tree at the end%n", b.box.tree().size());
            b.close();
        }
        if (copy != null) BoxBench.delete(copy);
    }

    @Setup(Level.Invocation)
    public void step() {
        if (b == null) return;
        b.change();
        b.settle();
    }

    @TearDown(Level.Invocation)
    public void removeCopy() throws Exception {
        if (copy == null) return;
        new ProcessBuilder("rm", "-rf", copy.resolve("repo").toString()).inheritIO().start().waitFor();
    }

    @Benchmark
    public Checkpoint checkpoint() {
        return b.box.checkpoint();
    }

    @Benchmark
    public Checkpoint rollback() {
        Checkpoint to = toA ? a : c;
        toA = !toA;
        b.box.rollback(to);
        return to;
    }

    @Benchmark
    public int baselineCopyRepo() throws Exception {
        List<String> cmd = new ArrayList<>(List.of("cp", "-a"));
        cmd.addAll(BoxBench.TREES);
        cmd.add(copy.resolve("repo").toString());
        Files.createDirectories(copy.resolve("repo"));
        return new ProcessBuilder(cmd).inheritIO().start().waitFor();
    }
}
