// Generated-shape binding (jextract output shape, filtered to what DeltaBox uses).
// Regenerate with `tools/mvn -Pjextract -pl bindings generate-sources`; do not put logic here.
package dev.deltabox.bindings.libc;

import java.lang.foreign.*;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.util.Arrays;
import java.util.stream.Collectors;

import static java.lang.foreign.ValueLayout.*;

public class libc_h {

    libc_h() {
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

    private static class fallocate {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libc_h.C_INT,
            libc_h.C_INT,
            libc_h.C_INT,
            libc_h.C_LONG,
            libc_h.C_LONG
        );

        public static final MemorySegment ADDR = libc_h.findOrThrow("fallocate");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern int fallocate(int __fd, int __mode, __off_t __offset, __off_t __len)
     * }
     */
    public static FunctionDescriptor fallocate$descriptor() {
        return fallocate.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern int fallocate(int __fd, int __mode, __off_t __offset, __off_t __len)
     * }
     */
    public static MethodHandle fallocate$handle() {
        return fallocate.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern int fallocate(int __fd, int __mode, __off_t __offset, __off_t __len)
     * }
     */
    public static MemorySegment fallocate$address() {
        return fallocate.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern int fallocate(int __fd, int __mode, __off_t __offset, __off_t __len)
     * }
     */
    public static int fallocate(int __fd, int __mode, long __offset, long __len) {
        var mh$ = fallocate.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("fallocate", __fd, __mode, __offset, __len);
            }
            return (int)mh$.invokeExact(__fd, __mode, __offset, __len);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    /**
     * Variadic function: {@snippet lang=c :
     * extern int fcntl(int __fd, int __cmd, ...)
     * }
     */
    public static class fcntl {
        private static final FunctionDescriptor BASE_DESC = FunctionDescriptor.of(
                libc_h.C_INT,
                libc_h.C_INT,
                libc_h.C_INT
            );
        private static final MemorySegment ADDR = libc_h.findOrThrow("fcntl");

        private final MethodHandle handle;
        private final FunctionDescriptor descriptor;
        private final MethodHandle spreader;

        private fcntl(MethodHandle handle, FunctionDescriptor descriptor, MethodHandle spreader) {
            this.handle = handle;
            this.descriptor = descriptor;
            this.spreader = spreader;
        }

        public static fcntl makeInvoker(MemoryLayout... layouts) {
            FunctionDescriptor desc$ = BASE_DESC.appendArgumentLayouts(layouts);
            Linker.Option fva$ = Linker.Option.firstVariadicArg(BASE_DESC.argumentLayouts().size());
            var mh$ = Linker.nativeLinker().downcallHandle(ADDR, desc$, fva$);
            var spreader$ = mh$.asSpreader(Object[].class, layouts.length);
            return new fcntl(mh$, desc$, spreader$);
        }

        public static MemorySegment address() {
            return ADDR;
        }

        public static FunctionDescriptor baseDescriptor() {
            return BASE_DESC;
        }

        public MethodHandle handle() {
            return handle;
        }

        public FunctionDescriptor descriptor() {
            return descriptor;
        }

        public int apply(int __fd, int __cmd, Object... x2) {
            try {
                if (TRACE_DOWNCALLS) {
                    traceDowncall("fcntl", __fd, __cmd, x2);
                }
                return (int)spreader.invokeExact(__fd, __cmd, x2);
            } catch(IllegalArgumentException | ClassCastException ex$)  {
                throw ex$; // rethrow IAE from passing wrong number/type of args
            } catch (Throwable ex$) {
               throw new AssertionError("should not reach here", ex$);
            }
        }
    }

    /**
     * Variadic function: {@snippet lang=c :
     * extern int open(const char *__file, int __oflag, ...)
     * }
     */
    public static class open {
        private static final FunctionDescriptor BASE_DESC = FunctionDescriptor.of(
                libc_h.C_INT,
                libc_h.C_POINTER,
                libc_h.C_INT
            );
        private static final MemorySegment ADDR = libc_h.findOrThrow("open");

        private final MethodHandle handle;
        private final FunctionDescriptor descriptor;
        private final MethodHandle spreader;

        private open(MethodHandle handle, FunctionDescriptor descriptor, MethodHandle spreader) {
            this.handle = handle;
            this.descriptor = descriptor;
            this.spreader = spreader;
        }

        public static open makeInvoker(MemoryLayout... layouts) {
            FunctionDescriptor desc$ = BASE_DESC.appendArgumentLayouts(layouts);
            Linker.Option fva$ = Linker.Option.firstVariadicArg(BASE_DESC.argumentLayouts().size());
            var mh$ = Linker.nativeLinker().downcallHandle(ADDR, desc$, fva$);
            var spreader$ = mh$.asSpreader(Object[].class, layouts.length);
            return new open(mh$, desc$, spreader$);
        }

        public static MemorySegment address() {
            return ADDR;
        }

        public static FunctionDescriptor baseDescriptor() {
            return BASE_DESC;
        }

        public MethodHandle handle() {
            return handle;
        }

        public FunctionDescriptor descriptor() {
            return descriptor;
        }

        public int apply(MemorySegment __file, int __oflag, Object... x2) {
            try {
                if (TRACE_DOWNCALLS) {
                    traceDowncall("open", __file, __oflag, x2);
                }
                return (int)spreader.invokeExact(__file, __oflag, x2);
            } catch(IllegalArgumentException | ClassCastException ex$)  {
                throw ex$; // rethrow IAE from passing wrong number/type of args
            } catch (Throwable ex$) {
               throw new AssertionError("should not reach here", ex$);
            }
        }
    }

    /**
     * Variadic function: {@snippet lang=c :
     * extern int openat(int __fd, const char *__file, int __oflag, ...)
     * }
     */
    public static class openat {
        private static final FunctionDescriptor BASE_DESC = FunctionDescriptor.of(
                libc_h.C_INT,
                libc_h.C_INT,
                libc_h.C_POINTER,
                libc_h.C_INT
            );
        private static final MemorySegment ADDR = libc_h.findOrThrow("openat");

        private final MethodHandle handle;
        private final FunctionDescriptor descriptor;
        private final MethodHandle spreader;

        private openat(MethodHandle handle, FunctionDescriptor descriptor, MethodHandle spreader) {
            this.handle = handle;
            this.descriptor = descriptor;
            this.spreader = spreader;
        }

        public static openat makeInvoker(MemoryLayout... layouts) {
            FunctionDescriptor desc$ = BASE_DESC.appendArgumentLayouts(layouts);
            Linker.Option fva$ = Linker.Option.firstVariadicArg(BASE_DESC.argumentLayouts().size());
            var mh$ = Linker.nativeLinker().downcallHandle(ADDR, desc$, fva$);
            var spreader$ = mh$.asSpreader(Object[].class, layouts.length);
            return new openat(mh$, desc$, spreader$);
        }

        public static MemorySegment address() {
            return ADDR;
        }

        public static FunctionDescriptor baseDescriptor() {
            return BASE_DESC;
        }

        public MethodHandle handle() {
            return handle;
        }

        public FunctionDescriptor descriptor() {
            return descriptor;
        }

        public int apply(int __fd, MemorySegment __file, int __oflag, Object... x3) {
            try {
                if (TRACE_DOWNCALLS) {
                    traceDowncall("openat", __fd, __file, __oflag, x3);
                }
                return (int)spreader.invokeExact(__fd, __file, __oflag, x3);
            } catch(IllegalArgumentException | ClassCastException ex$)  {
                throw ex$; // rethrow IAE from passing wrong number/type of args
            } catch (Throwable ex$) {
               throw new AssertionError("should not reach here", ex$);
            }
        }
    }

    private static class lseek {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libc_h.C_LONG,
            libc_h.C_INT,
            libc_h.C_LONG,
            libc_h.C_INT
        );

        public static final MemorySegment ADDR = libc_h.findOrThrow("lseek");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern __off_t lseek(int __fd, __off_t __offset, int __whence)
     * }
     */
    public static FunctionDescriptor lseek$descriptor() {
        return lseek.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern __off_t lseek(int __fd, __off_t __offset, int __whence)
     * }
     */
    public static MethodHandle lseek$handle() {
        return lseek.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern __off_t lseek(int __fd, __off_t __offset, int __whence)
     * }
     */
    public static MemorySegment lseek$address() {
        return lseek.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern __off_t lseek(int __fd, __off_t __offset, int __whence)
     * }
     */
    public static long lseek(int __fd, long __offset, int __whence) {
        var mh$ = lseek.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("lseek", __fd, __offset, __whence);
            }
            return (long)mh$.invokeExact(__fd, __offset, __whence);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class close {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libc_h.C_INT,
            libc_h.C_INT
        );

        public static final MemorySegment ADDR = libc_h.findOrThrow("close");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern int close(int __fd)
     * }
     */
    public static FunctionDescriptor close$descriptor() {
        return close.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern int close(int __fd)
     * }
     */
    public static MethodHandle close$handle() {
        return close.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern int close(int __fd)
     * }
     */
    public static MemorySegment close$address() {
        return close.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern int close(int __fd)
     * }
     */
    public static int close(int __fd) {
        var mh$ = close.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("close", __fd);
            }
            return (int)mh$.invokeExact(__fd);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class read {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libc_h.C_LONG,
            libc_h.C_INT,
            libc_h.C_POINTER,
            libc_h.C_LONG
        );

        public static final MemorySegment ADDR = libc_h.findOrThrow("read");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern ssize_t read(int __fd, void *__buf, size_t __nbytes)
     * }
     */
    public static FunctionDescriptor read$descriptor() {
        return read.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern ssize_t read(int __fd, void *__buf, size_t __nbytes)
     * }
     */
    public static MethodHandle read$handle() {
        return read.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern ssize_t read(int __fd, void *__buf, size_t __nbytes)
     * }
     */
    public static MemorySegment read$address() {
        return read.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern ssize_t read(int __fd, void *__buf, size_t __nbytes)
     * }
     */
    public static long read(int __fd, MemorySegment __buf, long __nbytes) {
        var mh$ = read.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("read", __fd, __buf, __nbytes);
            }
            return (long)mh$.invokeExact(__fd, __buf, __nbytes);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class write {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libc_h.C_LONG,
            libc_h.C_INT,
            libc_h.C_POINTER,
            libc_h.C_LONG
        );

        public static final MemorySegment ADDR = libc_h.findOrThrow("write");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern ssize_t write(int __fd, const void *__buf, size_t __n)
     * }
     */
    public static FunctionDescriptor write$descriptor() {
        return write.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern ssize_t write(int __fd, const void *__buf, size_t __n)
     * }
     */
    public static MethodHandle write$handle() {
        return write.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern ssize_t write(int __fd, const void *__buf, size_t __n)
     * }
     */
    public static MemorySegment write$address() {
        return write.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern ssize_t write(int __fd, const void *__buf, size_t __n)
     * }
     */
    public static long write(int __fd, MemorySegment __buf, long __n) {
        var mh$ = write.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("write", __fd, __buf, __n);
            }
            return (long)mh$.invokeExact(__fd, __buf, __n);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class pread {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libc_h.C_LONG,
            libc_h.C_INT,
            libc_h.C_POINTER,
            libc_h.C_LONG,
            libc_h.C_LONG
        );

        public static final MemorySegment ADDR = libc_h.findOrThrow("pread");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern ssize_t pread(int __fd, void *__buf, size_t __nbytes, __off_t __offset)
     * }
     */
    public static FunctionDescriptor pread$descriptor() {
        return pread.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern ssize_t pread(int __fd, void *__buf, size_t __nbytes, __off_t __offset)
     * }
     */
    public static MethodHandle pread$handle() {
        return pread.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern ssize_t pread(int __fd, void *__buf, size_t __nbytes, __off_t __offset)
     * }
     */
    public static MemorySegment pread$address() {
        return pread.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern ssize_t pread(int __fd, void *__buf, size_t __nbytes, __off_t __offset)
     * }
     */
    public static long pread(int __fd, MemorySegment __buf, long __nbytes, long __offset) {
        var mh$ = pread.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("pread", __fd, __buf, __nbytes, __offset);
            }
            return (long)mh$.invokeExact(__fd, __buf, __nbytes, __offset);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class pwrite {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libc_h.C_LONG,
            libc_h.C_INT,
            libc_h.C_POINTER,
            libc_h.C_LONG,
            libc_h.C_LONG
        );

        public static final MemorySegment ADDR = libc_h.findOrThrow("pwrite");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern ssize_t pwrite(int __fd, const void *__buf, size_t __n, __off_t __offset)
     * }
     */
    public static FunctionDescriptor pwrite$descriptor() {
        return pwrite.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern ssize_t pwrite(int __fd, const void *__buf, size_t __n, __off_t __offset)
     * }
     */
    public static MethodHandle pwrite$handle() {
        return pwrite.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern ssize_t pwrite(int __fd, const void *__buf, size_t __n, __off_t __offset)
     * }
     */
    public static MemorySegment pwrite$address() {
        return pwrite.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern ssize_t pwrite(int __fd, const void *__buf, size_t __n, __off_t __offset)
     * }
     */
    public static long pwrite(int __fd, MemorySegment __buf, long __n, long __offset) {
        var mh$ = pwrite.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("pwrite", __fd, __buf, __n, __offset);
            }
            return (long)mh$.invokeExact(__fd, __buf, __n, __offset);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class pipe2 {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libc_h.C_INT,
            libc_h.C_POINTER,
            libc_h.C_INT
        );

        public static final MemorySegment ADDR = libc_h.findOrThrow("pipe2");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern int pipe2(int __pipedes[2], int __flags)
     * }
     */
    public static FunctionDescriptor pipe2$descriptor() {
        return pipe2.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern int pipe2(int __pipedes[2], int __flags)
     * }
     */
    public static MethodHandle pipe2$handle() {
        return pipe2.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern int pipe2(int __pipedes[2], int __flags)
     * }
     */
    public static MemorySegment pipe2$address() {
        return pipe2.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern int pipe2(int __pipedes[2], int __flags)
     * }
     */
    public static int pipe2(MemorySegment __pipedes, int __flags) {
        var mh$ = pipe2.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("pipe2", __pipedes, __flags);
            }
            return (int)mh$.invokeExact(__pipedes, __flags);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class fchown {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libc_h.C_INT,
            libc_h.C_INT,
            libc_h.C_INT,
            libc_h.C_INT
        );

        public static final MemorySegment ADDR = libc_h.findOrThrow("fchown");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern int fchown(int __fd, __uid_t __owner, __gid_t __group)
     * }
     */
    public static FunctionDescriptor fchown$descriptor() {
        return fchown.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern int fchown(int __fd, __uid_t __owner, __gid_t __group)
     * }
     */
    public static MethodHandle fchown$handle() {
        return fchown.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern int fchown(int __fd, __uid_t __owner, __gid_t __group)
     * }
     */
    public static MemorySegment fchown$address() {
        return fchown.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern int fchown(int __fd, __uid_t __owner, __gid_t __group)
     * }
     */
    public static int fchown(int __fd, int __owner, int __group) {
        var mh$ = fchown.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("fchown", __fd, __owner, __group);
            }
            return (int)mh$.invokeExact(__fd, __owner, __group);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class fchownat {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libc_h.C_INT,
            libc_h.C_INT,
            libc_h.C_POINTER,
            libc_h.C_INT,
            libc_h.C_INT,
            libc_h.C_INT
        );

        public static final MemorySegment ADDR = libc_h.findOrThrow("fchownat");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern int fchownat(int __fd, const char *__file, __uid_t __owner, __gid_t __group, int __flag)
     * }
     */
    public static FunctionDescriptor fchownat$descriptor() {
        return fchownat.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern int fchownat(int __fd, const char *__file, __uid_t __owner, __gid_t __group, int __flag)
     * }
     */
    public static MethodHandle fchownat$handle() {
        return fchownat.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern int fchownat(int __fd, const char *__file, __uid_t __owner, __gid_t __group, int __flag)
     * }
     */
    public static MemorySegment fchownat$address() {
        return fchownat.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern int fchownat(int __fd, const char *__file, __uid_t __owner, __gid_t __group, int __flag)
     * }
     */
    public static int fchownat(int __fd, MemorySegment __file, int __owner, int __group, int __flag) {
        var mh$ = fchownat.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("fchownat", __fd, __file, __owner, __group, __flag);
            }
            return (int)mh$.invokeExact(__fd, __file, __owner, __group, __flag);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class fchdir {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libc_h.C_INT,
            libc_h.C_INT
        );

        public static final MemorySegment ADDR = libc_h.findOrThrow("fchdir");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern int fchdir(int __fd)
     * }
     */
    public static FunctionDescriptor fchdir$descriptor() {
        return fchdir.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern int fchdir(int __fd)
     * }
     */
    public static MethodHandle fchdir$handle() {
        return fchdir.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern int fchdir(int __fd)
     * }
     */
    public static MemorySegment fchdir$address() {
        return fchdir.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern int fchdir(int __fd)
     * }
     */
    public static int fchdir(int __fd) {
        var mh$ = fchdir.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("fchdir", __fd);
            }
            return (int)mh$.invokeExact(__fd);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class dup {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libc_h.C_INT,
            libc_h.C_INT
        );

        public static final MemorySegment ADDR = libc_h.findOrThrow("dup");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern int dup(int __fd)
     * }
     */
    public static FunctionDescriptor dup$descriptor() {
        return dup.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern int dup(int __fd)
     * }
     */
    public static MethodHandle dup$handle() {
        return dup.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern int dup(int __fd)
     * }
     */
    public static MemorySegment dup$address() {
        return dup.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern int dup(int __fd)
     * }
     */
    public static int dup(int __fd) {
        var mh$ = dup.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("dup", __fd);
            }
            return (int)mh$.invokeExact(__fd);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class dup3 {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libc_h.C_INT,
            libc_h.C_INT,
            libc_h.C_INT,
            libc_h.C_INT
        );

        public static final MemorySegment ADDR = libc_h.findOrThrow("dup3");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern int dup3(int __fd, int __fd2, int __flags)
     * }
     */
    public static FunctionDescriptor dup3$descriptor() {
        return dup3.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern int dup3(int __fd, int __fd2, int __flags)
     * }
     */
    public static MethodHandle dup3$handle() {
        return dup3.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern int dup3(int __fd, int __fd2, int __flags)
     * }
     */
    public static MemorySegment dup3$address() {
        return dup3.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern int dup3(int __fd, int __fd2, int __flags)
     * }
     */
    public static int dup3(int __fd, int __fd2, int __flags) {
        var mh$ = dup3.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("dup3", __fd, __fd2, __flags);
            }
            return (int)mh$.invokeExact(__fd, __fd2, __flags);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static final int _SC_PAGESIZE = (int)30L;
    /**
     * {@snippet lang=c :
     * enum <anonymous>._SC_PAGESIZE = 30
     * }
     */
    public static int _SC_PAGESIZE() {
        return _SC_PAGESIZE;
    }

    private static class sysconf {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libc_h.C_LONG,
            libc_h.C_INT
        );

        public static final MemorySegment ADDR = libc_h.findOrThrow("sysconf");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern long sysconf(int __name)
     * }
     */
    public static FunctionDescriptor sysconf$descriptor() {
        return sysconf.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern long sysconf(int __name)
     * }
     */
    public static MethodHandle sysconf$handle() {
        return sysconf.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern long sysconf(int __name)
     * }
     */
    public static MemorySegment sysconf$address() {
        return sysconf.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern long sysconf(int __name)
     * }
     */
    public static long sysconf(int __name) {
        var mh$ = sysconf.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("sysconf", __name);
            }
            return (long)mh$.invokeExact(__name);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class getpid {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libc_h.C_INT    );

        public static final MemorySegment ADDR = libc_h.findOrThrow("getpid");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern __pid_t getpid()
     * }
     */
    public static FunctionDescriptor getpid$descriptor() {
        return getpid.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern __pid_t getpid()
     * }
     */
    public static MethodHandle getpid$handle() {
        return getpid.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern __pid_t getpid()
     * }
     */
    public static MemorySegment getpid$address() {
        return getpid.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern __pid_t getpid()
     * }
     */
    public static int getpid() {
        var mh$ = getpid.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("getpid");
            }
            return (int)mh$.invokeExact();
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class getuid {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libc_h.C_INT    );

        public static final MemorySegment ADDR = libc_h.findOrThrow("getuid");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern __uid_t getuid()
     * }
     */
    public static FunctionDescriptor getuid$descriptor() {
        return getuid.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern __uid_t getuid()
     * }
     */
    public static MethodHandle getuid$handle() {
        return getuid.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern __uid_t getuid()
     * }
     */
    public static MemorySegment getuid$address() {
        return getuid.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern __uid_t getuid()
     * }
     */
    public static int getuid() {
        var mh$ = getuid.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("getuid");
            }
            return (int)mh$.invokeExact();
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class geteuid {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libc_h.C_INT    );

        public static final MemorySegment ADDR = libc_h.findOrThrow("geteuid");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern __uid_t geteuid()
     * }
     */
    public static FunctionDescriptor geteuid$descriptor() {
        return geteuid.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern __uid_t geteuid()
     * }
     */
    public static MethodHandle geteuid$handle() {
        return geteuid.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern __uid_t geteuid()
     * }
     */
    public static MemorySegment geteuid$address() {
        return geteuid.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern __uid_t geteuid()
     * }
     */
    public static int geteuid() {
        var mh$ = geteuid.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("geteuid");
            }
            return (int)mh$.invokeExact();
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class linkat {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libc_h.C_INT,
            libc_h.C_INT,
            libc_h.C_POINTER,
            libc_h.C_INT,
            libc_h.C_POINTER,
            libc_h.C_INT
        );

        public static final MemorySegment ADDR = libc_h.findOrThrow("linkat");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern int linkat(int __fromfd, const char *__from, int __tofd, const char *__to, int __flags)
     * }
     */
    public static FunctionDescriptor linkat$descriptor() {
        return linkat.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern int linkat(int __fromfd, const char *__from, int __tofd, const char *__to, int __flags)
     * }
     */
    public static MethodHandle linkat$handle() {
        return linkat.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern int linkat(int __fromfd, const char *__from, int __tofd, const char *__to, int __flags)
     * }
     */
    public static MemorySegment linkat$address() {
        return linkat.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern int linkat(int __fromfd, const char *__from, int __tofd, const char *__to, int __flags)
     * }
     */
    public static int linkat(int __fromfd, MemorySegment __from, int __tofd, MemorySegment __to, int __flags) {
        var mh$ = linkat.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("linkat", __fromfd, __from, __tofd, __to, __flags);
            }
            return (int)mh$.invokeExact(__fromfd, __from, __tofd, __to, __flags);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class symlinkat {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libc_h.C_INT,
            libc_h.C_POINTER,
            libc_h.C_INT,
            libc_h.C_POINTER
        );

        public static final MemorySegment ADDR = libc_h.findOrThrow("symlinkat");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern int symlinkat(const char *__from, int __tofd, const char *__to)
     * }
     */
    public static FunctionDescriptor symlinkat$descriptor() {
        return symlinkat.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern int symlinkat(const char *__from, int __tofd, const char *__to)
     * }
     */
    public static MethodHandle symlinkat$handle() {
        return symlinkat.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern int symlinkat(const char *__from, int __tofd, const char *__to)
     * }
     */
    public static MemorySegment symlinkat$address() {
        return symlinkat.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern int symlinkat(const char *__from, int __tofd, const char *__to)
     * }
     */
    public static int symlinkat(MemorySegment __from, int __tofd, MemorySegment __to) {
        var mh$ = symlinkat.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("symlinkat", __from, __tofd, __to);
            }
            return (int)mh$.invokeExact(__from, __tofd, __to);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class readlinkat {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libc_h.C_LONG,
            libc_h.C_INT,
            libc_h.C_POINTER,
            libc_h.C_POINTER,
            libc_h.C_LONG
        );

        public static final MemorySegment ADDR = libc_h.findOrThrow("readlinkat");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern ssize_t readlinkat(int __fd, const char *restrict __path, char *restrict __buf, size_t __len)
     * }
     */
    public static FunctionDescriptor readlinkat$descriptor() {
        return readlinkat.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern ssize_t readlinkat(int __fd, const char *restrict __path, char *restrict __buf, size_t __len)
     * }
     */
    public static MethodHandle readlinkat$handle() {
        return readlinkat.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern ssize_t readlinkat(int __fd, const char *restrict __path, char *restrict __buf, size_t __len)
     * }
     */
    public static MemorySegment readlinkat$address() {
        return readlinkat.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern ssize_t readlinkat(int __fd, const char *restrict __path, char *restrict __buf, size_t __len)
     * }
     */
    public static long readlinkat(int __fd, MemorySegment __path, MemorySegment __buf, long __len) {
        var mh$ = readlinkat.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("readlinkat", __fd, __path, __buf, __len);
            }
            return (long)mh$.invokeExact(__fd, __path, __buf, __len);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class unlinkat {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libc_h.C_INT,
            libc_h.C_INT,
            libc_h.C_POINTER,
            libc_h.C_INT
        );

        public static final MemorySegment ADDR = libc_h.findOrThrow("unlinkat");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern int unlinkat(int __fd, const char *__name, int __flag)
     * }
     */
    public static FunctionDescriptor unlinkat$descriptor() {
        return unlinkat.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern int unlinkat(int __fd, const char *__name, int __flag)
     * }
     */
    public static MethodHandle unlinkat$handle() {
        return unlinkat.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern int unlinkat(int __fd, const char *__name, int __flag)
     * }
     */
    public static MemorySegment unlinkat$address() {
        return unlinkat.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern int unlinkat(int __fd, const char *__name, int __flag)
     * }
     */
    public static int unlinkat(int __fd, MemorySegment __name, int __flag) {
        var mh$ = unlinkat.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("unlinkat", __fd, __name, __flag);
            }
            return (int)mh$.invokeExact(__fd, __name, __flag);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class fsync {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libc_h.C_INT,
            libc_h.C_INT
        );

        public static final MemorySegment ADDR = libc_h.findOrThrow("fsync");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern int fsync(int __fd)
     * }
     */
    public static FunctionDescriptor fsync$descriptor() {
        return fsync.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern int fsync(int __fd)
     * }
     */
    public static MethodHandle fsync$handle() {
        return fsync.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern int fsync(int __fd)
     * }
     */
    public static MemorySegment fsync$address() {
        return fsync.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern int fsync(int __fd)
     * }
     */
    public static int fsync(int __fd) {
        var mh$ = fsync.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("fsync", __fd);
            }
            return (int)mh$.invokeExact(__fd);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class syncfs {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libc_h.C_INT,
            libc_h.C_INT
        );

        public static final MemorySegment ADDR = libc_h.findOrThrow("syncfs");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern int syncfs(int __fd)
     * }
     */
    public static FunctionDescriptor syncfs$descriptor() {
        return syncfs.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern int syncfs(int __fd)
     * }
     */
    public static MethodHandle syncfs$handle() {
        return syncfs.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern int syncfs(int __fd)
     * }
     */
    public static MemorySegment syncfs$address() {
        return syncfs.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern int syncfs(int __fd)
     * }
     */
    public static int syncfs(int __fd) {
        var mh$ = syncfs.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("syncfs", __fd);
            }
            return (int)mh$.invokeExact(__fd);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class ftruncate {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libc_h.C_INT,
            libc_h.C_INT,
            libc_h.C_LONG
        );

        public static final MemorySegment ADDR = libc_h.findOrThrow("ftruncate");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern int ftruncate(int __fd, __off_t __length)
     * }
     */
    public static FunctionDescriptor ftruncate$descriptor() {
        return ftruncate.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern int ftruncate(int __fd, __off_t __length)
     * }
     */
    public static MethodHandle ftruncate$handle() {
        return ftruncate.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern int ftruncate(int __fd, __off_t __length)
     * }
     */
    public static MemorySegment ftruncate$address() {
        return ftruncate.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern int ftruncate(int __fd, __off_t __length)
     * }
     */
    public static int ftruncate(int __fd, long __length) {
        var mh$ = ftruncate.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("ftruncate", __fd, __length);
            }
            return (int)mh$.invokeExact(__fd, __length);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    /**
     * Variadic function: {@snippet lang=c :
     * extern long syscall(long __sysno, ...)
     * }
     */
    public static class syscall {
        private static final FunctionDescriptor BASE_DESC = FunctionDescriptor.of(
                libc_h.C_LONG,
                libc_h.C_LONG
            );
        private static final MemorySegment ADDR = libc_h.findOrThrow("syscall");

        private final MethodHandle handle;
        private final FunctionDescriptor descriptor;
        private final MethodHandle spreader;

        private syscall(MethodHandle handle, FunctionDescriptor descriptor, MethodHandle spreader) {
            this.handle = handle;
            this.descriptor = descriptor;
            this.spreader = spreader;
        }

        public static syscall makeInvoker(MemoryLayout... layouts) {
            FunctionDescriptor desc$ = BASE_DESC.appendArgumentLayouts(layouts);
            Linker.Option fva$ = Linker.Option.firstVariadicArg(BASE_DESC.argumentLayouts().size());
            var mh$ = Linker.nativeLinker().downcallHandle(ADDR, desc$, fva$);
            var spreader$ = mh$.asSpreader(Object[].class, layouts.length);
            return new syscall(mh$, desc$, spreader$);
        }

        public static MemorySegment address() {
            return ADDR;
        }

        public static FunctionDescriptor baseDescriptor() {
            return BASE_DESC;
        }

        public MethodHandle handle() {
            return handle;
        }

        public FunctionDescriptor descriptor() {
            return descriptor;
        }

        public long apply(long __sysno, Object... x1) {
            try {
                if (TRACE_DOWNCALLS) {
                    traceDowncall("syscall", __sysno, x1);
                }
                return (long)spreader.invokeExact(__sysno, x1);
            } catch(IllegalArgumentException | ClassCastException ex$)  {
                throw ex$; // rethrow IAE from passing wrong number/type of args
            } catch (Throwable ex$) {
               throw new AssertionError("should not reach here", ex$);
            }
        }
    }

    private static class copy_file_range {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libc_h.C_LONG,
            libc_h.C_INT,
            libc_h.C_POINTER,
            libc_h.C_INT,
            libc_h.C_POINTER,
            libc_h.C_LONG,
            libc_h.C_INT
        );

        public static final MemorySegment ADDR = libc_h.findOrThrow("copy_file_range");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern ssize_t copy_file_range(int __infd, __off64_t *__pinoff, int __outfd, __off64_t *__poutoff, size_t __length, unsigned int __flags)
     * }
     */
    public static FunctionDescriptor copy_file_range$descriptor() {
        return copy_file_range.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern ssize_t copy_file_range(int __infd, __off64_t *__pinoff, int __outfd, __off64_t *__poutoff, size_t __length, unsigned int __flags)
     * }
     */
    public static MethodHandle copy_file_range$handle() {
        return copy_file_range.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern ssize_t copy_file_range(int __infd, __off64_t *__pinoff, int __outfd, __off64_t *__poutoff, size_t __length, unsigned int __flags)
     * }
     */
    public static MemorySegment copy_file_range$address() {
        return copy_file_range.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern ssize_t copy_file_range(int __infd, __off64_t *__pinoff, int __outfd, __off64_t *__poutoff, size_t __length, unsigned int __flags)
     * }
     */
    public static long copy_file_range(int __infd, MemorySegment __pinoff, int __outfd, MemorySegment __poutoff, long __length, int __flags) {
        var mh$ = copy_file_range.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("copy_file_range", __infd, __pinoff, __outfd, __poutoff, __length, __flags);
            }
            return (long)mh$.invokeExact(__infd, __pinoff, __outfd, __poutoff, __length, __flags);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class fdatasync {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libc_h.C_INT,
            libc_h.C_INT
        );

        public static final MemorySegment ADDR = libc_h.findOrThrow("fdatasync");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern int fdatasync(int __fildes)
     * }
     */
    public static FunctionDescriptor fdatasync$descriptor() {
        return fdatasync.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern int fdatasync(int __fildes)
     * }
     */
    public static MethodHandle fdatasync$handle() {
        return fdatasync.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern int fdatasync(int __fildes)
     * }
     */
    public static MemorySegment fdatasync$address() {
        return fdatasync.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern int fdatasync(int __fildes)
     * }
     */
    public static int fdatasync(int __fildes) {
        var mh$ = fdatasync.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("fdatasync", __fildes);
            }
            return (int)mh$.invokeExact(__fildes);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class fstat {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libc_h.C_INT,
            libc_h.C_INT,
            libc_h.C_POINTER
        );

        public static final MemorySegment ADDR = libc_h.findOrThrow("fstat");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern int fstat(int __fd, struct stat *__buf)
     * }
     */
    public static FunctionDescriptor fstat$descriptor() {
        return fstat.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern int fstat(int __fd, struct stat *__buf)
     * }
     */
    public static MethodHandle fstat$handle() {
        return fstat.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern int fstat(int __fd, struct stat *__buf)
     * }
     */
    public static MemorySegment fstat$address() {
        return fstat.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern int fstat(int __fd, struct stat *__buf)
     * }
     */
    public static int fstat(int __fd, MemorySegment __buf) {
        var mh$ = fstat.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("fstat", __fd, __buf);
            }
            return (int)mh$.invokeExact(__fd, __buf);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class fstatat {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libc_h.C_INT,
            libc_h.C_INT,
            libc_h.C_POINTER,
            libc_h.C_POINTER,
            libc_h.C_INT
        );

        public static final MemorySegment ADDR = libc_h.findOrThrow("fstatat");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern int fstatat(int __fd, const char *restrict __file, struct stat *restrict __buf, int __flag)
     * }
     */
    public static FunctionDescriptor fstatat$descriptor() {
        return fstatat.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern int fstatat(int __fd, const char *restrict __file, struct stat *restrict __buf, int __flag)
     * }
     */
    public static MethodHandle fstatat$handle() {
        return fstatat.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern int fstatat(int __fd, const char *restrict __file, struct stat *restrict __buf, int __flag)
     * }
     */
    public static MemorySegment fstatat$address() {
        return fstatat.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern int fstatat(int __fd, const char *restrict __file, struct stat *restrict __buf, int __flag)
     * }
     */
    public static int fstatat(int __fd, MemorySegment __file, MemorySegment __buf, int __flag) {
        var mh$ = fstatat.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("fstatat", __fd, __file, __buf, __flag);
            }
            return (int)mh$.invokeExact(__fd, __file, __buf, __flag);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class fchmod {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libc_h.C_INT,
            libc_h.C_INT,
            libc_h.C_INT
        );

        public static final MemorySegment ADDR = libc_h.findOrThrow("fchmod");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern int fchmod(int __fd, __mode_t __mode)
     * }
     */
    public static FunctionDescriptor fchmod$descriptor() {
        return fchmod.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern int fchmod(int __fd, __mode_t __mode)
     * }
     */
    public static MethodHandle fchmod$handle() {
        return fchmod.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern int fchmod(int __fd, __mode_t __mode)
     * }
     */
    public static MemorySegment fchmod$address() {
        return fchmod.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern int fchmod(int __fd, __mode_t __mode)
     * }
     */
    public static int fchmod(int __fd, int __mode) {
        var mh$ = fchmod.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("fchmod", __fd, __mode);
            }
            return (int)mh$.invokeExact(__fd, __mode);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class fchmodat {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libc_h.C_INT,
            libc_h.C_INT,
            libc_h.C_POINTER,
            libc_h.C_INT,
            libc_h.C_INT
        );

        public static final MemorySegment ADDR = libc_h.findOrThrow("fchmodat");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern int fchmodat(int __fd, const char *__file, __mode_t __mode, int __flag)
     * }
     */
    public static FunctionDescriptor fchmodat$descriptor() {
        return fchmodat.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern int fchmodat(int __fd, const char *__file, __mode_t __mode, int __flag)
     * }
     */
    public static MethodHandle fchmodat$handle() {
        return fchmodat.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern int fchmodat(int __fd, const char *__file, __mode_t __mode, int __flag)
     * }
     */
    public static MemorySegment fchmodat$address() {
        return fchmodat.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern int fchmodat(int __fd, const char *__file, __mode_t __mode, int __flag)
     * }
     */
    public static int fchmodat(int __fd, MemorySegment __file, int __mode, int __flag) {
        var mh$ = fchmodat.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("fchmodat", __fd, __file, __mode, __flag);
            }
            return (int)mh$.invokeExact(__fd, __file, __mode, __flag);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class mkdirat {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libc_h.C_INT,
            libc_h.C_INT,
            libc_h.C_POINTER,
            libc_h.C_INT
        );

        public static final MemorySegment ADDR = libc_h.findOrThrow("mkdirat");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern int mkdirat(int __fd, const char *__path, __mode_t __mode)
     * }
     */
    public static FunctionDescriptor mkdirat$descriptor() {
        return mkdirat.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern int mkdirat(int __fd, const char *__path, __mode_t __mode)
     * }
     */
    public static MethodHandle mkdirat$handle() {
        return mkdirat.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern int mkdirat(int __fd, const char *__path, __mode_t __mode)
     * }
     */
    public static MemorySegment mkdirat$address() {
        return mkdirat.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern int mkdirat(int __fd, const char *__path, __mode_t __mode)
     * }
     */
    public static int mkdirat(int __fd, MemorySegment __path, int __mode) {
        var mh$ = mkdirat.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("mkdirat", __fd, __path, __mode);
            }
            return (int)mh$.invokeExact(__fd, __path, __mode);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class mknodat {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libc_h.C_INT,
            libc_h.C_INT,
            libc_h.C_POINTER,
            libc_h.C_INT,
            libc_h.C_LONG
        );

        public static final MemorySegment ADDR = libc_h.findOrThrow("mknodat");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern int mknodat(int __fd, const char *__path, __mode_t __mode, __dev_t __dev)
     * }
     */
    public static FunctionDescriptor mknodat$descriptor() {
        return mknodat.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern int mknodat(int __fd, const char *__path, __mode_t __mode, __dev_t __dev)
     * }
     */
    public static MethodHandle mknodat$handle() {
        return mknodat.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern int mknodat(int __fd, const char *__path, __mode_t __mode, __dev_t __dev)
     * }
     */
    public static MemorySegment mknodat$address() {
        return mknodat.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern int mknodat(int __fd, const char *__path, __mode_t __mode, __dev_t __dev)
     * }
     */
    public static int mknodat(int __fd, MemorySegment __path, int __mode, long __dev) {
        var mh$ = mknodat.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("mknodat", __fd, __path, __mode, __dev);
            }
            return (int)mh$.invokeExact(__fd, __path, __mode, __dev);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class utimensat {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libc_h.C_INT,
            libc_h.C_INT,
            libc_h.C_POINTER,
            libc_h.C_POINTER,
            libc_h.C_INT
        );

        public static final MemorySegment ADDR = libc_h.findOrThrow("utimensat");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern int utimensat(int __fd, const char *__path, const struct timespec __times[2], int __flags)
     * }
     */
    public static FunctionDescriptor utimensat$descriptor() {
        return utimensat.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern int utimensat(int __fd, const char *__path, const struct timespec __times[2], int __flags)
     * }
     */
    public static MethodHandle utimensat$handle() {
        return utimensat.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern int utimensat(int __fd, const char *__path, const struct timespec __times[2], int __flags)
     * }
     */
    public static MemorySegment utimensat$address() {
        return utimensat.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern int utimensat(int __fd, const char *__path, const struct timespec __times[2], int __flags)
     * }
     */
    public static int utimensat(int __fd, MemorySegment __path, MemorySegment __times, int __flags) {
        var mh$ = utimensat.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("utimensat", __fd, __path, __times, __flags);
            }
            return (int)mh$.invokeExact(__fd, __path, __times, __flags);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class futimens {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libc_h.C_INT,
            libc_h.C_INT,
            libc_h.C_POINTER
        );

        public static final MemorySegment ADDR = libc_h.findOrThrow("futimens");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern int futimens(int __fd, const struct timespec __times[2])
     * }
     */
    public static FunctionDescriptor futimens$descriptor() {
        return futimens.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern int futimens(int __fd, const struct timespec __times[2])
     * }
     */
    public static MethodHandle futimens$handle() {
        return futimens.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern int futimens(int __fd, const struct timespec __times[2])
     * }
     */
    public static MemorySegment futimens$address() {
        return futimens.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern int futimens(int __fd, const struct timespec __times[2])
     * }
     */
    public static int futimens(int __fd, MemorySegment __times) {
        var mh$ = futimens.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("futimens", __fd, __times);
            }
            return (int)mh$.invokeExact(__fd, __times);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class statx {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libc_h.C_INT,
            libc_h.C_INT,
            libc_h.C_POINTER,
            libc_h.C_INT,
            libc_h.C_INT,
            libc_h.C_POINTER
        );

        public static final MemorySegment ADDR = libc_h.findOrThrow("statx");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int statx(int __dirfd, const char *restrict __path, int __flags, unsigned int __mask, struct statx *restrict __buf)
     * }
     */
    public static FunctionDescriptor statx$descriptor() {
        return statx.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int statx(int __dirfd, const char *restrict __path, int __flags, unsigned int __mask, struct statx *restrict __buf)
     * }
     */
    public static MethodHandle statx$handle() {
        return statx.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int statx(int __dirfd, const char *restrict __path, int __flags, unsigned int __mask, struct statx *restrict __buf)
     * }
     */
    public static MemorySegment statx$address() {
        return statx.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int statx(int __dirfd, const char *restrict __path, int __flags, unsigned int __mask, struct statx *restrict __buf)
     * }
     */
    public static int statx(int __dirfd, MemorySegment __path, int __flags, int __mask, MemorySegment __buf) {
        var mh$ = statx.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("statx", __dirfd, __path, __flags, __mask, __buf);
            }
            return (int)mh$.invokeExact(__dirfd, __path, __flags, __mask, __buf);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class statvfs {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libc_h.C_INT,
            libc_h.C_POINTER,
            libc_h.C_POINTER
        );

        public static final MemorySegment ADDR = libc_h.findOrThrow("statvfs");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern int statvfs(const char *restrict __file, struct statvfs *restrict __buf)
     * }
     */
    public static FunctionDescriptor statvfs$descriptor() {
        return statvfs.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern int statvfs(const char *restrict __file, struct statvfs *restrict __buf)
     * }
     */
    public static MethodHandle statvfs$handle() {
        return statvfs.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern int statvfs(const char *restrict __file, struct statvfs *restrict __buf)
     * }
     */
    public static MemorySegment statvfs$address() {
        return statvfs.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern int statvfs(const char *restrict __file, struct statvfs *restrict __buf)
     * }
     */
    public static int statvfs(MemorySegment __file, MemorySegment __buf) {
        var mh$ = statvfs.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("statvfs", __file, __buf);
            }
            return (int)mh$.invokeExact(__file, __buf);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class fstatvfs {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libc_h.C_INT,
            libc_h.C_INT,
            libc_h.C_POINTER
        );

        public static final MemorySegment ADDR = libc_h.findOrThrow("fstatvfs");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern int fstatvfs(int __fildes, struct statvfs *__buf)
     * }
     */
    public static FunctionDescriptor fstatvfs$descriptor() {
        return fstatvfs.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern int fstatvfs(int __fildes, struct statvfs *__buf)
     * }
     */
    public static MethodHandle fstatvfs$handle() {
        return fstatvfs.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern int fstatvfs(int __fildes, struct statvfs *__buf)
     * }
     */
    public static MemorySegment fstatvfs$address() {
        return fstatvfs.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern int fstatvfs(int __fildes, struct statvfs *__buf)
     * }
     */
    public static int fstatvfs(int __fildes, MemorySegment __buf) {
        var mh$ = fstatvfs.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("fstatvfs", __fildes, __buf);
            }
            return (int)mh$.invokeExact(__fildes, __buf);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class renameat2 {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libc_h.C_INT,
            libc_h.C_INT,
            libc_h.C_POINTER,
            libc_h.C_INT,
            libc_h.C_POINTER,
            libc_h.C_INT
        );

        public static final MemorySegment ADDR = libc_h.findOrThrow("renameat2");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern int renameat2(int __oldfd, const char *__old, int __newfd, const char *__new, unsigned int __flags)
     * }
     */
    public static FunctionDescriptor renameat2$descriptor() {
        return renameat2.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern int renameat2(int __oldfd, const char *__old, int __newfd, const char *__new, unsigned int __flags)
     * }
     */
    public static MethodHandle renameat2$handle() {
        return renameat2.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern int renameat2(int __oldfd, const char *__old, int __newfd, const char *__new, unsigned int __flags)
     * }
     */
    public static MemorySegment renameat2$address() {
        return renameat2.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern int renameat2(int __oldfd, const char *__old, int __newfd, const char *__new, unsigned int __flags)
     * }
     */
    public static int renameat2(int __oldfd, MemorySegment __old, int __newfd, MemorySegment __new, int __flags) {
        var mh$ = renameat2.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("renameat2", __oldfd, __old, __newfd, __new, __flags);
            }
            return (int)mh$.invokeExact(__oldfd, __old, __newfd, __new, __flags);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class getdents64 {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libc_h.C_LONG,
            libc_h.C_INT,
            libc_h.C_POINTER,
            libc_h.C_LONG
        );

        public static final MemorySegment ADDR = libc_h.findOrThrow("getdents64");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern __ssize_t getdents64(int __fd, void *__buffer, size_t __length)
     * }
     */
    public static FunctionDescriptor getdents64$descriptor() {
        return getdents64.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern __ssize_t getdents64(int __fd, void *__buffer, size_t __length)
     * }
     */
    public static MethodHandle getdents64$handle() {
        return getdents64.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern __ssize_t getdents64(int __fd, void *__buffer, size_t __length)
     * }
     */
    public static MemorySegment getdents64$address() {
        return getdents64.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern __ssize_t getdents64(int __fd, void *__buffer, size_t __length)
     * }
     */
    public static long getdents64(int __fd, MemorySegment __buffer, long __length) {
        var mh$ = getdents64.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("getdents64", __fd, __buffer, __length);
            }
            return (long)mh$.invokeExact(__fd, __buffer, __length);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static final int XATTR_CREATE = (int)1L;
    /**
     * {@snippet lang=c :
     * enum <anonymous>.XATTR_CREATE = 1
     * }
     */
    public static int XATTR_CREATE() {
        return XATTR_CREATE;
    }

    private static final int XATTR_REPLACE = (int)2L;
    /**
     * {@snippet lang=c :
     * enum <anonymous>.XATTR_REPLACE = 2
     * }
     */
    public static int XATTR_REPLACE() {
        return XATTR_REPLACE;
    }

    private static class lsetxattr {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libc_h.C_INT,
            libc_h.C_POINTER,
            libc_h.C_POINTER,
            libc_h.C_POINTER,
            libc_h.C_LONG,
            libc_h.C_INT
        );

        public static final MemorySegment ADDR = libc_h.findOrThrow("lsetxattr");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern int lsetxattr(const char *__path, const char *__name, const void *__value, size_t __size, int __flags)
     * }
     */
    public static FunctionDescriptor lsetxattr$descriptor() {
        return lsetxattr.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern int lsetxattr(const char *__path, const char *__name, const void *__value, size_t __size, int __flags)
     * }
     */
    public static MethodHandle lsetxattr$handle() {
        return lsetxattr.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern int lsetxattr(const char *__path, const char *__name, const void *__value, size_t __size, int __flags)
     * }
     */
    public static MemorySegment lsetxattr$address() {
        return lsetxattr.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern int lsetxattr(const char *__path, const char *__name, const void *__value, size_t __size, int __flags)
     * }
     */
    public static int lsetxattr(MemorySegment __path, MemorySegment __name, MemorySegment __value, long __size, int __flags) {
        var mh$ = lsetxattr.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("lsetxattr", __path, __name, __value, __size, __flags);
            }
            return (int)mh$.invokeExact(__path, __name, __value, __size, __flags);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class fsetxattr {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libc_h.C_INT,
            libc_h.C_INT,
            libc_h.C_POINTER,
            libc_h.C_POINTER,
            libc_h.C_LONG,
            libc_h.C_INT
        );

        public static final MemorySegment ADDR = libc_h.findOrThrow("fsetxattr");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern int fsetxattr(int __fd, const char *__name, const void *__value, size_t __size, int __flags)
     * }
     */
    public static FunctionDescriptor fsetxattr$descriptor() {
        return fsetxattr.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern int fsetxattr(int __fd, const char *__name, const void *__value, size_t __size, int __flags)
     * }
     */
    public static MethodHandle fsetxattr$handle() {
        return fsetxattr.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern int fsetxattr(int __fd, const char *__name, const void *__value, size_t __size, int __flags)
     * }
     */
    public static MemorySegment fsetxattr$address() {
        return fsetxattr.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern int fsetxattr(int __fd, const char *__name, const void *__value, size_t __size, int __flags)
     * }
     */
    public static int fsetxattr(int __fd, MemorySegment __name, MemorySegment __value, long __size, int __flags) {
        var mh$ = fsetxattr.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("fsetxattr", __fd, __name, __value, __size, __flags);
            }
            return (int)mh$.invokeExact(__fd, __name, __value, __size, __flags);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class lgetxattr {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libc_h.C_LONG,
            libc_h.C_POINTER,
            libc_h.C_POINTER,
            libc_h.C_POINTER,
            libc_h.C_LONG
        );

        public static final MemorySegment ADDR = libc_h.findOrThrow("lgetxattr");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern ssize_t lgetxattr(const char *__path, const char *__name, void *__value, size_t __size)
     * }
     */
    public static FunctionDescriptor lgetxattr$descriptor() {
        return lgetxattr.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern ssize_t lgetxattr(const char *__path, const char *__name, void *__value, size_t __size)
     * }
     */
    public static MethodHandle lgetxattr$handle() {
        return lgetxattr.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern ssize_t lgetxattr(const char *__path, const char *__name, void *__value, size_t __size)
     * }
     */
    public static MemorySegment lgetxattr$address() {
        return lgetxattr.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern ssize_t lgetxattr(const char *__path, const char *__name, void *__value, size_t __size)
     * }
     */
    public static long lgetxattr(MemorySegment __path, MemorySegment __name, MemorySegment __value, long __size) {
        var mh$ = lgetxattr.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("lgetxattr", __path, __name, __value, __size);
            }
            return (long)mh$.invokeExact(__path, __name, __value, __size);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class fgetxattr {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libc_h.C_LONG,
            libc_h.C_INT,
            libc_h.C_POINTER,
            libc_h.C_POINTER,
            libc_h.C_LONG
        );

        public static final MemorySegment ADDR = libc_h.findOrThrow("fgetxattr");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern ssize_t fgetxattr(int __fd, const char *__name, void *__value, size_t __size)
     * }
     */
    public static FunctionDescriptor fgetxattr$descriptor() {
        return fgetxattr.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern ssize_t fgetxattr(int __fd, const char *__name, void *__value, size_t __size)
     * }
     */
    public static MethodHandle fgetxattr$handle() {
        return fgetxattr.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern ssize_t fgetxattr(int __fd, const char *__name, void *__value, size_t __size)
     * }
     */
    public static MemorySegment fgetxattr$address() {
        return fgetxattr.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern ssize_t fgetxattr(int __fd, const char *__name, void *__value, size_t __size)
     * }
     */
    public static long fgetxattr(int __fd, MemorySegment __name, MemorySegment __value, long __size) {
        var mh$ = fgetxattr.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("fgetxattr", __fd, __name, __value, __size);
            }
            return (long)mh$.invokeExact(__fd, __name, __value, __size);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class llistxattr {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libc_h.C_LONG,
            libc_h.C_POINTER,
            libc_h.C_POINTER,
            libc_h.C_LONG
        );

        public static final MemorySegment ADDR = libc_h.findOrThrow("llistxattr");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern ssize_t llistxattr(const char *__path, char *__list, size_t __size)
     * }
     */
    public static FunctionDescriptor llistxattr$descriptor() {
        return llistxattr.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern ssize_t llistxattr(const char *__path, char *__list, size_t __size)
     * }
     */
    public static MethodHandle llistxattr$handle() {
        return llistxattr.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern ssize_t llistxattr(const char *__path, char *__list, size_t __size)
     * }
     */
    public static MemorySegment llistxattr$address() {
        return llistxattr.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern ssize_t llistxattr(const char *__path, char *__list, size_t __size)
     * }
     */
    public static long llistxattr(MemorySegment __path, MemorySegment __list, long __size) {
        var mh$ = llistxattr.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("llistxattr", __path, __list, __size);
            }
            return (long)mh$.invokeExact(__path, __list, __size);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class flistxattr {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libc_h.C_LONG,
            libc_h.C_INT,
            libc_h.C_POINTER,
            libc_h.C_LONG
        );

        public static final MemorySegment ADDR = libc_h.findOrThrow("flistxattr");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern ssize_t flistxattr(int __fd, char *__list, size_t __size)
     * }
     */
    public static FunctionDescriptor flistxattr$descriptor() {
        return flistxattr.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern ssize_t flistxattr(int __fd, char *__list, size_t __size)
     * }
     */
    public static MethodHandle flistxattr$handle() {
        return flistxattr.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern ssize_t flistxattr(int __fd, char *__list, size_t __size)
     * }
     */
    public static MemorySegment flistxattr$address() {
        return flistxattr.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern ssize_t flistxattr(int __fd, char *__list, size_t __size)
     * }
     */
    public static long flistxattr(int __fd, MemorySegment __list, long __size) {
        var mh$ = flistxattr.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("flistxattr", __fd, __list, __size);
            }
            return (long)mh$.invokeExact(__fd, __list, __size);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class lremovexattr {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libc_h.C_INT,
            libc_h.C_POINTER,
            libc_h.C_POINTER
        );

        public static final MemorySegment ADDR = libc_h.findOrThrow("lremovexattr");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern int lremovexattr(const char *__path, const char *__name)
     * }
     */
    public static FunctionDescriptor lremovexattr$descriptor() {
        return lremovexattr.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern int lremovexattr(const char *__path, const char *__name)
     * }
     */
    public static MethodHandle lremovexattr$handle() {
        return lremovexattr.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern int lremovexattr(const char *__path, const char *__name)
     * }
     */
    public static MemorySegment lremovexattr$address() {
        return lremovexattr.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern int lremovexattr(const char *__path, const char *__name)
     * }
     */
    public static int lremovexattr(MemorySegment __path, MemorySegment __name) {
        var mh$ = lremovexattr.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("lremovexattr", __path, __name);
            }
            return (int)mh$.invokeExact(__path, __name);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class fremovexattr {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libc_h.C_INT,
            libc_h.C_INT,
            libc_h.C_POINTER
        );

        public static final MemorySegment ADDR = libc_h.findOrThrow("fremovexattr");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern int fremovexattr(int __fd, const char *__name)
     * }
     */
    public static FunctionDescriptor fremovexattr$descriptor() {
        return fremovexattr.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern int fremovexattr(int __fd, const char *__name)
     * }
     */
    public static MethodHandle fremovexattr$handle() {
        return fremovexattr.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern int fremovexattr(int __fd, const char *__name)
     * }
     */
    public static MemorySegment fremovexattr$address() {
        return fremovexattr.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern int fremovexattr(int __fd, const char *__name)
     * }
     */
    public static int fremovexattr(int __fd, MemorySegment __name) {
        var mh$ = fremovexattr.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("fremovexattr", __fd, __name);
            }
            return (int)mh$.invokeExact(__fd, __name);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class flock {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libc_h.C_INT,
            libc_h.C_INT,
            libc_h.C_INT
        );

        public static final MemorySegment ADDR = libc_h.findOrThrow("flock");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern int flock(int __fd, int __operation)
     * }
     */
    public static FunctionDescriptor flock$descriptor() {
        return flock.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern int flock(int __fd, int __operation)
     * }
     */
    public static MethodHandle flock$handle() {
        return flock.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern int flock(int __fd, int __operation)
     * }
     */
    public static MemorySegment flock$address() {
        return flock.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern int flock(int __fd, int __operation)
     * }
     */
    public static int flock(int __fd, int __operation) {
        var mh$ = flock.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("flock", __fd, __operation);
            }
            return (int)mh$.invokeExact(__fd, __operation);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static final int MS_RDONLY = (int)1L;
    /**
     * {@snippet lang=c :
     * enum <anonymous>.MS_RDONLY = 1
     * }
     */
    public static int MS_RDONLY() {
        return MS_RDONLY;
    }

    private static final int MS_NOSUID = (int)2L;
    /**
     * {@snippet lang=c :
     * enum <anonymous>.MS_NOSUID = 2
     * }
     */
    public static int MS_NOSUID() {
        return MS_NOSUID;
    }

    private static final int MS_NODEV = (int)4L;
    /**
     * {@snippet lang=c :
     * enum <anonymous>.MS_NODEV = 4
     * }
     */
    public static int MS_NODEV() {
        return MS_NODEV;
    }

    private static final int MS_NOEXEC = (int)8L;
    /**
     * {@snippet lang=c :
     * enum <anonymous>.MS_NOEXEC = 8
     * }
     */
    public static int MS_NOEXEC() {
        return MS_NOEXEC;
    }

    private static final int MS_REMOUNT = (int)32L;
    /**
     * {@snippet lang=c :
     * enum <anonymous>.MS_REMOUNT = 32
     * }
     */
    public static int MS_REMOUNT() {
        return MS_REMOUNT;
    }

    private static final int MS_BIND = (int)4096L;
    /**
     * {@snippet lang=c :
     * enum <anonymous>.MS_BIND = 4096
     * }
     */
    public static int MS_BIND() {
        return MS_BIND;
    }

    private static final int MS_MOVE = (int)8192L;
    /**
     * {@snippet lang=c :
     * enum <anonymous>.MS_MOVE = 8192
     * }
     */
    public static int MS_MOVE() {
        return MS_MOVE;
    }

    private static final int MS_REC = (int)16384L;
    /**
     * {@snippet lang=c :
     * enum <anonymous>.MS_REC = 16384
     * }
     */
    public static int MS_REC() {
        return MS_REC;
    }

    private static final int MS_PRIVATE = (int)262144L;
    /**
     * {@snippet lang=c :
     * enum <anonymous>.MS_PRIVATE = 262144
     * }
     */
    public static int MS_PRIVATE() {
        return MS_PRIVATE;
    }

    private static final int MS_SLAVE = (int)524288L;
    /**
     * {@snippet lang=c :
     * enum <anonymous>.MS_SLAVE = 524288
     * }
     */
    public static int MS_SLAVE() {
        return MS_SLAVE;
    }

    private static final int MS_SHARED = (int)1048576L;
    /**
     * {@snippet lang=c :
     * enum <anonymous>.MS_SHARED = 1048576
     * }
     */
    public static int MS_SHARED() {
        return MS_SHARED;
    }

    private static final int MNT_FORCE = (int)1L;
    /**
     * {@snippet lang=c :
     * enum <anonymous>.MNT_FORCE = 1
     * }
     */
    public static int MNT_FORCE() {
        return MNT_FORCE;
    }

    private static final int MNT_DETACH = (int)2L;
    /**
     * {@snippet lang=c :
     * enum <anonymous>.MNT_DETACH = 2
     * }
     */
    public static int MNT_DETACH() {
        return MNT_DETACH;
    }

    private static final int MNT_EXPIRE = (int)4L;
    /**
     * {@snippet lang=c :
     * enum <anonymous>.MNT_EXPIRE = 4
     * }
     */
    public static int MNT_EXPIRE() {
        return MNT_EXPIRE;
    }

    private static final int UMOUNT_NOFOLLOW = (int)8L;
    /**
     * {@snippet lang=c :
     * enum <anonymous>.UMOUNT_NOFOLLOW = 8
     * }
     */
    public static int UMOUNT_NOFOLLOW() {
        return UMOUNT_NOFOLLOW;
    }

    private static class mount {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libc_h.C_INT,
            libc_h.C_POINTER,
            libc_h.C_POINTER,
            libc_h.C_POINTER,
            libc_h.C_LONG,
            libc_h.C_POINTER
        );

        public static final MemorySegment ADDR = libc_h.findOrThrow("mount");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern int mount(const char *__special_file, const char *__dir, const char *__fstype, unsigned long __rwflag, const void *__data)
     * }
     */
    public static FunctionDescriptor mount$descriptor() {
        return mount.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern int mount(const char *__special_file, const char *__dir, const char *__fstype, unsigned long __rwflag, const void *__data)
     * }
     */
    public static MethodHandle mount$handle() {
        return mount.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern int mount(const char *__special_file, const char *__dir, const char *__fstype, unsigned long __rwflag, const void *__data)
     * }
     */
    public static MemorySegment mount$address() {
        return mount.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern int mount(const char *__special_file, const char *__dir, const char *__fstype, unsigned long __rwflag, const void *__data)
     * }
     */
    public static int mount(MemorySegment __special_file, MemorySegment __dir, MemorySegment __fstype, long __rwflag, MemorySegment __data) {
        var mh$ = mount.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("mount", __special_file, __dir, __fstype, __rwflag, __data);
            }
            return (int)mh$.invokeExact(__special_file, __dir, __fstype, __rwflag, __data);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class umount2 {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libc_h.C_INT,
            libc_h.C_POINTER,
            libc_h.C_INT
        );

        public static final MemorySegment ADDR = libc_h.findOrThrow("umount2");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern int umount2(const char *__special_file, int __flags)
     * }
     */
    public static FunctionDescriptor umount2$descriptor() {
        return umount2.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern int umount2(const char *__special_file, int __flags)
     * }
     */
    public static MethodHandle umount2$handle() {
        return umount2.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern int umount2(const char *__special_file, int __flags)
     * }
     */
    public static MemorySegment umount2$address() {
        return umount2.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern int umount2(const char *__special_file, int __flags)
     * }
     */
    public static int umount2(MemorySegment __special_file, int __flags) {
        var mh$ = umount2.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("umount2", __special_file, __flags);
            }
            return (int)mh$.invokeExact(__special_file, __flags);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class unshare {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libc_h.C_INT,
            libc_h.C_INT
        );

        public static final MemorySegment ADDR = libc_h.findOrThrow("unshare");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern int unshare(int __flags)
     * }
     */
    public static FunctionDescriptor unshare$descriptor() {
        return unshare.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern int unshare(int __flags)
     * }
     */
    public static MethodHandle unshare$handle() {
        return unshare.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern int unshare(int __flags)
     * }
     */
    public static MemorySegment unshare$address() {
        return unshare.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern int unshare(int __flags)
     * }
     */
    public static int unshare(int __flags) {
        var mh$ = unshare.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("unshare", __flags);
            }
            return (int)mh$.invokeExact(__flags);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class setns {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libc_h.C_INT,
            libc_h.C_INT,
            libc_h.C_INT
        );

        public static final MemorySegment ADDR = libc_h.findOrThrow("setns");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern int setns(int __fd, int __nstype)
     * }
     */
    public static FunctionDescriptor setns$descriptor() {
        return setns.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern int setns(int __fd, int __nstype)
     * }
     */
    public static MethodHandle setns$handle() {
        return setns.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern int setns(int __fd, int __nstype)
     * }
     */
    public static MemorySegment setns$address() {
        return setns.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern int setns(int __fd, int __nstype)
     * }
     */
    public static int setns(int __fd, int __nstype) {
        var mh$ = setns.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("setns", __fd, __nstype);
            }
            return (int)mh$.invokeExact(__fd, __nstype);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    /**
     * Variadic function: {@snippet lang=c :
     * extern int prctl(int __option, ...)
     * }
     */
    public static class prctl {
        private static final FunctionDescriptor BASE_DESC = FunctionDescriptor.of(
                libc_h.C_INT,
                libc_h.C_INT
            );
        private static final MemorySegment ADDR = libc_h.findOrThrow("prctl");

        private final MethodHandle handle;
        private final FunctionDescriptor descriptor;
        private final MethodHandle spreader;

        private prctl(MethodHandle handle, FunctionDescriptor descriptor, MethodHandle spreader) {
            this.handle = handle;
            this.descriptor = descriptor;
            this.spreader = spreader;
        }

        public static prctl makeInvoker(MemoryLayout... layouts) {
            FunctionDescriptor desc$ = BASE_DESC.appendArgumentLayouts(layouts);
            Linker.Option fva$ = Linker.Option.firstVariadicArg(BASE_DESC.argumentLayouts().size());
            var mh$ = Linker.nativeLinker().downcallHandle(ADDR, desc$, fva$);
            var spreader$ = mh$.asSpreader(Object[].class, layouts.length);
            return new prctl(mh$, desc$, spreader$);
        }

        public static MemorySegment address() {
            return ADDR;
        }

        public static FunctionDescriptor baseDescriptor() {
            return BASE_DESC;
        }

        public MethodHandle handle() {
            return handle;
        }

        public FunctionDescriptor descriptor() {
            return descriptor;
        }

        public int apply(int __option, Object... x1) {
            try {
                if (TRACE_DOWNCALLS) {
                    traceDowncall("prctl", __option, x1);
                }
                return (int)spreader.invokeExact(__option, x1);
            } catch(IllegalArgumentException | ClassCastException ex$)  {
                throw ex$; // rethrow IAE from passing wrong number/type of args
            } catch (Throwable ex$) {
               throw new AssertionError("should not reach here", ex$);
            }
        }
    }

    private static class kill {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libc_h.C_INT,
            libc_h.C_INT,
            libc_h.C_INT
        );

        public static final MemorySegment ADDR = libc_h.findOrThrow("kill");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern int kill(__pid_t __pid, int __sig)
     * }
     */
    public static FunctionDescriptor kill$descriptor() {
        return kill.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern int kill(__pid_t __pid, int __sig)
     * }
     */
    public static MethodHandle kill$handle() {
        return kill.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern int kill(__pid_t __pid, int __sig)
     * }
     */
    public static MemorySegment kill$address() {
        return kill.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern int kill(__pid_t __pid, int __sig)
     * }
     */
    public static int kill(int __pid, int __sig) {
        var mh$ = kill.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("kill", __pid, __sig);
            }
            return (int)mh$.invokeExact(__pid, __sig);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class poll {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libc_h.C_INT,
            libc_h.C_POINTER,
            libc_h.C_LONG,
            libc_h.C_INT
        );

        public static final MemorySegment ADDR = libc_h.findOrThrow("poll");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern int poll(struct pollfd *__fds, nfds_t __nfds, int __timeout)
     * }
     */
    public static FunctionDescriptor poll$descriptor() {
        return poll.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern int poll(struct pollfd *__fds, nfds_t __nfds, int __timeout)
     * }
     */
    public static MethodHandle poll$handle() {
        return poll.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern int poll(struct pollfd *__fds, nfds_t __nfds, int __timeout)
     * }
     */
    public static MemorySegment poll$address() {
        return poll.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern int poll(struct pollfd *__fds, nfds_t __nfds, int __timeout)
     * }
     */
    public static int poll(MemorySegment __fds, long __nfds, int __timeout) {
        var mh$ = poll.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("poll", __fds, __nfds, __timeout);
            }
            return (int)mh$.invokeExact(__fds, __nfds, __timeout);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class uname {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libc_h.C_INT,
            libc_h.C_POINTER
        );

        public static final MemorySegment ADDR = libc_h.findOrThrow("uname");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern int uname(struct utsname *__name)
     * }
     */
    public static FunctionDescriptor uname$descriptor() {
        return uname.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern int uname(struct utsname *__name)
     * }
     */
    public static MethodHandle uname$handle() {
        return uname.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern int uname(struct utsname *__name)
     * }
     */
    public static MemorySegment uname$address() {
        return uname.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern int uname(struct utsname *__name)
     * }
     */
    public static int uname(MemorySegment __name) {
        var mh$ = uname.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("uname", __name);
            }
            return (int)mh$.invokeExact(__name);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class strerror {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libc_h.C_POINTER,
            libc_h.C_INT
        );

        public static final MemorySegment ADDR = libc_h.findOrThrow("strerror");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern char *strerror(int __errnum)
     * }
     */
    public static FunctionDescriptor strerror$descriptor() {
        return strerror.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern char *strerror(int __errnum)
     * }
     */
    public static MethodHandle strerror$handle() {
        return strerror.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern char *strerror(int __errnum)
     * }
     */
    public static MemorySegment strerror$address() {
        return strerror.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern char *strerror(int __errnum)
     * }
     */
    public static MemorySegment strerror(int x0) {
        var mh$ = strerror.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("strerror", x0);
            }
            return (MemorySegment)mh$.invokeExact(x0);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class memfd_create {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libc_h.C_INT,
            libc_h.C_POINTER,
            libc_h.C_INT
        );

        public static final MemorySegment ADDR = libc_h.findOrThrow("memfd_create");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int memfd_create(const char *__name, unsigned int __flags)
     * }
     */
    public static FunctionDescriptor memfd_create$descriptor() {
        return memfd_create.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int memfd_create(const char *__name, unsigned int __flags)
     * }
     */
    public static MethodHandle memfd_create$handle() {
        return memfd_create.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int memfd_create(const char *__name, unsigned int __flags)
     * }
     */
    public static MemorySegment memfd_create$address() {
        return memfd_create.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int memfd_create(const char *__name, unsigned int __flags)
     * }
     */
    public static int memfd_create(MemorySegment __name, int __flags) {
        var mh$ = memfd_create.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("memfd_create", __name, __flags);
            }
            return (int)mh$.invokeExact(__name, __flags);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class pidfd_open {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libc_h.C_INT,
            libc_h.C_INT,
            libc_h.C_INT
        );

        public static final MemorySegment ADDR = libc_h.findOrThrow("pidfd_open");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern int pidfd_open(__pid_t __pid, unsigned int __flags)
     * }
     */
    public static FunctionDescriptor pidfd_open$descriptor() {
        return pidfd_open.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern int pidfd_open(__pid_t __pid, unsigned int __flags)
     * }
     */
    public static MethodHandle pidfd_open$handle() {
        return pidfd_open.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern int pidfd_open(__pid_t __pid, unsigned int __flags)
     * }
     */
    public static MemorySegment pidfd_open$address() {
        return pidfd_open.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern int pidfd_open(__pid_t __pid, unsigned int __flags)
     * }
     */
    public static int pidfd_open(int __pid, int __flags) {
        var mh$ = pidfd_open.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("pidfd_open", __pid, __flags);
            }
            return (int)mh$.invokeExact(__pid, __flags);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class process_madvise {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libc_h.C_LONG,
            libc_h.C_INT,
            libc_h.C_POINTER,
            libc_h.C_LONG,
            libc_h.C_INT,
            libc_h.C_INT
        );

        public static final MemorySegment ADDR = libc_h.findOrThrow("process_madvise");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern __ssize_t process_madvise(int __pid_fd, const struct iovec *__iov, size_t __count, int __advice, unsigned int __flags)
     * }
     */
    public static FunctionDescriptor process_madvise$descriptor() {
        return process_madvise.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern __ssize_t process_madvise(int __pid_fd, const struct iovec *__iov, size_t __count, int __advice, unsigned int __flags)
     * }
     */
    public static MethodHandle process_madvise$handle() {
        return process_madvise.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern __ssize_t process_madvise(int __pid_fd, const struct iovec *__iov, size_t __count, int __advice, unsigned int __flags)
     * }
     */
    public static MemorySegment process_madvise$address() {
        return process_madvise.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern __ssize_t process_madvise(int __pid_fd, const struct iovec *__iov, size_t __count, int __advice, unsigned int __flags)
     * }
     */
    public static long process_madvise(int __pid_fd, MemorySegment __iov, long __count, int __advice, int __flags) {
        var mh$ = process_madvise.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("process_madvise", __pid_fd, __iov, __count, __advice, __flags);
            }
            return (long)mh$.invokeExact(__pid_fd, __iov, __count, __advice, __flags);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class pidfd_send_signal {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libc_h.C_INT,
            libc_h.C_INT,
            libc_h.C_INT,
            libc_h.C_POINTER,
            libc_h.C_INT
        );

        public static final MemorySegment ADDR = libc_h.findOrThrow("pidfd_send_signal");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern int pidfd_send_signal(int __pidfd, int __sig, siginfo_t *__info, unsigned int __flags)
     * }
     */
    public static FunctionDescriptor pidfd_send_signal$descriptor() {
        return pidfd_send_signal.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern int pidfd_send_signal(int __pidfd, int __sig, siginfo_t *__info, unsigned int __flags)
     * }
     */
    public static MethodHandle pidfd_send_signal$handle() {
        return pidfd_send_signal.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern int pidfd_send_signal(int __pidfd, int __sig, siginfo_t *__info, unsigned int __flags)
     * }
     */
    public static MemorySegment pidfd_send_signal$address() {
        return pidfd_send_signal.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern int pidfd_send_signal(int __pidfd, int __sig, siginfo_t *__info, unsigned int __flags)
     * }
     */
    public static int pidfd_send_signal(int __pidfd, int __sig, MemorySegment __info, int __flags) {
        var mh$ = pidfd_send_signal.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("pidfd_send_signal", __pidfd, __sig, __info, __flags);
            }
            return (int)mh$.invokeExact(__pidfd, __sig, __info, __flags);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class sched_getcpu {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libc_h.C_INT    );

        public static final MemorySegment ADDR = libc_h.findOrThrow("sched_getcpu");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern int sched_getcpu(void)
     * }
     */
    public static FunctionDescriptor sched_getcpu$descriptor() {
        return sched_getcpu.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern int sched_getcpu(void)
     * }
     */
    public static MethodHandle sched_getcpu$handle() {
        return sched_getcpu.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern int sched_getcpu(void)
     * }
     */
    public static MemorySegment sched_getcpu$address() {
        return sched_getcpu.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern int sched_getcpu(void)
     * }
     */
    public static int sched_getcpu() {
        var mh$ = sched_getcpu.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("sched_getcpu");
            }
            return (int)mh$.invokeExact();
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class sched_setaffinity {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libc_h.C_INT,
            libc_h.C_INT,
            libc_h.C_LONG,
            libc_h.C_POINTER
        );

        public static final MemorySegment ADDR = libc_h.findOrThrow("sched_setaffinity");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern int sched_setaffinity(__pid_t __pid, size_t __cpusetsize, const cpu_set_t *__cpuset)
     * }
     */
    public static FunctionDescriptor sched_setaffinity$descriptor() {
        return sched_setaffinity.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern int sched_setaffinity(__pid_t __pid, size_t __cpusetsize, const cpu_set_t *__cpuset)
     * }
     */
    public static MethodHandle sched_setaffinity$handle() {
        return sched_setaffinity.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern int sched_setaffinity(__pid_t __pid, size_t __cpusetsize, const cpu_set_t *__cpuset)
     * }
     */
    public static MemorySegment sched_setaffinity$address() {
        return sched_setaffinity.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern int sched_setaffinity(__pid_t __pid, size_t __cpusetsize, const cpu_set_t *__cpuset)
     * }
     */
    public static int sched_setaffinity(int __pid, long __cpusetsize, MemorySegment __cpuset) {
        var mh$ = sched_setaffinity.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("sched_setaffinity", __pid, __cpusetsize, __cpuset);
            }
            return (int)mh$.invokeExact(__pid, __cpusetsize, __cpuset);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class sched_getaffinity {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libc_h.C_INT,
            libc_h.C_INT,
            libc_h.C_LONG,
            libc_h.C_POINTER
        );

        public static final MemorySegment ADDR = libc_h.findOrThrow("sched_getaffinity");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern int sched_getaffinity(__pid_t __pid, size_t __cpusetsize, cpu_set_t *__cpuset)
     * }
     */
    public static FunctionDescriptor sched_getaffinity$descriptor() {
        return sched_getaffinity.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern int sched_getaffinity(__pid_t __pid, size_t __cpusetsize, cpu_set_t *__cpuset)
     * }
     */
    public static MethodHandle sched_getaffinity$handle() {
        return sched_getaffinity.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern int sched_getaffinity(__pid_t __pid, size_t __cpusetsize, cpu_set_t *__cpuset)
     * }
     */
    public static MemorySegment sched_getaffinity$address() {
        return sched_getaffinity.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern int sched_getaffinity(__pid_t __pid, size_t __cpusetsize, cpu_set_t *__cpuset)
     * }
     */
    public static int sched_getaffinity(int __pid, long __cpusetsize, MemorySegment __cpuset) {
        var mh$ = sched_getaffinity.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("sched_getaffinity", __pid, __cpusetsize, __cpuset);
            }
            return (int)mh$.invokeExact(__pid, __cpusetsize, __cpuset);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class sched_setscheduler {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libc_h.C_INT,
            libc_h.C_INT,
            libc_h.C_INT,
            libc_h.C_POINTER
        );

        public static final MemorySegment ADDR = libc_h.findOrThrow("sched_setscheduler");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern int sched_setscheduler(__pid_t __pid, int __policy, const struct sched_param *__param)
     * }
     */
    public static FunctionDescriptor sched_setscheduler$descriptor() {
        return sched_setscheduler.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern int sched_setscheduler(__pid_t __pid, int __policy, const struct sched_param *__param)
     * }
     */
    public static MethodHandle sched_setscheduler$handle() {
        return sched_setscheduler.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern int sched_setscheduler(__pid_t __pid, int __policy, const struct sched_param *__param)
     * }
     */
    public static MemorySegment sched_setscheduler$address() {
        return sched_setscheduler.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern int sched_setscheduler(__pid_t __pid, int __policy, const struct sched_param *__param)
     * }
     */
    public static int sched_setscheduler(int __pid, int __policy, MemorySegment __param) {
        var mh$ = sched_setscheduler.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("sched_setscheduler", __pid, __policy, __param);
            }
            return (int)mh$.invokeExact(__pid, __policy, __param);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static final int P_PID = (int)1L;
    /**
     * {@snippet lang=c :
     * enum <anonymous>.P_PID = 1
     * }
     */
    public static int P_PID() {
        return P_PID;
    }

    private static final int P_PIDFD = (int)3L;
    /**
     * {@snippet lang=c :
     * enum <anonymous>.P_PIDFD = 3
     * }
     */
    public static int P_PIDFD() {
        return P_PIDFD;
    }

    private static class waitid {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libc_h.C_INT,
            libc_h.C_INT,
            libc_h.C_INT,
            libc_h.C_POINTER,
            libc_h.C_INT
        );

        public static final MemorySegment ADDR = libc_h.findOrThrow("waitid");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern int waitid(idtype_t __idtype, __id_t __id, siginfo_t *__infop, int __options)
     * }
     */
    public static FunctionDescriptor waitid$descriptor() {
        return waitid.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern int waitid(idtype_t __idtype, __id_t __id, siginfo_t *__infop, int __options)
     * }
     */
    public static MethodHandle waitid$handle() {
        return waitid.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern int waitid(idtype_t __idtype, __id_t __id, siginfo_t *__infop, int __options)
     * }
     */
    public static MemorySegment waitid$address() {
        return waitid.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern int waitid(idtype_t __idtype, __id_t __id, siginfo_t *__infop, int __options)
     * }
     */
    public static int waitid(int __idtype, int __id, MemorySegment __infop, int __options) {
        var mh$ = waitid.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("waitid", __idtype, __id, __infop, __options);
            }
            return (int)mh$.invokeExact(__idtype, __id, __infop, __options);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static final int EFD_CLOEXEC = (int)524288L;
    /**
     * {@snippet lang=c :
     * enum <anonymous>.EFD_CLOEXEC = 524288
     * }
     */
    public static int EFD_CLOEXEC() {
        return EFD_CLOEXEC;
    }

    private static class eventfd {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libc_h.C_INT,
            libc_h.C_INT,
            libc_h.C_INT
        );

        public static final MemorySegment ADDR = libc_h.findOrThrow("eventfd");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern int eventfd(unsigned int __count, int __flags)
     * }
     */
    public static FunctionDescriptor eventfd$descriptor() {
        return eventfd.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern int eventfd(unsigned int __count, int __flags)
     * }
     */
    public static MethodHandle eventfd$handle() {
        return eventfd.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern int eventfd(unsigned int __count, int __flags)
     * }
     */
    public static MemorySegment eventfd$address() {
        return eventfd.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern int eventfd(unsigned int __count, int __flags)
     * }
     */
    public static int eventfd(int __count, int __flags) {
        var mh$ = eventfd.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("eventfd", __count, __flags);
            }
            return (int)mh$.invokeExact(__count, __flags);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class free {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(
            libc_h.C_POINTER
        );

        public static final MemorySegment ADDR = libc_h.findOrThrow("free");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern void free(void *__ptr)
     * }
     */
    public static FunctionDescriptor free$descriptor() {
        return free.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern void free(void *__ptr)
     * }
     */
    public static MethodHandle free$handle() {
        return free.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern void free(void *__ptr)
     * }
     */
    public static MemorySegment free$address() {
        return free.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern void free(void *__ptr)
     * }
     */
    public static void free(MemorySegment __ptr) {
        var mh$ = free.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("free", __ptr);
            }
            mh$.invokeExact(__ptr);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static final int SOCK_STREAM = (int)1L;
    /**
     * {@snippet lang=c :
     * enum __socket_type.SOCK_STREAM = 1
     * }
     */
    public static int SOCK_STREAM() {
        return SOCK_STREAM;
    }

    private static final int SOCK_SEQPACKET = (int)5L;
    /**
     * {@snippet lang=c :
     * enum __socket_type.SOCK_SEQPACKET = 5
     * }
     */
    public static int SOCK_SEQPACKET() {
        return SOCK_SEQPACKET;
    }

    private static final int SOCK_CLOEXEC = (int)524288L;
    /**
     * {@snippet lang=c :
     * enum __socket_type.SOCK_CLOEXEC = 524288
     * }
     */
    public static int SOCK_CLOEXEC() {
        return SOCK_CLOEXEC;
    }

    private static final int SCM_RIGHTS = (int)1L;
    /**
     * {@snippet lang=c :
     * enum <anonymous>.SCM_RIGHTS = 1
     * }
     */
    public static int SCM_RIGHTS() {
        return SCM_RIGHTS;
    }

    private static class socket {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libc_h.C_INT,
            libc_h.C_INT,
            libc_h.C_INT,
            libc_h.C_INT
        );

        public static final MemorySegment ADDR = libc_h.findOrThrow("socket");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern int socket(int __domain, int __type, int __protocol)
     * }
     */
    public static FunctionDescriptor socket$descriptor() {
        return socket.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern int socket(int __domain, int __type, int __protocol)
     * }
     */
    public static MethodHandle socket$handle() {
        return socket.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern int socket(int __domain, int __type, int __protocol)
     * }
     */
    public static MemorySegment socket$address() {
        return socket.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern int socket(int __domain, int __type, int __protocol)
     * }
     */
    public static int socket(int __domain, int __type, int __protocol) {
        var mh$ = socket.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("socket", __domain, __type, __protocol);
            }
            return (int)mh$.invokeExact(__domain, __type, __protocol);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class socketpair {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libc_h.C_INT,
            libc_h.C_INT,
            libc_h.C_INT,
            libc_h.C_INT,
            libc_h.C_POINTER
        );

        public static final MemorySegment ADDR = libc_h.findOrThrow("socketpair");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern int socketpair(int __domain, int __type, int __protocol, int __fds[2])
     * }
     */
    public static FunctionDescriptor socketpair$descriptor() {
        return socketpair.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern int socketpair(int __domain, int __type, int __protocol, int __fds[2])
     * }
     */
    public static MethodHandle socketpair$handle() {
        return socketpair.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern int socketpair(int __domain, int __type, int __protocol, int __fds[2])
     * }
     */
    public static MemorySegment socketpair$address() {
        return socketpair.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern int socketpair(int __domain, int __type, int __protocol, int __fds[2])
     * }
     */
    public static int socketpair(int __domain, int __type, int __protocol, MemorySegment __fds) {
        var mh$ = socketpair.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("socketpair", __domain, __type, __protocol, __fds);
            }
            return (int)mh$.invokeExact(__domain, __type, __protocol, __fds);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class bind {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libc_h.C_INT,
            libc_h.C_INT,
            libc_h.C_POINTER,
            libc_h.C_INT
        );

        public static final MemorySegment ADDR = libc_h.findOrThrow("bind");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern int bind(int __fd, const struct sockaddr *__addr, socklen_t __len)
     * }
     */
    public static FunctionDescriptor bind$descriptor() {
        return bind.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern int bind(int __fd, const struct sockaddr *__addr, socklen_t __len)
     * }
     */
    public static MethodHandle bind$handle() {
        return bind.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern int bind(int __fd, const struct sockaddr *__addr, socklen_t __len)
     * }
     */
    public static MemorySegment bind$address() {
        return bind.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern int bind(int __fd, const struct sockaddr *__addr, socklen_t __len)
     * }
     */
    public static int bind(int __fd, MemorySegment __addr, int __len) {
        var mh$ = bind.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("bind", __fd, __addr, __len);
            }
            return (int)mh$.invokeExact(__fd, __addr, __len);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class connect {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libc_h.C_INT,
            libc_h.C_INT,
            libc_h.C_POINTER,
            libc_h.C_INT
        );

        public static final MemorySegment ADDR = libc_h.findOrThrow("connect");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern int connect(int __fd, const struct sockaddr *__addr, socklen_t __len)
     * }
     */
    public static FunctionDescriptor connect$descriptor() {
        return connect.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern int connect(int __fd, const struct sockaddr *__addr, socklen_t __len)
     * }
     */
    public static MethodHandle connect$handle() {
        return connect.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern int connect(int __fd, const struct sockaddr *__addr, socklen_t __len)
     * }
     */
    public static MemorySegment connect$address() {
        return connect.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern int connect(int __fd, const struct sockaddr *__addr, socklen_t __len)
     * }
     */
    public static int connect(int __fd, MemorySegment __addr, int __len) {
        var mh$ = connect.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("connect", __fd, __addr, __len);
            }
            return (int)mh$.invokeExact(__fd, __addr, __len);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class sendmsg {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libc_h.C_LONG,
            libc_h.C_INT,
            libc_h.C_POINTER,
            libc_h.C_INT
        );

        public static final MemorySegment ADDR = libc_h.findOrThrow("sendmsg");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern ssize_t sendmsg(int __fd, const struct msghdr *__message, int __flags)
     * }
     */
    public static FunctionDescriptor sendmsg$descriptor() {
        return sendmsg.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern ssize_t sendmsg(int __fd, const struct msghdr *__message, int __flags)
     * }
     */
    public static MethodHandle sendmsg$handle() {
        return sendmsg.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern ssize_t sendmsg(int __fd, const struct msghdr *__message, int __flags)
     * }
     */
    public static MemorySegment sendmsg$address() {
        return sendmsg.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern ssize_t sendmsg(int __fd, const struct msghdr *__message, int __flags)
     * }
     */
    public static long sendmsg(int __fd, MemorySegment __message, int __flags) {
        var mh$ = sendmsg.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("sendmsg", __fd, __message, __flags);
            }
            return (long)mh$.invokeExact(__fd, __message, __flags);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class recvmsg {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libc_h.C_LONG,
            libc_h.C_INT,
            libc_h.C_POINTER,
            libc_h.C_INT
        );

        public static final MemorySegment ADDR = libc_h.findOrThrow("recvmsg");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern ssize_t recvmsg(int __fd, struct msghdr *__message, int __flags)
     * }
     */
    public static FunctionDescriptor recvmsg$descriptor() {
        return recvmsg.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern ssize_t recvmsg(int __fd, struct msghdr *__message, int __flags)
     * }
     */
    public static MethodHandle recvmsg$handle() {
        return recvmsg.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern ssize_t recvmsg(int __fd, struct msghdr *__message, int __flags)
     * }
     */
    public static MemorySegment recvmsg$address() {
        return recvmsg.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern ssize_t recvmsg(int __fd, struct msghdr *__message, int __flags)
     * }
     */
    public static long recvmsg(int __fd, MemorySegment __message, int __flags) {
        var mh$ = recvmsg.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("recvmsg", __fd, __message, __flags);
            }
            return (long)mh$.invokeExact(__fd, __message, __flags);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class listen {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libc_h.C_INT,
            libc_h.C_INT,
            libc_h.C_INT
        );

        public static final MemorySegment ADDR = libc_h.findOrThrow("listen");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern int listen(int __fd, int __n)
     * }
     */
    public static FunctionDescriptor listen$descriptor() {
        return listen.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern int listen(int __fd, int __n)
     * }
     */
    public static MethodHandle listen$handle() {
        return listen.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern int listen(int __fd, int __n)
     * }
     */
    public static MemorySegment listen$address() {
        return listen.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern int listen(int __fd, int __n)
     * }
     */
    public static int listen(int __fd, int __n) {
        var mh$ = listen.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("listen", __fd, __n);
            }
            return (int)mh$.invokeExact(__fd, __n);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class accept4 {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            libc_h.C_INT,
            libc_h.C_INT,
            libc_h.C_POINTER,
            libc_h.C_POINTER,
            libc_h.C_INT
        );

        public static final MemorySegment ADDR = libc_h.findOrThrow("accept4");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * extern int accept4(int __fd, struct sockaddr *restrict __addr, socklen_t *restrict __addr_len, int __flags)
     * }
     */
    public static FunctionDescriptor accept4$descriptor() {
        return accept4.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * extern int accept4(int __fd, struct sockaddr *restrict __addr, socklen_t *restrict __addr_len, int __flags)
     * }
     */
    public static MethodHandle accept4$handle() {
        return accept4.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * extern int accept4(int __fd, struct sockaddr *restrict __addr, socklen_t *restrict __addr_len, int __flags)
     * }
     */
    public static MemorySegment accept4$address() {
        return accept4.ADDR;
    }

    /**
     * {@snippet lang=c :
     * extern int accept4(int __fd, struct sockaddr *restrict __addr, socklen_t *restrict __addr_len, int __flags)
     * }
     */
    public static int accept4(int __fd, MemorySegment __addr, MemorySegment __addr_len, int __flags) {
        var mh$ = accept4.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("accept4", __fd, __addr, __addr_len, __flags);
            }
            return (int)mh$.invokeExact(__fd, __addr, __addr_len, __flags);
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static final int EPERM = (int)1L;
    /**
     * {@snippet lang=c :
     * #define EPERM 1
     * }
     */
    public static int EPERM() {
        return EPERM;
    }

    private static final int ENOENT = (int)2L;
    /**
     * {@snippet lang=c :
     * #define ENOENT 2
     * }
     */
    public static int ENOENT() {
        return ENOENT;
    }

    private static final int ESRCH = (int)3L;
    /**
     * {@snippet lang=c :
     * #define ESRCH 3
     * }
     */
    public static int ESRCH() {
        return ESRCH;
    }

    private static final int EINTR = (int)4L;
    /**
     * {@snippet lang=c :
     * #define EINTR 4
     * }
     */
    public static int EINTR() {
        return EINTR;
    }

    private static final int EIO = (int)5L;
    /**
     * {@snippet lang=c :
     * #define EIO 5
     * }
     */
    public static int EIO() {
        return EIO;
    }

    private static final int ENXIO = (int)6L;
    /**
     * {@snippet lang=c :
     * #define ENXIO 6
     * }
     */
    public static int ENXIO() {
        return ENXIO;
    }

    private static final int E2BIG = (int)7L;
    /**
     * {@snippet lang=c :
     * #define E2BIG 7
     * }
     */
    public static int E2BIG() {
        return E2BIG;
    }

    private static final int ENOEXEC = (int)8L;
    /**
     * {@snippet lang=c :
     * #define ENOEXEC 8
     * }
     */
    public static int ENOEXEC() {
        return ENOEXEC;
    }

    private static final int EBADF = (int)9L;
    /**
     * {@snippet lang=c :
     * #define EBADF 9
     * }
     */
    public static int EBADF() {
        return EBADF;
    }

    private static final int ECHILD = (int)10L;
    /**
     * {@snippet lang=c :
     * #define ECHILD 10
     * }
     */
    public static int ECHILD() {
        return ECHILD;
    }

    private static final int EAGAIN = (int)11L;
    /**
     * {@snippet lang=c :
     * #define EAGAIN 11
     * }
     */
    public static int EAGAIN() {
        return EAGAIN;
    }

    private static final int ENOMEM = (int)12L;
    /**
     * {@snippet lang=c :
     * #define ENOMEM 12
     * }
     */
    public static int ENOMEM() {
        return ENOMEM;
    }

    private static final int EACCES = (int)13L;
    /**
     * {@snippet lang=c :
     * #define EACCES 13
     * }
     */
    public static int EACCES() {
        return EACCES;
    }

    private static final int EFAULT = (int)14L;
    /**
     * {@snippet lang=c :
     * #define EFAULT 14
     * }
     */
    public static int EFAULT() {
        return EFAULT;
    }

    private static final int ENOTBLK = (int)15L;
    /**
     * {@snippet lang=c :
     * #define ENOTBLK 15
     * }
     */
    public static int ENOTBLK() {
        return ENOTBLK;
    }

    private static final int EBUSY = (int)16L;
    /**
     * {@snippet lang=c :
     * #define EBUSY 16
     * }
     */
    public static int EBUSY() {
        return EBUSY;
    }

    private static final int EEXIST = (int)17L;
    /**
     * {@snippet lang=c :
     * #define EEXIST 17
     * }
     */
    public static int EEXIST() {
        return EEXIST;
    }

    private static final int EXDEV = (int)18L;
    /**
     * {@snippet lang=c :
     * #define EXDEV 18
     * }
     */
    public static int EXDEV() {
        return EXDEV;
    }

    private static final int ENODEV = (int)19L;
    /**
     * {@snippet lang=c :
     * #define ENODEV 19
     * }
     */
    public static int ENODEV() {
        return ENODEV;
    }

    private static final int ENOTDIR = (int)20L;
    /**
     * {@snippet lang=c :
     * #define ENOTDIR 20
     * }
     */
    public static int ENOTDIR() {
        return ENOTDIR;
    }

    private static final int EISDIR = (int)21L;
    /**
     * {@snippet lang=c :
     * #define EISDIR 21
     * }
     */
    public static int EISDIR() {
        return EISDIR;
    }

    private static final int EINVAL = (int)22L;
    /**
     * {@snippet lang=c :
     * #define EINVAL 22
     * }
     */
    public static int EINVAL() {
        return EINVAL;
    }

    private static final int ENFILE = (int)23L;
    /**
     * {@snippet lang=c :
     * #define ENFILE 23
     * }
     */
    public static int ENFILE() {
        return ENFILE;
    }

    private static final int EMFILE = (int)24L;
    /**
     * {@snippet lang=c :
     * #define EMFILE 24
     * }
     */
    public static int EMFILE() {
        return EMFILE;
    }

    private static final int ENOTTY = (int)25L;
    /**
     * {@snippet lang=c :
     * #define ENOTTY 25
     * }
     */
    public static int ENOTTY() {
        return ENOTTY;
    }

    private static final int ETXTBSY = (int)26L;
    /**
     * {@snippet lang=c :
     * #define ETXTBSY 26
     * }
     */
    public static int ETXTBSY() {
        return ETXTBSY;
    }

    private static final int EFBIG = (int)27L;
    /**
     * {@snippet lang=c :
     * #define EFBIG 27
     * }
     */
    public static int EFBIG() {
        return EFBIG;
    }

    private static final int ENOSPC = (int)28L;
    /**
     * {@snippet lang=c :
     * #define ENOSPC 28
     * }
     */
    public static int ENOSPC() {
        return ENOSPC;
    }

    private static final int ESPIPE = (int)29L;
    /**
     * {@snippet lang=c :
     * #define ESPIPE 29
     * }
     */
    public static int ESPIPE() {
        return ESPIPE;
    }

    private static final int EROFS = (int)30L;
    /**
     * {@snippet lang=c :
     * #define EROFS 30
     * }
     */
    public static int EROFS() {
        return EROFS;
    }

    private static final int EMLINK = (int)31L;
    /**
     * {@snippet lang=c :
     * #define EMLINK 31
     * }
     */
    public static int EMLINK() {
        return EMLINK;
    }

    private static final int EPIPE = (int)32L;
    /**
     * {@snippet lang=c :
     * #define EPIPE 32
     * }
     */
    public static int EPIPE() {
        return EPIPE;
    }

    private static final int EDOM = (int)33L;
    /**
     * {@snippet lang=c :
     * #define EDOM 33
     * }
     */
    public static int EDOM() {
        return EDOM;
    }

    private static final int ERANGE = (int)34L;
    /**
     * {@snippet lang=c :
     * #define ERANGE 34
     * }
     */
    public static int ERANGE() {
        return ERANGE;
    }

    private static final int EDEADLK = (int)35L;
    /**
     * {@snippet lang=c :
     * #define EDEADLK 35
     * }
     */
    public static int EDEADLK() {
        return EDEADLK;
    }

    private static final int ENAMETOOLONG = (int)36L;
    /**
     * {@snippet lang=c :
     * #define ENAMETOOLONG 36
     * }
     */
    public static int ENAMETOOLONG() {
        return ENAMETOOLONG;
    }

    private static final int ENOLCK = (int)37L;
    /**
     * {@snippet lang=c :
     * #define ENOLCK 37
     * }
     */
    public static int ENOLCK() {
        return ENOLCK;
    }

    private static final int ENOSYS = (int)38L;
    /**
     * {@snippet lang=c :
     * #define ENOSYS 38
     * }
     */
    public static int ENOSYS() {
        return ENOSYS;
    }

    private static final int ENOTEMPTY = (int)39L;
    /**
     * {@snippet lang=c :
     * #define ENOTEMPTY 39
     * }
     */
    public static int ENOTEMPTY() {
        return ENOTEMPTY;
    }

    private static final int ELOOP = (int)40L;
    /**
     * {@snippet lang=c :
     * #define ELOOP 40
     * }
     */
    public static int ELOOP() {
        return ELOOP;
    }

    private static final int EWOULDBLOCK = (int)11L;
    /**
     * {@snippet lang=c :
     * #define EWOULDBLOCK 11
     * }
     */
    public static int EWOULDBLOCK() {
        return EWOULDBLOCK;
    }

    private static final int ENOMSG = (int)42L;
    /**
     * {@snippet lang=c :
     * #define ENOMSG 42
     * }
     */
    public static int ENOMSG() {
        return ENOMSG;
    }

    private static final int EIDRM = (int)43L;
    /**
     * {@snippet lang=c :
     * #define EIDRM 43
     * }
     */
    public static int EIDRM() {
        return EIDRM;
    }

    private static final int ECHRNG = (int)44L;
    /**
     * {@snippet lang=c :
     * #define ECHRNG 44
     * }
     */
    public static int ECHRNG() {
        return ECHRNG;
    }

    private static final int EL2NSYNC = (int)45L;
    /**
     * {@snippet lang=c :
     * #define EL2NSYNC 45
     * }
     */
    public static int EL2NSYNC() {
        return EL2NSYNC;
    }

    private static final int EL3HLT = (int)46L;
    /**
     * {@snippet lang=c :
     * #define EL3HLT 46
     * }
     */
    public static int EL3HLT() {
        return EL3HLT;
    }

    private static final int EL3RST = (int)47L;
    /**
     * {@snippet lang=c :
     * #define EL3RST 47
     * }
     */
    public static int EL3RST() {
        return EL3RST;
    }

    private static final int ELNRNG = (int)48L;
    /**
     * {@snippet lang=c :
     * #define ELNRNG 48
     * }
     */
    public static int ELNRNG() {
        return ELNRNG;
    }

    private static final int EUNATCH = (int)49L;
    /**
     * {@snippet lang=c :
     * #define EUNATCH 49
     * }
     */
    public static int EUNATCH() {
        return EUNATCH;
    }

    private static final int ENOCSI = (int)50L;
    /**
     * {@snippet lang=c :
     * #define ENOCSI 50
     * }
     */
    public static int ENOCSI() {
        return ENOCSI;
    }

    private static final int EL2HLT = (int)51L;
    /**
     * {@snippet lang=c :
     * #define EL2HLT 51
     * }
     */
    public static int EL2HLT() {
        return EL2HLT;
    }

    private static final int EBADE = (int)52L;
    /**
     * {@snippet lang=c :
     * #define EBADE 52
     * }
     */
    public static int EBADE() {
        return EBADE;
    }

    private static final int EBADR = (int)53L;
    /**
     * {@snippet lang=c :
     * #define EBADR 53
     * }
     */
    public static int EBADR() {
        return EBADR;
    }

    private static final int EXFULL = (int)54L;
    /**
     * {@snippet lang=c :
     * #define EXFULL 54
     * }
     */
    public static int EXFULL() {
        return EXFULL;
    }

    private static final int ENOANO = (int)55L;
    /**
     * {@snippet lang=c :
     * #define ENOANO 55
     * }
     */
    public static int ENOANO() {
        return ENOANO;
    }

    private static final int EBADRQC = (int)56L;
    /**
     * {@snippet lang=c :
     * #define EBADRQC 56
     * }
     */
    public static int EBADRQC() {
        return EBADRQC;
    }

    private static final int EBADSLT = (int)57L;
    /**
     * {@snippet lang=c :
     * #define EBADSLT 57
     * }
     */
    public static int EBADSLT() {
        return EBADSLT;
    }

    private static final int EDEADLOCK = (int)35L;
    /**
     * {@snippet lang=c :
     * #define EDEADLOCK 35
     * }
     */
    public static int EDEADLOCK() {
        return EDEADLOCK;
    }

    private static final int EBFONT = (int)59L;
    /**
     * {@snippet lang=c :
     * #define EBFONT 59
     * }
     */
    public static int EBFONT() {
        return EBFONT;
    }

    private static final int ENOSTR = (int)60L;
    /**
     * {@snippet lang=c :
     * #define ENOSTR 60
     * }
     */
    public static int ENOSTR() {
        return ENOSTR;
    }

    private static final int ENODATA = (int)61L;
    /**
     * {@snippet lang=c :
     * #define ENODATA 61
     * }
     */
    public static int ENODATA() {
        return ENODATA;
    }

    private static final int ETIME = (int)62L;
    /**
     * {@snippet lang=c :
     * #define ETIME 62
     * }
     */
    public static int ETIME() {
        return ETIME;
    }

    private static final int ENOSR = (int)63L;
    /**
     * {@snippet lang=c :
     * #define ENOSR 63
     * }
     */
    public static int ENOSR() {
        return ENOSR;
    }

    private static final int ENONET = (int)64L;
    /**
     * {@snippet lang=c :
     * #define ENONET 64
     * }
     */
    public static int ENONET() {
        return ENONET;
    }

    private static final int ENOPKG = (int)65L;
    /**
     * {@snippet lang=c :
     * #define ENOPKG 65
     * }
     */
    public static int ENOPKG() {
        return ENOPKG;
    }

    private static final int EREMOTE = (int)66L;
    /**
     * {@snippet lang=c :
     * #define EREMOTE 66
     * }
     */
    public static int EREMOTE() {
        return EREMOTE;
    }

    private static final int ENOLINK = (int)67L;
    /**
     * {@snippet lang=c :
     * #define ENOLINK 67
     * }
     */
    public static int ENOLINK() {
        return ENOLINK;
    }

    private static final int EADV = (int)68L;
    /**
     * {@snippet lang=c :
     * #define EADV 68
     * }
     */
    public static int EADV() {
        return EADV;
    }

    private static final int ESRMNT = (int)69L;
    /**
     * {@snippet lang=c :
     * #define ESRMNT 69
     * }
     */
    public static int ESRMNT() {
        return ESRMNT;
    }

    private static final int ECOMM = (int)70L;
    /**
     * {@snippet lang=c :
     * #define ECOMM 70
     * }
     */
    public static int ECOMM() {
        return ECOMM;
    }

    private static final int EPROTO = (int)71L;
    /**
     * {@snippet lang=c :
     * #define EPROTO 71
     * }
     */
    public static int EPROTO() {
        return EPROTO;
    }

    private static final int EMULTIHOP = (int)72L;
    /**
     * {@snippet lang=c :
     * #define EMULTIHOP 72
     * }
     */
    public static int EMULTIHOP() {
        return EMULTIHOP;
    }

    private static final int EDOTDOT = (int)73L;
    /**
     * {@snippet lang=c :
     * #define EDOTDOT 73
     * }
     */
    public static int EDOTDOT() {
        return EDOTDOT;
    }

    private static final int EBADMSG = (int)74L;
    /**
     * {@snippet lang=c :
     * #define EBADMSG 74
     * }
     */
    public static int EBADMSG() {
        return EBADMSG;
    }

    private static final int EOVERFLOW = (int)75L;
    /**
     * {@snippet lang=c :
     * #define EOVERFLOW 75
     * }
     */
    public static int EOVERFLOW() {
        return EOVERFLOW;
    }

    private static final int ENOTUNIQ = (int)76L;
    /**
     * {@snippet lang=c :
     * #define ENOTUNIQ 76
     * }
     */
    public static int ENOTUNIQ() {
        return ENOTUNIQ;
    }

    private static final int EBADFD = (int)77L;
    /**
     * {@snippet lang=c :
     * #define EBADFD 77
     * }
     */
    public static int EBADFD() {
        return EBADFD;
    }

    private static final int EREMCHG = (int)78L;
    /**
     * {@snippet lang=c :
     * #define EREMCHG 78
     * }
     */
    public static int EREMCHG() {
        return EREMCHG;
    }

    private static final int ELIBACC = (int)79L;
    /**
     * {@snippet lang=c :
     * #define ELIBACC 79
     * }
     */
    public static int ELIBACC() {
        return ELIBACC;
    }

    private static final int ELIBBAD = (int)80L;
    /**
     * {@snippet lang=c :
     * #define ELIBBAD 80
     * }
     */
    public static int ELIBBAD() {
        return ELIBBAD;
    }

    private static final int ELIBSCN = (int)81L;
    /**
     * {@snippet lang=c :
     * #define ELIBSCN 81
     * }
     */
    public static int ELIBSCN() {
        return ELIBSCN;
    }

    private static final int ELIBMAX = (int)82L;
    /**
     * {@snippet lang=c :
     * #define ELIBMAX 82
     * }
     */
    public static int ELIBMAX() {
        return ELIBMAX;
    }

    private static final int ELIBEXEC = (int)83L;
    /**
     * {@snippet lang=c :
     * #define ELIBEXEC 83
     * }
     */
    public static int ELIBEXEC() {
        return ELIBEXEC;
    }

    private static final int EILSEQ = (int)84L;
    /**
     * {@snippet lang=c :
     * #define EILSEQ 84
     * }
     */
    public static int EILSEQ() {
        return EILSEQ;
    }

    private static final int ERESTART = (int)85L;
    /**
     * {@snippet lang=c :
     * #define ERESTART 85
     * }
     */
    public static int ERESTART() {
        return ERESTART;
    }

    private static final int ESTRPIPE = (int)86L;
    /**
     * {@snippet lang=c :
     * #define ESTRPIPE 86
     * }
     */
    public static int ESTRPIPE() {
        return ESTRPIPE;
    }

    private static final int EUSERS = (int)87L;
    /**
     * {@snippet lang=c :
     * #define EUSERS 87
     * }
     */
    public static int EUSERS() {
        return EUSERS;
    }

    private static final int ENOTSOCK = (int)88L;
    /**
     * {@snippet lang=c :
     * #define ENOTSOCK 88
     * }
     */
    public static int ENOTSOCK() {
        return ENOTSOCK;
    }

    private static final int EDESTADDRREQ = (int)89L;
    /**
     * {@snippet lang=c :
     * #define EDESTADDRREQ 89
     * }
     */
    public static int EDESTADDRREQ() {
        return EDESTADDRREQ;
    }

    private static final int EMSGSIZE = (int)90L;
    /**
     * {@snippet lang=c :
     * #define EMSGSIZE 90
     * }
     */
    public static int EMSGSIZE() {
        return EMSGSIZE;
    }

    private static final int EPROTOTYPE = (int)91L;
    /**
     * {@snippet lang=c :
     * #define EPROTOTYPE 91
     * }
     */
    public static int EPROTOTYPE() {
        return EPROTOTYPE;
    }

    private static final int ENOPROTOOPT = (int)92L;
    /**
     * {@snippet lang=c :
     * #define ENOPROTOOPT 92
     * }
     */
    public static int ENOPROTOOPT() {
        return ENOPROTOOPT;
    }

    private static final int EPROTONOSUPPORT = (int)93L;
    /**
     * {@snippet lang=c :
     * #define EPROTONOSUPPORT 93
     * }
     */
    public static int EPROTONOSUPPORT() {
        return EPROTONOSUPPORT;
    }

    private static final int ESOCKTNOSUPPORT = (int)94L;
    /**
     * {@snippet lang=c :
     * #define ESOCKTNOSUPPORT 94
     * }
     */
    public static int ESOCKTNOSUPPORT() {
        return ESOCKTNOSUPPORT;
    }

    private static final int EOPNOTSUPP = (int)95L;
    /**
     * {@snippet lang=c :
     * #define EOPNOTSUPP 95
     * }
     */
    public static int EOPNOTSUPP() {
        return EOPNOTSUPP;
    }

    private static final int EPFNOSUPPORT = (int)96L;
    /**
     * {@snippet lang=c :
     * #define EPFNOSUPPORT 96
     * }
     */
    public static int EPFNOSUPPORT() {
        return EPFNOSUPPORT;
    }

    private static final int EAFNOSUPPORT = (int)97L;
    /**
     * {@snippet lang=c :
     * #define EAFNOSUPPORT 97
     * }
     */
    public static int EAFNOSUPPORT() {
        return EAFNOSUPPORT;
    }

    private static final int EADDRINUSE = (int)98L;
    /**
     * {@snippet lang=c :
     * #define EADDRINUSE 98
     * }
     */
    public static int EADDRINUSE() {
        return EADDRINUSE;
    }

    private static final int EADDRNOTAVAIL = (int)99L;
    /**
     * {@snippet lang=c :
     * #define EADDRNOTAVAIL 99
     * }
     */
    public static int EADDRNOTAVAIL() {
        return EADDRNOTAVAIL;
    }

    private static final int ENETDOWN = (int)100L;
    /**
     * {@snippet lang=c :
     * #define ENETDOWN 100
     * }
     */
    public static int ENETDOWN() {
        return ENETDOWN;
    }

    private static final int ENETUNREACH = (int)101L;
    /**
     * {@snippet lang=c :
     * #define ENETUNREACH 101
     * }
     */
    public static int ENETUNREACH() {
        return ENETUNREACH;
    }

    private static final int ENETRESET = (int)102L;
    /**
     * {@snippet lang=c :
     * #define ENETRESET 102
     * }
     */
    public static int ENETRESET() {
        return ENETRESET;
    }

    private static final int ECONNABORTED = (int)103L;
    /**
     * {@snippet lang=c :
     * #define ECONNABORTED 103
     * }
     */
    public static int ECONNABORTED() {
        return ECONNABORTED;
    }

    private static final int ECONNRESET = (int)104L;
    /**
     * {@snippet lang=c :
     * #define ECONNRESET 104
     * }
     */
    public static int ECONNRESET() {
        return ECONNRESET;
    }

    private static final int ENOBUFS = (int)105L;
    /**
     * {@snippet lang=c :
     * #define ENOBUFS 105
     * }
     */
    public static int ENOBUFS() {
        return ENOBUFS;
    }

    private static final int EISCONN = (int)106L;
    /**
     * {@snippet lang=c :
     * #define EISCONN 106
     * }
     */
    public static int EISCONN() {
        return EISCONN;
    }

    private static final int ENOTCONN = (int)107L;
    /**
     * {@snippet lang=c :
     * #define ENOTCONN 107
     * }
     */
    public static int ENOTCONN() {
        return ENOTCONN;
    }

    private static final int ESHUTDOWN = (int)108L;
    /**
     * {@snippet lang=c :
     * #define ESHUTDOWN 108
     * }
     */
    public static int ESHUTDOWN() {
        return ESHUTDOWN;
    }

    private static final int ETOOMANYREFS = (int)109L;
    /**
     * {@snippet lang=c :
     * #define ETOOMANYREFS 109
     * }
     */
    public static int ETOOMANYREFS() {
        return ETOOMANYREFS;
    }

    private static final int ETIMEDOUT = (int)110L;
    /**
     * {@snippet lang=c :
     * #define ETIMEDOUT 110
     * }
     */
    public static int ETIMEDOUT() {
        return ETIMEDOUT;
    }

    private static final int ECONNREFUSED = (int)111L;
    /**
     * {@snippet lang=c :
     * #define ECONNREFUSED 111
     * }
     */
    public static int ECONNREFUSED() {
        return ECONNREFUSED;
    }

    private static final int EHOSTDOWN = (int)112L;
    /**
     * {@snippet lang=c :
     * #define EHOSTDOWN 112
     * }
     */
    public static int EHOSTDOWN() {
        return EHOSTDOWN;
    }

    private static final int EHOSTUNREACH = (int)113L;
    /**
     * {@snippet lang=c :
     * #define EHOSTUNREACH 113
     * }
     */
    public static int EHOSTUNREACH() {
        return EHOSTUNREACH;
    }

    private static final int EALREADY = (int)114L;
    /**
     * {@snippet lang=c :
     * #define EALREADY 114
     * }
     */
    public static int EALREADY() {
        return EALREADY;
    }

    private static final int EINPROGRESS = (int)115L;
    /**
     * {@snippet lang=c :
     * #define EINPROGRESS 115
     * }
     */
    public static int EINPROGRESS() {
        return EINPROGRESS;
    }

    private static final int ESTALE = (int)116L;
    /**
     * {@snippet lang=c :
     * #define ESTALE 116
     * }
     */
    public static int ESTALE() {
        return ESTALE;
    }

    private static final int EUCLEAN = (int)117L;
    /**
     * {@snippet lang=c :
     * #define EUCLEAN 117
     * }
     */
    public static int EUCLEAN() {
        return EUCLEAN;
    }

    private static final int ENOTNAM = (int)118L;
    /**
     * {@snippet lang=c :
     * #define ENOTNAM 118
     * }
     */
    public static int ENOTNAM() {
        return ENOTNAM;
    }

    private static final int ENAVAIL = (int)119L;
    /**
     * {@snippet lang=c :
     * #define ENAVAIL 119
     * }
     */
    public static int ENAVAIL() {
        return ENAVAIL;
    }

    private static final int EISNAM = (int)120L;
    /**
     * {@snippet lang=c :
     * #define EISNAM 120
     * }
     */
    public static int EISNAM() {
        return EISNAM;
    }

    private static final int EREMOTEIO = (int)121L;
    /**
     * {@snippet lang=c :
     * #define EREMOTEIO 121
     * }
     */
    public static int EREMOTEIO() {
        return EREMOTEIO;
    }

    private static final int EDQUOT = (int)122L;
    /**
     * {@snippet lang=c :
     * #define EDQUOT 122
     * }
     */
    public static int EDQUOT() {
        return EDQUOT;
    }

    private static final int ENOMEDIUM = (int)123L;
    /**
     * {@snippet lang=c :
     * #define ENOMEDIUM 123
     * }
     */
    public static int ENOMEDIUM() {
        return ENOMEDIUM;
    }

    private static final int EMEDIUMTYPE = (int)124L;
    /**
     * {@snippet lang=c :
     * #define EMEDIUMTYPE 124
     * }
     */
    public static int EMEDIUMTYPE() {
        return EMEDIUMTYPE;
    }

    private static final int ECANCELED = (int)125L;
    /**
     * {@snippet lang=c :
     * #define ECANCELED 125
     * }
     */
    public static int ECANCELED() {
        return ECANCELED;
    }

    private static final int ENOKEY = (int)126L;
    /**
     * {@snippet lang=c :
     * #define ENOKEY 126
     * }
     */
    public static int ENOKEY() {
        return ENOKEY;
    }

    private static final int EKEYEXPIRED = (int)127L;
    /**
     * {@snippet lang=c :
     * #define EKEYEXPIRED 127
     * }
     */
    public static int EKEYEXPIRED() {
        return EKEYEXPIRED;
    }

    private static final int EKEYREVOKED = (int)128L;
    /**
     * {@snippet lang=c :
     * #define EKEYREVOKED 128
     * }
     */
    public static int EKEYREVOKED() {
        return EKEYREVOKED;
    }

    private static final int EKEYREJECTED = (int)129L;
    /**
     * {@snippet lang=c :
     * #define EKEYREJECTED 129
     * }
     */
    public static int EKEYREJECTED() {
        return EKEYREJECTED;
    }

    private static final int EOWNERDEAD = (int)130L;
    /**
     * {@snippet lang=c :
     * #define EOWNERDEAD 130
     * }
     */
    public static int EOWNERDEAD() {
        return EOWNERDEAD;
    }

    private static final int ENOTRECOVERABLE = (int)131L;
    /**
     * {@snippet lang=c :
     * #define ENOTRECOVERABLE 131
     * }
     */
    public static int ENOTRECOVERABLE() {
        return ENOTRECOVERABLE;
    }

    private static final int ERFKILL = (int)132L;
    /**
     * {@snippet lang=c :
     * #define ERFKILL 132
     * }
     */
    public static int ERFKILL() {
        return ERFKILL;
    }

    private static final int EHWPOISON = (int)133L;
    /**
     * {@snippet lang=c :
     * #define EHWPOISON 133
     * }
     */
    public static int EHWPOISON() {
        return EHWPOISON;
    }

    private static final int ENOTSUP = (int)95L;
    /**
     * {@snippet lang=c :
     * #define ENOTSUP 95
     * }
     */
    public static int ENOTSUP() {
        return ENOTSUP;
    }

    private static final int O_ACCMODE = (int)3L;
    /**
     * {@snippet lang=c :
     * #define O_ACCMODE 3
     * }
     */
    public static int O_ACCMODE() {
        return O_ACCMODE;
    }

    private static final int O_RDONLY = (int)0L;
    /**
     * {@snippet lang=c :
     * #define O_RDONLY 0
     * }
     */
    public static int O_RDONLY() {
        return O_RDONLY;
    }

    private static final int O_WRONLY = (int)1L;
    /**
     * {@snippet lang=c :
     * #define O_WRONLY 1
     * }
     */
    public static int O_WRONLY() {
        return O_WRONLY;
    }

    private static final int O_RDWR = (int)2L;
    /**
     * {@snippet lang=c :
     * #define O_RDWR 2
     * }
     */
    public static int O_RDWR() {
        return O_RDWR;
    }

    private static final int O_CREAT = (int)64L;
    /**
     * {@snippet lang=c :
     * #define O_CREAT 64
     * }
     */
    public static int O_CREAT() {
        return O_CREAT;
    }

    private static final int O_EXCL = (int)128L;
    /**
     * {@snippet lang=c :
     * #define O_EXCL 128
     * }
     */
    public static int O_EXCL() {
        return O_EXCL;
    }

    private static final int O_TRUNC = (int)512L;
    /**
     * {@snippet lang=c :
     * #define O_TRUNC 512
     * }
     */
    public static int O_TRUNC() {
        return O_TRUNC;
    }

    private static final int O_APPEND = (int)1024L;
    /**
     * {@snippet lang=c :
     * #define O_APPEND 1024
     * }
     */
    public static int O_APPEND() {
        return O_APPEND;
    }

    private static final int O_NONBLOCK = (int)2048L;
    /**
     * {@snippet lang=c :
     * #define O_NONBLOCK 2048
     * }
     */
    public static int O_NONBLOCK() {
        return O_NONBLOCK;
    }

    private static final int F_GETLK = (int)5L;
    /**
     * {@snippet lang=c :
     * #define F_GETLK 5
     * }
     */
    public static int F_GETLK() {
        return F_GETLK;
    }

    private static final int F_SETLK = (int)6L;
    /**
     * {@snippet lang=c :
     * #define F_SETLK 6
     * }
     */
    public static int F_SETLK() {
        return F_SETLK;
    }

    private static final int F_SETLKW = (int)7L;
    /**
     * {@snippet lang=c :
     * #define F_SETLKW 7
     * }
     */
    public static int F_SETLKW() {
        return F_SETLKW;
    }

    private static final int F_OFD_GETLK = (int)36L;
    /**
     * {@snippet lang=c :
     * #define F_OFD_GETLK 36
     * }
     */
    public static int F_OFD_GETLK() {
        return F_OFD_GETLK;
    }

    private static final int F_OFD_SETLK = (int)37L;
    /**
     * {@snippet lang=c :
     * #define F_OFD_SETLK 37
     * }
     */
    public static int F_OFD_SETLK() {
        return F_OFD_SETLK;
    }

    private static final int F_OFD_SETLKW = (int)38L;
    /**
     * {@snippet lang=c :
     * #define F_OFD_SETLKW 38
     * }
     */
    public static int F_OFD_SETLKW() {
        return F_OFD_SETLKW;
    }

    private static final int O_LARGEFILE = (int)0L;
    /**
     * {@snippet lang=c :
     * #define O_LARGEFILE 0
     * }
     */
    public static int O_LARGEFILE() {
        return O_LARGEFILE;
    }

    private static final int O_DIRECTORY = (int)65536L;
    /**
     * {@snippet lang=c :
     * #define O_DIRECTORY 65536
     * }
     */
    public static int O_DIRECTORY() {
        return O_DIRECTORY;
    }

    private static final int O_NOFOLLOW = (int)131072L;
    /**
     * {@snippet lang=c :
     * #define O_NOFOLLOW 131072
     * }
     */
    public static int O_NOFOLLOW() {
        return O_NOFOLLOW;
    }

    private static final int O_CLOEXEC = (int)524288L;
    /**
     * {@snippet lang=c :
     * #define O_CLOEXEC 524288
     * }
     */
    public static int O_CLOEXEC() {
        return O_CLOEXEC;
    }

    private static final int O_NOATIME = (int)262144L;
    /**
     * {@snippet lang=c :
     * #define O_NOATIME 262144
     * }
     */
    public static int O_NOATIME() {
        return O_NOATIME;
    }

    private static final int O_PATH = (int)2097152L;
    /**
     * {@snippet lang=c :
     * #define O_PATH 2097152
     * }
     */
    public static int O_PATH() {
        return O_PATH;
    }

    private static final int O_TMPFILE = (int)4259840L;
    /**
     * {@snippet lang=c :
     * #define O_TMPFILE 4259840
     * }
     */
    public static int O_TMPFILE() {
        return O_TMPFILE;
    }

    private static final int F_GETFD = (int)1L;
    /**
     * {@snippet lang=c :
     * #define F_GETFD 1
     * }
     */
    public static int F_GETFD() {
        return F_GETFD;
    }

    private static final int F_SETFD = (int)2L;
    /**
     * {@snippet lang=c :
     * #define F_SETFD 2
     * }
     */
    public static int F_SETFD() {
        return F_SETFD;
    }

    private static final int F_GETFL = (int)3L;
    /**
     * {@snippet lang=c :
     * #define F_GETFL 3
     * }
     */
    public static int F_GETFL() {
        return F_GETFL;
    }

    private static final int F_SETFL = (int)4L;
    /**
     * {@snippet lang=c :
     * #define F_SETFL 4
     * }
     */
    public static int F_SETFL() {
        return F_SETFL;
    }

    private static final int F_DUPFD_CLOEXEC = (int)1030L;
    /**
     * {@snippet lang=c :
     * #define F_DUPFD_CLOEXEC 1030
     * }
     */
    public static int F_DUPFD_CLOEXEC() {
        return F_DUPFD_CLOEXEC;
    }

    private static final int FD_CLOEXEC = (int)1L;
    /**
     * {@snippet lang=c :
     * #define FD_CLOEXEC 1
     * }
     */
    public static int FD_CLOEXEC() {
        return FD_CLOEXEC;
    }

    private static final int F_RDLCK = (int)0L;
    /**
     * {@snippet lang=c :
     * #define F_RDLCK 0
     * }
     */
    public static int F_RDLCK() {
        return F_RDLCK;
    }

    private static final int F_WRLCK = (int)1L;
    /**
     * {@snippet lang=c :
     * #define F_WRLCK 1
     * }
     */
    public static int F_WRLCK() {
        return F_WRLCK;
    }

    private static final int F_UNLCK = (int)2L;
    /**
     * {@snippet lang=c :
     * #define F_UNLCK 2
     * }
     */
    public static int F_UNLCK() {
        return F_UNLCK;
    }

    private static final int LOCK_SH = (int)1L;
    /**
     * {@snippet lang=c :
     * #define LOCK_SH 1
     * }
     */
    public static int LOCK_SH() {
        return LOCK_SH;
    }

    private static final int LOCK_EX = (int)2L;
    /**
     * {@snippet lang=c :
     * #define LOCK_EX 2
     * }
     */
    public static int LOCK_EX() {
        return LOCK_EX;
    }

    private static final int LOCK_NB = (int)4L;
    /**
     * {@snippet lang=c :
     * #define LOCK_NB 4
     * }
     */
    public static int LOCK_NB() {
        return LOCK_NB;
    }

    private static final int LOCK_UN = (int)8L;
    /**
     * {@snippet lang=c :
     * #define LOCK_UN 8
     * }
     */
    public static int LOCK_UN() {
        return LOCK_UN;
    }

    private static final int FALLOC_FL_KEEP_SIZE = (int)1L;
    /**
     * {@snippet lang=c :
     * #define FALLOC_FL_KEEP_SIZE 1
     * }
     */
    public static int FALLOC_FL_KEEP_SIZE() {
        return FALLOC_FL_KEEP_SIZE;
    }

    private static final int FALLOC_FL_PUNCH_HOLE = (int)2L;
    /**
     * {@snippet lang=c :
     * #define FALLOC_FL_PUNCH_HOLE 2
     * }
     */
    public static int FALLOC_FL_PUNCH_HOLE() {
        return FALLOC_FL_PUNCH_HOLE;
    }

    private static final int FALLOC_FL_COLLAPSE_RANGE = (int)8L;
    /**
     * {@snippet lang=c :
     * #define FALLOC_FL_COLLAPSE_RANGE 8
     * }
     */
    public static int FALLOC_FL_COLLAPSE_RANGE() {
        return FALLOC_FL_COLLAPSE_RANGE;
    }

    private static final int FALLOC_FL_ZERO_RANGE = (int)16L;
    /**
     * {@snippet lang=c :
     * #define FALLOC_FL_ZERO_RANGE 16
     * }
     */
    public static int FALLOC_FL_ZERO_RANGE() {
        return FALLOC_FL_ZERO_RANGE;
    }

    private static final int FALLOC_FL_INSERT_RANGE = (int)32L;
    /**
     * {@snippet lang=c :
     * #define FALLOC_FL_INSERT_RANGE 32
     * }
     */
    public static int FALLOC_FL_INSERT_RANGE() {
        return FALLOC_FL_INSERT_RANGE;
    }

    private static final int AT_FDCWD = (int)-100L;
    /**
     * {@snippet lang=c :
     * #define AT_FDCWD -100
     * }
     */
    public static int AT_FDCWD() {
        return AT_FDCWD;
    }

    private static final int AT_SYMLINK_NOFOLLOW = (int)256L;
    /**
     * {@snippet lang=c :
     * #define AT_SYMLINK_NOFOLLOW 256
     * }
     */
    public static int AT_SYMLINK_NOFOLLOW() {
        return AT_SYMLINK_NOFOLLOW;
    }

    private static final int AT_REMOVEDIR = (int)512L;
    /**
     * {@snippet lang=c :
     * #define AT_REMOVEDIR 512
     * }
     */
    public static int AT_REMOVEDIR() {
        return AT_REMOVEDIR;
    }

    private static final int AT_SYMLINK_FOLLOW = (int)1024L;
    /**
     * {@snippet lang=c :
     * #define AT_SYMLINK_FOLLOW 1024
     * }
     */
    public static int AT_SYMLINK_FOLLOW() {
        return AT_SYMLINK_FOLLOW;
    }

    private static final int AT_EMPTY_PATH = (int)4096L;
    /**
     * {@snippet lang=c :
     * #define AT_EMPTY_PATH 4096
     * }
     */
    public static int AT_EMPTY_PATH() {
        return AT_EMPTY_PATH;
    }

    private static final int AT_RECURSIVE = (int)32768L;
    /**
     * {@snippet lang=c :
     * #define AT_RECURSIVE 32768
     * }
     */
    public static int AT_RECURSIVE() {
        return AT_RECURSIVE;
    }

    private static final long UTIME_NOW = 1073741823L;
    /**
     * {@snippet lang=c :
     * #define UTIME_NOW 1073741823
     * }
     */
    public static long UTIME_NOW() {
        return UTIME_NOW;
    }

    private static final long UTIME_OMIT = 1073741822L;
    /**
     * {@snippet lang=c :
     * #define UTIME_OMIT 1073741822
     * }
     */
    public static long UTIME_OMIT() {
        return UTIME_OMIT;
    }

    private static final int S_IFMT = (int)61440L;
    /**
     * {@snippet lang=c :
     * #define S_IFMT 61440
     * }
     */
    public static int S_IFMT() {
        return S_IFMT;
    }

    private static final int S_IFDIR = (int)16384L;
    /**
     * {@snippet lang=c :
     * #define S_IFDIR 16384
     * }
     */
    public static int S_IFDIR() {
        return S_IFDIR;
    }

    private static final int S_IFCHR = (int)8192L;
    /**
     * {@snippet lang=c :
     * #define S_IFCHR 8192
     * }
     */
    public static int S_IFCHR() {
        return S_IFCHR;
    }

    private static final int S_IFBLK = (int)24576L;
    /**
     * {@snippet lang=c :
     * #define S_IFBLK 24576
     * }
     */
    public static int S_IFBLK() {
        return S_IFBLK;
    }

    private static final int S_IFREG = (int)32768L;
    /**
     * {@snippet lang=c :
     * #define S_IFREG 32768
     * }
     */
    public static int S_IFREG() {
        return S_IFREG;
    }

    private static final int S_IFIFO = (int)4096L;
    /**
     * {@snippet lang=c :
     * #define S_IFIFO 4096
     * }
     */
    public static int S_IFIFO() {
        return S_IFIFO;
    }

    private static final int S_IFLNK = (int)40960L;
    /**
     * {@snippet lang=c :
     * #define S_IFLNK 40960
     * }
     */
    public static int S_IFLNK() {
        return S_IFLNK;
    }

    private static final int S_IFSOCK = (int)49152L;
    /**
     * {@snippet lang=c :
     * #define S_IFSOCK 49152
     * }
     */
    public static int S_IFSOCK() {
        return S_IFSOCK;
    }

    private static final int SEEK_SET = (int)0L;
    /**
     * {@snippet lang=c :
     * #define SEEK_SET 0
     * }
     */
    public static int SEEK_SET() {
        return SEEK_SET;
    }

    private static final int SEEK_CUR = (int)1L;
    /**
     * {@snippet lang=c :
     * #define SEEK_CUR 1
     * }
     */
    public static int SEEK_CUR() {
        return SEEK_CUR;
    }

    private static final int SEEK_END = (int)2L;
    /**
     * {@snippet lang=c :
     * #define SEEK_END 2
     * }
     */
    public static int SEEK_END() {
        return SEEK_END;
    }

    private static final int SEEK_DATA = (int)3L;
    /**
     * {@snippet lang=c :
     * #define SEEK_DATA 3
     * }
     */
    public static int SEEK_DATA() {
        return SEEK_DATA;
    }

    private static final int SEEK_HOLE = (int)4L;
    /**
     * {@snippet lang=c :
     * #define SEEK_HOLE 4
     * }
     */
    public static int SEEK_HOLE() {
        return SEEK_HOLE;
    }

    private static final int STATX_INO = (int)256L;
    /**
     * {@snippet lang=c :
     * #define STATX_INO 256
     * }
     */
    public static int STATX_INO() {
        return STATX_INO;
    }

    private static final int STATX_BASIC_STATS = (int)2047L;
    /**
     * {@snippet lang=c :
     * #define STATX_BASIC_STATS 2047
     * }
     */
    public static int STATX_BASIC_STATS() {
        return STATX_BASIC_STATS;
    }

    private static final int STATX_MNT_ID = (int)4096L;
    /**
     * {@snippet lang=c :
     * #define STATX_MNT_ID 4096
     * }
     */
    public static int STATX_MNT_ID() {
        return STATX_MNT_ID;
    }

    private static final int RENAME_NOREPLACE = (int)1L;
    /**
     * {@snippet lang=c :
     * #define RENAME_NOREPLACE 1
     * }
     */
    public static int RENAME_NOREPLACE() {
        return RENAME_NOREPLACE;
    }

    private static final int RENAME_EXCHANGE = (int)2L;
    /**
     * {@snippet lang=c :
     * #define RENAME_EXCHANGE 2
     * }
     */
    public static int RENAME_EXCHANGE() {
        return RENAME_EXCHANGE;
    }

    private static final int RENAME_WHITEOUT = (int)4L;
    /**
     * {@snippet lang=c :
     * #define RENAME_WHITEOUT 4
     * }
     */
    public static int RENAME_WHITEOUT() {
        return RENAME_WHITEOUT;
    }

    private static final int PATH_MAX = (int)4096L;
    /**
     * {@snippet lang=c :
     * #define PATH_MAX 4096
     * }
     */
    public static int PATH_MAX() {
        return PATH_MAX;
    }

    private static final int OPEN_TREE_CLONE = (int)1L;
    /**
     * {@snippet lang=c :
     * #define OPEN_TREE_CLONE 1
     * }
     */
    public static int OPEN_TREE_CLONE() {
        return OPEN_TREE_CLONE;
    }

    private static final int OPEN_TREE_CLOEXEC = (int)524288L;
    /**
     * {@snippet lang=c :
     * #define OPEN_TREE_CLOEXEC 524288
     * }
     */
    public static int OPEN_TREE_CLOEXEC() {
        return OPEN_TREE_CLOEXEC;
    }

    private static final int CLONE_NEWNS = (int)131072L;
    /**
     * {@snippet lang=c :
     * #define CLONE_NEWNS 131072
     * }
     */
    public static int CLONE_NEWNS() {
        return CLONE_NEWNS;
    }

    private static final int CLONE_NEWCGROUP = (int)33554432L;
    /**
     * {@snippet lang=c :
     * #define CLONE_NEWCGROUP 33554432
     * }
     */
    public static int CLONE_NEWCGROUP() {
        return CLONE_NEWCGROUP;
    }

    private static final int CLONE_NEWUTS = (int)67108864L;
    /**
     * {@snippet lang=c :
     * #define CLONE_NEWUTS 67108864
     * }
     */
    public static int CLONE_NEWUTS() {
        return CLONE_NEWUTS;
    }

    private static final int CLONE_NEWIPC = (int)134217728L;
    /**
     * {@snippet lang=c :
     * #define CLONE_NEWIPC 134217728
     * }
     */
    public static int CLONE_NEWIPC() {
        return CLONE_NEWIPC;
    }

    private static final int CLONE_NEWUSER = (int)268435456L;
    /**
     * {@snippet lang=c :
     * #define CLONE_NEWUSER 268435456
     * }
     */
    public static int CLONE_NEWUSER() {
        return CLONE_NEWUSER;
    }

    private static final int CLONE_NEWPID = (int)536870912L;
    /**
     * {@snippet lang=c :
     * #define CLONE_NEWPID 536870912
     * }
     */
    public static int CLONE_NEWPID() {
        return CLONE_NEWPID;
    }

    private static final int CLONE_NEWNET = (int)1073741824L;
    /**
     * {@snippet lang=c :
     * #define CLONE_NEWNET 1073741824
     * }
     */
    public static int CLONE_NEWNET() {
        return CLONE_NEWNET;
    }

    private static final int PR_SET_PDEATHSIG = (int)1L;
    /**
     * {@snippet lang=c :
     * #define PR_SET_PDEATHSIG 1
     * }
     */
    public static int PR_SET_PDEATHSIG() {
        return PR_SET_PDEATHSIG;
    }

    private static final int PR_SET_NAME = (int)15L;
    /**
     * {@snippet lang=c :
     * #define PR_SET_NAME 15
     * }
     */
    public static int PR_SET_NAME() {
        return PR_SET_NAME;
    }

    private static final int PR_SET_CHILD_SUBREAPER = (int)36L;
    /**
     * {@snippet lang=c :
     * #define PR_SET_CHILD_SUBREAPER 36
     * }
     */
    public static int PR_SET_CHILD_SUBREAPER() {
        return PR_SET_CHILD_SUBREAPER;
    }

    private static final int SIGINT = (int)2L;
    /**
     * {@snippet lang=c :
     * #define SIGINT 2
     * }
     */
    public static int SIGINT() {
        return SIGINT;
    }

    private static final int SIGTERM = (int)15L;
    /**
     * {@snippet lang=c :
     * #define SIGTERM 15
     * }
     */
    public static int SIGTERM() {
        return SIGTERM;
    }

    private static final int SCHED_IDLE = (int)5L;
    /**
     * {@snippet lang=c :
     * #define SCHED_IDLE 5
     * }
     */
    public static int SCHED_IDLE() {
        return SCHED_IDLE;
    }

    private static final int SIGKILL = (int)9L;
    /**
     * {@snippet lang=c :
     * #define SIGKILL 9
     * }
     */
    public static int SIGKILL() {
        return SIGKILL;
    }

    private static final int SIGSTOP = (int)19L;
    /**
     * {@snippet lang=c :
     * #define SIGSTOP 19
     * }
     */
    public static int SIGSTOP() {
        return SIGSTOP;
    }

    private static final int SIGCONT = (int)18L;
    /**
     * {@snippet lang=c :
     * #define SIGCONT 18
     * }
     */
    public static int SIGCONT() {
        return SIGCONT;
    }

    private static final int SIGCHLD = (int)17L;
    /**
     * {@snippet lang=c :
     * #define SIGCHLD 17
     * }
     */
    public static int SIGCHLD() {
        return SIGCHLD;
    }

    private static final int SYS_clone3 = (int)435L;
    /**
     * {@snippet lang=c :
     * #define SYS_clone3 435
     * }
     */
    public static int SYS_clone3() {
        return SYS_clone3;
    }

    private static final int SYS_gettid = (int)186L;
    /**
     * {@snippet lang=c :
     * #define SYS_gettid 186
     * }
     */
    public static int SYS_gettid() {
        return SYS_gettid;
    }

    private static final int SYS_move_mount = (int)429L;
    /**
     * {@snippet lang=c :
     * #define SYS_move_mount 429
     * }
     */
    public static int SYS_move_mount() {
        return SYS_move_mount;
    }

    private static final int SYS_open_tree = (int)428L;
    /**
     * {@snippet lang=c :
     * #define SYS_open_tree 428
     * }
     */
    public static int SYS_open_tree() {
        return SYS_open_tree;
    }

    private static final int SYS_openat2 = (int)437L;
    /**
     * {@snippet lang=c :
     * #define SYS_openat2 437
     * }
     */
    public static int SYS_openat2() {
        return SYS_openat2;
    }

    private static final int RESOLVE_NO_MAGICLINKS = (int)2L;
    /**
     * {@snippet lang=c :
     * #define RESOLVE_NO_MAGICLINKS 2
     * }
     */
    public static int RESOLVE_NO_MAGICLINKS() {
        return RESOLVE_NO_MAGICLINKS;
    }

    private static final int RESOLVE_IN_ROOT = (int)16L;
    /**
     * {@snippet lang=c :
     * #define RESOLVE_IN_ROOT 16
     * }
     */
    public static int RESOLVE_IN_ROOT() {
        return RESOLVE_IN_ROOT;
    }

    private static final int SYS_pidfd_getfd = (int)438L;
    /**
     * {@snippet lang=c :
     * #define SYS_pidfd_getfd 438
     * }
     */
    public static int SYS_pidfd_getfd() {
        return SYS_pidfd_getfd;
    }

    private static final int SYS_pidfd_open = (int)434L;
    /**
     * {@snippet lang=c :
     * #define SYS_pidfd_open 434
     * }
     */
    public static int SYS_pidfd_open() {
        return SYS_pidfd_open;
    }

    private static final int POLLIN = (int)1L;
    /**
     * {@snippet lang=c :
     * #define POLLIN 1
     * }
     */
    public static int POLLIN() {
        return POLLIN;
    }

    private static final int POLLOUT = (int)4L;
    /**
     * {@snippet lang=c :
     * #define POLLOUT 4
     * }
     */
    public static int POLLOUT() {
        return POLLOUT;
    }

    private static final int POLLERR = (int)8L;
    /**
     * {@snippet lang=c :
     * #define POLLERR 8
     * }
     */
    public static int POLLERR() {
        return POLLERR;
    }

    private static final int POLLHUP = (int)16L;
    /**
     * {@snippet lang=c :
     * #define POLLHUP 16
     * }
     */
    public static int POLLHUP() {
        return POLLHUP;
    }

    private static final int MFD_CLOEXEC = (int)1L;
    /**
     * {@snippet lang=c :
     * #define MFD_CLOEXEC 1
     * }
     */
    public static int MFD_CLOEXEC() {
        return MFD_CLOEXEC;
    }

    private static final int WNOHANG = (int)1L;
    /**
     * {@snippet lang=c :
     * #define WNOHANG 1
     * }
     */
    public static int WNOHANG() {
        return WNOHANG;
    }

    private static final int WEXITED = (int)4L;
    /**
     * {@snippet lang=c :
     * #define WEXITED 4
     * }
     */
    public static int WEXITED() {
        return WEXITED;
    }

    private static final int AF_UNIX = (int)1L;
    /**
     * {@snippet lang=c :
     * #define AF_UNIX 1
     * }
     */
    public static int AF_UNIX() {
        return AF_UNIX;
    }

    private static final int SOL_SOCKET = (int)1L;
    /**
     * {@snippet lang=c :
     * #define SOL_SOCKET 1
     * }
     */
    public static int SOL_SOCKET() {
        return SOL_SOCKET;
    }
}
