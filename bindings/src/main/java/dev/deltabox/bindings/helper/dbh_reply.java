// Generated-shape binding (jextract output shape) for c-src/include/deltabox_helper.h.
package dev.deltabox.bindings.helper;
import java.lang.foreign.*;
import java.lang.invoke.*;
import java.util.function.Consumer;
import static java.lang.foreign.MemoryLayout.PathElement.*;
import static java.lang.foreign.ValueLayout.*;
/**
 * {@snippet lang=c :
 * struct dbh_reply {
 *     int32_t error;
 *     uint32_t nfds;
 *     int64_t values[8];
 *     char message[256];
 * }
 * }
 */
public class dbh_reply {

    dbh_reply() {
        // Should not be called directly
    }
    private static final GroupLayout $LAYOUT = MemoryLayout.structLayout(
        deltabox_helper_h.C_INT.withName("error"),
        deltabox_helper_h.C_INT.withName("nfds"),
        MemoryLayout.sequenceLayout(8, deltabox_helper_h.C_LONG_LONG).withName("values"),
        MemoryLayout.sequenceLayout(256, deltabox_helper_h.C_CHAR).withName("message")
    ).withName("dbh_reply");
    /**
     * The layout of this struct
     */
    public static final GroupLayout layout() {
        return $LAYOUT;
    }
    private static final OfInt error$LAYOUT = (OfInt)$LAYOUT.select(groupElement("error"));
    /**
     * Layout for field:
     * {@snippet lang=c :
     * int32_t error
     * }
     */
    public static final OfInt error$layout() {
        return error$LAYOUT;
    }
    private static final long error$OFFSET = 0;
    /**
     * Offset for field:
     * {@snippet lang=c :
     * int32_t error
     * }
     */
    public static final long error$offset() {
        return error$OFFSET;
    }
    /**
     * Getter for field:
     * {@snippet lang=c :
     * int32_t error
     * }
     */
    public static int error(MemorySegment struct) {
        return struct.get(error$LAYOUT, error$OFFSET);
    }
    /**
     * Setter for field:
     * {@snippet lang=c :
     * int32_t error
     * }
     */
    public static void error(MemorySegment struct, int fieldValue) {
        struct.set(error$LAYOUT, error$OFFSET, fieldValue);
    }
    private static final OfInt nfds$LAYOUT = (OfInt)$LAYOUT.select(groupElement("nfds"));
    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint32_t nfds
     * }
     */
    public static final OfInt nfds$layout() {
        return nfds$LAYOUT;
    }
    private static final long nfds$OFFSET = 4;
    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint32_t nfds
     * }
     */
    public static final long nfds$offset() {
        return nfds$OFFSET;
    }
    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint32_t nfds
     * }
     */
    public static int nfds(MemorySegment struct) {
        return struct.get(nfds$LAYOUT, nfds$OFFSET);
    }
    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint32_t nfds
     * }
     */
    public static void nfds(MemorySegment struct, int fieldValue) {
        struct.set(nfds$LAYOUT, nfds$OFFSET, fieldValue);
    }
    private static final SequenceLayout values$LAYOUT = (SequenceLayout)$LAYOUT.select(groupElement("values"));
    /**
     * Layout for field:
     * {@snippet lang=c :
     * int64_t values[8]
     * }
     */
    public static final SequenceLayout values$layout() {
        return values$LAYOUT;
    }
    private static final long values$OFFSET = 8;
    /**
     * Offset for field:
     * {@snippet lang=c :
     * int64_t values[8]
     * }
     */
    public static final long values$offset() {
        return values$OFFSET;
    }
    /**
     * Getter for field:
     * {@snippet lang=c :
     * int64_t values[8]
     * }
     */
    public static MemorySegment values(MemorySegment struct) {
        return struct.asSlice(values$OFFSET, values$LAYOUT.byteSize());
    }
    /**
     * Setter for field:
     * {@snippet lang=c :
     * int64_t values[8]
     * }
     */
    public static void values(MemorySegment struct, MemorySegment fieldValue) {
        MemorySegment.copy(fieldValue, 0L, struct, values$OFFSET, values$LAYOUT.byteSize());
    }
    private static long[] values$DIMS = { 8 };
    /**
     * Dimensions for array field:
     * {@snippet lang=c :
     * int64_t values[8]
     * }
     */
    public static long[] values$dimensions() {
        return values$DIMS;
    }
    private static final VarHandle values$ELEM_HANDLE = values$LAYOUT.varHandle(sequenceElement());
    /**
     * Indexed getter for field:
     * {@snippet lang=c :
     * int64_t values[8]
     * }
     */
    public static long values(MemorySegment struct, long index0) {
        return (long)values$ELEM_HANDLE.get(struct, values$OFFSET, index0);
    }
    /**
     * Indexed setter for field:
     * {@snippet lang=c :
     * int64_t values[8]
     * }
     */
    public static void values(MemorySegment struct, long index0, long fieldValue) {
        values$ELEM_HANDLE.set(struct, values$OFFSET, index0, fieldValue);
    }
    private static final SequenceLayout message$LAYOUT = (SequenceLayout)$LAYOUT.select(groupElement("message"));
    /**
     * Layout for field:
     * {@snippet lang=c :
     * char message[256]
     * }
     */
    public static final SequenceLayout message$layout() {
        return message$LAYOUT;
    }
    private static final long message$OFFSET = 72;
    /**
     * Offset for field:
     * {@snippet lang=c :
     * char message[256]
     * }
     */
    public static final long message$offset() {
        return message$OFFSET;
    }
    /**
     * Getter for field:
     * {@snippet lang=c :
     * char message[256]
     * }
     */
    public static MemorySegment message(MemorySegment struct) {
        return struct.asSlice(message$OFFSET, message$LAYOUT.byteSize());
    }
    /**
     * Setter for field:
     * {@snippet lang=c :
     * char message[256]
     * }
     */
    public static void message(MemorySegment struct, MemorySegment fieldValue) {
        MemorySegment.copy(fieldValue, 0L, struct, message$OFFSET, message$LAYOUT.byteSize());
    }
    private static long[] message$DIMS = { 256 };
    /**
     * Dimensions for array field:
     * {@snippet lang=c :
     * char message[256]
     * }
     */
    public static long[] message$dimensions() {
        return message$DIMS;
    }
    private static final VarHandle message$ELEM_HANDLE = message$LAYOUT.varHandle(sequenceElement());
    /**
     * Indexed getter for field:
     * {@snippet lang=c :
     * char message[256]
     * }
     */
    public static byte message(MemorySegment struct, long index0) {
        return (byte)message$ELEM_HANDLE.get(struct, message$OFFSET, index0);
    }
    /**
     * Indexed setter for field:
     * {@snippet lang=c :
     * char message[256]
     * }
     */
    public static void message(MemorySegment struct, long index0, byte fieldValue) {
        message$ELEM_HANDLE.set(struct, message$OFFSET, index0, fieldValue);
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
