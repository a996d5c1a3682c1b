package dev.deltabox.jmh;

import dev.deltabox.runtime.fs.DeltaMount;
import org.openjdk.jmh.annotations.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A new DeltaFS view at a checkpoint of a 5 000-file tree, as a box fork needs one: opened in
 * the one FUSE session of a multi-view mount ({@code DeltaMount.openView}), side by side with
 * a new single-view mount per view (a FUSE session, mount and INIT round trip each). Each
 * operation opens the view, reads one file through it (the kernel's first lookups of the view
 * included) and closes it again.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
public class DeltaFsViewOpenBenchmark {

    static final int DIRS = DeltaFsCheckpointBenchmark.DIRS, NAMES = 8;

    private Path root;
    private Path base;
    private Path state;
    private Path single;
    private DeltaMount multi;
    private long checkpoint;
    private int round;

    @Setup(Level.Trial)
    public void mount() throws IOException {
        root = Files.createTempDirectory("deltabox-jmh-views-");
        base = DeltaFsCheckpointBenchmark.baseTree(root);
        state = root.resolve("state");
        Path mnt = Files.createDirectories(root.resolve("views"));
        single = Files.createDirectories(root.resolve("single"));
        multi = DeltaMount.options(base, state, mnt).multiView().mount();
        DeltaMount.View main = multi.openView("main", 0);
        for (int i = 0; i < 100; i++) Files.writeString(main.path().resolve("pkg" + i % DIRS + "/mod" + i + ".py"), "edit");
        checkpoint = main.checkpoint();
    }

    @TearDown(Level.Trial)
    public void unmount() throws IOException {
        multi.close();
        DeltaFsCheckpointBenchmark.deleteAll(root);
    }

    /** A view in the shared session: no mount, no thread. */
    @Benchmark
    public long openViewInSharedSession() throws IOException {
        DeltaMount.View v = multi.openView("box" + (round++ % NAMES), checkpoint);
        try {
            return Files.size(v.path().resolve("pkg7/mod7.py"));
        } finally {
            v.close();
        }
    }

    /** The baseline: a FUSE session and mount of its own per view (what a box fork does today). */
    @Benchmark
    public long newMountPerView() throws IOException {
        try (DeltaMount m = DeltaMount.options(base, state, single).name("single" + (round++ % NAMES))
                .at(checkpoint).mount()) {
            return Files.size(single.resolve("pkg7/mod7.py"));
        }
    }
}
