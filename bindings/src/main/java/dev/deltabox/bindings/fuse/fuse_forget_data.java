// Generated-shape binding (jextract output shape, filtered to what DeltaBox uses).
package dev.deltabox.bindings.fuse;

import java.lang.foreign.*;
import java.util.function.Consumer;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;
import static java.lang.foreign.ValueLayout.*;

/**
 * {@snippet lang=c :
 * struct fuse_forget_data {
 *     fuse_ino_t ino;
 *     uint64_t nlookup;
 * }
 * }
 */
public class fuse_forget_data {

    fuse_forget_data() {
        // Should not be called directly
    }

    private static final GroupLayout $LAYOUT = MemoryLayout.structLayout(
        fuse_lowlevel_h.C_LONG.withName("ino"),
        fuse_lowlevel_h.C_LONG.withName("nlookup")
    ).withName("fuse_forget_data");

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

    private static final OfLong nlookup$LAYOUT = (OfLong)$LAYOUT.select(groupElement("nlookup"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint64_t nlookup
     * }
     */
    public static final OfLong nlookup$layout() {
        return nlookup$LAYOUT;
    }

    private static final long nlookup$OFFSET = 8;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint64_t nlookup
     * }
     */
    public static final long nlookup$offset() {
        return nlookup$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint64_t nlookup
     * }
     */
    public static long nlookup(MemorySegment struct) {
        return struct.get(nlookup$LAYOUT, nlookup$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint64_t nlookup
     * }
     */
    public static void nlookup(MemorySegment struct, long fieldValue) {
        struct.set(nlookup$LAYOUT, nlookup$OFFSET, fieldValue);
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
