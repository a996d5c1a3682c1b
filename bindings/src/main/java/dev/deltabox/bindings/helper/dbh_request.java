// Generated-shape binding (jextract output shape) for c-src/include/deltabox_helper.h.
package dev.deltabox.bindings.helper;
import java.lang.foreign.*;
import java.lang.invoke.*;
import java.util.function.Consumer;
import static java.lang.foreign.MemoryLayout.PathElement.*;
import static java.lang.foreign.ValueLayout.*;
/**
 * {@snippet lang=c :
 * struct dbh_request {
 *     uint32_t op;
 *     uint32_t nfds;
 *     int64_t args[6];
 *     uint32_t data_len;
 *     uint32_t reserved;
 *     char data[8192];
 * }
 * }
 */
public class dbh_request {

    dbh_request() {
        // Should not be called directly
    }
    private static final GroupLayout $LAYOUT = MemoryLayout.structLayout(
        deltabox_helper_h.C_INT.withName("op"),
        deltabox_helper_h.C_INT.withName("nfds"),
        MemoryLayout.sequenceLayout(6, deltabox_helper_h.C_LONG_LONG).withName("args"),
        deltabox_helper_h.C_INT.withName("data_len"),
        deltabox_helper_h.C_INT.withName("reserved"),
        MemoryLayout.sequenceLayout(8192, deltabox_helper_h.C_CHAR).withName("data")
    ).withName("dbh_request");
    /**
     * The layout of this struct
     */
    public static final GroupLayout layout() {
        return $LAYOUT;
    }
    private static final OfInt op$LAYOUT = (OfInt)$LAYOUT.select(groupElement("op"));
    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint32_t op
     * }
     */
    public static final OfInt op$layout() {
        return op$LAYOUT;
    }
    private static final long op$OFFSET = 0;
    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint32_t op
     * }
     */
    public static final long op$offset() {
        return op$OFFSET;
    }
    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint32_t op
     * }
     */
    public static int op(MemorySegment struct) {
        return struct.get(op$LAYOUT, op$OFFSET);
    }
    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint32_t op
     * }
     */
    public static void op(MemorySegment struct, int fieldValue) {
        struct.set(op$LAYOUT, op$OFFSET, fieldValue);
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
    private static final SequenceLayout args$LAYOUT = (SequenceLayout)$LAYOUT.select(groupElement("args"));
    /**
     * Layout for field:
     * {@snippet lang=c :
     * int64_t args[6]
     * }
     */
    public static final SequenceLayout args$layout() {
        return args$LAYOUT;
    }
    private static final long args$OFFSET = 8;
    /**
     * Offset for field:
     * {@snippet lang=c :
     * int64_t args[6]
     * }
     */
    public static final long args$offset() {
        return args$OFFSET;
    }
    /**
     * Getter for field:
     * {@snippet lang=c :
     * int64_t args[6]
     * }
     */
    public static MemorySegment args(MemorySegment struct) {
        return struct.asSlice(args$OFFSET, args$LAYOUT.byteSize());
    }
    /**
     * Setter for field:
     * {@snippet lang=c :
     * int64_t args[6]
     * }
     */
    public static void args(MemorySegment struct, MemorySegment fieldValue) {
        MemorySegment.copy(fieldValue, 0L, struct, args$OFFSET, args$LAYOUT.byteSize());
    }
    private static long[] args$DIMS = { 6 };
    /**
     * Dimensions for array field:
     * {@snippet lang=c :
     * int64_t args[6]
     * }
     */
    public static long[] args$dimensions() {
        return args$DIMS;
    }
    private static final VarHandle args$ELEM_HANDLE = args$LAYOUT.varHandle(sequenceElement());
    /**
     * Indexed getter for field:
     * {@snippet lang=c :
     * int64_t args[6]
     * }
     */
    public static long args(MemorySegment struct, long index0) {
        return (long)args$ELEM_HANDLE.get(struct, args$OFFSET, index0);
    }
    /**
     * Indexed setter for field:
     * {@snippet lang=c :
     * int64_t args[6]
     * }
     */
    public static void args(MemorySegment struct, long index0, long fieldValue) {
        args$ELEM_HANDLE.set(struct, args$OFFSET, index0, fieldValue);
    }
    private static final OfInt data_len$LAYOUT = (OfInt)$LAYOUT.select(groupElement("data_len"));
    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint32_t data_len
     * }
     */
    public static final OfInt data_len$layout() {
        return data_len$LAYOUT;
    }
    private static final long data_len$OFFSET = 56;
    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint32_t data_len
     * }
     */
    public static final long data_len$offset() {
        return data_len$OFFSET;
    }
    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint32_t data_len
     * }
     */
    public static int data_len(MemorySegment struct) {
        return struct.get(data_len$LAYOUT, data_len$OFFSET);
    }
    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint32_t data_len
     * }
     */
    public static void data_len(MemorySegment struct, int fieldValue) {
        struct.set(data_len$LAYOUT, data_len$OFFSET, fieldValue);
    }
    private static final OfInt reserved$LAYOUT = (OfInt)$LAYOUT.select(groupElement("reserved"));
    /**
     * Layout for field:
     * {@snippet lang=c :
     * uint32_t reserved
     * }
     */
    public static final OfInt reserved$layout() {
        return reserved$LAYOUT;
    }
    private static final long reserved$OFFSET = 60;
    /**
     * Offset for field:
     * {@snippet lang=c :
     * uint32_t reserved
     * }
     */
    public static final long reserved$offset() {
        return reserved$OFFSET;
    }
    /**
     * Getter for field:
     * {@snippet lang=c :
     * uint32_t reserved
     * }
     */
    public static int reserved(MemorySegment struct) {
        return struct.get(reserved$LAYOUT, reserved$OFFSET);
    }
    /**
     * Setter for field:
     * {@snippet lang=c :
     * uint32_t reserved
     * }
     */
    public static void reserved(MemorySegment struct, int fieldValue) {
        struct.set(reserved$LAYOUT, reserved$OFFSET, fieldValue);
    }
    private static final SequenceLayout data$LAYOUT = (SequenceLayout)$LAYOUT.select(groupElement("data"));
    /**
     * Layout for field:
     * {@snippet lang=c :
     * char data[8192]
     * }
     */
    public static final SequenceLayout data$layout() {
        return data$LAYOUT;
    }
    private static final long data$OFFSET = 64;
    /**
     * Offset for field:
     * {@snippet lang=c :
     * char data[8192]
     * }
     */
    public static final long data$offset() {
        return data$OFFSET;
    }
    /**
     * Getter for field:
     * {@snippet lang=c :
     * char data[8192]
     * }
     */
    public static MemorySegment data(MemorySegment struct) {
        return struct.asSlice(data$OFFSET, data$LAYOUT.byteSize());
    }
    /**
     * Setter for field:
     * {@snippet lang=c :
     * char data[8192]
     * }
     */
    public static void data(MemorySegment struct, MemorySegment fieldValue) {
        MemorySegment.copy(fieldValue, 0L, struct, data$OFFSET, data$LAYOUT.byteSize());
    }
    private static long[] data$DIMS = { 8192 };
    /**
     * Dimensions for array field:
     * {@snippet lang=c :
     * char data[8192]
     * }
     */
    public static long[] data$dimensions() {
        return data$DIMS;
    }
    private static final VarHandle data$ELEM_HANDLE = data$LAYOUT.varHandle(sequenceElement());
    /**
     * Indexed getter for field:
     * {@snippet lang=c :
     * char data[8192]
     * }
     */
    public static byte data(MemorySegment struct, long index0) {
        return (byte)data$ELEM_HANDLE.get(struct, data$OFFSET, index0);
    }
    /**
     * Indexed setter for field:
     * {@snippet lang=c :
     * char data[8192]
     * }
     */
    public static void data(MemorySegment struct, long index0, byte fieldValue) {
        data$ELEM_HANDLE.set(struct, data$OFFSET, index0, fieldValue);
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
