// Generated-shape binding (jextract output shape, filtered to what DeltaBox uses).
package dev.deltabox.bindings.fuse;

import java.lang.foreign.*;
import java.util.function.Consumer;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;
import static java.lang.foreign.ValueLayout.*;

/**
 * {@snippet lang=c :
 * struct fuse_entry_param {
 *     fuse_ino_t ino;
 *     uint64_t generation;
 *     struct stat attr;
 *     double attr_timeout;
 *     double entry_timeout;
 * }
 * }
 */
public class fuse_entry_param {

    fuse_entry_param() {
        // Should not be called directly
    }

    // `struct stat attr` is laid out inline (glibc x86-64 struct stat, 144 bytes) instead of
    // referring to a stat class: this package has no stat class (the runtime uses the libc bindings).
    private static final GroupLayout $LAYOUT = MemoryLayout.structLayout(
        fuse_lowlevel_h.C_LONG.withName("ino"),
        fuse_lowlevel_h.C_LONG.withName("generation"),
        MemoryLayout.structLayout(
            fuse_lowlevel_h.C_LONG.withName("st_dev"),
            fuse_lowlevel_h.C_LONG.withName("st_ino"),
            fuse_lowlevel_h.C_LONG.withName("st_nlink"),
            fuse_lowlevel_h.C_INT.withName("st_mode"),
            fuse_lowlevel_h.C_INT.withName("st_uid"),
            fuse_lowlevel_h.C_INT.withName("st_gid"),
            fuse_lowlevel_h.C_INT.withName("__pad0"),
            fuse_lowlevel_h.C_LONG.withName("st_rdev"),
            fuse_lowlevel_h.C_LONG.withName("st_size"),
            fuse_lowlevel_h.C_LONG.withName("st_blksize"),
            fuse_lowlevel_h.C_LONG.withName("st_blocks"),
            MemoryLayout.structLayout(
                fuse_lowlevel_h.C_LONG.withName("tv_sec"),
                fuse_lowlevel_h.C_LONG.withName("tv_nsec")
            ).withName("st_atim"),
            MemoryLayout.structLayout(
                fuse_lowlevel_h.C_LONG.withName("tv_sec"),
                fuse_lowlevel_h.C_LONG.withName("tv_nsec")
            ).withName("st_mtim"),
            MemoryLayout.structLayout(
                fuse_lowlevel_h.C_LONG.withName("tv_sec"),
                fuse_lowlevel_h.C_LONG.withName("tv_nsec")
            ).withName("st_ctim"),
            MemoryLayout.sequenceLayout(3, fuse_lowlevel_h.C_LONG).withName("__glibc_reserved")
        ).withName("attr"),
        fuse_lowlevel_h.C_DOUBLE.withName("attr_timeout"),
        fuse_lowlevel_h.C_DOUBLE.withName("entry_timeout")
    ).withName("fuse_entry_param");

    /**
     * The layout of this struct
     */
    public static final GroupLayout layout() {
        return $LAYOUT;
    }

    private static final OfLong ino$LAYOUT = (OfLong)$LAYOUT.select(groupElement("ino"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * fuse_ino_t ino
     * }
     */
    public static final OfLong ino$layout() {
        return ino$LAYOUT;
    }

    private static final long ino$OFFSET = 0;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * fuse_ino_t ino
     * }
     */
    public static final long ino$offset() {
        return ino$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * fuse_ino_t ino
     * }
     */
    public static long ino(MemorySegment struct) {
        return struct.get(ino$LAYOUT, ino$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * fuse_ino_t ino
     * }
     */
    public static void ino(MemorySegment struct, long fieldValue) {
        struct.set(ino$LAYOUT, ino$OFFSET, fieldValue);
    }

    private static final OfLong generation$LAYOUT = (OfLong)$LAYOUT.select(groupElement("generation"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint64_t generation
     * }
     */
    public static final OfLong generation$layout() {
        return generation$LAYOUT;
    }

    private static final long generation$OFFSET = 8;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint64_t generation
     * }
     */
    public static final long generation$offset() {
        return generation$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint64_t generation
     * }
     */
    public static long generation(MemorySegment struct) {
        return struct.get(generation$LAYOUT, generation$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint64_t generation
     * }
     */
    public static void generation(MemorySegment struct, long fieldValue) {
        struct.set(generation$LAYOUT, generation$OFFSET, fieldValue);
    }

    private static final GroupLayout attr$LAYOUT = (GroupLayout)$LAYOUT.select(groupElement("attr"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * struct stat attr
     * }
     */
    public static final GroupLayout attr$layout() {
        return attr$LAYOUT;
    }

    private static final long attr$OFFSET = 16;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * struct stat attr
     * }
     */
    public static final long attr$offset() {
        return attr$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * struct stat attr
     * }
     */
    public static MemorySegment attr(MemorySegment struct) {
        return struct.asSlice(attr$OFFSET, attr$LAYOUT.byteSize());
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * struct stat attr
     * }
     */
    public static void attr(MemorySegment struct, MemorySegment fieldValue) {
        MemorySegment.copy(fieldValue, 0L, struct, attr$OFFSET, attr$LAYOUT.byteSize());
    }

    private static final OfDouble attr_timeout$LAYOUT = (OfDouble)$LAYOUT.select(groupElement("attr_timeout"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * double attr_timeout
     * }
     */
    public static final OfDouble attr_timeout$layout() {
        return attr_timeout$LAYOUT;
    }

    private static final long attr_timeout$OFFSET = 160;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * double attr_timeout
     * }
     */
    public static final long attr_timeout$offset() {
        return attr_timeout$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * double attr_timeout
     * }
     */
    public static double attr_timeout(MemorySegment struct) {
        return struct.get(attr_timeout$LAYOUT, attr_timeout$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * double attr_timeout
     * }
     */
    public static void attr_timeout(MemorySegment struct, double fieldValue) {
        struct.set(attr_timeout$LAYOUT, attr_timeout$OFFSET, fieldValue);
    }

    private static final OfDouble entry_timeout$LAYOUT = (OfDouble)$LAYOUT.select(groupElement("entry_timeout"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * double entry_timeout
     * }
     */
    public static final OfDouble entry_timeout$layout() {
        return entry_timeout$LAYOUT;
    }

    private static final long entry_timeout$OFFSET = 168;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * double entry_timeout
     * }
     */
    public static final long entry_timeout$offset() {
        return entry_timeout$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * double entry_timeout
     * }
     */
    public static double entry_timeout(MemorySegment struct) {
        return struct.get(entry_timeout$LAYOUT, entry_timeout$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * double entry_timeout
     * }
     */
    public static void entry_timeout(MemorySegment struct, double fieldValue) {
        struct.set(entry_timeout$LAYOUT, entry_timeout$OFFSET, fieldValue);
    }

    /**
     * Obtains a slice of {@code arrayParam} which selects the array element at {@code index}.
     * The returned segment has address {@code arrayParam.address() + index * layout().byteSize()}
     */
    public static MemorySegment asSlice(MemorySegment array, long index) {
        return array.asSlice(layout().byteSize() * index);
    }

    /**
     * The size (in bytes) of this struct
     */
    public static long sizeof() { return layout().byteSize(); }

    /**
     * Allocate a segment of size {@code layout().byteSize()} using {@code allocator}
     */
    public static MemorySegment allocate(SegmentAllocator allocator) {
        return allocator.allocate(layout());
    }

    /**
     * Allocate an array of size {@code elementCount} using {@code allocator}.
     * The returned segment has size {@code elementCount * layout().byteSize()}.
     */
    public static MemorySegment allocateArray(long elementCount, SegmentAllocator allocator) {
        return allocator.allocate(MemoryLayout.sequenceLayout(elementCount, layout()));
    }

    /**
     * Reinterprets {@code addr} using target {@code arena} and {@code cleanupAction} (if any).
     * The returned segment has size {@code layout().byteSize()}
     */
    public static MemorySegment reinterpret(MemorySegment addr, Arena arena, Consumer<MemorySegment> cleanup) {
        return reinterpret(addr, 1, arena, cleanup);
    }

    /**
     * Reinterprets {@code addr} using target {@code arena} and {@code cleanupAction} (if any).
     * The returned segment has size {@code elementCount * layout().byteSize()}
     */
    public static MemorySegment reinterpret(MemorySegment addr, long elementCount, Arena arena, Consumer<MemorySegment> cleanup) {
        return addr.reinterpret(layout().byteSize() * elementCount, arena, cleanup);
    }
}
