// Generated-shape binding (jextract output shape) for c-src/include/deltabox_helper.h.
// Regenerate with `tools/mvn -Pjextract -pl bindings generate-sources`; do not put logic here.
package dev.deltabox.bindings.helper;

import java.lang.foreign.*;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.util.Arrays;
import java.util.stream.Collectors;

import static java.lang.foreign.ValueLayout.*;

public class deltabox_helper_h {

    deltabox_helper_h() {
        // Should not be called directly
    }

    static final Arena LIBRARY_ARENA = Arena.ofAuto();
    static final boolean TRACE_DOWNCALLS = Boolean.getBoolean("jextract.trace.downcalls");

    static void traceDowncall(String name, Object... args) {
        String traceArgs = Arrays.stream(args)
                .map(Object::toString)
                .collect(Collectors.joining(", "));
        System.out.printf("%s(%s)\n", name, traceArgs);
    }

    static MemorySegment findOrThrow(String symbol) {
        return SYMBOL_LOOKUP.find(symbol)
            .orElseThrow(() -> new UnsatisfiedLinkError("unresolved symbol: " + symbol));
    }

    static MethodHandle upcallHandle(Class<?> fi, String name, FunctionDescriptor fdesc) {
        try {
            return MethodHandles.lookup().findVirtual(fi, name, fdesc.toMethodType());
        } catch (ReflectiveOperationException ex) {
            throw new AssertionError(ex);
        }
    }

    static MemoryLayout align(MemoryLayout layout, long align) {
        return switch (layout) {
            case PaddingLayout p -> p;
            case ValueLayout v -> v.withByteAlignment(align);
            case GroupLayout g -> {
                MemoryLayout[] alignedMembers = g.memberLayouts().stream()
                        .map(m -> align(m, align)).toArray(MemoryLayout[]::new);
                yield g instanceof StructLayout ?
                        MemoryLayout.structLayout(alignedMembers) : MemoryLayout.unionLayout(alignedMembers);
            }
            case SequenceLayout s -> MemoryLayout.sequenceLayout(s.elementCount(), align(s.elementLayout(), align));
        };
    }

    static final SymbolLookup SYMBOL_LOOKUP = SymbolLookup.loaderLookup()
            .or(Linker.nativeLinker().defaultLookup());

    public static final ValueLayout.OfBoolean C_BOOL = ValueLayout.JAVA_BOOLEAN;
    public static final ValueLayout.OfByte C_CHAR = ValueLayout.JAVA_BYTE;
    public static final ValueLayout.OfShort C_SHORT = ValueLayout.JAVA_SHORT;
    public static final ValueLayout.OfInt C_INT = ValueLayout.JAVA_INT;
    public static final ValueLayout.OfLong C_LONG_LONG = ValueLayout.JAVA_LONG;
    public static final ValueLayout.OfFloat C_FLOAT = ValueLayout.JAVA_FLOAT;
    public static final ValueLayout.OfDouble C_DOUBLE = ValueLayout.JAVA_DOUBLE;
    public static final AddressLayout C_POINTER = ValueLayout.ADDRESS
            .withTargetLayout(MemoryLayout.sequenceLayout(java.lang.Long.MAX_VALUE, JAVA_BYTE));
    public static final ValueLayout.OfLong C_LONG = ValueLayout.JAVA_LONG;

    private static class dbh_connect {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            deltabox_helper_h.C_INT,
            deltabox_helper_h.C_POINTER
        );

        public static final MemorySegment ADDR = deltabox_helper_h.findOrThrow("dbh_connect");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int dbh_connect(const char *socket_path)
     * }
     */
    public static FunctionDescriptor dbh_connect$descriptor() {
        return dbh_connect.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int dbh_connect(const char *socket_path)
     * }
     */
    public static MethodHandle dbh_connect$handle() {
        return dbh_connect.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int dbh_connect(const char *socket_path)
     * }
     */
    public static MemorySegment dbh_connect$address() {
        return dbh_connect.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int dbh_connect(const char *socket_path)
     * }
     */
    public static int dbh_connect(MemorySegment socket_path) {
        var mh$ = dbh_connect.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("dbh_connect", socket_path);
            }
            return (int)mh$.invokeExact(socket_path);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class dbh_send {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            deltabox_helper_h.C_INT,
            deltabox_helper_h.C_INT,
            deltabox_helper_h.C_POINTER,
            deltabox_helper_h.C_POINTER
        );

        public static final MemorySegment ADDR = deltabox_helper_h.findOrThrow("dbh_send");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int dbh_send(int sock, const struct dbh_request *request, const int *fds)
     * }
     */
    public static FunctionDescriptor dbh_send$descriptor() {
        return dbh_send.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int dbh_send(int sock, const struct dbh_request *request, const int *fds)
     * }
     */
    public static MethodHandle dbh_send$handle() {
        return dbh_send.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int dbh_send(int sock, const struct dbh_request *request, const int *fds)
     * }
     */
    public static MemorySegment dbh_send$address() {
        return dbh_send.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int dbh_send(int sock, const struct dbh_request *request, const int *fds)
     * }
     */
    public static int dbh_send(int sock, MemorySegment request, MemorySegment fds) {
        var mh$ = dbh_send.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("dbh_send", sock, request, fds);
            }
            return (int)mh$.invokeExact(sock, request, fds);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class dbh_call {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            deltabox_helper_h.C_INT,
            deltabox_helper_h.C_INT,
            deltabox_helper_h.C_POINTER,
            deltabox_helper_h.C_POINTER,
            deltabox_helper_h.C_POINTER,
            deltabox_helper_h.C_POINTER,
            deltabox_helper_h.C_INT
        );

        public static final MemorySegment ADDR = deltabox_helper_h.findOrThrow("dbh_call");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int dbh_call(int sock, const struct dbh_request *request, const int *fds, struct dbh_reply *reply, int *reply_fds, int reply_fds_capacity)
     * }
     */
    public static FunctionDescriptor dbh_call$descriptor() {
        return dbh_call.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int dbh_call(int sock, const struct dbh_request *request, const int *fds, struct dbh_reply *reply, int *reply_fds, int reply_fds_capacity)
     * }
     */
    public static MethodHandle dbh_call$handle() {
        return dbh_call.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int dbh_call(int sock, const struct dbh_request *request, const int *fds, struct dbh_reply *reply, int *reply_fds, int reply_fds_capacity)
     * }
     */
    public static MemorySegment dbh_call$address() {
        return dbh_call.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int dbh_call(int sock, const struct dbh_request *request, const int *fds, struct dbh_reply *reply, int *reply_fds, int reply_fds_capacity)
     * }
     */
    public static int dbh_call(int sock, MemorySegment request, MemorySegment fds, MemorySegment reply, MemorySegment reply_fds, int reply_fds_capacity) {
        var mh$ = dbh_call.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("dbh_call", sock, request, fds, reply, reply_fds, reply_fds_capacity);
            }
            return (int)mh$.invokeExact(sock, request, fds, reply, reply_fds, reply_fds_capacity);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class dbh_receive {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            deltabox_helper_h.C_INT,
            deltabox_helper_h.C_INT,
            deltabox_helper_h.C_POINTER,
            deltabox_helper_h.C_POINTER,
            deltabox_helper_h.C_INT
        );

        public static final MemorySegment ADDR = deltabox_helper_h.findOrThrow("dbh_receive");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int dbh_receive(int sock, struct dbh_reply *reply, int *reply_fds, int reply_fds_capacity)
     * }
     */
    public static FunctionDescriptor dbh_receive$descriptor() {
        return dbh_receive.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int dbh_receive(int sock, struct dbh_reply *reply, int *reply_fds, int reply_fds_capacity)
     * }
     */
    public static MethodHandle dbh_receive$handle() {
        return dbh_receive.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int dbh_receive(int sock, struct dbh_reply *reply, int *reply_fds, int reply_fds_capacity)
     * }
     */
    public static MemorySegment dbh_receive$address() {
        return dbh_receive.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int dbh_receive(int sock, struct dbh_reply *reply, int *reply_fds, int reply_fds_capacity)
     * }
     */
    public static int dbh_receive(int sock, MemorySegment reply, MemorySegment reply_fds, int reply_fds_capacity) {
        var mh$ = dbh_receive.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("dbh_receive", sock, reply, reply_fds, reply_fds_capacity);
            }
            return (int)mh$.invokeExact(sock, reply, reply_fds, reply_fds_capacity);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class dbh_close {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            deltabox_helper_h.C_INT,
            deltabox_helper_h.C_INT
        );

        public static final MemorySegment ADDR = deltabox_helper_h.findOrThrow("dbh_close");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int dbh_close(int sock)
     * }
     */
    public static FunctionDescriptor dbh_close$descriptor() {
        return dbh_close.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int dbh_close(int sock)
     * }
     */
    public static MethodHandle dbh_close$handle() {
        return dbh_close.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int dbh_close(int sock)
     * }
     */
    public static MemorySegment dbh_close$address() {
        return dbh_close.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int dbh_close(int sock)
     * }
     */
    public static int dbh_close(int sock) {
        var mh$ = dbh_close.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("dbh_close", sock);
            }
            return (int)mh$.invokeExact(sock);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static final int DBH_PROTOCOL_VERSION = (int)9L;
    /**
     * {@snippet lang=c :
     * #define DBH_PROTOCOL_VERSION 9
     * }
     */
    public static int DBH_PROTOCOL_VERSION() {
        return DBH_PROTOCOL_VERSION;
    }
    private static final int DBH_DATA_MAX = (int)8192L;
    /**
     * {@snippet lang=c :
     * #define DBH_DATA_MAX 8192
     * }
     */
    public static int DBH_DATA_MAX() {
        return DBH_DATA_MAX;
    }
    private static final int DBH_MAX_FDS = (int)8L;
    /**
     * {@snippet lang=c :
     * #define DBH_MAX_FDS 8
     * }
     */
    public static int DBH_MAX_FDS() {
        return DBH_MAX_FDS;
    }
    private static final int DBH_MESSAGE_MAX = (int)256L;
    /**
     * {@snippet lang=c :
     * #define DBH_MESSAGE_MAX 256
     * }
     */
    public static int DBH_MESSAGE_MAX() {
        return DBH_MESSAGE_MAX;
    }
    private static final int DBH_CHECKPOINT_MAX = (int)4L;
    /**
     * {@snippet lang=c :
     * #define DBH_CHECKPOINT_MAX 4
     * }
     */
    public static int DBH_CHECKPOINT_MAX() {
        return DBH_CHECKPOINT_MAX;
    }
    private static final int DBH_OP_HELLO = (int)1L;
    /**
     * {@snippet lang=c :
     * enum dbh_op.DBH_OP_HELLO = 1
     * }
     */
    public static int DBH_OP_HELLO() {
        return DBH_OP_HELLO;
    }
    private static final int DBH_OP_SPAWN = (int)2L;
    /**
     * {@snippet lang=c :
     * enum dbh_op.DBH_OP_SPAWN = 2
     * }
     */
    public static int DBH_OP_SPAWN() {
        return DBH_OP_SPAWN;
    }
    private static final int DBH_OP_WAIT = (int)3L;
    /**
     * {@snippet lang=c :
     * enum dbh_op.DBH_OP_WAIT = 3
     * }
     */
    public static int DBH_OP_WAIT() {
        return DBH_OP_WAIT;
    }
    private static final int DBH_OP_SIGNAL = (int)4L;
    /**
     * {@snippet lang=c :
     * enum dbh_op.DBH_OP_SIGNAL = 4
     * }
     */
    public static int DBH_OP_SIGNAL() {
        return DBH_OP_SIGNAL;
    }
    private static final int DBH_OP_INSPECT = (int)5L;
    /**
     * {@snippet lang=c :
     * enum dbh_op.DBH_OP_INSPECT = 5
     * }
     */
    public static int DBH_OP_INSPECT() {
        return DBH_OP_INSPECT;
    }
    private static final int DBH_OP_CHECKPOINT = (int)6L;
    /**
     * {@snippet lang=c :
     * enum dbh_op.DBH_OP_CHECKPOINT = 6
     * }
     */
    public static int DBH_OP_CHECKPOINT() {
        return DBH_OP_CHECKPOINT;
    }
    private static final int DBH_OP_ROLLBACK = (int)7L;
    /**
     * {@snippet lang=c :
     * enum dbh_op.DBH_OP_ROLLBACK = 7
     * }
     */
    public static int DBH_OP_ROLLBACK() {
        return DBH_OP_ROLLBACK;
    }
    private static final int DBH_OP_DISCARD = (int)8L;
    /**
     * {@snippet lang=c :
     * enum dbh_op.DBH_OP_DISCARD = 8
     * }
     */
    public static int DBH_OP_DISCARD() {
        return DBH_OP_DISCARD;
    }
    private static final int DBH_OP_DIFF_PAGES = (int)9L;
    /**
     * {@snippet lang=c :
     * enum dbh_op.DBH_OP_DIFF_PAGES = 9
     * }
     */
    public static int DBH_OP_DIFF_PAGES() {
        return DBH_OP_DIFF_PAGES;
    }
    private static final int DBH_OP_PREPARE_SPARE = (int)10L;
    /**
     * {@snippet lang=c :
     * enum dbh_op.DBH_OP_PREPARE_SPARE = 10
     * }
     */
    public static int DBH_OP_PREPARE_SPARE() {
        return DBH_OP_PREPARE_SPARE;
    }
    private static final int DBH_OP_DUMP_CLONE = (int)11L;
    /**
     * {@snippet lang=c :
     * enum dbh_op.DBH_OP_DUMP_CLONE = 11
     * }
     */
    public static int DBH_OP_DUMP_CLONE() {
        return DBH_OP_DUMP_CLONE;
    }
    private static final int DBH_OP_ADOPT = (int)12L;
    /**
     * {@snippet lang=c :
     * enum dbh_op.DBH_OP_ADOPT = 12
     * }
     */
    public static int DBH_OP_ADOPT() {
        return DBH_OP_ADOPT;
    }
    private static final int DBH_OP_BOX_CREATE = (int)13L;
    /**
     * {@snippet lang=c :
     * enum dbh_op.DBH_OP_BOX_CREATE = 13
     * }
     */
    public static int DBH_OP_BOX_CREATE() {
        return DBH_OP_BOX_CREATE;
    }
    private static final int DBH_OP_BOX_START = (int)14L;
    /**
     * {@snippet lang=c :
     * enum dbh_op.DBH_OP_BOX_START = 14
     * }
     */
    public static int DBH_OP_BOX_START() {
        return DBH_OP_BOX_START;
    }
    private static final int DBH_OP_BOX_FINISH = (int)15L;
    /**
     * {@snippet lang=c :
     * enum dbh_op.DBH_OP_BOX_FINISH = 15
     * }
     */
    public static int DBH_OP_BOX_FINISH() {
        return DBH_OP_BOX_FINISH;
    }
    private static final int DBH_OP_SPARES_TAKEN = (int)16L;
    /**
     * {@snippet lang=c :
     * enum dbh_op.DBH_OP_SPARES_TAKEN = 16
     * }
     */
    public static int DBH_OP_SPARES_TAKEN() {
        return DBH_OP_SPARES_TAKEN;
    }
    private static final int DBH_INSPECT_THREADS = (int)0L;
    /**
     * {@snippet lang=c :
     * enum dbh_inspect_value.DBH_INSPECT_THREADS = 0
     * }
     */
    public static int DBH_INSPECT_THREADS() {
        return DBH_INSPECT_THREADS;
    }
    private static final int DBH_INSPECT_SECCOMP = (int)1L;
    /**
     * {@snippet lang=c :
     * enum dbh_inspect_value.DBH_INSPECT_SECCOMP = 1
     * }
     */
    public static int DBH_INSPECT_SECCOMP() {
        return DBH_INSPECT_SECCOMP;
    }
    private static final int DBH_INSPECT_TRACER = (int)2L;
    /**
     * {@snippet lang=c :
     * enum dbh_inspect_value.DBH_INSPECT_TRACER = 2
     * }
     */
    public static int DBH_INSPECT_TRACER() {
        return DBH_INSPECT_TRACER;
    }
    private static final int DBH_INSPECT_SHARED_WRITABLE = (int)3L;
    /**
     * {@snippet lang=c :
     * enum dbh_inspect_value.DBH_INSPECT_SHARED_WRITABLE = 3
     * }
     */
    public static int DBH_INSPECT_SHARED_WRITABLE() {
        return DBH_INSPECT_SHARED_WRITABLE;
    }
    private static final int DBH_INSPECT_FD_KINDS = (int)4L;
    /**
     * {@snippet lang=c :
     * enum dbh_inspect_value.DBH_INSPECT_FD_KINDS = 4
     * }
     */
    public static int DBH_INSPECT_FD_KINDS() {
        return DBH_INSPECT_FD_KINDS;
    }
    private static final int DBH_INSPECT_TIMERS = (int)5L;
    /**
     * {@snippet lang=c :
     * enum dbh_inspect_value.DBH_INSPECT_TIMERS = 5
     * }
     */
    public static int DBH_INSPECT_TIMERS() {
        return DBH_INSPECT_TIMERS;
    }
    private static final int DBH_INSPECT_CHILDREN = (int)6L;
    /**
     * {@snippet lang=c :
     * enum dbh_inspect_value.DBH_INSPECT_CHILDREN = 6
     * }
     */
    public static int DBH_INSPECT_CHILDREN() {
        return DBH_INSPECT_CHILDREN;
    }
    private static final int DBH_INSPECT_FDS = (int)7L;
    /**
     * {@snippet lang=c :
     * enum dbh_inspect_value.DBH_INSPECT_FDS = 7
     * }
     */
    public static int DBH_INSPECT_FDS() {
        return DBH_INSPECT_FDS;
    }
    private static final int DBH_FD_REGULAR = (int)1L;
    /**
     * {@snippet lang=c :
     * #define DBH_FD_REGULAR 0x1
     * }
     */
    public static int DBH_FD_REGULAR() {
        return DBH_FD_REGULAR;
    }
    private static final int DBH_FD_DIRECTORY = (int)2L;
    /**
     * {@snippet lang=c :
     * #define DBH_FD_DIRECTORY 0x2
     * }
     */
    public static int DBH_FD_DIRECTORY() {
        return DBH_FD_DIRECTORY;
    }
    private static final int DBH_FD_PIPE = (int)4L;
    /**
     * {@snippet lang=c :
     * #define DBH_FD_PIPE 0x4
     * }
     */
    public static int DBH_FD_PIPE() {
        return DBH_FD_PIPE;
    }
    private static final int DBH_FD_SOCKET = (int)8L;
    /**
     * {@snippet lang=c :
     * #define DBH_FD_SOCKET 0x8
     * }
     */
    public static int DBH_FD_SOCKET() {
        return DBH_FD_SOCKET;
    }
    private static final int DBH_FD_CHAR = (int)16L;
    /**
     * {@snippet lang=c :
     * #define DBH_FD_CHAR 0x10
     * }
     */
    public static int DBH_FD_CHAR() {
        return DBH_FD_CHAR;
    }
    private static final int DBH_FD_BLOCK = (int)32L;
    /**
     * {@snippet lang=c :
     * #define DBH_FD_BLOCK 0x20
     * }
     */
    public static int DBH_FD_BLOCK() {
        return DBH_FD_BLOCK;
    }
    private static final int DBH_FD_EVENTFD = (int)64L;
    /**
     * {@snippet lang=c :
     * #define DBH_FD_EVENTFD 0x40
     * }
     */
    public static int DBH_FD_EVENTFD() {
        return DBH_FD_EVENTFD;
    }
    private static final int DBH_FD_EPOLL = (int)128L;
    /**
     * {@snippet lang=c :
     * #define DBH_FD_EPOLL 0x80
     * }
     */
    public static int DBH_FD_EPOLL() {
        return DBH_FD_EPOLL;
    }
    private static final int DBH_FD_TIMERFD = (int)256L;
    /**
     * {@snippet lang=c :
     * #define DBH_FD_TIMERFD 0x100
     * }
     */
    public static int DBH_FD_TIMERFD() {
        return DBH_FD_TIMERFD;
    }
    private static final int DBH_FD_SIGNALFD = (int)512L;
    /**
     * {@snippet lang=c :
     * #define DBH_FD_SIGNALFD 0x200
     * }
     */
    public static int DBH_FD_SIGNALFD() {
        return DBH_FD_SIGNALFD;
    }
    private static final int DBH_FD_INOTIFY = (int)1024L;
    /**
     * {@snippet lang=c :
     * #define DBH_FD_INOTIFY 0x400
     * }
     */
    public static int DBH_FD_INOTIFY() {
        return DBH_FD_INOTIFY;
    }
    private static final int DBH_FD_PIDFD = (int)2048L;
    /**
     * {@snippet lang=c :
     * #define DBH_FD_PIDFD 0x800
     * }
     */
    public static int DBH_FD_PIDFD() {
        return DBH_FD_PIDFD;
    }
    private static final int DBH_FD_MEMFD = (int)4096L;
    /**
     * {@snippet lang=c :
     * #define DBH_FD_MEMFD 0x1000
     * }
     */
    public static int DBH_FD_MEMFD() {
        return DBH_FD_MEMFD;
    }
    private static final int DBH_FD_OTHER = (int)8192L;
    /**
     * {@snippet lang=c :
     * #define DBH_FD_OTHER 0x2000
     * }
     */
    public static int DBH_FD_OTHER() {
        return DBH_FD_OTHER;
    }
    private static final int DBH_SIGNAL_FORGET = (int)1L;
    /**
     * {@snippet lang=c :
     * #define DBH_SIGNAL_FORGET 0x1
     * }
     */
    public static int DBH_SIGNAL_FORGET() {
        return DBH_SIGNAL_FORGET;
    }
    private static final int DBH_CHECKPOINT_IF_FORKABLE = (int)1L;
    /**
     * {@snippet lang=c :
     * #define DBH_CHECKPOINT_IF_FORKABLE 0x1
     * }
     */
    public static int DBH_CHECKPOINT_IF_FORKABLE() {
        return DBH_CHECKPOINT_IF_FORKABLE;
    }
    private static final int DBH_ROLLBACK_UNWAITED = (int)1L;
    /**
     * {@snippet lang=c :
     * #define DBH_ROLLBACK_UNWAITED 0x1
     * }
     */
    public static int DBH_ROLLBACK_UNWAITED() {
        return DBH_ROLLBACK_UNWAITED;
    }
    private static final int DBH_SPARE_RUNNING = (int)1L;
    /**
     * {@snippet lang=c :
     * #define DBH_SPARE_RUNNING 0x1
     * }
     */
    public static int DBH_SPARE_RUNNING() {
        return DBH_SPARE_RUNNING;
    }
    private static final int DBH_BOX_HOST_NETWORK = (int)1L;
    /**
     * {@snippet lang=c :
     * #define DBH_BOX_HOST_NETWORK 0x1
     * }
     */
    public static int DBH_BOX_HOST_NETWORK() {
        return DBH_BOX_HOST_NETWORK;
    }
}
