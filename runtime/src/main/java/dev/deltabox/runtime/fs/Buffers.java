package dev.deltabox.runtime.fs;

import dev.deltabox.bindings.fuse.fuse_entry_param;
import dev.deltabox.bindings.libc.stat;
import dev.deltabox.bindings.libc.statvfs;
import dev.deltabox.bindings.libc.timespec;
import dev.deltabox.runtime.nativeaccess.Errno;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * Native scratch memory for one thread: errno capture, stat buffers, two path buffers and an
 * I/O buffer. Owned by exactly one thread (a FUSE worker, or a control thread); reusing it is
 * what keeps the request paths free of allocation.
 */
final class Buffers implements AutoCloseable {
    static final int PATH_CAPACITY = 8192;
    static final int IO_CAPACITY = 1 << 20;

    final Arena arena;
    final MemorySegment err;
    final MemorySegment st;
    final MemorySegment st2;
    final MemorySegment path;
    final MemorySegment path2;
    final MemorySegment name;
    final MemorySegment entry;
    final MemorySegment times;
    final MemorySegment vfs;
    final MemorySegment io;
    /** The FUSE request this thread is serving (a worker sets it where the request itself is needed). */
    MemorySegment request = MemorySegment.NULL;
    /** Scratch for the calling thread only. */
    Buffers() {
        this(Arena.ofConfined());
    }

    /**
     * Scratch in {@code arena}: a shared arena lets a long-lived owner (serialized by a lock
     * of its own) use the buffers from whichever thread currently holds that lock.
     */
    Buffers(Arena arena) {
        this.arena = arena;
        err = Errno.allocate(arena);
        st = arena.allocate(stat.layout());
        st2 = arena.allocate(stat.layout());
        path = arena.allocate(PATH_CAPACITY);
        path2 = arena.allocate(PATH_CAPACITY);
        name = arena.allocate(PATH_CAPACITY);
        entry = arena.allocate(fuse_entry_param.layout());
        times = arena.allocate(timespec.layout(), 2);
        vfs = arena.allocate(statvfs.layout());
        io = arena.allocate(IO_CAPACITY, 4096);
    }

    /** Path bytes as Java sees them (relative to a layer root; empty for the root). */
    final PathBuf rel = new PathBuf();
    final PathBuf rel2 = new PathBuf();

    /** Writes {@code prefix/rel} (or just the prefix for the root) NUL-terminated into {@code dst}. */
    static MemorySegment layerPath(MemorySegment dst, long layer, PathBuf rel) {
        // The layer id in decimal, then the relative path.
        long v = layer;
        int digits = v == 0 ? 1 : (int) Math.log10(v) + 1;
        for (int i = digits - 1; i >= 0; i--) {
            dst.set(ValueLayout.JAVA_BYTE, i, (byte) ('0' + (v % 10)));
            v /= 10;
        }
        return endWith(dst, digits, rel);
    }

    /** Writes {@code prefix/rel} (just the prefix for the root) NUL-terminated into {@code dst}; raw bytes. */
    static MemorySegment prefixedPath(MemorySegment dst, byte[] prefix, PathBuf rel) {
        MemorySegment.copy(prefix, 0, dst, ValueLayout.JAVA_BYTE, 0, prefix.length);
        return endWith(dst, prefix.length, rel);
    }

    /** Appends "/rel" (nothing for the root) and the NUL at {@code at}. */
    private static MemorySegment endWith(MemorySegment dst, long at, PathBuf rel) {
        if (rel.length > 0) {
            dst.set(ValueLayout.JAVA_BYTE, at++, (byte) '/');
            MemorySegment.copy(rel.bytes, 0, dst, ValueLayout.JAVA_BYTE, at, rel.length);
            at += rel.length;
        }
        dst.set(ValueLayout.JAVA_BYTE, at, (byte) 0);
        return dst;
    }

    /** Writes the base-relative path ("." for the root) NUL-terminated into {@code dst}. */
    static MemorySegment basePath(MemorySegment dst, PathBuf rel) {
        if (rel.length == 0) {
            dst.set(ValueLayout.JAVA_BYTE, 0, (byte) '.');
            dst.set(ValueLayout.JAVA_BYTE, 1, (byte) 0);
            return dst;
        }
        MemorySegment.copy(rel.bytes, 0, dst, ValueLayout.JAVA_BYTE, 0, rel.length);
        dst.set(ValueLayout.JAVA_BYTE, rel.length, (byte) 0);
        return dst;
    }

    static MemorySegment cString(MemorySegment dst, byte[] bytes) {
        MemorySegment.copy(bytes, 0, dst, ValueLayout.JAVA_BYTE, 0, bytes.length);
        dst.set(ValueLayout.JAVA_BYTE, bytes.length, (byte) 0);
        return dst;
    }

    @Override
    public void close() {
        arena.close();
    }
}
