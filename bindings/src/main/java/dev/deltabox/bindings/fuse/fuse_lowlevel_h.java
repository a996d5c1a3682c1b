// Generated-shape binding (jextract output shape, filtered to what DeltaBox uses).
// Regenerate with `tools/mvn -Pjextract -pl bindings generate-sources`; do not put logic here.
package dev.deltabox.bindings.fuse;

import java.lang.foreign.*;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.util.Arrays;
import java.util.stream.Collectors;

import static java.lang.foreign.ValueLayout.*;

public class fuse_lowlevel_h {

    fuse_lowlevel_h() {
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

    private static class fuse_opt_add_arg {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            fuse_lowlevel_h.C_INT,
            fuse_lowlevel_h.C_POINTER,
            fuse_lowlevel_h.C_POINTER
        );

        public static final MemorySegment ADDR = fuse_lowlevel_h.findOrThrow("fuse_opt_add_arg");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern int fuse_opt_add_arg(struct fuse_args *args, const char *arg)
     * }
     */
    public static FunctionDescriptor fuse_opt_add_arg$descriptor() {
        return fuse_opt_add_arg.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern int fuse_opt_add_arg(struct fuse_args *args, const char *arg)
     * }
     */
    public static MethodHandle fuse_opt_add_arg$handle() {
        return fuse_opt_add_arg.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern int fuse_opt_add_arg(struct fuse_args *args, const char *arg)
     * }
     */
    public static MemorySegment fuse_opt_add_arg$address() {
        return fuse_opt_add_arg.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern int fuse_opt_add_arg(struct fuse_args *args, const char *arg)
     * }
     */
    public static int fuse_opt_add_arg(MemorySegment args, MemorySegment arg) {
        var mh$ = fuse_opt_add_arg.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("fuse_opt_add_arg", args, arg);
            }
            return (int)mh$.invokeExact(args, arg);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class fuse_opt_free_args {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(
            fuse_lowlevel_h.C_POINTER
        );

        public static final MemorySegment ADDR = fuse_lowlevel_h.findOrThrow("fuse_opt_free_args");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern void fuse_opt_free_args(struct fuse_args *args)
     * }
     */
    public static FunctionDescriptor fuse_opt_free_args$descriptor() {
        return fuse_opt_free_args.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern void fuse_opt_free_args(struct fuse_args *args)
     * }
     */
    public static MethodHandle fuse_opt_free_args$handle() {
        return fuse_opt_free_args.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern void fuse_opt_free_args(struct fuse_args *args)
     * }
     */
    public static MemorySegment fuse_opt_free_args$address() {
        return fuse_opt_free_args.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern void fuse_opt_free_args(struct fuse_args *args)
     * }
     */
    public static void fuse_opt_free_args(MemorySegment args) {
        var mh$ = fuse_opt_free_args.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("fuse_opt_free_args", args);
            }
            mh$.invokeExact(args);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static final int FUSE_LOG_EMERG = (int)0L;
    /**
     * {@snippet lang=c :
     * enum fuse_log_level.FUSE_LOG_EMERG = 0
     * }
     */
    public static int FUSE_LOG_EMERG() {
        return FUSE_LOG_EMERG;
    }
    private static final int FUSE_LOG_ALERT = (int)1L;
    /**
     * {@snippet lang=c :
     * enum fuse_log_level.FUSE_LOG_ALERT = 1
     * }
     */
    public static int FUSE_LOG_ALERT() {
        return FUSE_LOG_ALERT;
    }
    private static final int FUSE_LOG_CRIT = (int)2L;
    /**
     * {@snippet lang=c :
     * enum fuse_log_level.FUSE_LOG_CRIT = 2
     * }
     */
    public static int FUSE_LOG_CRIT() {
        return FUSE_LOG_CRIT;
    }
    private static final int FUSE_LOG_ERR = (int)3L;
    /**
     * {@snippet lang=c :
     * enum fuse_log_level.FUSE_LOG_ERR = 3
     * }
     */
    public static int FUSE_LOG_ERR() {
        return FUSE_LOG_ERR;
    }
    private static final int FUSE_LOG_WARNING = (int)4L;
    /**
     * {@snippet lang=c :
     * enum fuse_log_level.FUSE_LOG_WARNING = 4
     * }
     */
    public static int FUSE_LOG_WARNING() {
        return FUSE_LOG_WARNING;
    }
    private static final int FUSE_LOG_NOTICE = (int)5L;
    /**
     * {@snippet lang=c :
     * enum fuse_log_level.FUSE_LOG_NOTICE = 5
     * }
     */
    public static int FUSE_LOG_NOTICE() {
        return FUSE_LOG_NOTICE;
    }
    private static final int FUSE_LOG_INFO = (int)6L;
    /**
     * {@snippet lang=c :
     * enum fuse_log_level.FUSE_LOG_INFO = 6
     * }
     */
    public static int FUSE_LOG_INFO() {
        return FUSE_LOG_INFO;
    }
    private static final int FUSE_LOG_DEBUG = (int)7L;
    /**
     * {@snippet lang=c :
     * enum fuse_log_level.FUSE_LOG_DEBUG = 7
     * }
     */
    public static int FUSE_LOG_DEBUG() {
        return FUSE_LOG_DEBUG;
    }

    private static class fuse_set_log_func {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(
            fuse_lowlevel_h.C_POINTER
        );

        public static final MemorySegment ADDR = fuse_lowlevel_h.findOrThrow("fuse_set_log_func");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern void fuse_set_log_func(fuse_log_func_t func)
     * }
     */
    public static FunctionDescriptor fuse_set_log_func$descriptor() {
        return fuse_set_log_func.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern void fuse_set_log_func(fuse_log_func_t func)
     * }
     */
    public static MethodHandle fuse_set_log_func$handle() {
        return fuse_set_log_func.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern void fuse_set_log_func(fuse_log_func_t func)
     * }
     */
    public static MemorySegment fuse_set_log_func$address() {
        return fuse_set_log_func.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern void fuse_set_log_func(fuse_log_func_t func)
     * }
     */
    public static void fuse_set_log_func(MemorySegment func) {
        var mh$ = fuse_set_log_func.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("fuse_set_log_func", func);
            }
            mh$.invokeExact(func);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class fuse_version {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            fuse_lowlevel_h.C_INT
        );

        public static final MemorySegment ADDR = fuse_lowlevel_h.findOrThrow("fuse_version");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern int fuse_version()
     * }
     */
    public static FunctionDescriptor fuse_version$descriptor() {
        return fuse_version.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern int fuse_version()
     * }
     */
    public static MethodHandle fuse_version$handle() {
        return fuse_version.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern int fuse_version()
     * }
     */
    public static MemorySegment fuse_version$address() {
        return fuse_version.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern int fuse_version()
     * }
     */
    public static int fuse_version() {
        var mh$ = fuse_version.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("fuse_version");
            }
            return (int)mh$.invokeExact();
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class fuse_pkgversion {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            fuse_lowlevel_h.C_POINTER
        );

        public static final MemorySegment ADDR = fuse_lowlevel_h.findOrThrow("fuse_pkgversion");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern const char *fuse_pkgversion()
     * }
     */
    public static FunctionDescriptor fuse_pkgversion$descriptor() {
        return fuse_pkgversion.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern const char *fuse_pkgversion()
     * }
     */
    public static MethodHandle fuse_pkgversion$handle() {
        return fuse_pkgversion.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern const char *fuse_pkgversion()
     * }
     */
    public static MemorySegment fuse_pkgversion$address() {
        return fuse_pkgversion.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern const char *fuse_pkgversion()
     * }
     */
    public static MemorySegment fuse_pkgversion() {
        var mh$ = fuse_pkgversion.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("fuse_pkgversion");
            }
            return (MemorySegment)mh$.invokeExact();
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static final int FUSE_BUF_IS_FD = (int)2L;
    /**
     * {@snippet lang=c :
     * enum fuse_buf_flags.FUSE_BUF_IS_FD = 2
     * }
     */
    public static int FUSE_BUF_IS_FD() {
        return FUSE_BUF_IS_FD;
    }
    private static final int FUSE_BUF_FD_SEEK = (int)4L;
    /**
     * {@snippet lang=c :
     * enum fuse_buf_flags.FUSE_BUF_FD_SEEK = 4
     * }
     */
    public static int FUSE_BUF_FD_SEEK() {
        return FUSE_BUF_FD_SEEK;
    }
    private static final int FUSE_BUF_FD_RETRY = (int)8L;
    /**
     * {@snippet lang=c :
     * enum fuse_buf_flags.FUSE_BUF_FD_RETRY = 8
     * }
     */
    public static int FUSE_BUF_FD_RETRY() {
        return FUSE_BUF_FD_RETRY;
    }
    private static final int FUSE_BUF_NO_SPLICE = (int)2L;
    /**
     * {@snippet lang=c :
     * enum fuse_buf_copy_flags.FUSE_BUF_NO_SPLICE = 2
     * }
     */
    public static int FUSE_BUF_NO_SPLICE() {
        return FUSE_BUF_NO_SPLICE;
    }
    private static final int FUSE_BUF_FORCE_SPLICE = (int)4L;
    /**
     * {@snippet lang=c :
     * enum fuse_buf_copy_flags.FUSE_BUF_FORCE_SPLICE = 4
     * }
     */
    public static int FUSE_BUF_FORCE_SPLICE() {
        return FUSE_BUF_FORCE_SPLICE;
    }
    private static final int FUSE_BUF_SPLICE_MOVE = (int)8L;
    /**
     * {@snippet lang=c :
     * enum fuse_buf_copy_flags.FUSE_BUF_SPLICE_MOVE = 8
     * }
     */
    public static int FUSE_BUF_SPLICE_MOVE() {
        return FUSE_BUF_SPLICE_MOVE;
    }
    private static final int FUSE_BUF_SPLICE_NONBLOCK = (int)16L;
    /**
     * {@snippet lang=c :
     * enum fuse_buf_copy_flags.FUSE_BUF_SPLICE_NONBLOCK = 16
     * }
     */
    public static int FUSE_BUF_SPLICE_NONBLOCK() {
        return FUSE_BUF_SPLICE_NONBLOCK;
    }

    private static class fuse_loop_cfg_create {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            fuse_lowlevel_h.C_POINTER
        );

        public static final MemorySegment ADDR = fuse_lowlevel_h.findOrThrow("fuse_loop_cfg_create");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern struct fuse_loop_config *fuse_loop_cfg_create()
     * }
     */
    public static FunctionDescriptor fuse_loop_cfg_create$descriptor() {
        return fuse_loop_cfg_create.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern struct fuse_loop_config *fuse_loop_cfg_create()
     * }
     */
    public static MethodHandle fuse_loop_cfg_create$handle() {
        return fuse_loop_cfg_create.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern struct fuse_loop_config *fuse_loop_cfg_create()
     * }
     */
    public static MemorySegment fuse_loop_cfg_create$address() {
        return fuse_loop_cfg_create.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern struct fuse_loop_config *fuse_loop_cfg_create()
     * }
     */
    public static MemorySegment fuse_loop_cfg_create() {
        var mh$ = fuse_loop_cfg_create.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("fuse_loop_cfg_create");
            }
            return (MemorySegment)mh$.invokeExact();
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class fuse_loop_cfg_destroy {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(
            fuse_lowlevel_h.C_POINTER
        );

        public static final MemorySegment ADDR = fuse_lowlevel_h.findOrThrow("fuse_loop_cfg_destroy");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern void fuse_loop_cfg_destroy(struct fuse_loop_config *config)
     * }
     */
    public static FunctionDescriptor fuse_loop_cfg_destroy$descriptor() {
        return fuse_loop_cfg_destroy.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern void fuse_loop_cfg_destroy(struct fuse_loop_config *config)
     * }
     */
    public static MethodHandle fuse_loop_cfg_destroy$handle() {
        return fuse_loop_cfg_destroy.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern void fuse_loop_cfg_destroy(struct fuse_loop_config *config)
     * }
     */
    public static MemorySegment fuse_loop_cfg_destroy$address() {
        return fuse_loop_cfg_destroy.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern void fuse_loop_cfg_destroy(struct fuse_loop_config *config)
     * }
     */
    public static void fuse_loop_cfg_destroy(MemorySegment config) {
        var mh$ = fuse_loop_cfg_destroy.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("fuse_loop_cfg_destroy", config);
            }
            mh$.invokeExact(config);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class fuse_loop_cfg_set_idle_threads {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(
            fuse_lowlevel_h.C_POINTER,
            fuse_lowlevel_h.C_INT
        );

        public static final MemorySegment ADDR = fuse_lowlevel_h.findOrThrow("fuse_loop_cfg_set_idle_threads");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern void fuse_loop_cfg_set_idle_threads(struct fuse_loop_config *config, unsigned int value)
     * }
     */
    public static FunctionDescriptor fuse_loop_cfg_set_idle_threads$descriptor() {
        return fuse_loop_cfg_set_idle_threads.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern void fuse_loop_cfg_set_idle_threads(struct fuse_loop_config *config, unsigned int value)
     * }
     */
    public static MethodHandle fuse_loop_cfg_set_idle_threads$handle() {
        return fuse_loop_cfg_set_idle_threads.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern void fuse_loop_cfg_set_idle_threads(struct fuse_loop_config *config, unsigned int value)
     * }
     */
    public static MemorySegment fuse_loop_cfg_set_idle_threads$address() {
        return fuse_loop_cfg_set_idle_threads.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern void fuse_loop_cfg_set_idle_threads(struct fuse_loop_config *config, unsigned int value)
     * }
     */
    public static void fuse_loop_cfg_set_idle_threads(MemorySegment config, int value) {
        var mh$ = fuse_loop_cfg_set_idle_threads.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("fuse_loop_cfg_set_idle_threads", config, value);
            }
            mh$.invokeExact(config, value);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class fuse_loop_cfg_set_max_threads {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(
            fuse_lowlevel_h.C_POINTER,
            fuse_lowlevel_h.C_INT
        );

        public static final MemorySegment ADDR = fuse_lowlevel_h.findOrThrow("fuse_loop_cfg_set_max_threads");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern void fuse_loop_cfg_set_max_threads(struct fuse_loop_config *config, unsigned int value)
     * }
     */
    public static FunctionDescriptor fuse_loop_cfg_set_max_threads$descriptor() {
        return fuse_loop_cfg_set_max_threads.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern void fuse_loop_cfg_set_max_threads(struct fuse_loop_config *config, unsigned int value)
     * }
     */
    public static MethodHandle fuse_loop_cfg_set_max_threads$handle() {
        return fuse_loop_cfg_set_max_threads.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern void fuse_loop_cfg_set_max_threads(struct fuse_loop_config *config, unsigned int value)
     * }
     */
    public static MemorySegment fuse_loop_cfg_set_max_threads$address() {
        return fuse_loop_cfg_set_max_threads.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern void fuse_loop_cfg_set_max_threads(struct fuse_loop_config *config, unsigned int value)
     * }
     */
    public static void fuse_loop_cfg_set_max_threads(MemorySegment config, int value) {
        var mh$ = fuse_loop_cfg_set_max_threads.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("fuse_loop_cfg_set_max_threads", config, value);
            }
            mh$.invokeExact(config, value);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class fuse_loop_cfg_set_clone_fd {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(
            fuse_lowlevel_h.C_POINTER,
            fuse_lowlevel_h.C_INT
        );

        public static final MemorySegment ADDR = fuse_lowlevel_h.findOrThrow("fuse_loop_cfg_set_clone_fd");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern void fuse_loop_cfg_set_clone_fd(struct fuse_loop_config *config, unsigned int value)
     * }
     */
    public static FunctionDescriptor fuse_loop_cfg_set_clone_fd$descriptor() {
        return fuse_loop_cfg_set_clone_fd.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern void fuse_loop_cfg_set_clone_fd(struct fuse_loop_config *config, unsigned int value)
     * }
     */
    public static MethodHandle fuse_loop_cfg_set_clone_fd$handle() {
        return fuse_loop_cfg_set_clone_fd.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern void fuse_loop_cfg_set_clone_fd(struct fuse_loop_config *config, unsigned int value)
     * }
     */
    public static MemorySegment fuse_loop_cfg_set_clone_fd$address() {
        return fuse_loop_cfg_set_clone_fd.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern void fuse_loop_cfg_set_clone_fd(struct fuse_loop_config *config, unsigned int value)
     * }
     */
    public static void fuse_loop_cfg_set_clone_fd(MemorySegment config, int value) {
        var mh$ = fuse_loop_cfg_set_clone_fd.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("fuse_loop_cfg_set_clone_fd", config, value);
            }
            mh$.invokeExact(config, value);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class fuse_reply_err {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            fuse_lowlevel_h.C_INT,
            fuse_lowlevel_h.C_POINTER,
            fuse_lowlevel_h.C_INT
        );

        public static final MemorySegment ADDR = fuse_lowlevel_h.findOrThrow("fuse_reply_err");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern int fuse_reply_err(fuse_req_t req, int err)
     * }
     */
    public static FunctionDescriptor fuse_reply_err$descriptor() {
        return fuse_reply_err.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern int fuse_reply_err(fuse_req_t req, int err)
     * }
     */
    public static MethodHandle fuse_reply_err$handle() {
        return fuse_reply_err.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern int fuse_reply_err(fuse_req_t req, int err)
     * }
     */
    public static MemorySegment fuse_reply_err$address() {
        return fuse_reply_err.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern int fuse_reply_err(fuse_req_t req, int err)
     * }
     */
    public static int fuse_reply_err(MemorySegment req, int err) {
        var mh$ = fuse_reply_err.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("fuse_reply_err", req, err);
            }
            return (int)mh$.invokeExact(req, err);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class fuse_reply_none {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(
            fuse_lowlevel_h.C_POINTER
        );

        public static final MemorySegment ADDR = fuse_lowlevel_h.findOrThrow("fuse_reply_none");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern void fuse_reply_none(fuse_req_t req)
     * }
     */
    public static FunctionDescriptor fuse_reply_none$descriptor() {
        return fuse_reply_none.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern void fuse_reply_none(fuse_req_t req)
     * }
     */
    public static MethodHandle fuse_reply_none$handle() {
        return fuse_reply_none.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern void fuse_reply_none(fuse_req_t req)
     * }
     */
    public static MemorySegment fuse_reply_none$address() {
        return fuse_reply_none.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern void fuse_reply_none(fuse_req_t req)
     * }
     */
    public static void fuse_reply_none(MemorySegment req) {
        var mh$ = fuse_reply_none.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("fuse_reply_none", req);
            }
            mh$.invokeExact(req);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class fuse_reply_entry {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            fuse_lowlevel_h.C_INT,
            fuse_lowlevel_h.C_POINTER,
            fuse_lowlevel_h.C_POINTER
        );

        public static final MemorySegment ADDR = fuse_lowlevel_h.findOrThrow("fuse_reply_entry");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern int fuse_reply_entry(fuse_req_t req, const struct fuse_entry_param *e)
     * }
     */
    public static FunctionDescriptor fuse_reply_entry$descriptor() {
        return fuse_reply_entry.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern int fuse_reply_entry(fuse_req_t req, const struct fuse_entry_param *e)
     * }
     */
    public static MethodHandle fuse_reply_entry$handle() {
        return fuse_reply_entry.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern int fuse_reply_entry(fuse_req_t req, const struct fuse_entry_param *e)
     * }
     */
    public static MemorySegment fuse_reply_entry$address() {
        return fuse_reply_entry.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern int fuse_reply_entry(fuse_req_t req, const struct fuse_entry_param *e)
     * }
     */
    public static int fuse_reply_entry(MemorySegment req, MemorySegment e) {
        var mh$ = fuse_reply_entry.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("fuse_reply_entry", req, e);
            }
            return (int)mh$.invokeExact(req, e);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class fuse_reply_create {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            fuse_lowlevel_h.C_INT,
            fuse_lowlevel_h.C_POINTER,
            fuse_lowlevel_h.C_POINTER,
            fuse_lowlevel_h.C_POINTER
        );

        public static final MemorySegment ADDR = fuse_lowlevel_h.findOrThrow("fuse_reply_create");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern int fuse_reply_create(fuse_req_t req, const struct fuse_entry_param *e, const struct fuse_file_info *fi)
     * }
     */
    public static FunctionDescriptor fuse_reply_create$descriptor() {
        return fuse_reply_create.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern int fuse_reply_create(fuse_req_t req, const struct fuse_entry_param *e, const struct fuse_file_info *fi)
     * }
     */
    public static MethodHandle fuse_reply_create$handle() {
        return fuse_reply_create.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern int fuse_reply_create(fuse_req_t req, const struct fuse_entry_param *e, const struct fuse_file_info *fi)
     * }
     */
    public static MemorySegment fuse_reply_create$address() {
        return fuse_reply_create.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern int fuse_reply_create(fuse_req_t req, const struct fuse_entry_param *e, const struct fuse_file_info *fi)
     * }
     */
    public static int fuse_reply_create(MemorySegment req, MemorySegment e, MemorySegment fi) {
        var mh$ = fuse_reply_create.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("fuse_reply_create", req, e, fi);
            }
            return (int)mh$.invokeExact(req, e, fi);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class fuse_reply_attr {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            fuse_lowlevel_h.C_INT,
            fuse_lowlevel_h.C_POINTER,
            fuse_lowlevel_h.C_POINTER,
            fuse_lowlevel_h.C_DOUBLE
        );

        public static final MemorySegment ADDR = fuse_lowlevel_h.findOrThrow("fuse_reply_attr");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern int fuse_reply_attr(fuse_req_t req, const struct stat *attr, double attr_timeout)
     * }
     */
    public static FunctionDescriptor fuse_reply_attr$descriptor() {
        return fuse_reply_attr.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern int fuse_reply_attr(fuse_req_t req, const struct stat *attr, double attr_timeout)
     * }
     */
    public static MethodHandle fuse_reply_attr$handle() {
        return fuse_reply_attr.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern int fuse_reply_attr(fuse_req_t req, const struct stat *attr, double attr_timeout)
     * }
     */
    public static MemorySegment fuse_reply_attr$address() {
        return fuse_reply_attr.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern int fuse_reply_attr(fuse_req_t req, const struct stat *attr, double attr_timeout)
     * }
     */
    public static int fuse_reply_attr(MemorySegment req, MemorySegment attr, double attr_timeout) {
        var mh$ = fuse_reply_attr.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("fuse_reply_attr", req, attr, attr_timeout);
            }
            return (int)mh$.invokeExact(req, attr, attr_timeout);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class fuse_reply_readlink {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            fuse_lowlevel_h.C_INT,
            fuse_lowlevel_h.C_POINTER,
            fuse_lowlevel_h.C_POINTER
        );

        public static final MemorySegment ADDR = fuse_lowlevel_h.findOrThrow("fuse_reply_readlink");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern int fuse_reply_readlink(fuse_req_t req, const char *link)
     * }
     */
    public static FunctionDescriptor fuse_reply_readlink$descriptor() {
        return fuse_reply_readlink.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern int fuse_reply_readlink(fuse_req_t req, const char *link)
     * }
     */
    public static MethodHandle fuse_reply_readlink$handle() {
        return fuse_reply_readlink.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern int fuse_reply_readlink(fuse_req_t req, const char *link)
     * }
     */
    public static MemorySegment fuse_reply_readlink$address() {
        return fuse_reply_readlink.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern int fuse_reply_readlink(fuse_req_t req, const char *link)
     * }
     */
    public static int fuse_reply_readlink(MemorySegment req, MemorySegment link) {
        var mh$ = fuse_reply_readlink.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("fuse_reply_readlink", req, link);
            }
            return (int)mh$.invokeExact(req, link);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class fuse_passthrough_open {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            fuse_lowlevel_h.C_INT,
            fuse_lowlevel_h.C_POINTER,
            fuse_lowlevel_h.C_INT
        );

        public static final MemorySegment ADDR = fuse_lowlevel_h.findOrThrow("fuse_passthrough_open");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern int fuse_passthrough_open(fuse_req_t req, int fd)
     * }
     */
    public static FunctionDescriptor fuse_passthrough_open$descriptor() {
        return fuse_passthrough_open.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern int fuse_passthrough_open(fuse_req_t req, int fd)
     * }
     */
    public static MethodHandle fuse_passthrough_open$handle() {
        return fuse_passthrough_open.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern int fuse_passthrough_open(fuse_req_t req, int fd)
     * }
     */
    public static MemorySegment fuse_passthrough_open$address() {
        return fuse_passthrough_open.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern int fuse_passthrough_open(fuse_req_t req, int fd)
     * }
     */
    public static int fuse_passthrough_open(MemorySegment req, int fd) {
        var mh$ = fuse_passthrough_open.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("fuse_passthrough_open", req, fd);
            }
            return (int)mh$.invokeExact(req, fd);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class fuse_passthrough_close {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            fuse_lowlevel_h.C_INT,
            fuse_lowlevel_h.C_POINTER,
            fuse_lowlevel_h.C_INT
        );

        public static final MemorySegment ADDR = fuse_lowlevel_h.findOrThrow("fuse_passthrough_close");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern int fuse_passthrough_close(fuse_req_t req, int backing_id)
     * }
     */
    public static FunctionDescriptor fuse_passthrough_close$descriptor() {
        return fuse_passthrough_close.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern int fuse_passthrough_close(fuse_req_t req, int backing_id)
     * }
     */
    public static MethodHandle fuse_passthrough_close$handle() {
        return fuse_passthrough_close.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern int fuse_passthrough_close(fuse_req_t req, int backing_id)
     * }
     */
    public static MemorySegment fuse_passthrough_close$address() {
        return fuse_passthrough_close.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern int fuse_passthrough_close(fuse_req_t req, int backing_id)
     * }
     */
    public static int fuse_passthrough_close(MemorySegment req, int backing_id) {
        var mh$ = fuse_passthrough_close.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("fuse_passthrough_close", req, backing_id);
            }
            return (int)mh$.invokeExact(req, backing_id);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class fuse_reply_open {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            fuse_lowlevel_h.C_INT,
            fuse_lowlevel_h.C_POINTER,
            fuse_lowlevel_h.C_POINTER
        );

        public static final MemorySegment ADDR = fuse_lowlevel_h.findOrThrow("fuse_reply_open");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern int fuse_reply_open(fuse_req_t req, const struct fuse_file_info *fi)
     * }
     */
    public static FunctionDescriptor fuse_reply_open$descriptor() {
        return fuse_reply_open.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern int fuse_reply_open(fuse_req_t req, const struct fuse_file_info *fi)
     * }
     */
    public static MethodHandle fuse_reply_open$handle() {
        return fuse_reply_open.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern int fuse_reply_open(fuse_req_t req, const struct fuse_file_info *fi)
     * }
     */
    public static MemorySegment fuse_reply_open$address() {
        return fuse_reply_open.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern int fuse_reply_open(fuse_req_t req, const struct fuse_file_info *fi)
     * }
     */
    public static int fuse_reply_open(MemorySegment req, MemorySegment fi) {
        var mh$ = fuse_reply_open.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("fuse_reply_open", req, fi);
            }
            return (int)mh$.invokeExact(req, fi);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class fuse_reply_write {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            fuse_lowlevel_h.C_INT,
            fuse_lowlevel_h.C_POINTER,
            fuse_lowlevel_h.C_LONG
        );

        public static final MemorySegment ADDR = fuse_lowlevel_h.findOrThrow("fuse_reply_write");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern int fuse_reply_write(fuse_req_t req, size_t count)
     * }
     */
    public static FunctionDescriptor fuse_reply_write$descriptor() {
        return fuse_reply_write.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern int fuse_reply_write(fuse_req_t req, size_t count)
     * }
     */
    public static MethodHandle fuse_reply_write$handle() {
        return fuse_reply_write.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern int fuse_reply_write(fuse_req_t req, size_t count)
     * }
     */
    public static MemorySegment fuse_reply_write$address() {
        return fuse_reply_write.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern int fuse_reply_write(fuse_req_t req, size_t count)
     * }
     */
    public static int fuse_reply_write(MemorySegment req, long count) {
        var mh$ = fuse_reply_write.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("fuse_reply_write", req, count);
            }
            return (int)mh$.invokeExact(req, count);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class fuse_reply_buf {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            fuse_lowlevel_h.C_INT,
            fuse_lowlevel_h.C_POINTER,
            fuse_lowlevel_h.C_POINTER,
            fuse_lowlevel_h.C_LONG
        );

        public static final MemorySegment ADDR = fuse_lowlevel_h.findOrThrow("fuse_reply_buf");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern int fuse_reply_buf(fuse_req_t req, const char *buf, size_t size)
     * }
     */
    public static FunctionDescriptor fuse_reply_buf$descriptor() {
        return fuse_reply_buf.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern int fuse_reply_buf(fuse_req_t req, const char *buf, size_t size)
     * }
     */
    public static MethodHandle fuse_reply_buf$handle() {
        return fuse_reply_buf.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern int fuse_reply_buf(fuse_req_t req, const char *buf, size_t size)
     * }
     */
    public static MemorySegment fuse_reply_buf$address() {
        return fuse_reply_buf.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern int fuse_reply_buf(fuse_req_t req, const char *buf, size_t size)
     * }
     */
    public static int fuse_reply_buf(MemorySegment req, MemorySegment buf, long size) {
        var mh$ = fuse_reply_buf.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("fuse_reply_buf", req, buf, size);
            }
            return (int)mh$.invokeExact(req, buf, size);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class fuse_reply_data {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            fuse_lowlevel_h.C_INT,
            fuse_lowlevel_h.C_POINTER,
            fuse_lowlevel_h.C_POINTER,
            fuse_lowlevel_h.C_INT
        );

        public static final MemorySegment ADDR = fuse_lowlevel_h.findOrThrow("fuse_reply_data");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern int fuse_reply_data(fuse_req_t req, struct fuse_bufvec *bufv, enum fuse_buf_copy_flags flags)
     * }
     */
    public static FunctionDescriptor fuse_reply_data$descriptor() {
        return fuse_reply_data.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern int fuse_reply_data(fuse_req_t req, struct fuse_bufvec *bufv, enum fuse_buf_copy_flags flags)
     * }
     */
    public static MethodHandle fuse_reply_data$handle() {
        return fuse_reply_data.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern int fuse_reply_data(fuse_req_t req, struct fuse_bufvec *bufv, enum fuse_buf_copy_flags flags)
     * }
     */
    public static MemorySegment fuse_reply_data$address() {
        return fuse_reply_data.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern int fuse_reply_data(fuse_req_t req, struct fuse_bufvec *bufv, enum fuse_buf_copy_flags flags)
     * }
     */
    public static int fuse_reply_data(MemorySegment req, MemorySegment bufv, int flags) {
        var mh$ = fuse_reply_data.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("fuse_reply_data", req, bufv, flags);
            }
            return (int)mh$.invokeExact(req, bufv, flags);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class fuse_reply_iov {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            fuse_lowlevel_h.C_INT,
            fuse_lowlevel_h.C_POINTER,
            fuse_lowlevel_h.C_POINTER,
            fuse_lowlevel_h.C_INT
        );

        public static final MemorySegment ADDR = fuse_lowlevel_h.findOrThrow("fuse_reply_iov");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern int fuse_reply_iov(fuse_req_t req, const struct iovec *iov, int count)
     * }
     */
    public static FunctionDescriptor fuse_reply_iov$descriptor() {
        return fuse_reply_iov.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern int fuse_reply_iov(fuse_req_t req, const struct iovec *iov, int count)
     * }
     */
    public static MethodHandle fuse_reply_iov$handle() {
        return fuse_reply_iov.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern int fuse_reply_iov(fuse_req_t req, const struct iovec *iov, int count)
     * }
     */
    public static MemorySegment fuse_reply_iov$address() {
        return fuse_reply_iov.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern int fuse_reply_iov(fuse_req_t req, const struct iovec *iov, int count)
     * }
     */
    public static int fuse_reply_iov(MemorySegment req, MemorySegment iov, int count) {
        var mh$ = fuse_reply_iov.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("fuse_reply_iov", req, iov, count);
            }
            return (int)mh$.invokeExact(req, iov, count);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class fuse_reply_statfs {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            fuse_lowlevel_h.C_INT,
            fuse_lowlevel_h.C_POINTER,
            fuse_lowlevel_h.C_POINTER
        );

        public static final MemorySegment ADDR = fuse_lowlevel_h.findOrThrow("fuse_reply_statfs");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern int fuse_reply_statfs(fuse_req_t req, const struct statvfs *stbuf)
     * }
     */
    public static FunctionDescriptor fuse_reply_statfs$descriptor() {
        return fuse_reply_statfs.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern int fuse_reply_statfs(fuse_req_t req, const struct statvfs *stbuf)
     * }
     */
    public static MethodHandle fuse_reply_statfs$handle() {
        return fuse_reply_statfs.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern int fuse_reply_statfs(fuse_req_t req, const struct statvfs *stbuf)
     * }
     */
    public static MemorySegment fuse_reply_statfs$address() {
        return fuse_reply_statfs.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern int fuse_reply_statfs(fuse_req_t req, const struct statvfs *stbuf)
     * }
     */
    public static int fuse_reply_statfs(MemorySegment req, MemorySegment stbuf) {
        var mh$ = fuse_reply_statfs.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("fuse_reply_statfs", req, stbuf);
            }
            return (int)mh$.invokeExact(req, stbuf);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class fuse_reply_xattr {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            fuse_lowlevel_h.C_INT,
            fuse_lowlevel_h.C_POINTER,
            fuse_lowlevel_h.C_LONG
        );

        public static final MemorySegment ADDR = fuse_lowlevel_h.findOrThrow("fuse_reply_xattr");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern int fuse_reply_xattr(fuse_req_t req, size_t count)
     * }
     */
    public static FunctionDescriptor fuse_reply_xattr$descriptor() {
        return fuse_reply_xattr.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern int fuse_reply_xattr(fuse_req_t req, size_t count)
     * }
     */
    public static MethodHandle fuse_reply_xattr$handle() {
        return fuse_reply_xattr.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern int fuse_reply_xattr(fuse_req_t req, size_t count)
     * }
     */
    public static MemorySegment fuse_reply_xattr$address() {
        return fuse_reply_xattr.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern int fuse_reply_xattr(fuse_req_t req, size_t count)
     * }
     */
    public static int fuse_reply_xattr(MemorySegment req, long count) {
        var mh$ = fuse_reply_xattr.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("fuse_reply_xattr", req, count);
            }
            return (int)mh$.invokeExact(req, count);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class fuse_reply_lock {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            fuse_lowlevel_h.C_INT,
            fuse_lowlevel_h.C_POINTER,
            fuse_lowlevel_h.C_POINTER
        );

        public static final MemorySegment ADDR = fuse_lowlevel_h.findOrThrow("fuse_reply_lock");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern int fuse_reply_lock(fuse_req_t req, const struct flock *lock)
     * }
     */
    public static FunctionDescriptor fuse_reply_lock$descriptor() {
        return fuse_reply_lock.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern int fuse_reply_lock(fuse_req_t req, const struct flock *lock)
     * }
     */
    public static MethodHandle fuse_reply_lock$handle() {
        return fuse_reply_lock.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern int fuse_reply_lock(fuse_req_t req, const struct flock *lock)
     * }
     */
    public static MemorySegment fuse_reply_lock$address() {
        return fuse_reply_lock.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern int fuse_reply_lock(fuse_req_t req, const struct flock *lock)
     * }
     */
    public static int fuse_reply_lock(MemorySegment req, MemorySegment lock) {
        var mh$ = fuse_reply_lock.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("fuse_reply_lock", req, lock);
            }
            return (int)mh$.invokeExact(req, lock);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class fuse_reply_bmap {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            fuse_lowlevel_h.C_INT,
            fuse_lowlevel_h.C_POINTER,
            fuse_lowlevel_h.C_LONG
        );

        public static final MemorySegment ADDR = fuse_lowlevel_h.findOrThrow("fuse_reply_bmap");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern int fuse_reply_bmap(fuse_req_t req, uint64_t idx)
     * }
     */
    public static FunctionDescriptor fuse_reply_bmap$descriptor() {
        return fuse_reply_bmap.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern int fuse_reply_bmap(fuse_req_t req, uint64_t idx)
     * }
     */
    public static MethodHandle fuse_reply_bmap$handle() {
        return fuse_reply_bmap.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern int fuse_reply_bmap(fuse_req_t req, uint64_t idx)
     * }
     */
    public static MemorySegment fuse_reply_bmap$address() {
        return fuse_reply_bmap.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern int fuse_reply_bmap(fuse_req_t req, uint64_t idx)
     * }
     */
    public static int fuse_reply_bmap(MemorySegment req, long idx) {
        var mh$ = fuse_reply_bmap.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("fuse_reply_bmap", req, idx);
            }
            return (int)mh$.invokeExact(req, idx);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class fuse_add_direntry {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            fuse_lowlevel_h.C_LONG,
            fuse_lowlevel_h.C_POINTER,
            fuse_lowlevel_h.C_POINTER,
            fuse_lowlevel_h.C_LONG,
            fuse_lowlevel_h.C_POINTER,
            fuse_lowlevel_h.C_POINTER,
            fuse_lowlevel_h.C_LONG
        );

        public static final MemorySegment ADDR = fuse_lowlevel_h.findOrThrow("fuse_add_direntry");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern size_t fuse_add_direntry(fuse_req_t req, char *buf, size_t bufsize, const char *name, const struct stat *stbuf, off_t off)
     * }
     */
    public static FunctionDescriptor fuse_add_direntry$descriptor() {
        return fuse_add_direntry.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern size_t fuse_add_direntry(fuse_req_t req, char *buf, size_t bufsize, const char *name, const struct stat *stbuf, off_t off)
     * }
     */
    public static MethodHandle fuse_add_direntry$handle() {
        return fuse_add_direntry.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern size_t fuse_add_direntry(fuse_req_t req, char *buf, size_t bufsize, const char *name, const struct stat *stbuf, off_t off)
     * }
     */
    public static MemorySegment fuse_add_direntry$address() {
        return fuse_add_direntry.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern size_t fuse_add_direntry(fuse_req_t req, char *buf, size_t bufsize, const char *name, const struct stat *stbuf, off_t off)
     * }
     */
    public static long fuse_add_direntry(MemorySegment req, MemorySegment buf, long bufsize, MemorySegment name, MemorySegment stbuf, long off) {
        var mh$ = fuse_add_direntry.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("fuse_add_direntry", req, buf, bufsize, name, stbuf, off);
            }
            return (long)mh$.invokeExact(req, buf, bufsize, name, stbuf, off);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class fuse_add_direntry_plus {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            fuse_lowlevel_h.C_LONG,
            fuse_lowlevel_h.C_POINTER,
            fuse_lowlevel_h.C_POINTER,
            fuse_lowlevel_h.C_LONG,
            fuse_lowlevel_h.C_POINTER,
            fuse_lowlevel_h.C_POINTER,
            fuse_lowlevel_h.C_LONG
        );

        public static final MemorySegment ADDR = fuse_lowlevel_h.findOrThrow("fuse_add_direntry_plus");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern size_t fuse_add_direntry_plus(fuse_req_t req, char *buf, size_t bufsize, const char *name, const struct fuse_entry_param *e, off_t off)
     * }
     */
    public static FunctionDescriptor fuse_add_direntry_plus$descriptor() {
        return fuse_add_direntry_plus.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern size_t fuse_add_direntry_plus(fuse_req_t req, char *buf, size_t bufsize, const char *name, const struct fuse_entry_param *e, off_t off)
     * }
     */
    public static MethodHandle fuse_add_direntry_plus$handle() {
        return fuse_add_direntry_plus.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern size_t fuse_add_direntry_plus(fuse_req_t req, char *buf, size_t bufsize, const char *name, const struct fuse_entry_param *e, off_t off)
     * }
     */
    public static MemorySegment fuse_add_direntry_plus$address() {
        return fuse_add_direntry_plus.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern size_t fuse_add_direntry_plus(fuse_req_t req, char *buf, size_t bufsize, const char *name, const struct fuse_entry_param *e, off_t off)
     * }
     */
    public static long fuse_add_direntry_plus(MemorySegment req, MemorySegment buf, long bufsize, MemorySegment name, MemorySegment e, long off) {
        var mh$ = fuse_add_direntry_plus.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("fuse_add_direntry_plus", req, buf, bufsize, name, e, off);
            }
            return (long)mh$.invokeExact(req, buf, bufsize, name, e, off);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class fuse_reply_poll {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            fuse_lowlevel_h.C_INT,
            fuse_lowlevel_h.C_POINTER,
            fuse_lowlevel_h.C_INT
        );

        public static final MemorySegment ADDR = fuse_lowlevel_h.findOrThrow("fuse_reply_poll");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern int fuse_reply_poll(fuse_req_t req, unsigned int revents)
     * }
     */
    public static FunctionDescriptor fuse_reply_poll$descriptor() {
        return fuse_reply_poll.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern int fuse_reply_poll(fuse_req_t req, unsigned int revents)
     * }
     */
    public static MethodHandle fuse_reply_poll$handle() {
        return fuse_reply_poll.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern int fuse_reply_poll(fuse_req_t req, unsigned int revents)
     * }
     */
    public static MemorySegment fuse_reply_poll$address() {
        return fuse_reply_poll.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern int fuse_reply_poll(fuse_req_t req, unsigned int revents)
     * }
     */
    public static int fuse_reply_poll(MemorySegment req, int revents) {
        var mh$ = fuse_reply_poll.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("fuse_reply_poll", req, revents);
            }
            return (int)mh$.invokeExact(req, revents);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class fuse_reply_lseek {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            fuse_lowlevel_h.C_INT,
            fuse_lowlevel_h.C_POINTER,
            fuse_lowlevel_h.C_LONG
        );

        public static final MemorySegment ADDR = fuse_lowlevel_h.findOrThrow("fuse_reply_lseek");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern int fuse_reply_lseek(fuse_req_t req, off_t off)
     * }
     */
    public static FunctionDescriptor fuse_reply_lseek$descriptor() {
        return fuse_reply_lseek.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern int fuse_reply_lseek(fuse_req_t req, off_t off)
     * }
     */
    public static MethodHandle fuse_reply_lseek$handle() {
        return fuse_reply_lseek.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern int fuse_reply_lseek(fuse_req_t req, off_t off)
     * }
     */
    public static MemorySegment fuse_reply_lseek$address() {
        return fuse_reply_lseek.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern int fuse_reply_lseek(fuse_req_t req, off_t off)
     * }
     */
    public static int fuse_reply_lseek(MemorySegment req, long off) {
        var mh$ = fuse_reply_lseek.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("fuse_reply_lseek", req, off);
            }
            return (int)mh$.invokeExact(req, off);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class fuse_lowlevel_notify_inval_inode {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            fuse_lowlevel_h.C_INT,
            fuse_lowlevel_h.C_POINTER,
            fuse_lowlevel_h.C_LONG,
            fuse_lowlevel_h.C_LONG,
            fuse_lowlevel_h.C_LONG
        );

        public static final MemorySegment ADDR = fuse_lowlevel_h.findOrThrow("fuse_lowlevel_notify_inval_inode");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern int fuse_lowlevel_notify_inval_inode(struct fuse_session *se, fuse_ino_t ino, off_t off, off_t len)
     * }
     */
    public static FunctionDescriptor fuse_lowlevel_notify_inval_inode$descriptor() {
        return fuse_lowlevel_notify_inval_inode.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern int fuse_lowlevel_notify_inval_inode(struct fuse_session *se, fuse_ino_t ino, off_t off, off_t len)
     * }
     */
    public static MethodHandle fuse_lowlevel_notify_inval_inode$handle() {
        return fuse_lowlevel_notify_inval_inode.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern int fuse_lowlevel_notify_inval_inode(struct fuse_session *se, fuse_ino_t ino, off_t off, off_t len)
     * }
     */
    public static MemorySegment fuse_lowlevel_notify_inval_inode$address() {
        return fuse_lowlevel_notify_inval_inode.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern int fuse_lowlevel_notify_inval_inode(struct fuse_session *se, fuse_ino_t ino, off_t off, off_t len)
     * }
     */
    public static int fuse_lowlevel_notify_inval_inode(MemorySegment se, long ino, long off, long len) {
        var mh$ = fuse_lowlevel_notify_inval_inode.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("fuse_lowlevel_notify_inval_inode", se, ino, off, len);
            }
            return (int)mh$.invokeExact(se, ino, off, len);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class fuse_lowlevel_notify_inval_entry {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            fuse_lowlevel_h.C_INT,
            fuse_lowlevel_h.C_POINTER,
            fuse_lowlevel_h.C_LONG,
            fuse_lowlevel_h.C_POINTER,
            fuse_lowlevel_h.C_LONG
        );

        public static final MemorySegment ADDR = fuse_lowlevel_h.findOrThrow("fuse_lowlevel_notify_inval_entry");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern int fuse_lowlevel_notify_inval_entry(struct fuse_session *se, fuse_ino_t parent, const char *name, size_t namelen)
     * }
     */
    public static FunctionDescriptor fuse_lowlevel_notify_inval_entry$descriptor() {
        return fuse_lowlevel_notify_inval_entry.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern int fuse_lowlevel_notify_inval_entry(struct fuse_session *se, fuse_ino_t parent, const char *name, size_t namelen)
     * }
     */
    public static MethodHandle fuse_lowlevel_notify_inval_entry$handle() {
        return fuse_lowlevel_notify_inval_entry.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern int fuse_lowlevel_notify_inval_entry(struct fuse_session *se, fuse_ino_t parent, const char *name, size_t namelen)
     * }
     */
    public static MemorySegment fuse_lowlevel_notify_inval_entry$address() {
        return fuse_lowlevel_notify_inval_entry.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern int fuse_lowlevel_notify_inval_entry(struct fuse_session *se, fuse_ino_t parent, const char *name, size_t namelen)
     * }
     */
    public static int fuse_lowlevel_notify_inval_entry(MemorySegment se, long parent, MemorySegment name, long namelen) {
        var mh$ = fuse_lowlevel_notify_inval_entry.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("fuse_lowlevel_notify_inval_entry", se, parent, name, namelen);
            }
            return (int)mh$.invokeExact(se, parent, name, namelen);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class fuse_lowlevel_notify_delete {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            fuse_lowlevel_h.C_INT,
            fuse_lowlevel_h.C_POINTER,
            fuse_lowlevel_h.C_LONG,
            fuse_lowlevel_h.C_LONG,
            fuse_lowlevel_h.C_POINTER,
            fuse_lowlevel_h.C_LONG
        );

        public static final MemorySegment ADDR = fuse_lowlevel_h.findOrThrow("fuse_lowlevel_notify_delete");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern int fuse_lowlevel_notify_delete(struct fuse_session *se, fuse_ino_t parent, fuse_ino_t child, const char *name, size_t namelen)
     * }
     */
    public static FunctionDescriptor fuse_lowlevel_notify_delete$descriptor() {
        return fuse_lowlevel_notify_delete.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern int fuse_lowlevel_notify_delete(struct fuse_session *se, fuse_ino_t parent, fuse_ino_t child, const char *name, size_t namelen)
     * }
     */
    public static MethodHandle fuse_lowlevel_notify_delete$handle() {
        return fuse_lowlevel_notify_delete.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern int fuse_lowlevel_notify_delete(struct fuse_session *se, fuse_ino_t parent, fuse_ino_t child, const char *name, size_t namelen)
     * }
     */
    public static MemorySegment fuse_lowlevel_notify_delete$address() {
        return fuse_lowlevel_notify_delete.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern int fuse_lowlevel_notify_delete(struct fuse_session *se, fuse_ino_t parent, fuse_ino_t child, const char *name, size_t namelen)
     * }
     */
    public static int fuse_lowlevel_notify_delete(MemorySegment se, long parent, long child, MemorySegment name, long namelen) {
        var mh$ = fuse_lowlevel_notify_delete.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("fuse_lowlevel_notify_delete", se, parent, child, name, namelen);
            }
            return (int)mh$.invokeExact(se, parent, child, name, namelen);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class fuse_req_userdata {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            fuse_lowlevel_h.C_POINTER,
            fuse_lowlevel_h.C_POINTER
        );

        public static final MemorySegment ADDR = fuse_lowlevel_h.findOrThrow("fuse_req_userdata");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern void *fuse_req_userdata(fuse_req_t req)
     * }
     */
    public static FunctionDescriptor fuse_req_userdata$descriptor() {
        return fuse_req_userdata.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern void *fuse_req_userdata(fuse_req_t req)
     * }
     */
    public static MethodHandle fuse_req_userdata$handle() {
        return fuse_req_userdata.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern void *fuse_req_userdata(fuse_req_t req)
     * }
     */
    public static MemorySegment fuse_req_userdata$address() {
        return fuse_req_userdata.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern void *fuse_req_userdata(fuse_req_t req)
     * }
     */
    public static MemorySegment fuse_req_userdata(MemorySegment req) {
        var mh$ = fuse_req_userdata.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("fuse_req_userdata", req);
            }
            return (MemorySegment)mh$.invokeExact(req);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class fuse_req_ctx {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            fuse_lowlevel_h.C_POINTER,
            fuse_lowlevel_h.C_POINTER
        );

        public static final MemorySegment ADDR = fuse_lowlevel_h.findOrThrow("fuse_req_ctx");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern const struct fuse_ctx *fuse_req_ctx(fuse_req_t req)
     * }
     */
    public static FunctionDescriptor fuse_req_ctx$descriptor() {
        return fuse_req_ctx.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern const struct fuse_ctx *fuse_req_ctx(fuse_req_t req)
     * }
     */
    public static MethodHandle fuse_req_ctx$handle() {
        return fuse_req_ctx.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern const struct fuse_ctx *fuse_req_ctx(fuse_req_t req)
     * }
     */
    public static MemorySegment fuse_req_ctx$address() {
        return fuse_req_ctx.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern const struct fuse_ctx *fuse_req_ctx(fuse_req_t req)
     * }
     */
    public static MemorySegment fuse_req_ctx(MemorySegment req) {
        var mh$ = fuse_req_ctx.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("fuse_req_ctx", req);
            }
            return (MemorySegment)mh$.invokeExact(req);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class fuse_req_getgroups {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            fuse_lowlevel_h.C_INT,
            fuse_lowlevel_h.C_POINTER,
            fuse_lowlevel_h.C_INT,
            fuse_lowlevel_h.C_POINTER
        );

        public static final MemorySegment ADDR = fuse_lowlevel_h.findOrThrow("fuse_req_getgroups");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern int fuse_req_getgroups(fuse_req_t req, int size, gid_t list[])
     * }
     */
    public static FunctionDescriptor fuse_req_getgroups$descriptor() {
        return fuse_req_getgroups.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern int fuse_req_getgroups(fuse_req_t req, int size, gid_t list[])
     * }
     */
    public static MethodHandle fuse_req_getgroups$handle() {
        return fuse_req_getgroups.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern int fuse_req_getgroups(fuse_req_t req, int size, gid_t list[])
     * }
     */
    public static MemorySegment fuse_req_getgroups$address() {
        return fuse_req_getgroups.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern int fuse_req_getgroups(fuse_req_t req, int size, gid_t list[])
     * }
     */
    public static int fuse_req_getgroups(MemorySegment req, int size, MemorySegment list) {
        var mh$ = fuse_req_getgroups.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("fuse_req_getgroups", req, size, list);
            }
            return (int)mh$.invokeExact(req, size, list);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class fuse_req_interrupted {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            fuse_lowlevel_h.C_INT,
            fuse_lowlevel_h.C_POINTER
        );

        public static final MemorySegment ADDR = fuse_lowlevel_h.findOrThrow("fuse_req_interrupted");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern int fuse_req_interrupted(fuse_req_t req)
     * }
     */
    public static FunctionDescriptor fuse_req_interrupted$descriptor() {
        return fuse_req_interrupted.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern int fuse_req_interrupted(fuse_req_t req)
     * }
     */
    public static MethodHandle fuse_req_interrupted$handle() {
        return fuse_req_interrupted.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern int fuse_req_interrupted(fuse_req_t req)
     * }
     */
    public static MemorySegment fuse_req_interrupted$address() {
        return fuse_req_interrupted.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern int fuse_req_interrupted(fuse_req_t req)
     * }
     */
    public static int fuse_req_interrupted(MemorySegment req) {
        var mh$ = fuse_req_interrupted.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("fuse_req_interrupted", req);
            }
            return (int)mh$.invokeExact(req);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class fuse_lowlevel_version {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid();

        public static final MemorySegment ADDR = fuse_lowlevel_h.findOrThrow("fuse_lowlevel_version");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern void fuse_lowlevel_version()
     * }
     */
    public static FunctionDescriptor fuse_lowlevel_version$descriptor() {
        return fuse_lowlevel_version.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern void fuse_lowlevel_version()
     * }
     */
    public static MethodHandle fuse_lowlevel_version$handle() {
        return fuse_lowlevel_version.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern void fuse_lowlevel_version()
     * }
     */
    public static MemorySegment fuse_lowlevel_version$address() {
        return fuse_lowlevel_version.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern void fuse_lowlevel_version()
     * }
     */
    public static void fuse_lowlevel_version() {
        var mh$ = fuse_lowlevel_version.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("fuse_lowlevel_version");
            }
            mh$.invokeExact();
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class fuse_session_new_versioned {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            fuse_lowlevel_h.C_POINTER,
            fuse_lowlevel_h.C_POINTER,
            fuse_lowlevel_h.C_POINTER,
            fuse_lowlevel_h.C_LONG,
            fuse_lowlevel_h.C_POINTER,
            fuse_lowlevel_h.C_POINTER
        );

        public static final MemorySegment ADDR = fuse_lowlevel_h.findOrThrow("fuse_session_new_versioned");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern struct fuse_session *fuse_session_new_versioned(struct fuse_args *args, const struct fuse_lowlevel_ops *op, size_t op_size, struct libfuse_version *version, void *userdata)
     * }
     */
    public static FunctionDescriptor fuse_session_new_versioned$descriptor() {
        return fuse_session_new_versioned.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern struct fuse_session *fuse_session_new_versioned(struct fuse_args *args, const struct fuse_lowlevel_ops *op, size_t op_size, struct libfuse_version *version, void *userdata)
     * }
     */
    public static MethodHandle fuse_session_new_versioned$handle() {
        return fuse_session_new_versioned.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern struct fuse_session *fuse_session_new_versioned(struct fuse_args *args, const struct fuse_lowlevel_ops *op, size_t op_size, struct libfuse_version *version, void *userdata)
     * }
     */
    public static MemorySegment fuse_session_new_versioned$address() {
        return fuse_session_new_versioned.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern struct fuse_session *fuse_session_new_versioned(struct fuse_args *args, const struct fuse_lowlevel_ops *op, size_t op_size, struct libfuse_version *version, void *userdata)
     * }
     */
    public static MemorySegment fuse_session_new_versioned(MemorySegment args, MemorySegment op, long op_size, MemorySegment version, MemorySegment userdata) {
        var mh$ = fuse_session_new_versioned.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("fuse_session_new_versioned", args, op, op_size, version, userdata);
            }
            return (MemorySegment)mh$.invokeExact(args, op, op_size, version, userdata);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class fuse_session_mount {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            fuse_lowlevel_h.C_INT,
            fuse_lowlevel_h.C_POINTER,
            fuse_lowlevel_h.C_POINTER
        );

        public static final MemorySegment ADDR = fuse_lowlevel_h.findOrThrow("fuse_session_mount");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern int fuse_session_mount(struct fuse_session *se, const char *mountpoint)
     * }
     */
    public static FunctionDescriptor fuse_session_mount$descriptor() {
        return fuse_session_mount.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern int fuse_session_mount(struct fuse_session *se, const char *mountpoint)
     * }
     */
    public static MethodHandle fuse_session_mount$handle() {
        return fuse_session_mount.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern int fuse_session_mount(struct fuse_session *se, const char *mountpoint)
     * }
     */
    public static MemorySegment fuse_session_mount$address() {
        return fuse_session_mount.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern int fuse_session_mount(struct fuse_session *se, const char *mountpoint)
     * }
     */
    public static int fuse_session_mount(MemorySegment se, MemorySegment mountpoint) {
        var mh$ = fuse_session_mount.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("fuse_session_mount", se, mountpoint);
            }
            return (int)mh$.invokeExact(se, mountpoint);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class fuse_session_loop {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            fuse_lowlevel_h.C_INT,
            fuse_lowlevel_h.C_POINTER
        );

        public static final MemorySegment ADDR = fuse_lowlevel_h.findOrThrow("fuse_session_loop");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern int fuse_session_loop(struct fuse_session *se)
     * }
     */
    public static FunctionDescriptor fuse_session_loop$descriptor() {
        return fuse_session_loop.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern int fuse_session_loop(struct fuse_session *se)
     * }
     */
    public static MethodHandle fuse_session_loop$handle() {
        return fuse_session_loop.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern int fuse_session_loop(struct fuse_session *se)
     * }
     */
    public static MemorySegment fuse_session_loop$address() {
        return fuse_session_loop.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern int fuse_session_loop(struct fuse_session *se)
     * }
     */
    public static int fuse_session_loop(MemorySegment se) {
        var mh$ = fuse_session_loop.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("fuse_session_loop", se);
            }
            return (int)mh$.invokeExact(se);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class fuse_session_loop_mt {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            fuse_lowlevel_h.C_INT,
            fuse_lowlevel_h.C_POINTER,
            fuse_lowlevel_h.C_POINTER
        );

        public static final MemorySegment ADDR = fuse_lowlevel_h.findOrThrow("fuse_session_loop_mt");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern int fuse_session_loop_mt(struct fuse_session *se, struct fuse_loop_config *config)
     * }
     */
    public static FunctionDescriptor fuse_session_loop_mt$descriptor() {
        return fuse_session_loop_mt.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern int fuse_session_loop_mt(struct fuse_session *se, struct fuse_loop_config *config)
     * }
     */
    public static MethodHandle fuse_session_loop_mt$handle() {
        return fuse_session_loop_mt.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern int fuse_session_loop_mt(struct fuse_session *se, struct fuse_loop_config *config)
     * }
     */
    public static MemorySegment fuse_session_loop_mt$address() {
        return fuse_session_loop_mt.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern int fuse_session_loop_mt(struct fuse_session *se, struct fuse_loop_config *config)
     * }
     */
    public static int fuse_session_loop_mt(MemorySegment se, MemorySegment config) {
        var mh$ = fuse_session_loop_mt.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("fuse_session_loop_mt", se, config);
            }
            return (int)mh$.invokeExact(se, config);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class fuse_session_exit {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(
            fuse_lowlevel_h.C_POINTER
        );

        public static final MemorySegment ADDR = fuse_lowlevel_h.findOrThrow("fuse_session_exit");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern void fuse_session_exit(struct fuse_session *se)
     * }
     */
    public static FunctionDescriptor fuse_session_exit$descriptor() {
        return fuse_session_exit.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern void fuse_session_exit(struct fuse_session *se)
     * }
     */
    public static MethodHandle fuse_session_exit$handle() {
        return fuse_session_exit.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern void fuse_session_exit(struct fuse_session *se)
     * }
     */
    public static MemorySegment fuse_session_exit$address() {
        return fuse_session_exit.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern void fuse_session_exit(struct fuse_session *se)
     * }
     */
    public static void fuse_session_exit(MemorySegment se) {
        var mh$ = fuse_session_exit.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("fuse_session_exit", se);
            }
            mh$.invokeExact(se);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class fuse_session_reset {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(
            fuse_lowlevel_h.C_POINTER
        );

        public static final MemorySegment ADDR = fuse_lowlevel_h.findOrThrow("fuse_session_reset");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern void fuse_session_reset(struct fuse_session *se)
     * }
     */
    public static FunctionDescriptor fuse_session_reset$descriptor() {
        return fuse_session_reset.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern void fuse_session_reset(struct fuse_session *se)
     * }
     */
    public static MethodHandle fuse_session_reset$handle() {
        return fuse_session_reset.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern void fuse_session_reset(struct fuse_session *se)
     * }
     */
    public static MemorySegment fuse_session_reset$address() {
        return fuse_session_reset.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern void fuse_session_reset(struct fuse_session *se)
     * }
     */
    public static void fuse_session_reset(MemorySegment se) {
        var mh$ = fuse_session_reset.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("fuse_session_reset", se);
            }
            mh$.invokeExact(se);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class fuse_session_exited {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            fuse_lowlevel_h.C_INT,
            fuse_lowlevel_h.C_POINTER
        );

        public static final MemorySegment ADDR = fuse_lowlevel_h.findOrThrow("fuse_session_exited");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern int fuse_session_exited(struct fuse_session *se)
     * }
     */
    public static FunctionDescriptor fuse_session_exited$descriptor() {
        return fuse_session_exited.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern int fuse_session_exited(struct fuse_session *se)
     * }
     */
    public static MethodHandle fuse_session_exited$handle() {
        return fuse_session_exited.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern int fuse_session_exited(struct fuse_session *se)
     * }
     */
    public static MemorySegment fuse_session_exited$address() {
        return fuse_session_exited.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern int fuse_session_exited(struct fuse_session *se)
     * }
     */
    public static int fuse_session_exited(MemorySegment se) {
        var mh$ = fuse_session_exited.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("fuse_session_exited", se);
            }
            return (int)mh$.invokeExact(se);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class fuse_session_unmount {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(
            fuse_lowlevel_h.C_POINTER
        );

        public static final MemorySegment ADDR = fuse_lowlevel_h.findOrThrow("fuse_session_unmount");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern void fuse_session_unmount(struct fuse_session *se)
     * }
     */
    public static FunctionDescriptor fuse_session_unmount$descriptor() {
        return fuse_session_unmount.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern void fuse_session_unmount(struct fuse_session *se)
     * }
     */
    public static MethodHandle fuse_session_unmount$handle() {
        return fuse_session_unmount.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern void fuse_session_unmount(struct fuse_session *se)
     * }
     */
    public static MemorySegment fuse_session_unmount$address() {
        return fuse_session_unmount.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern void fuse_session_unmount(struct fuse_session *se)
     * }
     */
    public static void fuse_session_unmount(MemorySegment se) {
        var mh$ = fuse_session_unmount.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("fuse_session_unmount", se);
            }
            mh$.invokeExact(se);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class fuse_session_destroy {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(
            fuse_lowlevel_h.C_POINTER
        );

        public static final MemorySegment ADDR = fuse_lowlevel_h.findOrThrow("fuse_session_destroy");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern void fuse_session_destroy(struct fuse_session *se)
     * }
     */
    public static FunctionDescriptor fuse_session_destroy$descriptor() {
        return fuse_session_destroy.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern void fuse_session_destroy(struct fuse_session *se)
     * }
     */
    public static MethodHandle fuse_session_destroy$handle() {
        return fuse_session_destroy.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern void fuse_session_destroy(struct fuse_session *se)
     * }
     */
    public static MemorySegment fuse_session_destroy$address() {
        return fuse_session_destroy.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern void fuse_session_destroy(struct fuse_session *se)
     * }
     */
    public static void fuse_session_destroy(MemorySegment se) {
        var mh$ = fuse_session_destroy.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("fuse_session_destroy", se);
            }
            mh$.invokeExact(se);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class fuse_session_fd {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            fuse_lowlevel_h.C_INT,
            fuse_lowlevel_h.C_POINTER
        );

        public static final MemorySegment ADDR = fuse_lowlevel_h.findOrThrow("fuse_session_fd");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern int fuse_session_fd(struct fuse_session *se)
     * }
     */
    public static FunctionDescriptor fuse_session_fd$descriptor() {
        return fuse_session_fd.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern int fuse_session_fd(struct fuse_session *se)
     * }
     */
    public static MethodHandle fuse_session_fd$handle() {
        return fuse_session_fd.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern int fuse_session_fd(struct fuse_session *se)
     * }
     */
    public static MemorySegment fuse_session_fd$address() {
        return fuse_session_fd.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern int fuse_session_fd(struct fuse_session *se)
     * }
     */
    public static int fuse_session_fd(MemorySegment se) {
        var mh$ = fuse_session_fd.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("fuse_session_fd", se);
            }
            return (int)mh$.invokeExact(se);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class fuse_session_process_buf {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(
            fuse_lowlevel_h.C_POINTER,
            fuse_lowlevel_h.C_POINTER
        );

        public static final MemorySegment ADDR = fuse_lowlevel_h.findOrThrow("fuse_session_process_buf");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern void fuse_session_process_buf(struct fuse_session *se, const struct fuse_buf *buf)
     * }
     */
    public static FunctionDescriptor fuse_session_process_buf$descriptor() {
        return fuse_session_process_buf.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern void fuse_session_process_buf(struct fuse_session *se, const struct fuse_buf *buf)
     * }
     */
    public static MethodHandle fuse_session_process_buf$handle() {
        return fuse_session_process_buf.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern void fuse_session_process_buf(struct fuse_session *se, const struct fuse_buf *buf)
     * }
     */
    public static MemorySegment fuse_session_process_buf$address() {
        return fuse_session_process_buf.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern void fuse_session_process_buf(struct fuse_session *se, const struct fuse_buf *buf)
     * }
     */
    public static void fuse_session_process_buf(MemorySegment se, MemorySegment buf) {
        var mh$ = fuse_session_process_buf.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("fuse_session_process_buf", se, buf);
            }
            mh$.invokeExact(se, buf);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class fuse_session_receive_buf {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            fuse_lowlevel_h.C_INT,
            fuse_lowlevel_h.C_POINTER,
            fuse_lowlevel_h.C_POINTER
        );

        public static final MemorySegment ADDR = fuse_lowlevel_h.findOrThrow("fuse_session_receive_buf");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern int fuse_session_receive_buf(struct fuse_session *se, struct fuse_buf *buf)
     * }
     */
    public static FunctionDescriptor fuse_session_receive_buf$descriptor() {
        return fuse_session_receive_buf.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern int fuse_session_receive_buf(struct fuse_session *se, struct fuse_buf *buf)
     * }
     */
    public static MethodHandle fuse_session_receive_buf$handle() {
        return fuse_session_receive_buf.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern int fuse_session_receive_buf(struct fuse_session *se, struct fuse_buf *buf)
     * }
     */
    public static MemorySegment fuse_session_receive_buf$address() {
        return fuse_session_receive_buf.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern int fuse_session_receive_buf(struct fuse_session *se, struct fuse_buf *buf)
     * }
     */
    public static int fuse_session_receive_buf(MemorySegment se, MemorySegment buf) {
        var mh$ = fuse_session_receive_buf.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("fuse_session_receive_buf", se, buf);
            }
            return (int)mh$.invokeExact(se, buf);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }
    private static final int FUSE_HOTFIX_VERSION = (int)2L;
    /**
     * {@snippet lang=c :
     * #define FUSE_HOTFIX_VERSION 2
     * }
     */
    public static int FUSE_HOTFIX_VERSION() {
        return FUSE_HOTFIX_VERSION;
    }
    private static final int FUSE_MAJOR_VERSION = (int)3L;
    /**
     * {@snippet lang=c :
     * #define FUSE_MAJOR_VERSION 3
     * }
     */
    public static int FUSE_MAJOR_VERSION() {
        return FUSE_MAJOR_VERSION;
    }
    private static final int FUSE_MINOR_VERSION = (int)17L;
    /**
     * {@snippet lang=c :
     * #define FUSE_MINOR_VERSION 17
     * }
     */
    public static int FUSE_MINOR_VERSION() {
        return FUSE_MINOR_VERSION;
    }
    private static final int FUSE_CAP_ASYNC_READ = (int)1L;
    /**
     * {@snippet lang=c :
     * #define FUSE_CAP_ASYNC_READ 1
     * }
     */
    public static int FUSE_CAP_ASYNC_READ() {
        return FUSE_CAP_ASYNC_READ;
    }
    private static final int FUSE_CAP_POSIX_LOCKS = (int)2L;
    /**
     * {@snippet lang=c :
     * #define FUSE_CAP_POSIX_LOCKS 2
     * }
     */
    public static int FUSE_CAP_POSIX_LOCKS() {
        return FUSE_CAP_POSIX_LOCKS;
    }
    private static final int FUSE_CAP_ATOMIC_O_TRUNC = (int)8L;
    /**
     * {@snippet lang=c :
     * #define FUSE_CAP_ATOMIC_O_TRUNC 8
     * }
     */
    public static int FUSE_CAP_ATOMIC_O_TRUNC() {
        return FUSE_CAP_ATOMIC_O_TRUNC;
    }
    private static final int FUSE_CAP_EXPORT_SUPPORT = (int)16L;
    /**
     * {@snippet lang=c :
     * #define FUSE_CAP_EXPORT_SUPPORT 16
     * }
     */
    public static int FUSE_CAP_EXPORT_SUPPORT() {
        return FUSE_CAP_EXPORT_SUPPORT;
    }
    private static final int FUSE_CAP_DONT_MASK = (int)64L;
    /**
     * {@snippet lang=c :
     * #define FUSE_CAP_DONT_MASK 64
     * }
     */
    public static int FUSE_CAP_DONT_MASK() {
        return FUSE_CAP_DONT_MASK;
    }
    private static final int FUSE_CAP_SPLICE_WRITE = (int)128L;
    /**
     * {@snippet lang=c :
     * #define FUSE_CAP_SPLICE_WRITE 128
     * }
     */
    public static int FUSE_CAP_SPLICE_WRITE() {
        return FUSE_CAP_SPLICE_WRITE;
    }
    private static final int FUSE_CAP_SPLICE_MOVE = (int)256L;
    /**
     * {@snippet lang=c :
     * #define FUSE_CAP_SPLICE_MOVE 256
     * }
     */
    public static int FUSE_CAP_SPLICE_MOVE() {
        return FUSE_CAP_SPLICE_MOVE;
    }
    private static final int FUSE_CAP_SPLICE_READ = (int)512L;
    /**
     * {@snippet lang=c :
     * #define FUSE_CAP_SPLICE_READ 512
     * }
     */
    public static int FUSE_CAP_SPLICE_READ() {
        return FUSE_CAP_SPLICE_READ;
    }
    private static final int FUSE_CAP_FLOCK_LOCKS = (int)1024L;
    /**
     * {@snippet lang=c :
     * #define FUSE_CAP_FLOCK_LOCKS 1024
     * }
     */
    public static int FUSE_CAP_FLOCK_LOCKS() {
        return FUSE_CAP_FLOCK_LOCKS;
    }
    private static final int FUSE_CAP_IOCTL_DIR = (int)2048L;
    /**
     * {@snippet lang=c :
     * #define FUSE_CAP_IOCTL_DIR 2048
     * }
     */
    public static int FUSE_CAP_IOCTL_DIR() {
        return FUSE_CAP_IOCTL_DIR;
    }
    private static final int FUSE_CAP_AUTO_INVAL_DATA = (int)4096L;
    /**
     * {@snippet lang=c :
     * #define FUSE_CAP_AUTO_INVAL_DATA 4096
     * }
     */
    public static int FUSE_CAP_AUTO_INVAL_DATA() {
        return FUSE_CAP_AUTO_INVAL_DATA;
    }
    private static final int FUSE_CAP_READDIRPLUS = (int)8192L;
    /**
     * {@snippet lang=c :
     * #define FUSE_CAP_READDIRPLUS 8192
     * }
     */
    public static int FUSE_CAP_READDIRPLUS() {
        return FUSE_CAP_READDIRPLUS;
    }
    private static final int FUSE_CAP_READDIRPLUS_AUTO = (int)16384L;
    /**
     * {@snippet lang=c :
     * #define FUSE_CAP_READDIRPLUS_AUTO 16384
     * }
     */
    public static int FUSE_CAP_READDIRPLUS_AUTO() {
        return FUSE_CAP_READDIRPLUS_AUTO;
    }
    private static final int FUSE_CAP_ASYNC_DIO = (int)32768L;
    /**
     * {@snippet lang=c :
     * #define FUSE_CAP_ASYNC_DIO 32768
     * }
     */
    public static int FUSE_CAP_ASYNC_DIO() {
        return FUSE_CAP_ASYNC_DIO;
    }
    private static final int FUSE_CAP_WRITEBACK_CACHE = (int)65536L;
    /**
     * {@snippet lang=c :
     * #define FUSE_CAP_WRITEBACK_CACHE 65536
     * }
     */
    public static int FUSE_CAP_WRITEBACK_CACHE() {
        return FUSE_CAP_WRITEBACK_CACHE;
    }
    private static final int FUSE_CAP_NO_OPEN_SUPPORT = (int)131072L;
    /**
     * {@snippet lang=c :
     * #define FUSE_CAP_NO_OPEN_SUPPORT 131072
     * }
     */
    public static int FUSE_CAP_NO_OPEN_SUPPORT() {
        return FUSE_CAP_NO_OPEN_SUPPORT;
    }
    private static final int FUSE_CAP_PARALLEL_DIROPS = (int)262144L;
    /**
     * {@snippet lang=c :
     * #define FUSE_CAP_PARALLEL_DIROPS 262144
     * }
     */
    public static int FUSE_CAP_PARALLEL_DIROPS() {
        return FUSE_CAP_PARALLEL_DIROPS;
    }
    private static final int FUSE_CAP_POSIX_ACL = (int)524288L;
    /**
     * {@snippet lang=c :
     * #define FUSE_CAP_POSIX_ACL 524288
     * }
     */
    public static int FUSE_CAP_POSIX_ACL() {
        return FUSE_CAP_POSIX_ACL;
    }
    private static final int FUSE_CAP_HANDLE_KILLPRIV = (int)1048576L;
    /**
     * {@snippet lang=c :
     * #define FUSE_CAP_HANDLE_KILLPRIV 1048576
     * }
     */
    public static int FUSE_CAP_HANDLE_KILLPRIV() {
        return FUSE_CAP_HANDLE_KILLPRIV;
    }
    private static final int FUSE_CAP_HANDLE_KILLPRIV_V2 = (int)2097152L;
    /**
     * {@snippet lang=c :
     * #define FUSE_CAP_HANDLE_KILLPRIV_V2 2097152
     * }
     */
    public static int FUSE_CAP_HANDLE_KILLPRIV_V2() {
        return FUSE_CAP_HANDLE_KILLPRIV_V2;
    }
    private static final int FUSE_CAP_CACHE_SYMLINKS = (int)8388608L;
    /**
     * {@snippet lang=c :
     * #define FUSE_CAP_CACHE_SYMLINKS 8388608
     * }
     */
    public static int FUSE_CAP_CACHE_SYMLINKS() {
        return FUSE_CAP_CACHE_SYMLINKS;
    }
    private static final int FUSE_CAP_NO_OPENDIR_SUPPORT = (int)16777216L;
    /**
     * {@snippet lang=c :
     * #define FUSE_CAP_NO_OPENDIR_SUPPORT 16777216
     * }
     */
    public static int FUSE_CAP_NO_OPENDIR_SUPPORT() {
        return FUSE_CAP_NO_OPENDIR_SUPPORT;
    }
    private static final int FUSE_CAP_EXPLICIT_INVAL_DATA = (int)33554432L;
    /**
     * {@snippet lang=c :
     * #define FUSE_CAP_EXPLICIT_INVAL_DATA 33554432
     * }
     */
    public static int FUSE_CAP_EXPLICIT_INVAL_DATA() {
        return FUSE_CAP_EXPLICIT_INVAL_DATA;
    }
    private static final int FUSE_CAP_EXPIRE_ONLY = (int)67108864L;
    /**
     * {@snippet lang=c :
     * #define FUSE_CAP_EXPIRE_ONLY 67108864
     * }
     */
    public static int FUSE_CAP_EXPIRE_ONLY() {
        return FUSE_CAP_EXPIRE_ONLY;
    }
    private static final int FUSE_CAP_SETXATTR_EXT = (int)134217728L;
    /**
     * {@snippet lang=c :
     * #define FUSE_CAP_SETXATTR_EXT 134217728
     * }
     */
    public static int FUSE_CAP_SETXATTR_EXT() {
        return FUSE_CAP_SETXATTR_EXT;
    }
    private static final int FUSE_CAP_DIRECT_IO_ALLOW_MMAP = (int)268435456L;
    /**
     * {@snippet lang=c :
     * #define FUSE_CAP_DIRECT_IO_ALLOW_MMAP 268435456
     * }
     */
    public static int FUSE_CAP_DIRECT_IO_ALLOW_MMAP() {
        return FUSE_CAP_DIRECT_IO_ALLOW_MMAP;
    }
    private static final int FUSE_CAP_PASSTHROUGH = (int)536870912L;
    /**
     * {@snippet lang=c :
     * #define FUSE_CAP_PASSTHROUGH 536870912
     * }
     */
    public static int FUSE_CAP_PASSTHROUGH() {
        return FUSE_CAP_PASSTHROUGH;
    }
    private static final int FUSE_CAP_NO_EXPORT_SUPPORT = (int)1073741824L;
    /**
     * {@snippet lang=c :
     * #define FUSE_CAP_NO_EXPORT_SUPPORT 1073741824
     * }
     */
    public static int FUSE_CAP_NO_EXPORT_SUPPORT() {
        return FUSE_CAP_NO_EXPORT_SUPPORT;
    }
    private static final int FUSE_IOCTL_COMPAT = (int)1L;
    /**
     * {@snippet lang=c :
     * #define FUSE_IOCTL_COMPAT 1
     * }
     */
    public static int FUSE_IOCTL_COMPAT() {
        return FUSE_IOCTL_COMPAT;
    }
    private static final int FUSE_IOCTL_UNRESTRICTED = (int)2L;
    /**
     * {@snippet lang=c :
     * #define FUSE_IOCTL_UNRESTRICTED 2
     * }
     */
    public static int FUSE_IOCTL_UNRESTRICTED() {
        return FUSE_IOCTL_UNRESTRICTED;
    }
    private static final int FUSE_IOCTL_RETRY = (int)4L;
    /**
     * {@snippet lang=c :
     * #define FUSE_IOCTL_RETRY 4
     * }
     */
    public static int FUSE_IOCTL_RETRY() {
        return FUSE_IOCTL_RETRY;
    }
    private static final int FUSE_IOCTL_DIR = (int)16L;
    /**
     * {@snippet lang=c :
     * #define FUSE_IOCTL_DIR 16
     * }
     */
    public static int FUSE_IOCTL_DIR() {
        return FUSE_IOCTL_DIR;
    }
    private static final int FUSE_IOCTL_MAX_IOV = (int)256L;
    /**
     * {@snippet lang=c :
     * #define FUSE_IOCTL_MAX_IOV 256
     * }
     */
    public static int FUSE_IOCTL_MAX_IOV() {
        return FUSE_IOCTL_MAX_IOV;
    }
    private static final int FUSE_ROOT_ID = (int)1L;
    /**
     * {@snippet lang=c :
     * #define FUSE_ROOT_ID 1
     * }
     */
    public static int FUSE_ROOT_ID() {
        return FUSE_ROOT_ID;
    }
    private static final int FUSE_SET_ATTR_MODE = (int)1L;
    /**
     * {@snippet lang=c :
     * #define FUSE_SET_ATTR_MODE 1
     * }
     */
    public static int FUSE_SET_ATTR_MODE() {
        return FUSE_SET_ATTR_MODE;
    }
    private static final int FUSE_SET_ATTR_UID = (int)2L;
    /**
     * {@snippet lang=c :
     * #define FUSE_SET_ATTR_UID 2
     * }
     */
    public static int FUSE_SET_ATTR_UID() {
        return FUSE_SET_ATTR_UID;
    }
    private static final int FUSE_SET_ATTR_GID = (int)4L;
    /**
     * {@snippet lang=c :
     * #define FUSE_SET_ATTR_GID 4
     * }
     */
    public static int FUSE_SET_ATTR_GID() {
        return FUSE_SET_ATTR_GID;
    }
    private static final int FUSE_SET_ATTR_SIZE = (int)8L;
    /**
     * {@snippet lang=c :
     * #define FUSE_SET_ATTR_SIZE 8
     * }
     */
    public static int FUSE_SET_ATTR_SIZE() {
        return FUSE_SET_ATTR_SIZE;
    }
    private static final int FUSE_SET_ATTR_ATIME = (int)16L;
    /**
     * {@snippet lang=c :
     * #define FUSE_SET_ATTR_ATIME 16
     * }
     */
    public static int FUSE_SET_ATTR_ATIME() {
        return FUSE_SET_ATTR_ATIME;
    }
    private static final int FUSE_SET_ATTR_MTIME = (int)32L;
    /**
     * {@snippet lang=c :
     * #define FUSE_SET_ATTR_MTIME 32
     * }
     */
    public static int FUSE_SET_ATTR_MTIME() {
        return FUSE_SET_ATTR_MTIME;
    }
    private static final int FUSE_SET_ATTR_ATIME_NOW = (int)128L;
    /**
     * {@snippet lang=c :
     * #define FUSE_SET_ATTR_ATIME_NOW 128
     * }
     */
    public static int FUSE_SET_ATTR_ATIME_NOW() {
        return FUSE_SET_ATTR_ATIME_NOW;
    }
    private static final int FUSE_SET_ATTR_MTIME_NOW = (int)256L;
    /**
     * {@snippet lang=c :
     * #define FUSE_SET_ATTR_MTIME_NOW 256
     * }
     */
    public static int FUSE_SET_ATTR_MTIME_NOW() {
        return FUSE_SET_ATTR_MTIME_NOW;
    }
    private static final int FUSE_SET_ATTR_FORCE = (int)512L;
    /**
     * {@snippet lang=c :
     * #define FUSE_SET_ATTR_FORCE 512
     * }
     */
    public static int FUSE_SET_ATTR_FORCE() {
        return FUSE_SET_ATTR_FORCE;
    }
    private static final int FUSE_SET_ATTR_CTIME = (int)1024L;
    /**
     * {@snippet lang=c :
     * #define FUSE_SET_ATTR_CTIME 1024
     * }
     */
    public static int FUSE_SET_ATTR_CTIME() {
        return FUSE_SET_ATTR_CTIME;
    }
    private static final int FUSE_SET_ATTR_KILL_SUID = (int)2048L;
    /**
     * {@snippet lang=c :
     * #define FUSE_SET_ATTR_KILL_SUID 2048
     * }
     */
    public static int FUSE_SET_ATTR_KILL_SUID() {
        return FUSE_SET_ATTR_KILL_SUID;
    }
    private static final int FUSE_SET_ATTR_KILL_SGID = (int)4096L;
    /**
     * {@snippet lang=c :
     * #define FUSE_SET_ATTR_KILL_SGID 4096
     * }
     */
    public static int FUSE_SET_ATTR_KILL_SGID() {
        return FUSE_SET_ATTR_KILL_SGID;
    }
    private static final int FUSE_SET_ATTR_FILE = (int)8192L;
    /**
     * {@snippet lang=c :
     * #define FUSE_SET_ATTR_FILE 8192
     * }
     */
    public static int FUSE_SET_ATTR_FILE() {
        return FUSE_SET_ATTR_FILE;
    }
    private static final int FUSE_SET_ATTR_KILL_PRIV = (int)16384L;
    /**
     * {@snippet lang=c :
     * #define FUSE_SET_ATTR_KILL_PRIV 16384
     * }
     */
    public static int FUSE_SET_ATTR_KILL_PRIV() {
        return FUSE_SET_ATTR_KILL_PRIV;
    }
    private static final int FUSE_SET_ATTR_OPEN = (int)32768L;
    /**
     * {@snippet lang=c :
     * #define FUSE_SET_ATTR_OPEN 32768
     * }
     */
    public static int FUSE_SET_ATTR_OPEN() {
        return FUSE_SET_ATTR_OPEN;
    }
    private static final int FUSE_SET_ATTR_TIMES_SET = (int)65536L;
    /**
     * {@snippet lang=c :
     * #define FUSE_SET_ATTR_TIMES_SET 65536
     * }
     */
    public static int FUSE_SET_ATTR_TIMES_SET() {
        return FUSE_SET_ATTR_TIMES_SET;
    }
    private static final int FUSE_SET_ATTR_TOUCH = (int)131072L;
    /**
     * {@snippet lang=c :
     * #define FUSE_SET_ATTR_TOUCH 131072
     * }
     */
    public static int FUSE_SET_ATTR_TOUCH() {
        return FUSE_SET_ATTR_TOUCH;
    }
}
