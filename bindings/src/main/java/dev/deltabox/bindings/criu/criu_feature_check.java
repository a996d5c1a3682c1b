// Generated-shape binding (jextract output shape, filtered to what DeltaBox uses).
package dev.deltabox.bindings.criu;

import java.lang.foreign.*;
import java.util.function.Consumer;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;
import static java.lang.foreign.ValueLayout.*;

/**
 * {@snippet lang=c :
 * struct criu_feature_check {
 *     _Bool mem_track;
 *     _Bool lazy_pages;
 *     _Bool pidfd_store;
 * }
 * }
 */
public class criu_feature_check {

    criu_feature_check() {
        // Should not be called directly
    }

    private static final GroupLayout $LAYOUT = MemoryLayout.structLayout(
        criu_h.C_BOOL.withName("mem_track"),
        criu_h.C_BOOL.withName("lazy_pages"),
        criu_h.C_BOOL.withName("pidfd_store")
    ).withName("criu_feature_check");

    /**
     * The layout of this struct
     */
    public static final GroupLayout layout() {
        return $LAYOUT;
    }

    private static final OfBoolean mem_track$LAYOUT = (OfBoolean)$LAYOUT.select(groupElement("mem_track"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * _Bool mem_track
     * }
     */
    public static final OfBoolean mem_track$layout() {
        return mem_track$LAYOUT;
    }

    private static final long mem_track$OFFSET = 0;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * _Bool mem_track
     * }
     */
    public static final long mem_track$offset() {
        return mem_track$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * _Bool mem_track
     * }
     */
    public static boolean mem_track(MemorySegment struct) {
        return struct.get(mem_track$LAYOUT, mem_track$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * _Bool mem_track
     * }
     */
    public static void mem_track(MemorySegment struct, boolean fieldValue) {
        struct.set(mem_track$LAYOUT, mem_track$OFFSET, fieldValue);
    }

    private static final OfBoolean lazy_pages$LAYOUT = (OfBoolean)$LAYOUT.select(groupElement("lazy_pages"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * _Bool lazy_pages
     * }
     */
    public static final OfBoolean lazy_pages$layout() {
        return lazy_pages$LAYOUT;
    }

    private static final long lazy_pages$OFFSET = 1;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * _Bool lazy_pages
     * }
     */
    public static final long lazy_pages$offset() {
        return lazy_pages$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * _Bool lazy_pages
     * }
     */
    public static boolean lazy_pages(MemorySegment struct) {
        return struct.get(lazy_pages$LAYOUT, lazy_pages$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * _Bool lazy_pages
     * }
     */
    public static void lazy_pages(MemorySegment struct, boolean fieldValue) {
        struct.set(lazy_pages$LAYOUT, lazy_pages$OFFSET, fieldValue);
    }

    private static final OfBoolean pidfd_store$LAYOUT = (OfBoolean)$LAYOUT.select(groupElement("pidfd_store"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * _Bool pidfd_store
     * }
     */
    public static final OfBoolean pidfd_store$layout() {
        return pidfd_store$LAYOUT;
    }

    private static final long pidfd_store$OFFSET = 2;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * _Bool pidfd_store
     * }
     */
    public static final long pidfd_store$offset() {
        return pidfd_store$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * _Bool pidfd_store
     * }
     */
    public static boolean pidfd_store(MemorySegment struct) {
        return struct.get(pidfd_store$LAYOUT, pidfd_store$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * _Bool pidfd_store
     * }
     */
    public static void pidfd_store(MemorySegment struct, boolean fieldValue) {
        struct.set(pidfd_store$LAYOUT, pidfd_store$OFFSET, fieldValue);
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
