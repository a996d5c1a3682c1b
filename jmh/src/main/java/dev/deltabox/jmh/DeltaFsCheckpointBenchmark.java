package dev.deltabox.jmh;

import dev.deltabox.runtime.fs.DeltaMount;
import org.openjdk.jmh.annotations.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * DeltaFS checkpoint and rollback on a 5 000-file tree with 100 files changed since the last
 * checkpoint, side by side with what a sandbox without layers does: copy the tree (`cp -a`).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
public class DeltaFsCheckpointBenchmark {

    static final int DIRS = 50, FILES_PER_DIR = 100, CHANGED = 100;

    private Path root;
    private Path base;
    private Path mnt;
    private DeltaMount mount;
    private long checkpoint;
    private int round;

    @Setup(Level.Trial)
    public void mount() throws IOException {
        root = Files.createTempDirectory("deltabox-jmh-fs-");
        base = baseTree(root);
        mnt = Files.createDirectories(root.resolve("mnt"));
        mount = DeltaMount.options(base, root.resolve("state"), mnt).mount();
        checkpoint = mount.checkpoint();
    }

    @TearDown(Level.Trial)
    public void unmount() throws IOException {
        mount.close();
        deleteAll(root);
    }

    /** The base tree under {@code root}/base: DIRS packages of FILES_PER_DIR 1 KiB modules. */
    static Path baseTree(Path root) throws IOException {
        Path base = Files.createDirectories(root.resolve("base"));
        byte[] content = new byte[1024];
        for (int d = 0; d < DIRS; d++) {
            Path dir = Files.createDirectories(base.resolve("pkg" + d));
            for (int f = 0; f < FILES_PER_DIR; f++) Files.write(dir.resolve("mod" + f + ".py"), content);
        }
        return base;
    }

    /** Deletes {@code root} and what it holds (nothing mounted under it any more). */
    static void deleteAll(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** 100 files changed (spread over the tree, half of them never touched before). */
    @Setup(Level.Invocation)
    public void change() throws IOException {
        round++;
        byte[] edit = ("edit " + round).getBytes();
        for (int i = 0; i < CHANGED; i++) {
            int n = (round * 37 + i * 53) % (DIRS * FILES_PER_DIR);
            Files.write(mnt.resolve("pkg" + n / FILES_PER_DIR).resolve("mod" + n % FILES_PER_DIR + ".py"), edit);
        }
    }

    @Benchmark
    public long checkpoint() {
        return mount.checkpoint();
    }

    @Benchmark
    public long rollback() {
        mount.rollback(checkpoint);
        return checkpoint;
    }

    /** The baseline: snapshot the 5 000-file work tree by copying it. */
    @Benchmark
    public int baselineCopyTree() throws Exception {
        Path copy = root.resolve("copy");
        int rc = new ProcessBuilder("cp", "-a", base.toString(), copy.toString()).start().waitFor();
        new ProcessBuilder("rm", "-rf", copy.toString()).start().waitFor();
        return rc;
    }
}
