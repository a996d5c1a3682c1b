package dev.deltabox.jmh;

import org.openjdk.jmh.annotations.*;

import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Everyday file-system workloads on DeltaFS side by side, in the same run, with the backing
 * directory itself, kernel overlayfs and fuse-overlayfs, all showing the same base tree
 * ({@link FsTree}: 5 500 small files in 111 nested directories, plus one 100 MiB file); the
 * layered targets start with a fresh, empty upper layer. One JMH fork per (workload, target).
 *
 * <ul>
 * <li>{@code find}: walk the whole tree as find(1) does (getdents64 + d_type, no stat), warm;
 * <li>{@code statAll}: lstat every entry of the tree (paths listed once at setup), warm;
 * <li>{@code findCold}, {@code statAllCold}: the same right after unmounting and mounting the
 *     target again (not timed; same upper layer or state directory), so the layer itself
 *     answers every readdir, lookup and getattr; the base's own caches stay warm, alike for
 *     all three layered targets. {@code native} has nothing to remount: its "cold" figures
 *     are the warm ones again, a floor, not a cold measurement;
 * <li>{@code readCold}: read the 100 MiB file sequentially (1 MiB reads) with its page cache
 *     dropped before every invocation: posix_fadvise(POSIX_FADV_DONTNEED) on the backing file
 *     in the base <em>and</em> on the same file opened through the mount (for FUSE targets the
 *     mount's inode has a page cache of its own; for kernel overlayfs the call reaches the
 *     real file). This leaves every other cache of the machine alone, unlike
 *     {@code echo 1 > /proc/sys/vm/drop_caches}, and treats all four targets alike;
 * <li>{@code readWarm}: the same read, page cache left as it is;
 * <li>{@code create1000}: create, write 1 KiB and close 1 000 new files in a fresh directory
 *     (made before the invocation, deleted after it, neither timed).
 * </ul>
 *
 * Run: {@code tools/jmh FsWorkloadBenchmark} (add {@code -p target=deltafs,fuse-overlayfs} to
 * pick targets). Needs root, /dev/fuse and fuse-overlayfs ({@code tools/setup/native.sh}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
public class FsWorkloadBenchmark {

    static final int CREATES = 1000, SMALL = 1024;

    @Param({"native", "overlayfs", "fuse-overlayfs", "deltafs"})
    public String target;

    private Path work, base;
    private FsTarget.Mounted mounted;
    private FsOps ops;
    private MemorySegment rootC;
    private MemorySegment[] statPaths;
    private long entries;
    private Path bigBacking, bigMounted;
    private final ByteBuffer readBuf = ByteBuffer.allocateDirect(1 << 20);
    private final ByteBuffer smallBuf = ByteBuffer.allocateDirect(SMALL);

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        try {
            work = FsTarget.newWorkDir("deltabox-jmh-fsw-");
            base = work.resolve("base");
            FsTree.generate(base, true);
            mounted = FsTarget.of(target).mount(base, work);
            Files.createDirectories(mounted.root.resolve("creates"));
            ops = new FsOps();
            rootC = ops.cPaths(List.of(mounted.root))[0];
            List<Path> all = FsOps.listTree(mounted.root);
            entries = all.size();
            statPaths = ops.cPaths(all);
            bigBacking = base.resolve(FsTree.BIG);
            bigMounted = mounted.root.resolve(FsTree.BIG);
            while (smallBuf.hasRemaining()) smallBuf.put((byte) 'x');
            // warm the caches the warm workloads mean, and check the walk sees the whole tree
            if (ops.walk(rootC) != entries) throw new IllegalStateException("walk and Files.walk disagree on " + target);
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

    /** Drops the 100 MiB file's page cache before each invocation (see the class comment). */
    @State(Scope.Thread)
    public static class ColdFile {
        @Setup(Level.Invocation)
        public void drop(FsWorkloadBenchmark b) throws IOException {
            b.ops.dropPageCache(b.bigMounted);
            if (!b.bigMounted.equals(b.bigBacking)) b.ops.dropPageCache(b.bigBacking);
        }
    }

    /** Unmounts the target and mounts it again before each invocation (native: nothing to do). */
    @State(Scope.Thread)
    public static class Remount {
        @Setup(Level.Invocation)
        public void remount(FsWorkloadBenchmark b) throws IOException {
            if (b.mounted.target == FsTarget.NATIVE) return;
            b.mounted.close();
            b.mounted = b.mounted.target.mount(b.base, b.work);
        }
    }

    /** A fresh, empty directory for each invocation of create1000, deleted afterwards. */
    @State(Scope.Thread)
    public static class CreateDir {
        final Path[] files = new Path[CREATES];
        Path dir;
        int round;

        @Setup(Level.Invocation)
        public void make(FsWorkloadBenchmark b) throws IOException {
            dir = Files.createDirectory(b.mounted.root.resolve("creates").resolve("r" + round++));
            for (int i = 0; i < CREATES; i++) files[i] = dir.resolve("f" + i);
        }

        @TearDown(Level.Invocation)
        public void remove() throws IOException {
            for (Path f : files) Files.deleteIfExists(f);
            Files.delete(dir);
        }
    }

    @Benchmark
    public long find() throws IOException {
        long n = ops.walk(rootC);
        if (n != entries) throw new IllegalStateException("find saw " + n + " entries, expected " + entries);
        return n;
    }

    @Benchmark
    public long statAll() throws IOException {
        return ops.lstatAll(statPaths);
    }

    @Benchmark
    public long findCold(Remount cold) throws IOException {
        return find();
    }

    @Benchmark
    public long statAllCold(Remount cold) throws IOException {
        return ops.lstatAll(statPaths);
    }

    @Benchmark
    public long readCold(ColdFile cold) throws IOException {
        return readBig();
    }

    @Benchmark
    public long readWarm() throws IOException {
        return readBig();
    }

    @Benchmark
    public int create1000(CreateDir d) throws IOException {
        for (Path f : d.files) {
            try (FileChannel ch = FileChannel.open(f, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                smallBuf.clear();
                while (smallBuf.hasRemaining()) ch.write(smallBuf);
            }
        }
        return d.files.length;
    }

    private long readBig() throws IOException {
        long total = 0;
        try (FileChannel ch = FileChannel.open(bigMounted, StandardOpenOption.READ)) {
            int n;
            while ((n = ch.read(readBuf.clear())) > 0) total += n;
        }
        if (total != FsTree.BIG_SIZE) throw new IllegalStateException("read " + total + " bytes of " + bigMounted);
        return total;
    }
}
