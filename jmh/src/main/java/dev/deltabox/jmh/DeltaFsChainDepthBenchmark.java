package dev.deltabox.jmh;

import dev.deltabox.runtime.fs.DeltaMount;
import org.openjdk.jmh.annotations.*;

import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Does a long checkpoint chain slow lookups down? stat of every entry of a DeltaFS view over
 * the {@link FsTree} tree (5 500 files, 111 directories) after the same 1 000 one-file edits
 * (each a copy-up of a different base file, spread over the tree), taken either as one
 * checkpoint ({@code checkpoints=1}) or as 1 000 checkpoints of one edit each
 * ({@code checkpoints=1000}): the same view, a chain 1 or 1 000 frozen layers deep.
 *
 * <ul>
 * <li>{@code statAllWarm}: the kernel's entry and attribute caches are warm (few requests
 *     reach DeltaFS: the floor);
 * <li>{@code statAllCold}: the view is unmounted and mounted again (same state directory,
 *     not timed) before every invocation, so every lookup and getattr reaches DeltaFS.
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
public class DeltaFsChainDepthBenchmark {

    static final int EDITS = 1000;

    @Param({"1", "1000"})
    public int checkpoints;

    private Path work, base;
    private FsTarget.Mounted mounted;
    private FsOps ops;
    private MemorySegment[] statPaths;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        if (checkpoints < 1 || EDITS % checkpoints != 0) {
            throw new IllegalArgumentException("checkpoints must divide " + EDITS + ", was " + checkpoints);
        }
        try {
            work = FsTarget.newWorkDir("deltabox-jmh-chain-");
            base = work.resolve("base");
            List<Path> files = FsTree.generate(base, false);
            mounted = FsTarget.DELTAFS.mount(base, work);
            DeltaMount m = mounted.deltaMount();
            int editsPerCheckpoint = EDITS / checkpoints;
            for (int i = 0; i < EDITS; i++) {
                Path f = files.get((int) ((i * 53L) % files.size())); // 53 is prime to 5 500: all different
                Files.writeString(mounted.root.resolve(f), "edit " + i + "\n");
                if ((i + 1) % editsPerCheckpoint == 0) m.checkpoint();
            }
            if (m.tree().size() != checkpoints) {
                throw new IllegalStateException("expected " + checkpoints + " checkpoints, the tree has " + m.tree().size());
            }
            ops = new FsOps();
            statPaths = ops.cPaths(FsOps.listTree(mounted.root));
            ops.lstatAll(statPaths);
        } catch (IOException | RuntimeException | Error e) {
            try {
                tearDown();
            } catch (IOException | RuntimeException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        // idempotent: also called by a failed setUp
        FsOps o = ops;
        ops = null;
        FsTarget.release(mounted, o, work);
    }

    /** Unmount and mount the same state again: the kernel forgets every entry and attribute. */
    @State(Scope.Thread)
    public static class Remount {
        @Setup(Level.Invocation)
        public void remount(DeltaFsChainDepthBenchmark b) throws IOException {
            b.mounted.close();
            b.mounted = FsTarget.DELTAFS.mount(b.base, b.work);
        }
    }

    @Benchmark
    public long statAllWarm() throws IOException {
        return ops.lstatAll(statPaths);
    }

    @Benchmark
    public long statAllCold(Remount cold) throws IOException {
        return ops.lstatAll(statPaths);
    }
}
