// Generated-shape binding (jextract output shape, filtered to what DeltaBox uses).
// Regenerate with `tools/mvn -Pjextract -pl bindings generate-sources`; do not put logic here.
package dev.deltabox.bindings.criu;

import java.lang.foreign.*;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.util.Arrays;
import java.util.stream.Collectors;

import static java.lang.foreign.ValueLayout.*;

public class criu_h {

    criu_h() {
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

    private static final int CRIU_COMM_SK = (int)0L;
    /**
     * {@snippet lang=c :
     * enum criu_service_comm.CRIU_COMM_SK = 0
     * }
     */
    public static int CRIU_COMM_SK() {
        return CRIU_COMM_SK;
    }

    private static final int CRIU_COMM_FD = (int)1L;
    /**
     * {@snippet lang=c :
     * enum criu_service_comm.CRIU_COMM_FD = 1
     * }
     */
    public static int CRIU_COMM_FD() {
        return CRIU_COMM_FD;
    }

    private static final int CRIU_COMM_BIN = (int)2L;
    /**
     * {@snippet lang=c :
     * enum criu_service_comm.CRIU_COMM_BIN = 2
     * }
     */
    public static int CRIU_COMM_BIN() {
        return CRIU_COMM_BIN;
    }

    private static final int CRIU_CG_MODE_IGNORE = (int)0L;
    /**
     * {@snippet lang=c :
     * enum criu_cg_mode.CRIU_CG_MODE_IGNORE = 0
     * }
     */
    public static int CRIU_CG_MODE_IGNORE() {
        return CRIU_CG_MODE_IGNORE;
    }

    private static final int CRIU_CG_MODE_NONE = (int)1L;
    /**
     * {@snippet lang=c :
     * enum criu_cg_mode.CRIU_CG_MODE_NONE = 1
     * }
     */
    public static int CRIU_CG_MODE_NONE() {
        return CRIU_CG_MODE_NONE;
    }

    private static final int CRIU_CG_MODE_PROPS = (int)2L;
    /**
     * {@snippet lang=c :
     * enum criu_cg_mode.CRIU_CG_MODE_PROPS = 2
     * }
     */
    public static int CRIU_CG_MODE_PROPS() {
        return CRIU_CG_MODE_PROPS;
    }

    private static final int CRIU_CG_MODE_SOFT = (int)3L;
    /**
     * {@snippet lang=c :
     * enum criu_cg_mode.CRIU_CG_MODE_SOFT = 3
     * }
     */
    public static int CRIU_CG_MODE_SOFT() {
        return CRIU_CG_MODE_SOFT;
    }

    private static final int CRIU_CG_MODE_FULL = (int)4L;
    /**
     * {@snippet lang=c :
     * enum criu_cg_mode.CRIU_CG_MODE_FULL = 4
     * }
     */
    public static int CRIU_CG_MODE_FULL() {
        return CRIU_CG_MODE_FULL;
    }

    private static final int CRIU_CG_MODE_STRICT = (int)5L;
    /**
     * {@snippet lang=c :
     * enum criu_cg_mode.CRIU_CG_MODE_STRICT = 5
     * }
     */
    public static int CRIU_CG_MODE_STRICT() {
        return CRIU_CG_MODE_STRICT;
    }

    private static final int CRIU_CG_MODE_DEFAULT = (int)6L;
    /**
     * {@snippet lang=c :
     * enum criu_cg_mode.CRIU_CG_MODE_DEFAULT = 6
     * }
     */
    public static int CRIU_CG_MODE_DEFAULT() {
        return CRIU_CG_MODE_DEFAULT;
    }

    private static final int CRIU_NETWORK_LOCK_IPTABLES = (int)1L;
    /**
     * {@snippet lang=c :
     * enum criu_network_lock_method.CRIU_NETWORK_LOCK_IPTABLES = 1
     * }
     */
    public static int CRIU_NETWORK_LOCK_IPTABLES() {
        return CRIU_NETWORK_LOCK_IPTABLES;
    }

    private static final int CRIU_NETWORK_LOCK_NFTABLES = (int)2L;
    /**
     * {@snippet lang=c :
     * enum criu_network_lock_method.CRIU_NETWORK_LOCK_NFTABLES = 2
     * }
     */
    public static int CRIU_NETWORK_LOCK_NFTABLES() {
        return CRIU_NETWORK_LOCK_NFTABLES;
    }

    private static final int CRIU_NETWORK_LOCK_SKIP = (int)3L;
    /**
     * {@snippet lang=c :
     * enum criu_network_lock_method.CRIU_NETWORK_LOCK_SKIP = 3
     * }
     */
    public static int CRIU_NETWORK_LOCK_SKIP() {
        return CRIU_NETWORK_LOCK_SKIP;
    }

    private static final int CRIU_PRE_DUMP_SPLICE = (int)1L;
    /**
     * {@snippet lang=c :
     * enum criu_pre_dump_mode.CRIU_PRE_DUMP_SPLICE = 1
     * }
     */
    public static int CRIU_PRE_DUMP_SPLICE() {
        return CRIU_PRE_DUMP_SPLICE;
    }

    private static final int CRIU_PRE_DUMP_READ = (int)2L;
    /**
     * {@snippet lang=c :
     * enum criu_pre_dump_mode.CRIU_PRE_DUMP_READ = 2
     * }
     */
    public static int CRIU_PRE_DUMP_READ() {
        return CRIU_PRE_DUMP_READ;
    }

    private static class criu_set_service_address {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            criu_h.C_INT,
            criu_h.C_POINTER
        );

        public static final MemorySegment ADDR = criu_h.findOrThrow("criu_set_service_address");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int criu_set_service_address(const char *path)
     * }
     */
    public static FunctionDescriptor criu_set_service_address$descriptor() {
        return criu_set_service_address.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int criu_set_service_address(const char *path)
     * }
     */
    public static MethodHandle criu_set_service_address$handle() {
        return criu_set_service_address.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int criu_set_service_address(const char *path)
     * }
     */
    public static MemorySegment criu_set_service_address$address() {
        return criu_set_service_address.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int criu_set_service_address(const char *path)
     * }
     */
    public static int criu_set_service_address(MemorySegment path) {
        var mh$ = criu_set_service_address.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("criu_set_service_address", path);
            }
            return (int)mh$.invokeExact(path);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class criu_set_service_fd {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(
            criu_h.C_INT
        );

        public static final MemorySegment ADDR = criu_h.findOrThrow("criu_set_service_fd");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * void criu_set_service_fd(int fd)
     * }
     */
    public static FunctionDescriptor criu_set_service_fd$descriptor() {
        return criu_set_service_fd.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * void criu_set_service_fd(int fd)
     * }
     */
    public static MethodHandle criu_set_service_fd$handle() {
        return criu_set_service_fd.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * void criu_set_service_fd(int fd)
     * }
     */
    public static MemorySegment criu_set_service_fd$address() {
        return criu_set_service_fd.ADDR;
    }

    /**
     * {@snippet lang=c :
     * void criu_set_service_fd(int fd)
     * }
     */
    public static void criu_set_service_fd(int fd) {
        var mh$ = criu_set_service_fd.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("criu_set_service_fd", fd);
            }
            mh$.invokeExact(fd);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class criu_set_service_binary {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            criu_h.C_INT,
            criu_h.C_POINTER
        );

        public static final MemorySegment ADDR = criu_h.findOrThrow("criu_set_service_binary");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int criu_set_service_binary(const char *path)
     * }
     */
    public static FunctionDescriptor criu_set_service_binary$descriptor() {
        return criu_set_service_binary.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int criu_set_service_binary(const char *path)
     * }
     */
    public static MethodHandle criu_set_service_binary$handle() {
        return criu_set_service_binary.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int criu_set_service_binary(const char *path)
     * }
     */
    public static MemorySegment criu_set_service_binary$address() {
        return criu_set_service_binary.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int criu_set_service_binary(const char *path)
     * }
     */
    public static int criu_set_service_binary(MemorySegment path) {
        var mh$ = criu_set_service_binary.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("criu_set_service_binary", path);
            }
            return (int)mh$.invokeExact(path);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class criu_init_opts {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            criu_h.C_INT    );

        public static final MemorySegment ADDR = criu_h.findOrThrow("criu_init_opts");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int criu_init_opts(void)
     * }
     */
    public static FunctionDescriptor criu_init_opts$descriptor() {
        return criu_init_opts.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int criu_init_opts(void)
     * }
     */
    public static MethodHandle criu_init_opts$handle() {
        return criu_init_opts.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int criu_init_opts(void)
     * }
     */
    public static MemorySegment criu_init_opts$address() {
        return criu_init_opts.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int criu_init_opts(void)
     * }
     */
    public static int criu_init_opts() {
        var mh$ = criu_init_opts.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("criu_init_opts");
            }
            return (int)mh$.invokeExact();
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class criu_free_opts {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(    );

        public static final MemorySegment ADDR = criu_h.findOrThrow("criu_free_opts");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * void criu_free_opts(void)
     * }
     */
    public static FunctionDescriptor criu_free_opts$descriptor() {
        return criu_free_opts.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * void criu_free_opts(void)
     * }
     */
    public static MethodHandle criu_free_opts$handle() {
        return criu_free_opts.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * void criu_free_opts(void)
     * }
     */
    public static MemorySegment criu_free_opts$address() {
        return criu_free_opts.ADDR;
    }

    /**
     * {@snippet lang=c :
     * void criu_free_opts(void)
     * }
     */
    public static void criu_free_opts() {
        var mh$ = criu_free_opts.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("criu_free_opts");
            }
            mh$.invokeExact();
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class criu_set_pid {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(
            criu_h.C_INT
        );

        public static final MemorySegment ADDR = criu_h.findOrThrow("criu_set_pid");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * void criu_set_pid(int pid)
     * }
     */
    public static FunctionDescriptor criu_set_pid$descriptor() {
        return criu_set_pid.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * void criu_set_pid(int pid)
     * }
     */
    public static MethodHandle criu_set_pid$handle() {
        return criu_set_pid.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * void criu_set_pid(int pid)
     * }
     */
    public static MemorySegment criu_set_pid$address() {
        return criu_set_pid.ADDR;
    }

    /**
     * {@snippet lang=c :
     * void criu_set_pid(int pid)
     * }
     */
    public static void criu_set_pid(int pid) {
        var mh$ = criu_set_pid.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("criu_set_pid", pid);
            }
            mh$.invokeExact(pid);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class criu_set_images_dir_fd {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(
            criu_h.C_INT
        );

        public static final MemorySegment ADDR = criu_h.findOrThrow("criu_set_images_dir_fd");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * void criu_set_images_dir_fd(int fd)
     * }
     */
    public static FunctionDescriptor criu_set_images_dir_fd$descriptor() {
        return criu_set_images_dir_fd.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * void criu_set_images_dir_fd(int fd)
     * }
     */
    public static MethodHandle criu_set_images_dir_fd$handle() {
        return criu_set_images_dir_fd.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * void criu_set_images_dir_fd(int fd)
     * }
     */
    public static MemorySegment criu_set_images_dir_fd$address() {
        return criu_set_images_dir_fd.ADDR;
    }

    /**
     * {@snippet lang=c :
     * void criu_set_images_dir_fd(int fd)
     * }
     */
    public static void criu_set_images_dir_fd(int fd) {
        var mh$ = criu_set_images_dir_fd.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("criu_set_images_dir_fd", fd);
            }
            mh$.invokeExact(fd);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class criu_set_parent_images {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            criu_h.C_INT,
            criu_h.C_POINTER
        );

        public static final MemorySegment ADDR = criu_h.findOrThrow("criu_set_parent_images");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int criu_set_parent_images(const char *path)
     * }
     */
    public static FunctionDescriptor criu_set_parent_images$descriptor() {
        return criu_set_parent_images.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int criu_set_parent_images(const char *path)
     * }
     */
    public static MethodHandle criu_set_parent_images$handle() {
        return criu_set_parent_images.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int criu_set_parent_images(const char *path)
     * }
     */
    public static MemorySegment criu_set_parent_images$address() {
        return criu_set_parent_images.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int criu_set_parent_images(const char *path)
     * }
     */
    public static int criu_set_parent_images(MemorySegment path) {
        var mh$ = criu_set_parent_images.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("criu_set_parent_images", path);
            }
            return (int)mh$.invokeExact(path);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class criu_set_work_dir_fd {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(
            criu_h.C_INT
        );

        public static final MemorySegment ADDR = criu_h.findOrThrow("criu_set_work_dir_fd");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * void criu_set_work_dir_fd(int fd)
     * }
     */
    public static FunctionDescriptor criu_set_work_dir_fd$descriptor() {
        return criu_set_work_dir_fd.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * void criu_set_work_dir_fd(int fd)
     * }
     */
    public static MethodHandle criu_set_work_dir_fd$handle() {
        return criu_set_work_dir_fd.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * void criu_set_work_dir_fd(int fd)
     * }
     */
    public static MemorySegment criu_set_work_dir_fd$address() {
        return criu_set_work_dir_fd.ADDR;
    }

    /**
     * {@snippet lang=c :
     * void criu_set_work_dir_fd(int fd)
     * }
     */
    public static void criu_set_work_dir_fd(int fd) {
        var mh$ = criu_set_work_dir_fd.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("criu_set_work_dir_fd", fd);
            }
            mh$.invokeExact(fd);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class criu_set_leave_running {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(
            criu_h.C_BOOL
        );

        public static final MemorySegment ADDR = criu_h.findOrThrow("criu_set_leave_running");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * void criu_set_leave_running(_Bool leave_running)
     * }
     */
    public static FunctionDescriptor criu_set_leave_running$descriptor() {
        return criu_set_leave_running.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * void criu_set_leave_running(_Bool leave_running)
     * }
     */
    public static MethodHandle criu_set_leave_running$handle() {
        return criu_set_leave_running.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * void criu_set_leave_running(_Bool leave_running)
     * }
     */
    public static MemorySegment criu_set_leave_running$address() {
        return criu_set_leave_running.ADDR;
    }

    /**
     * {@snippet lang=c :
     * void criu_set_leave_running(_Bool leave_running)
     * }
     */
    public static void criu_set_leave_running(boolean leave_running) {
        var mh$ = criu_set_leave_running.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("criu_set_leave_running", leave_running);
            }
            mh$.invokeExact(leave_running);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class criu_set_ext_unix_sk {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(
            criu_h.C_BOOL
        );

        public static final MemorySegment ADDR = criu_h.findOrThrow("criu_set_ext_unix_sk");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * void criu_set_ext_unix_sk(_Bool ext_unix_sk)
     * }
     */
    public static FunctionDescriptor criu_set_ext_unix_sk$descriptor() {
        return criu_set_ext_unix_sk.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * void criu_set_ext_unix_sk(_Bool ext_unix_sk)
     * }
     */
    public static MethodHandle criu_set_ext_unix_sk$handle() {
        return criu_set_ext_unix_sk.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * void criu_set_ext_unix_sk(_Bool ext_unix_sk)
     * }
     */
    public static MemorySegment criu_set_ext_unix_sk$address() {
        return criu_set_ext_unix_sk.ADDR;
    }

    /**
     * {@snippet lang=c :
     * void criu_set_ext_unix_sk(_Bool ext_unix_sk)
     * }
     */
    public static void criu_set_ext_unix_sk(boolean ext_unix_sk) {
        var mh$ = criu_set_ext_unix_sk.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("criu_set_ext_unix_sk", ext_unix_sk);
            }
            mh$.invokeExact(ext_unix_sk);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class criu_add_unix_sk {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            criu_h.C_INT,
            criu_h.C_INT
        );

        public static final MemorySegment ADDR = criu_h.findOrThrow("criu_add_unix_sk");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int criu_add_unix_sk(unsigned int inode)
     * }
     */
    public static FunctionDescriptor criu_add_unix_sk$descriptor() {
        return criu_add_unix_sk.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int criu_add_unix_sk(unsigned int inode)
     * }
     */
    public static MethodHandle criu_add_unix_sk$handle() {
        return criu_add_unix_sk.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int criu_add_unix_sk(unsigned int inode)
     * }
     */
    public static MemorySegment criu_add_unix_sk$address() {
        return criu_add_unix_sk.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int criu_add_unix_sk(unsigned int inode)
     * }
     */
    public static int criu_add_unix_sk(int inode) {
        var mh$ = criu_add_unix_sk.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("criu_add_unix_sk", inode);
            }
            return (int)mh$.invokeExact(inode);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class criu_set_tcp_established {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(
            criu_h.C_BOOL
        );

        public static final MemorySegment ADDR = criu_h.findOrThrow("criu_set_tcp_established");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * void criu_set_tcp_established(_Bool tcp_established)
     * }
     */
    public static FunctionDescriptor criu_set_tcp_established$descriptor() {
        return criu_set_tcp_established.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * void criu_set_tcp_established(_Bool tcp_established)
     * }
     */
    public static MethodHandle criu_set_tcp_established$handle() {
        return criu_set_tcp_established.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * void criu_set_tcp_established(_Bool tcp_established)
     * }
     */
    public static MemorySegment criu_set_tcp_established$address() {
        return criu_set_tcp_established.ADDR;
    }

    /**
     * {@snippet lang=c :
     * void criu_set_tcp_established(_Bool tcp_established)
     * }
     */
    public static void criu_set_tcp_established(boolean tcp_established) {
        var mh$ = criu_set_tcp_established.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("criu_set_tcp_established", tcp_established);
            }
            mh$.invokeExact(tcp_established);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class criu_set_tcp_skip_in_flight {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(
            criu_h.C_BOOL
        );

        public static final MemorySegment ADDR = criu_h.findOrThrow("criu_set_tcp_skip_in_flight");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * void criu_set_tcp_skip_in_flight(_Bool tcp_skip_in_flight)
     * }
     */
    public static FunctionDescriptor criu_set_tcp_skip_in_flight$descriptor() {
        return criu_set_tcp_skip_in_flight.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * void criu_set_tcp_skip_in_flight(_Bool tcp_skip_in_flight)
     * }
     */
    public static MethodHandle criu_set_tcp_skip_in_flight$handle() {
        return criu_set_tcp_skip_in_flight.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * void criu_set_tcp_skip_in_flight(_Bool tcp_skip_in_flight)
     * }
     */
    public static MemorySegment criu_set_tcp_skip_in_flight$address() {
        return criu_set_tcp_skip_in_flight.ADDR;
    }

    /**
     * {@snippet lang=c :
     * void criu_set_tcp_skip_in_flight(_Bool tcp_skip_in_flight)
     * }
     */
    public static void criu_set_tcp_skip_in_flight(boolean tcp_skip_in_flight) {
        var mh$ = criu_set_tcp_skip_in_flight.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("criu_set_tcp_skip_in_flight", tcp_skip_in_flight);
            }
            mh$.invokeExact(tcp_skip_in_flight);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class criu_set_tcp_close {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(
            criu_h.C_BOOL
        );

        public static final MemorySegment ADDR = criu_h.findOrThrow("criu_set_tcp_close");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * void criu_set_tcp_close(_Bool tcp_close)
     * }
     */
    public static FunctionDescriptor criu_set_tcp_close$descriptor() {
        return criu_set_tcp_close.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * void criu_set_tcp_close(_Bool tcp_close)
     * }
     */
    public static MethodHandle criu_set_tcp_close$handle() {
        return criu_set_tcp_close.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * void criu_set_tcp_close(_Bool tcp_close)
     * }
     */
    public static MemorySegment criu_set_tcp_close$address() {
        return criu_set_tcp_close.ADDR;
    }

    /**
     * {@snippet lang=c :
     * void criu_set_tcp_close(_Bool tcp_close)
     * }
     */
    public static void criu_set_tcp_close(boolean tcp_close) {
        var mh$ = criu_set_tcp_close.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("criu_set_tcp_close", tcp_close);
            }
            mh$.invokeExact(tcp_close);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class criu_set_weak_sysctls {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(
            criu_h.C_BOOL
        );

        public static final MemorySegment ADDR = criu_h.findOrThrow("criu_set_weak_sysctls");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * void criu_set_weak_sysctls(_Bool val)
     * }
     */
    public static FunctionDescriptor criu_set_weak_sysctls$descriptor() {
        return criu_set_weak_sysctls.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * void criu_set_weak_sysctls(_Bool val)
     * }
     */
    public static MethodHandle criu_set_weak_sysctls$handle() {
        return criu_set_weak_sysctls.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * void criu_set_weak_sysctls(_Bool val)
     * }
     */
    public static MemorySegment criu_set_weak_sysctls$address() {
        return criu_set_weak_sysctls.ADDR;
    }

    /**
     * {@snippet lang=c :
     * void criu_set_weak_sysctls(_Bool val)
     * }
     */
    public static void criu_set_weak_sysctls(boolean val) {
        var mh$ = criu_set_weak_sysctls.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("criu_set_weak_sysctls", val);
            }
            mh$.invokeExact(val);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class criu_set_evasive_devices {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(
            criu_h.C_BOOL
        );

        public static final MemorySegment ADDR = criu_h.findOrThrow("criu_set_evasive_devices");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * void criu_set_evasive_devices(_Bool evasive_devices)
     * }
     */
    public static FunctionDescriptor criu_set_evasive_devices$descriptor() {
        return criu_set_evasive_devices.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * void criu_set_evasive_devices(_Bool evasive_devices)
     * }
     */
    public static MethodHandle criu_set_evasive_devices$handle() {
        return criu_set_evasive_devices.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * void criu_set_evasive_devices(_Bool evasive_devices)
     * }
     */
    public static MemorySegment criu_set_evasive_devices$address() {
        return criu_set_evasive_devices.ADDR;
    }

    /**
     * {@snippet lang=c :
     * void criu_set_evasive_devices(_Bool evasive_devices)
     * }
     */
    public static void criu_set_evasive_devices(boolean evasive_devices) {
        var mh$ = criu_set_evasive_devices.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("criu_set_evasive_devices", evasive_devices);
            }
            mh$.invokeExact(evasive_devices);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class criu_set_shell_job {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(
            criu_h.C_BOOL
        );

        public static final MemorySegment ADDR = criu_h.findOrThrow("criu_set_shell_job");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * void criu_set_shell_job(_Bool shell_job)
     * }
     */
    public static FunctionDescriptor criu_set_shell_job$descriptor() {
        return criu_set_shell_job.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * void criu_set_shell_job(_Bool shell_job)
     * }
     */
    public static MethodHandle criu_set_shell_job$handle() {
        return criu_set_shell_job.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * void criu_set_shell_job(_Bool shell_job)
     * }
     */
    public static MemorySegment criu_set_shell_job$address() {
        return criu_set_shell_job.ADDR;
    }

    /**
     * {@snippet lang=c :
     * void criu_set_shell_job(_Bool shell_job)
     * }
     */
    public static void criu_set_shell_job(boolean shell_job) {
        var mh$ = criu_set_shell_job.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("criu_set_shell_job", shell_job);
            }
            mh$.invokeExact(shell_job);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class criu_set_skip_file_rwx_check {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(
            criu_h.C_BOOL
        );

        public static final MemorySegment ADDR = criu_h.findOrThrow("criu_set_skip_file_rwx_check");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * void criu_set_skip_file_rwx_check(_Bool skip_file_rwx_check)
     * }
     */
    public static FunctionDescriptor criu_set_skip_file_rwx_check$descriptor() {
        return criu_set_skip_file_rwx_check.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * void criu_set_skip_file_rwx_check(_Bool skip_file_rwx_check)
     * }
     */
    public static MethodHandle criu_set_skip_file_rwx_check$handle() {
        return criu_set_skip_file_rwx_check.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * void criu_set_skip_file_rwx_check(_Bool skip_file_rwx_check)
     * }
     */
    public static MemorySegment criu_set_skip_file_rwx_check$address() {
        return criu_set_skip_file_rwx_check.ADDR;
    }

    /**
     * {@snippet lang=c :
     * void criu_set_skip_file_rwx_check(_Bool skip_file_rwx_check)
     * }
     */
    public static void criu_set_skip_file_rwx_check(boolean skip_file_rwx_check) {
        var mh$ = criu_set_skip_file_rwx_check.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("criu_set_skip_file_rwx_check", skip_file_rwx_check);
            }
            mh$.invokeExact(skip_file_rwx_check);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class criu_set_unprivileged {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(
            criu_h.C_BOOL
        );

        public static final MemorySegment ADDR = criu_h.findOrThrow("criu_set_unprivileged");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * void criu_set_unprivileged(_Bool unprivileged)
     * }
     */
    public static FunctionDescriptor criu_set_unprivileged$descriptor() {
        return criu_set_unprivileged.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * void criu_set_unprivileged(_Bool unprivileged)
     * }
     */
    public static MethodHandle criu_set_unprivileged$handle() {
        return criu_set_unprivileged.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * void criu_set_unprivileged(_Bool unprivileged)
     * }
     */
    public static MemorySegment criu_set_unprivileged$address() {
        return criu_set_unprivileged.ADDR;
    }

    /**
     * {@snippet lang=c :
     * void criu_set_unprivileged(_Bool unprivileged)
     * }
     */
    public static void criu_set_unprivileged(boolean unprivileged) {
        var mh$ = criu_set_unprivileged.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("criu_set_unprivileged", unprivileged);
            }
            mh$.invokeExact(unprivileged);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class criu_set_orphan_pts_master {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(
            criu_h.C_BOOL
        );

        public static final MemorySegment ADDR = criu_h.findOrThrow("criu_set_orphan_pts_master");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * void criu_set_orphan_pts_master(_Bool orphan_pts_master)
     * }
     */
    public static FunctionDescriptor criu_set_orphan_pts_master$descriptor() {
        return criu_set_orphan_pts_master.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * void criu_set_orphan_pts_master(_Bool orphan_pts_master)
     * }
     */
    public static MethodHandle criu_set_orphan_pts_master$handle() {
        return criu_set_orphan_pts_master.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * void criu_set_orphan_pts_master(_Bool orphan_pts_master)
     * }
     */
    public static MemorySegment criu_set_orphan_pts_master$address() {
        return criu_set_orphan_pts_master.ADDR;
    }

    /**
     * {@snippet lang=c :
     * void criu_set_orphan_pts_master(_Bool orphan_pts_master)
     * }
     */
    public static void criu_set_orphan_pts_master(boolean orphan_pts_master) {
        var mh$ = criu_set_orphan_pts_master.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("criu_set_orphan_pts_master", orphan_pts_master);
            }
            mh$.invokeExact(orphan_pts_master);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class criu_set_file_locks {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(
            criu_h.C_BOOL
        );

        public static final MemorySegment ADDR = criu_h.findOrThrow("criu_set_file_locks");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * void criu_set_file_locks(_Bool file_locks)
     * }
     */
    public static FunctionDescriptor criu_set_file_locks$descriptor() {
        return criu_set_file_locks.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * void criu_set_file_locks(_Bool file_locks)
     * }
     */
    public static MethodHandle criu_set_file_locks$handle() {
        return criu_set_file_locks.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * void criu_set_file_locks(_Bool file_locks)
     * }
     */
    public static MemorySegment criu_set_file_locks$address() {
        return criu_set_file_locks.ADDR;
    }

    /**
     * {@snippet lang=c :
     * void criu_set_file_locks(_Bool file_locks)
     * }
     */
    public static void criu_set_file_locks(boolean file_locks) {
        var mh$ = criu_set_file_locks.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("criu_set_file_locks", file_locks);
            }
            mh$.invokeExact(file_locks);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class criu_set_track_mem {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(
            criu_h.C_BOOL
        );

        public static final MemorySegment ADDR = criu_h.findOrThrow("criu_set_track_mem");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * void criu_set_track_mem(_Bool track_mem)
     * }
     */
    public static FunctionDescriptor criu_set_track_mem$descriptor() {
        return criu_set_track_mem.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * void criu_set_track_mem(_Bool track_mem)
     * }
     */
    public static MethodHandle criu_set_track_mem$handle() {
        return criu_set_track_mem.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * void criu_set_track_mem(_Bool track_mem)
     * }
     */
    public static MemorySegment criu_set_track_mem$address() {
        return criu_set_track_mem.ADDR;
    }

    /**
     * {@snippet lang=c :
     * void criu_set_track_mem(_Bool track_mem)
     * }
     */
    public static void criu_set_track_mem(boolean track_mem) {
        var mh$ = criu_set_track_mem.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("criu_set_track_mem", track_mem);
            }
            mh$.invokeExact(track_mem);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class criu_set_auto_dedup {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(
            criu_h.C_BOOL
        );

        public static final MemorySegment ADDR = criu_h.findOrThrow("criu_set_auto_dedup");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * void criu_set_auto_dedup(_Bool auto_dedup)
     * }
     */
    public static FunctionDescriptor criu_set_auto_dedup$descriptor() {
        return criu_set_auto_dedup.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * void criu_set_auto_dedup(_Bool auto_dedup)
     * }
     */
    public static MethodHandle criu_set_auto_dedup$handle() {
        return criu_set_auto_dedup.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * void criu_set_auto_dedup(_Bool auto_dedup)
     * }
     */
    public static MemorySegment criu_set_auto_dedup$address() {
        return criu_set_auto_dedup.ADDR;
    }

    /**
     * {@snippet lang=c :
     * void criu_set_auto_dedup(_Bool auto_dedup)
     * }
     */
    public static void criu_set_auto_dedup(boolean auto_dedup) {
        var mh$ = criu_set_auto_dedup.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("criu_set_auto_dedup", auto_dedup);
            }
            mh$.invokeExact(auto_dedup);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class criu_set_force_irmap {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(
            criu_h.C_BOOL
        );

        public static final MemorySegment ADDR = criu_h.findOrThrow("criu_set_force_irmap");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * void criu_set_force_irmap(_Bool force_irmap)
     * }
     */
    public static FunctionDescriptor criu_set_force_irmap$descriptor() {
        return criu_set_force_irmap.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * void criu_set_force_irmap(_Bool force_irmap)
     * }
     */
    public static MethodHandle criu_set_force_irmap$handle() {
        return criu_set_force_irmap.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * void criu_set_force_irmap(_Bool force_irmap)
     * }
     */
    public static MemorySegment criu_set_force_irmap$address() {
        return criu_set_force_irmap.ADDR;
    }

    /**
     * {@snippet lang=c :
     * void criu_set_force_irmap(_Bool force_irmap)
     * }
     */
    public static void criu_set_force_irmap(boolean force_irmap) {
        var mh$ = criu_set_force_irmap.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("criu_set_force_irmap", force_irmap);
            }
            mh$.invokeExact(force_irmap);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class criu_set_link_remap {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(
            criu_h.C_BOOL
        );

        public static final MemorySegment ADDR = criu_h.findOrThrow("criu_set_link_remap");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * void criu_set_link_remap(_Bool link_remap)
     * }
     */
    public static FunctionDescriptor criu_set_link_remap$descriptor() {
        return criu_set_link_remap.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * void criu_set_link_remap(_Bool link_remap)
     * }
     */
    public static MethodHandle criu_set_link_remap$handle() {
        return criu_set_link_remap.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * void criu_set_link_remap(_Bool link_remap)
     * }
     */
    public static MemorySegment criu_set_link_remap$address() {
        return criu_set_link_remap.ADDR;
    }

    /**
     * {@snippet lang=c :
     * void criu_set_link_remap(_Bool link_remap)
     * }
     */
    public static void criu_set_link_remap(boolean link_remap) {
        var mh$ = criu_set_link_remap.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("criu_set_link_remap", link_remap);
            }
            mh$.invokeExact(link_remap);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class criu_set_log_level {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(
            criu_h.C_INT
        );

        public static final MemorySegment ADDR = criu_h.findOrThrow("criu_set_log_level");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * void criu_set_log_level(int log_level)
     * }
     */
    public static FunctionDescriptor criu_set_log_level$descriptor() {
        return criu_set_log_level.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * void criu_set_log_level(int log_level)
     * }
     */
    public static MethodHandle criu_set_log_level$handle() {
        return criu_set_log_level.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * void criu_set_log_level(int log_level)
     * }
     */
    public static MemorySegment criu_set_log_level$address() {
        return criu_set_log_level.ADDR;
    }

    /**
     * {@snippet lang=c :
     * void criu_set_log_level(int log_level)
     * }
     */
    public static void criu_set_log_level(int log_level) {
        var mh$ = criu_set_log_level.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("criu_set_log_level", log_level);
            }
            mh$.invokeExact(log_level);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class criu_set_log_file {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            criu_h.C_INT,
            criu_h.C_POINTER
        );

        public static final MemorySegment ADDR = criu_h.findOrThrow("criu_set_log_file");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int criu_set_log_file(const char *log_file)
     * }
     */
    public static FunctionDescriptor criu_set_log_file$descriptor() {
        return criu_set_log_file.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int criu_set_log_file(const char *log_file)
     * }
     */
    public static MethodHandle criu_set_log_file$handle() {
        return criu_set_log_file.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int criu_set_log_file(const char *log_file)
     * }
     */
    public static MemorySegment criu_set_log_file$address() {
        return criu_set_log_file.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int criu_set_log_file(const char *log_file)
     * }
     */
    public static int criu_set_log_file(MemorySegment log_file) {
        var mh$ = criu_set_log_file.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("criu_set_log_file", log_file);
            }
            return (int)mh$.invokeExact(log_file);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class criu_set_cpu_cap {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(
            criu_h.C_INT
        );

        public static final MemorySegment ADDR = criu_h.findOrThrow("criu_set_cpu_cap");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * void criu_set_cpu_cap(unsigned int cap)
     * }
     */
    public static FunctionDescriptor criu_set_cpu_cap$descriptor() {
        return criu_set_cpu_cap.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * void criu_set_cpu_cap(unsigned int cap)
     * }
     */
    public static MethodHandle criu_set_cpu_cap$handle() {
        return criu_set_cpu_cap.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * void criu_set_cpu_cap(unsigned int cap)
     * }
     */
    public static MemorySegment criu_set_cpu_cap$address() {
        return criu_set_cpu_cap.ADDR;
    }

    /**
     * {@snippet lang=c :
     * void criu_set_cpu_cap(unsigned int cap)
     * }
     */
    public static void criu_set_cpu_cap(int cap) {
        var mh$ = criu_set_cpu_cap.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("criu_set_cpu_cap", cap);
            }
            mh$.invokeExact(cap);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class criu_set_root {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            criu_h.C_INT,
            criu_h.C_POINTER
        );

        public static final MemorySegment ADDR = criu_h.findOrThrow("criu_set_root");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int criu_set_root(const char *root)
     * }
     */
    public static FunctionDescriptor criu_set_root$descriptor() {
        return criu_set_root.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int criu_set_root(const char *root)
     * }
     */
    public static MethodHandle criu_set_root$handle() {
        return criu_set_root.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int criu_set_root(const char *root)
     * }
     */
    public static MemorySegment criu_set_root$address() {
        return criu_set_root.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int criu_set_root(const char *root)
     * }
     */
    public static int criu_set_root(MemorySegment root) {
        var mh$ = criu_set_root.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("criu_set_root", root);
            }
            return (int)mh$.invokeExact(root);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class criu_set_manage_cgroups {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(
            criu_h.C_BOOL
        );

        public static final MemorySegment ADDR = criu_h.findOrThrow("criu_set_manage_cgroups");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * void criu_set_manage_cgroups(_Bool manage)
     * }
     */
    public static FunctionDescriptor criu_set_manage_cgroups$descriptor() {
        return criu_set_manage_cgroups.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * void criu_set_manage_cgroups(_Bool manage)
     * }
     */
    public static MethodHandle criu_set_manage_cgroups$handle() {
        return criu_set_manage_cgroups.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * void criu_set_manage_cgroups(_Bool manage)
     * }
     */
    public static MemorySegment criu_set_manage_cgroups$address() {
        return criu_set_manage_cgroups.ADDR;
    }

    /**
     * {@snippet lang=c :
     * void criu_set_manage_cgroups(_Bool manage)
     * }
     */
    public static void criu_set_manage_cgroups(boolean manage) {
        var mh$ = criu_set_manage_cgroups.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("criu_set_manage_cgroups", manage);
            }
            mh$.invokeExact(manage);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class criu_set_manage_cgroups_mode {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(
            criu_h.C_INT
        );

        public static final MemorySegment ADDR = criu_h.findOrThrow("criu_set_manage_cgroups_mode");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * void criu_set_manage_cgroups_mode(enum criu_cg_mode mode)
     * }
     */
    public static FunctionDescriptor criu_set_manage_cgroups_mode$descriptor() {
        return criu_set_manage_cgroups_mode.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * void criu_set_manage_cgroups_mode(enum criu_cg_mode mode)
     * }
     */
    public static MethodHandle criu_set_manage_cgroups_mode$handle() {
        return criu_set_manage_cgroups_mode.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * void criu_set_manage_cgroups_mode(enum criu_cg_mode mode)
     * }
     */
    public static MemorySegment criu_set_manage_cgroups_mode$address() {
        return criu_set_manage_cgroups_mode.ADDR;
    }

    /**
     * {@snippet lang=c :
     * void criu_set_manage_cgroups_mode(enum criu_cg_mode mode)
     * }
     */
    public static void criu_set_manage_cgroups_mode(int mode) {
        var mh$ = criu_set_manage_cgroups_mode.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("criu_set_manage_cgroups_mode", mode);
            }
            mh$.invokeExact(mode);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class criu_set_freeze_cgroup {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            criu_h.C_INT,
            criu_h.C_POINTER
        );

        public static final MemorySegment ADDR = criu_h.findOrThrow("criu_set_freeze_cgroup");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int criu_set_freeze_cgroup(const char *name)
     * }
     */
    public static FunctionDescriptor criu_set_freeze_cgroup$descriptor() {
        return criu_set_freeze_cgroup.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int criu_set_freeze_cgroup(const char *name)
     * }
     */
    public static MethodHandle criu_set_freeze_cgroup$handle() {
        return criu_set_freeze_cgroup.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int criu_set_freeze_cgroup(const char *name)
     * }
     */
    public static MemorySegment criu_set_freeze_cgroup$address() {
        return criu_set_freeze_cgroup.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int criu_set_freeze_cgroup(const char *name)
     * }
     */
    public static int criu_set_freeze_cgroup(MemorySegment name) {
        var mh$ = criu_set_freeze_cgroup.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("criu_set_freeze_cgroup", name);
            }
            return (int)mh$.invokeExact(name);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class criu_set_lsm_profile {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            criu_h.C_INT,
            criu_h.C_POINTER
        );

        public static final MemorySegment ADDR = criu_h.findOrThrow("criu_set_lsm_profile");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int criu_set_lsm_profile(const char *name)
     * }
     */
    public static FunctionDescriptor criu_set_lsm_profile$descriptor() {
        return criu_set_lsm_profile.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int criu_set_lsm_profile(const char *name)
     * }
     */
    public static MethodHandle criu_set_lsm_profile$handle() {
        return criu_set_lsm_profile.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int criu_set_lsm_profile(const char *name)
     * }
     */
    public static MemorySegment criu_set_lsm_profile$address() {
        return criu_set_lsm_profile.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int criu_set_lsm_profile(const char *name)
     * }
     */
    public static int criu_set_lsm_profile(MemorySegment name) {
        var mh$ = criu_set_lsm_profile.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("criu_set_lsm_profile", name);
            }
            return (int)mh$.invokeExact(name);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class criu_set_lsm_mount_context {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            criu_h.C_INT,
            criu_h.C_POINTER
        );

        public static final MemorySegment ADDR = criu_h.findOrThrow("criu_set_lsm_mount_context");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int criu_set_lsm_mount_context(const char *name)
     * }
     */
    public static FunctionDescriptor criu_set_lsm_mount_context$descriptor() {
        return criu_set_lsm_mount_context.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int criu_set_lsm_mount_context(const char *name)
     * }
     */
    public static MethodHandle criu_set_lsm_mount_context$handle() {
        return criu_set_lsm_mount_context.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int criu_set_lsm_mount_context(const char *name)
     * }
     */
    public static MemorySegment criu_set_lsm_mount_context$address() {
        return criu_set_lsm_mount_context.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int criu_set_lsm_mount_context(const char *name)
     * }
     */
    public static int criu_set_lsm_mount_context(MemorySegment name) {
        var mh$ = criu_set_lsm_mount_context.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("criu_set_lsm_mount_context", name);
            }
            return (int)mh$.invokeExact(name);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class criu_set_timeout {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(
            criu_h.C_INT
        );

        public static final MemorySegment ADDR = criu_h.findOrThrow("criu_set_timeout");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * void criu_set_timeout(unsigned int timeout)
     * }
     */
    public static FunctionDescriptor criu_set_timeout$descriptor() {
        return criu_set_timeout.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * void criu_set_timeout(unsigned int timeout)
     * }
     */
    public static MethodHandle criu_set_timeout$handle() {
        return criu_set_timeout.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * void criu_set_timeout(unsigned int timeout)
     * }
     */
    public static MemorySegment criu_set_timeout$address() {
        return criu_set_timeout.ADDR;
    }

    /**
     * {@snippet lang=c :
     * void criu_set_timeout(unsigned int timeout)
     * }
     */
    public static void criu_set_timeout(int timeout) {
        var mh$ = criu_set_timeout.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("criu_set_timeout", timeout);
            }
            mh$.invokeExact(timeout);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class criu_set_auto_ext_mnt {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(
            criu_h.C_BOOL
        );

        public static final MemorySegment ADDR = criu_h.findOrThrow("criu_set_auto_ext_mnt");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * void criu_set_auto_ext_mnt(_Bool val)
     * }
     */
    public static FunctionDescriptor criu_set_auto_ext_mnt$descriptor() {
        return criu_set_auto_ext_mnt.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * void criu_set_auto_ext_mnt(_Bool val)
     * }
     */
    public static MethodHandle criu_set_auto_ext_mnt$handle() {
        return criu_set_auto_ext_mnt.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * void criu_set_auto_ext_mnt(_Bool val)
     * }
     */
    public static MemorySegment criu_set_auto_ext_mnt$address() {
        return criu_set_auto_ext_mnt.ADDR;
    }

    /**
     * {@snippet lang=c :
     * void criu_set_auto_ext_mnt(_Bool val)
     * }
     */
    public static void criu_set_auto_ext_mnt(boolean val) {
        var mh$ = criu_set_auto_ext_mnt.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("criu_set_auto_ext_mnt", val);
            }
            mh$.invokeExact(val);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class criu_set_ext_sharing {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(
            criu_h.C_BOOL
        );

        public static final MemorySegment ADDR = criu_h.findOrThrow("criu_set_ext_sharing");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * void criu_set_ext_sharing(_Bool val)
     * }
     */
    public static FunctionDescriptor criu_set_ext_sharing$descriptor() {
        return criu_set_ext_sharing.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * void criu_set_ext_sharing(_Bool val)
     * }
     */
    public static MethodHandle criu_set_ext_sharing$handle() {
        return criu_set_ext_sharing.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * void criu_set_ext_sharing(_Bool val)
     * }
     */
    public static MemorySegment criu_set_ext_sharing$address() {
        return criu_set_ext_sharing.ADDR;
    }

    /**
     * {@snippet lang=c :
     * void criu_set_ext_sharing(_Bool val)
     * }
     */
    public static void criu_set_ext_sharing(boolean val) {
        var mh$ = criu_set_ext_sharing.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("criu_set_ext_sharing", val);
            }
            mh$.invokeExact(val);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class criu_set_ext_masters {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(
            criu_h.C_BOOL
        );

        public static final MemorySegment ADDR = criu_h.findOrThrow("criu_set_ext_masters");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * void criu_set_ext_masters(_Bool val)
     * }
     */
    public static FunctionDescriptor criu_set_ext_masters$descriptor() {
        return criu_set_ext_masters.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * void criu_set_ext_masters(_Bool val)
     * }
     */
    public static MethodHandle criu_set_ext_masters$handle() {
        return criu_set_ext_masters.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * void criu_set_ext_masters(_Bool val)
     * }
     */
    public static MemorySegment criu_set_ext_masters$address() {
        return criu_set_ext_masters.ADDR;
    }

    /**
     * {@snippet lang=c :
     * void criu_set_ext_masters(_Bool val)
     * }
     */
    public static void criu_set_ext_masters(boolean val) {
        var mh$ = criu_set_ext_masters.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("criu_set_ext_masters", val);
            }
            mh$.invokeExact(val);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class criu_set_exec_cmd {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            criu_h.C_INT,
            criu_h.C_INT,
            criu_h.C_POINTER
        );

        public static final MemorySegment ADDR = criu_h.findOrThrow("criu_set_exec_cmd");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int criu_set_exec_cmd(int argc, char *argv[])
     * }
     */
    public static FunctionDescriptor criu_set_exec_cmd$descriptor() {
        return criu_set_exec_cmd.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int criu_set_exec_cmd(int argc, char *argv[])
     * }
     */
    public static MethodHandle criu_set_exec_cmd$handle() {
        return criu_set_exec_cmd.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int criu_set_exec_cmd(int argc, char *argv[])
     * }
     */
    public static MemorySegment criu_set_exec_cmd$address() {
        return criu_set_exec_cmd.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int criu_set_exec_cmd(int argc, char *argv[])
     * }
     */
    public static int criu_set_exec_cmd(int argc, MemorySegment argv) {
        var mh$ = criu_set_exec_cmd.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("criu_set_exec_cmd", argc, argv);
            }
            return (int)mh$.invokeExact(argc, argv);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class criu_add_ext_mount {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            criu_h.C_INT,
            criu_h.C_POINTER,
            criu_h.C_POINTER
        );

        public static final MemorySegment ADDR = criu_h.findOrThrow("criu_add_ext_mount");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int criu_add_ext_mount(const char *key, const char *val)
     * }
     */
    public static FunctionDescriptor criu_add_ext_mount$descriptor() {
        return criu_add_ext_mount.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int criu_add_ext_mount(const char *key, const char *val)
     * }
     */
    public static MethodHandle criu_add_ext_mount$handle() {
        return criu_add_ext_mount.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int criu_add_ext_mount(const char *key, const char *val)
     * }
     */
    public static MemorySegment criu_add_ext_mount$address() {
        return criu_add_ext_mount.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int criu_add_ext_mount(const char *key, const char *val)
     * }
     */
    public static int criu_add_ext_mount(MemorySegment key, MemorySegment val) {
        var mh$ = criu_add_ext_mount.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("criu_add_ext_mount", key, val);
            }
            return (int)mh$.invokeExact(key, val);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class criu_add_veth_pair {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            criu_h.C_INT,
            criu_h.C_POINTER,
            criu_h.C_POINTER
        );

        public static final MemorySegment ADDR = criu_h.findOrThrow("criu_add_veth_pair");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int criu_add_veth_pair(const char *in, const char *out)
     * }
     */
    public static FunctionDescriptor criu_add_veth_pair$descriptor() {
        return criu_add_veth_pair.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int criu_add_veth_pair(const char *in, const char *out)
     * }
     */
    public static MethodHandle criu_add_veth_pair$handle() {
        return criu_add_veth_pair.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int criu_add_veth_pair(const char *in, const char *out)
     * }
     */
    public static MemorySegment criu_add_veth_pair$address() {
        return criu_add_veth_pair.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int criu_add_veth_pair(const char *in, const char *out)
     * }
     */
    public static int criu_add_veth_pair(MemorySegment in, MemorySegment out) {
        var mh$ = criu_add_veth_pair.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("criu_add_veth_pair", in, out);
            }
            return (int)mh$.invokeExact(in, out);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class criu_add_cg_root {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            criu_h.C_INT,
            criu_h.C_POINTER,
            criu_h.C_POINTER
        );

        public static final MemorySegment ADDR = criu_h.findOrThrow("criu_add_cg_root");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int criu_add_cg_root(const char *ctrl, const char *path)
     * }
     */
    public static FunctionDescriptor criu_add_cg_root$descriptor() {
        return criu_add_cg_root.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int criu_add_cg_root(const char *ctrl, const char *path)
     * }
     */
    public static MethodHandle criu_add_cg_root$handle() {
        return criu_add_cg_root.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int criu_add_cg_root(const char *ctrl, const char *path)
     * }
     */
    public static MemorySegment criu_add_cg_root$address() {
        return criu_add_cg_root.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int criu_add_cg_root(const char *ctrl, const char *path)
     * }
     */
    public static int criu_add_cg_root(MemorySegment ctrl, MemorySegment path) {
        var mh$ = criu_add_cg_root.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("criu_add_cg_root", ctrl, path);
            }
            return (int)mh$.invokeExact(ctrl, path);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class criu_add_enable_fs {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            criu_h.C_INT,
            criu_h.C_POINTER
        );

        public static final MemorySegment ADDR = criu_h.findOrThrow("criu_add_enable_fs");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int criu_add_enable_fs(const char *fs)
     * }
     */
    public static FunctionDescriptor criu_add_enable_fs$descriptor() {
        return criu_add_enable_fs.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int criu_add_enable_fs(const char *fs)
     * }
     */
    public static MethodHandle criu_add_enable_fs$handle() {
        return criu_add_enable_fs.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int criu_add_enable_fs(const char *fs)
     * }
     */
    public static MemorySegment criu_add_enable_fs$address() {
        return criu_add_enable_fs.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int criu_add_enable_fs(const char *fs)
     * }
     */
    public static int criu_add_enable_fs(MemorySegment fs) {
        var mh$ = criu_add_enable_fs.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("criu_add_enable_fs", fs);
            }
            return (int)mh$.invokeExact(fs);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class criu_add_skip_mnt {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            criu_h.C_INT,
            criu_h.C_POINTER
        );

        public static final MemorySegment ADDR = criu_h.findOrThrow("criu_add_skip_mnt");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int criu_add_skip_mnt(const char *mnt)
     * }
     */
    public static FunctionDescriptor criu_add_skip_mnt$descriptor() {
        return criu_add_skip_mnt.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int criu_add_skip_mnt(const char *mnt)
     * }
     */
    public static MethodHandle criu_add_skip_mnt$handle() {
        return criu_add_skip_mnt.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int criu_add_skip_mnt(const char *mnt)
     * }
     */
    public static MemorySegment criu_add_skip_mnt$address() {
        return criu_add_skip_mnt.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int criu_add_skip_mnt(const char *mnt)
     * }
     */
    public static int criu_add_skip_mnt(MemorySegment mnt) {
        var mh$ = criu_add_skip_mnt.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("criu_add_skip_mnt", mnt);
            }
            return (int)mh$.invokeExact(mnt);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class criu_set_ghost_limit {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(
            criu_h.C_INT
        );

        public static final MemorySegment ADDR = criu_h.findOrThrow("criu_set_ghost_limit");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * void criu_set_ghost_limit(unsigned int limit)
     * }
     */
    public static FunctionDescriptor criu_set_ghost_limit$descriptor() {
        return criu_set_ghost_limit.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * void criu_set_ghost_limit(unsigned int limit)
     * }
     */
    public static MethodHandle criu_set_ghost_limit$handle() {
        return criu_set_ghost_limit.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * void criu_set_ghost_limit(unsigned int limit)
     * }
     */
    public static MemorySegment criu_set_ghost_limit$address() {
        return criu_set_ghost_limit.ADDR;
    }

    /**
     * {@snippet lang=c :
     * void criu_set_ghost_limit(unsigned int limit)
     * }
     */
    public static void criu_set_ghost_limit(int limit) {
        var mh$ = criu_set_ghost_limit.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("criu_set_ghost_limit", limit);
            }
            mh$.invokeExact(limit);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class criu_add_irmap_path {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            criu_h.C_INT,
            criu_h.C_POINTER
        );

        public static final MemorySegment ADDR = criu_h.findOrThrow("criu_add_irmap_path");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int criu_add_irmap_path(const char *path)
     * }
     */
    public static FunctionDescriptor criu_add_irmap_path$descriptor() {
        return criu_add_irmap_path.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int criu_add_irmap_path(const char *path)
     * }
     */
    public static MethodHandle criu_add_irmap_path$handle() {
        return criu_add_irmap_path.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int criu_add_irmap_path(const char *path)
     * }
     */
    public static MemorySegment criu_add_irmap_path$address() {
        return criu_add_irmap_path.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int criu_add_irmap_path(const char *path)
     * }
     */
    public static int criu_add_irmap_path(MemorySegment path) {
        var mh$ = criu_add_irmap_path.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("criu_add_irmap_path", path);
            }
            return (int)mh$.invokeExact(path);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class criu_add_inherit_fd {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            criu_h.C_INT,
            criu_h.C_INT,
            criu_h.C_POINTER
        );

        public static final MemorySegment ADDR = criu_h.findOrThrow("criu_add_inherit_fd");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int criu_add_inherit_fd(int fd, const char *key)
     * }
     */
    public static FunctionDescriptor criu_add_inherit_fd$descriptor() {
        return criu_add_inherit_fd.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int criu_add_inherit_fd(int fd, const char *key)
     * }
     */
    public static MethodHandle criu_add_inherit_fd$handle() {
        return criu_add_inherit_fd.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int criu_add_inherit_fd(int fd, const char *key)
     * }
     */
    public static MemorySegment criu_add_inherit_fd$address() {
        return criu_add_inherit_fd.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int criu_add_inherit_fd(int fd, const char *key)
     * }
     */
    public static int criu_add_inherit_fd(int fd, MemorySegment key) {
        var mh$ = criu_add_inherit_fd.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("criu_add_inherit_fd", fd, key);
            }
            return (int)mh$.invokeExact(fd, key);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class criu_add_external {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            criu_h.C_INT,
            criu_h.C_POINTER
        );

        public static final MemorySegment ADDR = criu_h.findOrThrow("criu_add_external");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int criu_add_external(const char *key)
     * }
     */
    public static FunctionDescriptor criu_add_external$descriptor() {
        return criu_add_external.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int criu_add_external(const char *key)
     * }
     */
    public static MethodHandle criu_add_external$handle() {
        return criu_add_external.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int criu_add_external(const char *key)
     * }
     */
    public static MemorySegment criu_add_external$address() {
        return criu_add_external.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int criu_add_external(const char *key)
     * }
     */
    public static int criu_add_external(MemorySegment key) {
        var mh$ = criu_add_external.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("criu_add_external", key);
            }
            return (int)mh$.invokeExact(key);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class criu_set_page_server_address_port {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            criu_h.C_INT,
            criu_h.C_POINTER,
            criu_h.C_INT
        );

        public static final MemorySegment ADDR = criu_h.findOrThrow("criu_set_page_server_address_port");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int criu_set_page_server_address_port(const char *address, int port)
     * }
     */
    public static FunctionDescriptor criu_set_page_server_address_port$descriptor() {
        return criu_set_page_server_address_port.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int criu_set_page_server_address_port(const char *address, int port)
     * }
     */
    public static MethodHandle criu_set_page_server_address_port$handle() {
        return criu_set_page_server_address_port.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int criu_set_page_server_address_port(const char *address, int port)
     * }
     */
    public static MemorySegment criu_set_page_server_address_port$address() {
        return criu_set_page_server_address_port.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int criu_set_page_server_address_port(const char *address, int port)
     * }
     */
    public static int criu_set_page_server_address_port(MemorySegment address, int port) {
        var mh$ = criu_set_page_server_address_port.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("criu_set_page_server_address_port", address, port);
            }
            return (int)mh$.invokeExact(address, port);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class criu_set_pre_dump_mode {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            criu_h.C_INT,
            criu_h.C_INT
        );

        public static final MemorySegment ADDR = criu_h.findOrThrow("criu_set_pre_dump_mode");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int criu_set_pre_dump_mode(enum criu_pre_dump_mode mode)
     * }
     */
    public static FunctionDescriptor criu_set_pre_dump_mode$descriptor() {
        return criu_set_pre_dump_mode.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int criu_set_pre_dump_mode(enum criu_pre_dump_mode mode)
     * }
     */
    public static MethodHandle criu_set_pre_dump_mode$handle() {
        return criu_set_pre_dump_mode.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int criu_set_pre_dump_mode(enum criu_pre_dump_mode mode)
     * }
     */
    public static MemorySegment criu_set_pre_dump_mode$address() {
        return criu_set_pre_dump_mode.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int criu_set_pre_dump_mode(enum criu_pre_dump_mode mode)
     * }
     */
    public static int criu_set_pre_dump_mode(int mode) {
        var mh$ = criu_set_pre_dump_mode.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("criu_set_pre_dump_mode", mode);
            }
            return (int)mh$.invokeExact(mode);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class criu_set_pidfd_store_sk {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(
            criu_h.C_INT
        );

        public static final MemorySegment ADDR = criu_h.findOrThrow("criu_set_pidfd_store_sk");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * void criu_set_pidfd_store_sk(int sk)
     * }
     */
    public static FunctionDescriptor criu_set_pidfd_store_sk$descriptor() {
        return criu_set_pidfd_store_sk.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * void criu_set_pidfd_store_sk(int sk)
     * }
     */
    public static MethodHandle criu_set_pidfd_store_sk$handle() {
        return criu_set_pidfd_store_sk.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * void criu_set_pidfd_store_sk(int sk)
     * }
     */
    public static MemorySegment criu_set_pidfd_store_sk$address() {
        return criu_set_pidfd_store_sk.ADDR;
    }

    /**
     * {@snippet lang=c :
     * void criu_set_pidfd_store_sk(int sk)
     * }
     */
    public static void criu_set_pidfd_store_sk(int sk) {
        var mh$ = criu_set_pidfd_store_sk.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("criu_set_pidfd_store_sk", sk);
            }
            mh$.invokeExact(sk);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class criu_set_network_lock {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            criu_h.C_INT,
            criu_h.C_INT
        );

        public static final MemorySegment ADDR = criu_h.findOrThrow("criu_set_network_lock");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int criu_set_network_lock(enum criu_network_lock_method method)
     * }
     */
    public static FunctionDescriptor criu_set_network_lock$descriptor() {
        return criu_set_network_lock.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int criu_set_network_lock(enum criu_network_lock_method method)
     * }
     */
    public static MethodHandle criu_set_network_lock$handle() {
        return criu_set_network_lock.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int criu_set_network_lock(enum criu_network_lock_method method)
     * }
     */
    public static MemorySegment criu_set_network_lock$address() {
        return criu_set_network_lock.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int criu_set_network_lock(enum criu_network_lock_method method)
     * }
     */
    public static int criu_set_network_lock(int method) {
        var mh$ = criu_set_network_lock.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("criu_set_network_lock", method);
            }
            return (int)mh$.invokeExact(method);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class criu_join_ns_add {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            criu_h.C_INT,
            criu_h.C_POINTER,
            criu_h.C_POINTER,
            criu_h.C_POINTER
        );

        public static final MemorySegment ADDR = criu_h.findOrThrow("criu_join_ns_add");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int criu_join_ns_add(const char *ns, const char *ns_file, const char *extra_opt)
     * }
     */
    public static FunctionDescriptor criu_join_ns_add$descriptor() {
        return criu_join_ns_add.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int criu_join_ns_add(const char *ns, const char *ns_file, const char *extra_opt)
     * }
     */
    public static MethodHandle criu_join_ns_add$handle() {
        return criu_join_ns_add.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int criu_join_ns_add(const char *ns, const char *ns_file, const char *extra_opt)
     * }
     */
    public static MemorySegment criu_join_ns_add$address() {
        return criu_join_ns_add.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int criu_join_ns_add(const char *ns, const char *ns_file, const char *extra_opt)
     * }
     */
    public static int criu_join_ns_add(MemorySegment ns, MemorySegment ns_file, MemorySegment extra_opt) {
        var mh$ = criu_join_ns_add.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("criu_join_ns_add", ns, ns_file, extra_opt);
            }
            return (int)mh$.invokeExact(ns, ns_file, extra_opt);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class criu_set_mntns_compat_mode {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(
            criu_h.C_BOOL
        );

        public static final MemorySegment ADDR = criu_h.findOrThrow("criu_set_mntns_compat_mode");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * void criu_set_mntns_compat_mode(_Bool val)
     * }
     */
    public static FunctionDescriptor criu_set_mntns_compat_mode$descriptor() {
        return criu_set_mntns_compat_mode.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * void criu_set_mntns_compat_mode(_Bool val)
     * }
     */
    public static MethodHandle criu_set_mntns_compat_mode$handle() {
        return criu_set_mntns_compat_mode.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * void criu_set_mntns_compat_mode(_Bool val)
     * }
     */
    public static MemorySegment criu_set_mntns_compat_mode$address() {
        return criu_set_mntns_compat_mode.ADDR;
    }

    /**
     * {@snippet lang=c :
     * void criu_set_mntns_compat_mode(_Bool val)
     * }
     */
    public static void criu_set_mntns_compat_mode(boolean val) {
        var mh$ = criu_set_mntns_compat_mode.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("criu_set_mntns_compat_mode", val);
            }
            mh$.invokeExact(val);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class criu_set_config_file {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            criu_h.C_INT,
            criu_h.C_POINTER
        );

        public static final MemorySegment ADDR = criu_h.findOrThrow("criu_set_config_file");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int criu_set_config_file(const char *path)
     * }
     */
    public static FunctionDescriptor criu_set_config_file$descriptor() {
        return criu_set_config_file.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int criu_set_config_file(const char *path)
     * }
     */
    public static MethodHandle criu_set_config_file$handle() {
        return criu_set_config_file.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int criu_set_config_file(const char *path)
     * }
     */
    public static MemorySegment criu_set_config_file$address() {
        return criu_set_config_file.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int criu_set_config_file(const char *path)
     * }
     */
    public static int criu_set_config_file(MemorySegment path) {
        var mh$ = criu_set_config_file.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("criu_set_config_file", path);
            }
            return (int)mh$.invokeExact(path);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    /**
     * {@snippet lang=c :
     * typedef CriuNotify *criu_notify_arg_t
     * }
     */
    public static final AddressLayout criu_notify_arg_t = criu_h.C_POINTER;

    private static class criu_set_notify_cb {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(
            criu_h.C_POINTER
        );

        public static final MemorySegment ADDR = criu_h.findOrThrow("criu_set_notify_cb");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * void criu_set_notify_cb(int (*cb)(char *, criu_notify_arg_t))
     * }
     */
    public static FunctionDescriptor criu_set_notify_cb$descriptor() {
        return criu_set_notify_cb.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * void criu_set_notify_cb(int (*cb)(char *, criu_notify_arg_t))
     * }
     */
    public static MethodHandle criu_set_notify_cb$handle() {
        return criu_set_notify_cb.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * void criu_set_notify_cb(int (*cb)(char *, criu_notify_arg_t))
     * }
     */
    public static MemorySegment criu_set_notify_cb$address() {
        return criu_set_notify_cb.ADDR;
    }

    /**
     * {@snippet lang=c :
     * void criu_set_notify_cb(int (*cb)(char *, criu_notify_arg_t))
     * }
     */
    public static void criu_set_notify_cb(MemorySegment cb) {
        var mh$ = criu_set_notify_cb.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("criu_set_notify_cb", cb);
            }
            mh$.invokeExact(cb);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class criu_notify_pid {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            criu_h.C_INT,
            criu_h.C_POINTER
        );

        public static final MemorySegment ADDR = criu_h.findOrThrow("criu_notify_pid");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int criu_notify_pid(criu_notify_arg_t na)
     * }
     */
    public static FunctionDescriptor criu_notify_pid$descriptor() {
        return criu_notify_pid.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int criu_notify_pid(criu_notify_arg_t na)
     * }
     */
    public static MethodHandle criu_notify_pid$handle() {
        return criu_notify_pid.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int criu_notify_pid(criu_notify_arg_t na)
     * }
     */
    public static MemorySegment criu_notify_pid$address() {
        return criu_notify_pid.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int criu_notify_pid(criu_notify_arg_t na)
     * }
     */
    public static int criu_notify_pid(MemorySegment na) {
        var mh$ = criu_notify_pid.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("criu_notify_pid", na);
            }
            return (int)mh$.invokeExact(na);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class criu_get_orphan_pts_master_fd {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            criu_h.C_INT    );

        public static final MemorySegment ADDR = criu_h.findOrThrow("criu_get_orphan_pts_master_fd");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int criu_get_orphan_pts_master_fd(void)
     * }
     */
    public static FunctionDescriptor criu_get_orphan_pts_master_fd$descriptor() {
        return criu_get_orphan_pts_master_fd.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int criu_get_orphan_pts_master_fd(void)
     * }
     */
    public static MethodHandle criu_get_orphan_pts_master_fd$handle() {
        return criu_get_orphan_pts_master_fd.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int criu_get_orphan_pts_master_fd(void)
     * }
     */
    public static MemorySegment criu_get_orphan_pts_master_fd$address() {
        return criu_get_orphan_pts_master_fd.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int criu_get_orphan_pts_master_fd(void)
     * }
     */
    public static int criu_get_orphan_pts_master_fd() {
        var mh$ = criu_get_orphan_pts_master_fd.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("criu_get_orphan_pts_master_fd");
            }
            return (int)mh$.invokeExact();
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class criu_check {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            criu_h.C_INT    );

        public static final MemorySegment ADDR = criu_h.findOrThrow("criu_check");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int criu_check(void)
     * }
     */
    public static FunctionDescriptor criu_check$descriptor() {
        return criu_check.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int criu_check(void)
     * }
     */
    public static MethodHandle criu_check$handle() {
        return criu_check.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int criu_check(void)
     * }
     */
    public static MemorySegment criu_check$address() {
        return criu_check.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int criu_check(void)
     * }
     */
    public static int criu_check() {
        var mh$ = criu_check.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("criu_check");
            }
            return (int)mh$.invokeExact();
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class criu_dump {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            criu_h.C_INT    );

        public static final MemorySegment ADDR = criu_h.findOrThrow("criu_dump");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int criu_dump(void)
     * }
     */
    public static FunctionDescriptor criu_dump$descriptor() {
        return criu_dump.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int criu_dump(void)
     * }
     */
    public static MethodHandle criu_dump$handle() {
        return criu_dump.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int criu_dump(void)
     * }
     */
    public static MemorySegment criu_dump$address() {
        return criu_dump.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int criu_dump(void)
     * }
     */
    public static int criu_dump() {
        var mh$ = criu_dump.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("criu_dump");
            }
            return (int)mh$.invokeExact();
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class criu_pre_dump {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            criu_h.C_INT    );

        public static final MemorySegment ADDR = criu_h.findOrThrow("criu_pre_dump");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int criu_pre_dump(void)
     * }
     */
    public static FunctionDescriptor criu_pre_dump$descriptor() {
        return criu_pre_dump.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int criu_pre_dump(void)
     * }
     */
    public static MethodHandle criu_pre_dump$handle() {
        return criu_pre_dump.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int criu_pre_dump(void)
     * }
     */
    public static MemorySegment criu_pre_dump$address() {
        return criu_pre_dump.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int criu_pre_dump(void)
     * }
     */
    public static int criu_pre_dump() {
        var mh$ = criu_pre_dump.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("criu_pre_dump");
            }
            return (int)mh$.invokeExact();
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class criu_restore {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            criu_h.C_INT    );

        public static final MemorySegment ADDR = criu_h.findOrThrow("criu_restore");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int criu_restore(void)
     * }
     */
    public static FunctionDescriptor criu_restore$descriptor() {
        return criu_restore.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int criu_restore(void)
     * }
     */
    public static MethodHandle criu_restore$handle() {
        return criu_restore.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int criu_restore(void)
     * }
     */
    public static MemorySegment criu_restore$address() {
        return criu_restore.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int criu_restore(void)
     * }
     */
    public static int criu_restore() {
        var mh$ = criu_restore.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("criu_restore");
            }
            return (int)mh$.invokeExact();
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class criu_restore_child {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            criu_h.C_INT    );

        public static final MemorySegment ADDR = criu_h.findOrThrow("criu_restore_child");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int criu_restore_child(void)
     * }
     */
    public static FunctionDescriptor criu_restore_child$descriptor() {
        return criu_restore_child.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int criu_restore_child(void)
     * }
     */
    public static MethodHandle criu_restore_child$handle() {
        return criu_restore_child.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int criu_restore_child(void)
     * }
     */
    public static MemorySegment criu_restore_child$address() {
        return criu_restore_child.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int criu_restore_child(void)
     * }
     */
    public static int criu_restore_child() {
        var mh$ = criu_restore_child.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("criu_restore_child");
            }
            return (int)mh$.invokeExact();
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    /**
     * {@snippet lang=c :
     * typedef void *criu_predump_info
     * }
     */
    public static final AddressLayout criu_predump_info = criu_h.C_POINTER;

    private static class criu_dump_iters {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            criu_h.C_INT,
            criu_h.C_POINTER
        );

        public static final MemorySegment ADDR = criu_h.findOrThrow("criu_dump_iters");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int criu_dump_iters(int (*more)(criu_predump_info))
     * }
     */
    public static FunctionDescriptor criu_dump_iters$descriptor() {
        return criu_dump_iters.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int criu_dump_iters(int (*more)(criu_predump_info))
     * }
     */
    public static MethodHandle criu_dump_iters$handle() {
        return criu_dump_iters.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int criu_dump_iters(int (*more)(criu_predump_info))
     * }
     */
    public static MemorySegment criu_dump_iters$address() {
        return criu_dump_iters.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int criu_dump_iters(int (*more)(criu_predump_info))
     * }
     */
    public static int criu_dump_iters(MemorySegment more) {
        var mh$ = criu_dump_iters.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("criu_dump_iters", more);
            }
            return (int)mh$.invokeExact(more);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class criu_get_version {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            criu_h.C_INT    );

        public static final MemorySegment ADDR = criu_h.findOrThrow("criu_get_version");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int criu_get_version(void)
     * }
     */
    public static FunctionDescriptor criu_get_version$descriptor() {
        return criu_get_version.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int criu_get_version(void)
     * }
     */
    public static MethodHandle criu_get_version$handle() {
        return criu_get_version.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int criu_get_version(void)
     * }
     */
    public static MemorySegment criu_get_version$address() {
        return criu_get_version.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int criu_get_version(void)
     * }
     */
    public static int criu_get_version() {
        var mh$ = criu_get_version.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("criu_get_version");
            }
            return (int)mh$.invokeExact();
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class criu_check_version {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            criu_h.C_INT,
            criu_h.C_INT
        );

        public static final MemorySegment ADDR = criu_h.findOrThrow("criu_check_version");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int criu_check_version(int minimum)
     * }
     */
    public static FunctionDescriptor criu_check_version$descriptor() {
        return criu_check_version.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int criu_check_version(int minimum)
     * }
     */
    public static MethodHandle criu_check_version$handle() {
        return criu_check_version.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int criu_check_version(int minimum)
     * }
     */
    public static MemorySegment criu_check_version$address() {
        return criu_check_version.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int criu_check_version(int minimum)
     * }
     */
    public static int criu_check_version(int minimum) {
        var mh$ = criu_check_version.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("criu_check_version", minimum);
            }
            return (int)mh$.invokeExact(minimum);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class criu_feature_check {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            criu_h.C_INT,
            criu_h.C_POINTER,
            criu_h.C_LONG
        );

        public static final MemorySegment ADDR = criu_h.findOrThrow("criu_feature_check");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int criu_feature_check(struct criu_feature_check *features, size_t size)
     * }
     */
    public static FunctionDescriptor criu_feature_check$descriptor() {
        return criu_feature_check.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int criu_feature_check(struct criu_feature_check *features, size_t size)
     * }
     */
    public static MethodHandle criu_feature_check$handle() {
        return criu_feature_check.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int criu_feature_check(struct criu_feature_check *features, size_t size)
     * }
     */
    public static MemorySegment criu_feature_check$address() {
        return criu_feature_check.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int criu_feature_check(struct criu_feature_check *features, size_t size)
     * }
     */
    public static int criu_feature_check(MemorySegment features, long size) {
        var mh$ = criu_feature_check.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("criu_feature_check", features, size);
            }
            return (int)mh$.invokeExact(features, size);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class criu_set_empty_ns {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(
            criu_h.C_INT
        );

        public static final MemorySegment ADDR = criu_h.findOrThrow("criu_set_empty_ns");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * void criu_set_empty_ns(int namespaces)
     * }
     */
    public static FunctionDescriptor criu_set_empty_ns$descriptor() {
        return criu_set_empty_ns.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * void criu_set_empty_ns(int namespaces)
     * }
     */
    public static MethodHandle criu_set_empty_ns$handle() {
        return criu_set_empty_ns.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * void criu_set_empty_ns(int namespaces)
     * }
     */
    public static MemorySegment criu_set_empty_ns$address() {
        return criu_set_empty_ns.ADDR;
    }

    /**
     * {@snippet lang=c :
     * void criu_set_empty_ns(int namespaces)
     * }
     */
    public static void criu_set_empty_ns(int namespaces) {
        var mh$ = criu_set_empty_ns.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("criu_set_empty_ns", namespaces);
            }
            mh$.invokeExact(namespaces);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    /**
     * {@snippet lang=c :
     * #define CRIU_VERSION "4.2.1"
     * }
     */
    public static MemorySegment CRIU_VERSION() {
        class Holder {
            static final MemorySegment CRIU_VERSION
                = criu_h.LIBRARY_ARENA.allocateFrom("4.2.1");
        }
        return Holder.CRIU_VERSION;
    }

    private static final int CRIU_VERSION_MAJOR = (int)4L;
    /**
     * {@snippet lang=c :
     * #define CRIU_VERSION_MAJOR 4
     * }
     */
    public static int CRIU_VERSION_MAJOR() {
        return CRIU_VERSION_MAJOR;
    }

    private static final int CRIU_VERSION_MINOR = (int)2L;
    /**
     * {@snippet lang=c :
     * #define CRIU_VERSION_MINOR 2
     * }
     */
    public static int CRIU_VERSION_MINOR() {
        return CRIU_VERSION_MINOR;
    }

    private static final int CRIU_VERSION_SUBLEVEL = (int)1L;
    /**
     * {@snippet lang=c :
     * #define CRIU_VERSION_SUBLEVEL 1
     * }
     */
    public static int CRIU_VERSION_SUBLEVEL() {
        return CRIU_VERSION_SUBLEVEL;
    }

    private static final int CRIU_LOG_UNSET = (int)-1L;
    /**
     * {@snippet lang=c :
     * #define CRIU_LOG_UNSET -1
     * }
     */
    public static int CRIU_LOG_UNSET() {
        return CRIU_LOG_UNSET;
    }

    private static final int CRIU_LOG_MSG = (int)0L;
    /**
     * {@snippet lang=c :
     * #define CRIU_LOG_MSG 0
     * }
     */
    public static int CRIU_LOG_MSG() {
        return CRIU_LOG_MSG;
    }

    private static final int CRIU_LOG_ERROR = (int)1L;
    /**
     * {@snippet lang=c :
     * #define CRIU_LOG_ERROR 1
     * }
     */
    public static int CRIU_LOG_ERROR() {
        return CRIU_LOG_ERROR;
    }

    private static final int CRIU_LOG_WARN = (int)2L;
    /**
     * {@snippet lang=c :
     * #define CRIU_LOG_WARN 2
     * }
     */
    public static int CRIU_LOG_WARN() {
        return CRIU_LOG_WARN;
    }

    private static final int CRIU_LOG_INFO = (int)3L;
    /**
     * {@snippet lang=c :
     * #define CRIU_LOG_INFO 3
     * }
     */
    public static int CRIU_LOG_INFO() {
        return CRIU_LOG_INFO;
    }

    private static final int CRIU_LOG_DEBUG = (int)4L;
    /**
     * {@snippet lang=c :
     * #define CRIU_LOG_DEBUG 4
     * }
     */
    public static int CRIU_LOG_DEBUG() {
        return CRIU_LOG_DEBUG;
    }
}
