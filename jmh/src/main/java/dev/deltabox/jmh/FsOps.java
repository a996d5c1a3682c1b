package dev.deltabox.jmh;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * The file-system operations the workload benchmarks time, made straight from libc through FFM
 * so that every target runs exactly the same system calls and the Java side allocates nothing
 * per file: a find(1)-style walk (getdents64, d_type, openat of subdirectories, no stat), lstat
 * of a fixed list of paths, and dropping a file's page cache (posix_fadvise DONTNEED).
 *
 * <p>Used by one thread at a time (it owns its buffers); not thread-safe.
 */
final class FsOps implements AutoCloseable {

    private static final Linker LINKER = Linker.nativeLinker();
    private static final StructLayout CAPTURE = Linker.Option.captureStateLayout();
    private static final VarHandle ERRNO = CAPTURE.varHandle(MemoryLayout.PathElement.groupElement("errno"));
    private static final Linker.Option ERRNO_OPT = Linker.Option.captureCallState("errno");

    private static final MethodHandle OPENAT = handle("openat",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT),
            ERRNO_OPT, Linker.Option.firstVariadicArg(3));
    private static final MethodHandle CLOSE = handle("close", FunctionDescriptor.of(JAVA_INT, JAVA_INT), ERRNO_OPT);
    private static final MethodHandle GETDENTS64 = handle("getdents64",
            FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG), ERRNO_OPT);
    private static final MethodHandle LSTAT = handle("lstat", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS), ERRNO_OPT);
    /** Returns the error number itself (no errno). */
    private static final MethodHandle POSIX_FADVISE = handle("posix_fadvise",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_LONG, JAVA_LONG, JAVA_INT));

    static final int AT_FDCWD = -100;
    static final int O_RDONLY = 0, O_DIRECTORY = 0200000, O_NOFOLLOW = 0400000, O_CLOEXEC = 02000000;
    static final int POSIX_FADV_DONTNEED = 4;
    static final byte DT_UNKNOWN = 0, DT_DIR = 4;
    /** struct stat on x86-64: 144 bytes, st_mode (u32) at 24, st_size (s64) at 48. */
    static final long STAT_SIZE = 144, ST_MODE = 24, ST_SIZE = 48;
    static final int S_IFMT = 0170000, S_IFDIR = 0040000;
    /** struct linux_dirent64: d_ino u64 @0, d_off s64 @8, d_reclen u16 @16, d_type u8 @18, d_name @19. */
    static final long D_RECLEN = 16, D_TYPE = 18, D_NAME = 19;
    private static final int DIRENT_BUF = 32 * 1024;

    private static MethodHandle handle(String name, FunctionDescriptor fd, Linker.Option... options) {
        MemorySegment addr = LINKER.defaultLookup().find(name)
                .orElseThrow(() -> new IllegalStateException("libc has no " + name));
        return LINKER.downcallHandle(addr, fd, options);
    }

    private final Arena arena = Arena.ofShared();
    private final MemorySegment errno = arena.allocate(CAPTURE);
    private final MemorySegment stat = arena.allocate(STAT_SIZE, 8);
    /** One getdents64 buffer per directory depth (the walk recurses while iterating a buffer). */
    private final List<MemorySegment> direntBufs = new ArrayList<>();

    /** Paths as C strings, made once: lstat-ing them allocates nothing. */
    MemorySegment[] cPaths(List<Path> paths) {
        MemorySegment[] out = new MemorySegment[paths.size()];
        for (int i = 0; i < out.length; i++) out[i] = arena.allocateFrom(paths.get(i).toString());
        return out;
    }

    /** lstat every path; returns the sum of their sizes (so nothing can be optimised away). */
    long lstatAll(MemorySegment[] paths) throws IOException {
        long sum = 0;
        try {
            for (MemorySegment p : paths) {
                int rc = (int) LSTAT.invokeExact(errno, p, stat);
                if (rc != 0) throw new IOException("lstat " + p.getString(0) + ": errno " + errno());
                sum += stat.get(ValueLayout.JAVA_LONG, ST_SIZE);
            }
        } catch (IOException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new AssertionError(t);
        }
        return sum;
    }

    /**
     * Walks the tree under {@code root} the way find(1) does: getdents64 on each directory,
     * descend into entries whose d_type is DT_DIR (lstat only when a file system leaves d_type
     * unknown). Returns the number of entries seen, the root excluded.
     */
    long walk(MemorySegment root) throws IOException {
        int fd = openat(AT_FDCWD, root, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        try {
            return walk(fd, 0);
        } finally {
            close(fd);
        }
    }

    private long walk(int dirFd, int depth) throws IOException {
        while (direntBufs.size() <= depth) direntBufs.add(arena.allocate(DIRENT_BUF, 8));
        MemorySegment buf = direntBufs.get(depth);
        long count = 0;
        while (true) {
            long n = getdents(dirFd, buf);
            if (n == 0) return count;
            for (long off = 0; off < n; ) {
                int reclen = Short.toUnsignedInt(buf.get(ValueLayout.JAVA_SHORT_UNALIGNED, off + D_RECLEN));
                byte type = buf.get(ValueLayout.JAVA_BYTE, off + D_TYPE);
                MemorySegment name = buf.asSlice(off + D_NAME, reclen - D_NAME);
                off += reclen;
                if (isDotOrDotDot(name)) continue;
                count++;
                if (type == DT_DIR || (type == DT_UNKNOWN && isDirAt(dirFd, name))) {
                    int child = openat(dirFd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
                    try {
                        count += walk(child, depth + 1);
                    } finally {
                        close(child);
                    }
                }
            }
        }
    }

    private static boolean isDotOrDotDot(MemorySegment name) {
        if (name.get(ValueLayout.JAVA_BYTE, 0) != '.') return false;
        byte b1 = name.get(ValueLayout.JAVA_BYTE, 1);
        return b1 == 0 || (b1 == '.' && name.get(ValueLayout.JAVA_BYTE, 2) == 0);
    }

    private boolean isDirAt(int dirFd, MemorySegment name) throws IOException {
        // only for file systems that leave d_type unknown: a directory is what opens with O_DIRECTORY
        int fd;
        try {
            fd = (int) OPENAT.invokeExact(errno, dirFd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC, 0);
        } catch (Throwable t) {
            throw new AssertionError(t);
        }
        if (fd < 0) return false;
        close(fd);
        return true;
    }

    /** Drops the page cache of the file at {@code path} (clean pages only, hence the fsync at creation). */
    void dropPageCache(Path path) throws IOException {
        int fd;
        try (Arena a = Arena.ofConfined()) {
            fd = openat(AT_FDCWD, a.allocateFrom(path.toString()), O_RDONLY | O_CLOEXEC);
        }
        try {
            int rc = (int) POSIX_FADVISE.invokeExact(fd, 0L, 0L, POSIX_FADV_DONTNEED);
            if (rc != 0) throw new IOException("posix_fadvise DONTNEED " + path + ": error " + rc);
        } catch (IOException e) {
            throw e;
        } catch (Throwable t) {
            throw new AssertionError(t);
        } finally {
            close(fd);
        }
    }

    private int openat(int dirFd, MemorySegment path, int flags) throws IOException {
        int fd;
        try {
            fd = (int) OPENAT.invokeExact(errno, dirFd, path, flags, 0);
        } catch (Throwable t) {
            throw new AssertionError(t);
        }
        if (fd < 0) throw new IOException("openat " + path.getString(0) + ": errno " + errno());
        return fd;
    }

    private long getdents(int fd, MemorySegment buf) throws IOException {
        long n;
        try {
            n = (long) GETDENTS64.invokeExact(errno, fd, buf, buf.byteSize());
        } catch (Throwable t) {
            throw new AssertionError(t);
        }
        if (n < 0) throw new IOException("getdents64: errno " + errno());
        return n;
    }

    private void close(int fd) {
        try {
            int unused = (int) CLOSE.invokeExact(errno, fd);
        } catch (Throwable t) {
            throw new AssertionError(t);
        }
    }

    private int errno() {
        return (int) ERRNO.get(errno, 0L);
    }

    /** Every path under {@code root} (the root excluded), directories and files, in walk order. */
    static List<Path> listTree(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> !p.equals(root)).toList();
        }
    }

    @Override
    public void close() {
        arena.close();
    }
}
