// Generated-shape binding (jextract output shape, filtered to what DeltaBox uses).
package dev.deltabox.bindings.fuse;

import java.lang.foreign.*;
import java.lang.invoke.MethodHandle;
import java.util.function.Consumer;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;
import static java.lang.foreign.MemoryLayout.PathElement.sequenceElement;
import static java.lang.foreign.ValueLayout.*;

/**
 * {@snippet lang=c :
 * struct fuse_bufvec {
 *     size_t count;
 *     size_t idx;
 *     size_t off;
 *     struct fuse_buf buf[1];
 * }
 * }
 */
public class fuse_bufvec {

    fuse_bufvec() {
        // Should not be called directly
    }

    private static final GroupLayout $LAYOUT = MemoryLayout.structLayout(
        fuse_lowlevel_h.C_LONG.withName("count"),
        fuse_lowlevel_h.C_LONG.withName("idx"),
        fuse_lowlevel_h.C_LONG.withName("off"),
        MemoryLayout.sequenceLayout(1, fuse_buf.layout()).withName("buf")
    ).withName("fuse_bufvec");

    /**
     * The layout of this struct
     */
    public static final GroupLayout layout() {
        return $LAYOUT;
    }

    private static final OfLong count$LAYOUT = (OfLong)$LAYOUT.select(groupElement("count"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * size_t count
     * }
     */
    public static final OfLong count$layout() {
        return count$LAYOUT;
    }

    private static final long count$OFFSET = 0;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * size_t count
     * }
     */
    public static final long count$offset() {
        return count$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * size_t count
     * }
     */
    public static long count(MemorySegment struct) {
        return struct.get(count$LAYOUT, count$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * size_t count
     * }
     */
    public static void count(MemorySegment struct, long fieldValue) {
        struct.set(count$LAYOUT, count$OFFSET, fieldValue);
    }

    private static final OfLong idx$LAYOUT = (OfLong)$LAYOUT.select(groupElement("idx"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * size_t idx
     * }
     */
    public static final OfLong idx$layout() {
        return idx$LAYOUT;
    }

    private static final long idx$OFFSET = 8;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * size_t idx
     * }
     */
    public static final long idx$offset() {
        return idx$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * size_t idx
     * }
     */
    public static long idx(MemorySegment struct) {
        return struct.get(idx$LAYOUT, idx$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * size_t idx
     * }
     */
    public static void idx(MemorySegment struct, long fieldValue) {
        struct.set(idx$LAYOUT, idx$OFFSET, fieldValue);
    }

    private static final OfLong off$LAYOUT = (OfLong)$LAYOUT.select(groupElement("off"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * size_t off
     * }
     */
    public static final OfLong off$layout() {
        return off$LAYOUT;
    }

    private static final long off$OFFSET = 16;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * size_t off
     * }
     */
    public static final long off$offset() {
        return off$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * size_t off
     * }
     */
    public static long off(MemorySegment struct) {
        return struct.get(off$LAYOUT, off$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * size_t off
     * }
     */
    public static void off(MemorySegment struct, long fieldValue) {
        struct.set(off$LAYOUT, off$OFFSET, fieldValue);
    }

    private static final SequenceLayout buf$LAYOUT = (SequenceLayout)$LAYOUT.select(groupElement("buf"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * struct fuse_buf buf[1]
     * }
     */
    public static final SequenceLayout buf$layout() {
        return buf$LAYOUT;
    }

    private static final long buf$OFFSET = 24;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * struct fuse_buf buf[1]
     * }
     */
    public static final long buf$offset() {
        return buf$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * struct fuse_buf buf[1]
     * }
     */
    public static MemorySegment buf(MemorySegment struct) {
        return struct.asSlice(buf$OFFSET, buf$LAYOUT.byteSize());
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * struct fuse_buf buf[1]
     * }
     */
    public static void buf(MemorySegment struct, MemorySegment fieldValue) {
        MemorySegment.copy(fieldValue, 0L, struct, buf$OFFSET, buf$LAYOUT.byteSize());
    }

    private static long[] buf$DIMS = { 1 };

    /**
     * Dimensions for array field:
     * {@snippet lang=c :
     * struct fuse_buf buf[1]
     * }
     */
    public static long[] buf$dimensions() {
        return buf$DIMS;
    }
    private static final MethodHandle buf$ELEM_HANDLE = buf$LAYOUT.sliceHandle(sequenceElement());

    /**
     * Indexed getter for field:
     * {@snippet lang=c :
     * struct fuse_buf buf[1]
     * }
     */
    public static MemorySegment buf(MemorySegment struct, long index0) {
        try {
            return (MemorySegment)buf$ELEM_HANDLE.invokeExact(struct, buf$OFFSET, index0);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    /**
     * Indexed setter for field:
     * {@snippet lang=c :
     * struct fuse_buf buf[1]
     * }
     */
    public static void buf(MemorySegment struct, long index0, MemorySegment fieldValue) {
        MemorySegment.copy(fieldValue, 0L, buf(struct, index0), 0L, fuse_buf.layout().byteSize());
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
