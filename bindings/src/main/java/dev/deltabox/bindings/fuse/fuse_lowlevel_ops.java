// Generated-shape binding (jextract output shape, filtered to what DeltaBox uses).
package dev.deltabox.bindings.fuse;

import java.lang.foreign.*;
import java.lang.invoke.MethodHandle;
import java.util.function.Consumer;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;
import static java.lang.foreign.ValueLayout.*;

/**
 * {@snippet lang=c :
 * struct fuse_lowlevel_ops {
 *     void (*init)(void *, struct fuse_conn_info *);
 *     void (*destroy)(void *);
 *     void (*lookup)(fuse_req_t, fuse_ino_t, const char *);
 *     void (*forget)(fuse_req_t, fuse_ino_t, uint64_t);
 *     void (*getattr)(fuse_req_t, fuse_ino_t, struct fuse_file_info *);
 *     void (*setattr)(fuse_req_t, fuse_ino_t, struct stat *, int, struct fuse_file_info *);
 *     void (*readlink)(fuse_req_t, fuse_ino_t);
 *     void (*mknod)(fuse_req_t, fuse_ino_t, const char *, mode_t, dev_t);
 *     void (*mkdir)(fuse_req_t, fuse_ino_t, const char *, mode_t);
 *     void (*unlink)(fuse_req_t, fuse_ino_t, const char *);
 *     void (*rmdir)(fuse_req_t, fuse_ino_t, const char *);
 *     void (*symlink)(fuse_req_t, const char *, fuse_ino_t, const char *);
 *     void (*rename)(fuse_req_t, fuse_ino_t, const char *, fuse_ino_t, const char *, unsigned int);
 *     void (*link)(fuse_req_t, fuse_ino_t, fuse_ino_t, const char *);
 *     void (*open)(fuse_req_t, fuse_ino_t, struct fuse_file_info *);
 *     void (*read)(fuse_req_t, fuse_ino_t, size_t, off_t, struct fuse_file_info *);
 *     void (*write)(fuse_req_t, fuse_ino_t, const char *, size_t, off_t, struct fuse_file_info *);
 *     void (*flush)(fuse_req_t, fuse_ino_t, struct fuse_file_info *);
 *     void (*release)(fuse_req_t, fuse_ino_t, struct fuse_file_info *);
 *     void (*fsync)(fuse_req_t, fuse_ino_t, int, struct fuse_file_info *);
 *     void (*opendir)(fuse_req_t, fuse_ino_t, struct fuse_file_info *);
 *     void (*readdir)(fuse_req_t, fuse_ino_t, size_t, off_t, struct fuse_file_info *);
 *     void (*releasedir)(fuse_req_t, fuse_ino_t, struct fuse_file_info *);
 *     void (*fsyncdir)(fuse_req_t, fuse_ino_t, int, struct fuse_file_info *);
 *     void (*statfs)(fuse_req_t, fuse_ino_t);
 *     void (*setxattr)(fuse_req_t, fuse_ino_t, const char *, const char *, size_t, int);
 *     void (*getxattr)(fuse_req_t, fuse_ino_t, const char *, size_t);
 *     void (*listxattr)(fuse_req_t, fuse_ino_t, size_t);
 *     void (*removexattr)(fuse_req_t, fuse_ino_t, const char *);
 *     void (*access)(fuse_req_t, fuse_ino_t, int);
 *     void (*create)(fuse_req_t, fuse_ino_t, const char *, mode_t, struct fuse_file_info *);
 *     void (*getlk)(fuse_req_t, fuse_ino_t, struct fuse_file_info *, struct flock *);
 *     void (*setlk)(fuse_req_t, fuse_ino_t, struct fuse_file_info *, struct flock *, int);
 *     void (*bmap)(fuse_req_t, fuse_ino_t, size_t, uint64_t);
 *     void (*ioctl)(fuse_req_t, fuse_ino_t, unsigned int, void *, struct fuse_file_info *, unsigned int, const void *, size_t, size_t);
 *     void (*poll)(fuse_req_t, fuse_ino_t, struct fuse_file_info *, struct fuse_pollhandle *);
 *     void (*write_buf)(fuse_req_t, fuse_ino_t, struct fuse_bufvec *, off_t, struct fuse_file_info *);
 *     void (*retrieve_reply)(fuse_req_t, void *, fuse_ino_t, off_t, struct fuse_bufvec *);
 *     void (*forget_multi)(fuse_req_t, size_t, struct fuse_forget_data *);
 *     void (*flock)(fuse_req_t, fuse_ino_t, struct fuse_file_info *, int);
 *     void (*fallocate)(fuse_req_t, fuse_ino_t, int, off_t, off_t, struct fuse_file_info *);
 *     void (*readdirplus)(fuse_req_t, fuse_ino_t, size_t, off_t, struct fuse_file_info *);
 *     void (*copy_file_range)(fuse_req_t, fuse_ino_t, off_t, struct fuse_file_info *, fuse_ino_t, off_t, struct fuse_file_info *, size_t, int);
 *     void (*lseek)(fuse_req_t, fuse_ino_t, off_t, int, struct fuse_file_info *);
 *     void (*tmpfile)(fuse_req_t, fuse_ino_t, mode_t, struct fuse_file_info *);
 * }
 * }
 */
public class fuse_lowlevel_ops {

    fuse_lowlevel_ops() {
        // Should not be called directly
    }

    private static final GroupLayout $LAYOUT = MemoryLayout.structLayout(
        fuse_lowlevel_h.C_POINTER.withName("init"),
        fuse_lowlevel_h.C_POINTER.withName("destroy"),
        fuse_lowlevel_h.C_POINTER.withName("lookup"),
        fuse_lowlevel_h.C_POINTER.withName("forget"),
        fuse_lowlevel_h.C_POINTER.withName("getattr"),
        fuse_lowlevel_h.C_POINTER.withName("setattr"),
        fuse_lowlevel_h.C_POINTER.withName("readlink"),
        fuse_lowlevel_h.C_POINTER.withName("mknod"),
        fuse_lowlevel_h.C_POINTER.withName("mkdir"),
        fuse_lowlevel_h.C_POINTER.withName("unlink"),
        fuse_lowlevel_h.C_POINTER.withName("rmdir"),
        fuse_lowlevel_h.C_POINTER.withName("symlink"),
        fuse_lowlevel_h.C_POINTER.withName("rename"),
        fuse_lowlevel_h.C_POINTER.withName("link"),
        fuse_lowlevel_h.C_POINTER.withName("open"),
        fuse_lowlevel_h.C_POINTER.withName("read"),
        fuse_lowlevel_h.C_POINTER.withName("write"),
        fuse_lowlevel_h.C_POINTER.withName("flush"),
        fuse_lowlevel_h.C_POINTER.withName("release"),
        fuse_lowlevel_h.C_POINTER.withName("fsync"),
        fuse_lowlevel_h.C_POINTER.withName("opendir"),
        fuse_lowlevel_h.C_POINTER.withName("readdir"),
        fuse_lowlevel_h.C_POINTER.withName("releasedir"),
        fuse_lowlevel_h.C_POINTER.withName("fsyncdir"),
        fuse_lowlevel_h.C_POINTER.withName("statfs"),
        fuse_lowlevel_h.C_POINTER.withName("setxattr"),
        fuse_lowlevel_h.C_POINTER.withName("getxattr"),
        fuse_lowlevel_h.C_POINTER.withName("listxattr"),
        fuse_lowlevel_h.C_POINTER.withName("removexattr"),
        fuse_lowlevel_h.C_POINTER.withName("access"),
        fuse_lowlevel_h.C_POINTER.withName("create"),
        fuse_lowlevel_h.C_POINTER.withName("getlk"),
        fuse_lowlevel_h.C_POINTER.withName("setlk"),
        fuse_lowlevel_h.C_POINTER.withName("bmap"),
        fuse_lowlevel_h.C_POINTER.withName("ioctl"),
        fuse_lowlevel_h.C_POINTER.withName("poll"),
        fuse_lowlevel_h.C_POINTER.withName("write_buf"),
        fuse_lowlevel_h.C_POINTER.withName("retrieve_reply"),
        fuse_lowlevel_h.C_POINTER.withName("forget_multi"),
        fuse_lowlevel_h.C_POINTER.withName("flock"),
        fuse_lowlevel_h.C_POINTER.withName("fallocate"),
        fuse_lowlevel_h.C_POINTER.withName("readdirplus"),
        fuse_lowlevel_h.C_POINTER.withName("copy_file_range"),
        fuse_lowlevel_h.C_POINTER.withName("lseek"),
        fuse_lowlevel_h.C_POINTER.withName("tmpfile")
    ).withName("fuse_lowlevel_ops");

    /**
     * The layout of this struct
     */
    public static final GroupLayout layout() {
        return $LAYOUT;
    }

    /**
     * {@snippet lang=c :
     * void (*init)(void *, struct fuse_conn_info *)
     * }
     */
    public static class init {

        init() {
            // Should not be called directly
        }

        /**
         * The function pointer signature, expressed as a functional interface
         */
        public interface Function {
            void apply(MemorySegment userdata, MemorySegment conn);
        }

        private static final FunctionDescriptor $DESC = FunctionDescriptor.ofVoid(
            fuse_lowlevel_h.C_POINTER,
            fuse_lowlevel_h.C_POINTER
        );

        /**
         * The descriptor of this function pointer
         */
        public static FunctionDescriptor descriptor() {
            return $DESC;
        }

        private static final MethodHandle UP$MH = fuse_lowlevel_h.upcallHandle(init.Function.class, "apply", $DESC);

        /**
         * Allocates a new upcall stub, whose implementation is defined by {@code fi}.
         * The lifetime of the returned segment is managed by {@code arena}
         */
        public static MemorySegment allocate(init.Function fi, Arena arena) {
            return Linker.nativeLinker().upcallStub(UP$MH.bindTo(fi), $DESC, arena);
        }

        private static final MethodHandle DOWN$MH = Linker.nativeLinker().downcallHandle($DESC);

        /**
         * Invoke the upcall stub {@code funcPtr}, with given parameters
         */
        public static void invoke(MemorySegment funcPtr, MemorySegment userdata, MemorySegment conn) {
            try {
                DOWN$MH.invokeExact(funcPtr, userdata, conn);
            } catch (Throwable ex$) {
                throw new AssertionError("should not reach here", ex$);
            }
        }
    }

    private static final AddressLayout init$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("init"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * void (*init)(void *, struct fuse_conn_info *)
     * }
     */
    public static final AddressLayout init$layout() {
        return init$LAYOUT;
    }

    private static final long init$OFFSET = 0;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * void (*init)(void *, struct fuse_conn_info *)
     * }
     */
    public static final long init$offset() {
        return init$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * void (*init)(void *, struct fuse_conn_info *)
     * }
     */
    public static MemorySegment init(MemorySegment struct) {
        return struct.get(init$LAYOUT, init$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * void (*init)(void *, struct fuse_conn_info *)
     * }
     */
    public static void init(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(init$LAYOUT, init$OFFSET, fieldValue);
    }

    /**
     * {@snippet lang=c :
     * void (*destroy)(void *)
     * }
     */
    public static class destroy {

        destroy() {
            // Should not be called directly
        }

        /**
         * The function pointer signature, expressed as a functional interface
         */
        public interface Function {
            void apply(MemorySegment userdata);
        }

        private static final FunctionDescriptor $DESC = FunctionDescriptor.ofVoid(
            fuse_lowlevel_h.C_POINTER
        );

        /**
         * The descriptor of this function pointer
         */
        public static FunctionDescriptor descriptor() {
            return $DESC;
        }

        private static final MethodHandle UP$MH = fuse_lowlevel_h.upcallHandle(destroy.Function.class, "apply", $DESC);

        /**
         * Allocates a new upcall stub, whose implementation is defined by {@code fi}.
         * The lifetime of the returned segment is managed by {@code arena}
         */
        public static MemorySegment allocate(destroy.Function fi, Arena arena) {
            return Linker.nativeLinker().upcallStub(UP$MH.bindTo(fi), $DESC, arena);
        }

        private static final MethodHandle DOWN$MH = Linker.nativeLinker().downcallHandle($DESC);

        /**
         * Invoke the upcall stub {@code funcPtr}, with given parameters
         */
        public static void invoke(MemorySegment funcPtr, MemorySegment userdata) {
            try {
                DOWN$MH.invokeExact(funcPtr, userdata);
            } catch (Throwable ex$) {
                throw new AssertionError("should not reach here", ex$);
            }
        }
    }

    private static final AddressLayout destroy$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("destroy"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * void (*destroy)(void *)
     * }
     */
    public static final AddressLayout destroy$layout() {
        return destroy$LAYOUT;
    }

    private static final long destroy$OFFSET = 8;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * void (*destroy)(void *)
     * }
     */
    public static final long destroy$offset() {
        return destroy$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * void (*destroy)(void *)
     * }
     */
    public static MemorySegment destroy(MemorySegment struct) {
        return struct.get(destroy$LAYOUT, destroy$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * void (*destroy)(void *)
     * }
     */
    public static void destroy(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(destroy$LAYOUT, destroy$OFFSET, fieldValue);
    }

    /**
     * {@snippet lang=c :
     * void (*lookup)(fuse_req_t, fuse_ino_t, const char *)
     * }
     */
    public static class lookup {

        lookup() {
            // Should not be called directly
        }

        /**
         * The function pointer signature, expressed as a functional interface
         */
        public interface Function {
            void apply(MemorySegment req, long parent, MemorySegment name);
        }

        private static final FunctionDescriptor $DESC = FunctionDescriptor.ofVoid(
            fuse_lowlevel_h.C_POINTER,
            fuse_lowlevel_h.C_LONG,
            fuse_lowlevel_h.C_POINTER
        );

        /**
         * The descriptor of this function pointer
         */
        public static FunctionDescriptor descriptor() {
            return $DESC;
        }

        private static final MethodHandle UP$MH = fuse_lowlevel_h.upcallHandle(lookup.Function.class, "apply", $DESC);

        /**
         * Allocates a new upcall stub, whose implementation is defined by {@code fi}.
         * The lifetime of the returned segment is managed by {@code arena}
         */
        public static MemorySegment allocate(lookup.Function fi, Arena arena) {
            return Linker.nativeLinker().upcallStub(UP$MH.bindTo(fi), $DESC, arena);
        }

        private static final MethodHandle DOWN$MH = Linker.nativeLinker().downcallHandle($DESC);

        /**
         * Invoke the upcall stub {@code funcPtr}, with given parameters
         */
        public static void invoke(MemorySegment funcPtr, MemorySegment req, long parent, MemorySegment name) {
            try {
                DOWN$MH.invokeExact(funcPtr, req, parent, name);
            } catch (Throwable ex$) {
                throw new AssertionError("should not reach here", ex$);
            }
        }
    }

    private static final AddressLayout lookup$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("lookup"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * void (*lookup)(fuse_req_t, fuse_ino_t, const char *)
     * }
     */
    public static final AddressLayout lookup$layout() {
        return lookup$LAYOUT;
    }

    private static final long lookup$OFFSET = 16;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * void (*lookup)(fuse_req_t, fuse_ino_t, const char *)
     * }
     */
    public static final long lookup$offset() {
        return lookup$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * void (*lookup)(fuse_req_t, fuse_ino_t, const char *)
     * }
     */
    public static MemorySegment lookup(MemorySegment struct) {
        return struct.get(lookup$LAYOUT, lookup$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * void (*lookup)(fuse_req_t, fuse_ino_t, const char *)
     * }
     */
    public static void lookup(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(lookup$LAYOUT, lookup$OFFSET, fieldValue);
    }

    /**
     * {@snippet lang=c :
     * void (*forget)(fuse_req_t, fuse_ino_t, uint64_t)
     * }
     */
    public static class forget {

        forget() {
            // Should not be called directly
        }

        /**
         * The function pointer signature, expressed as a functional interface
         */
        public interface Function {
            void apply(MemorySegment req, long ino, long nlookup);
        }

        private static final FunctionDescriptor $DESC = FunctionDescriptor.ofVoid(
            fuse_lowlevel_h.C_POINTER,
            fuse_lowlevel_h.C_LONG,
            fuse_lowlevel_h.C_LONG
        );

        /**
         * The descriptor of this function pointer
         */
        public static FunctionDescriptor descriptor() {
            return $DESC;
        }

        private static final MethodHandle UP$MH = fuse_lowlevel_h.upcallHandle(forget.Function.class, "apply", $DESC);

        /**
         * Allocates a new upcall stub, whose implementation is defined by {@code fi}.
         * The lifetime of the returned segment is managed by {@code arena}
         */
        public static MemorySegment allocate(forget.Function fi, Arena arena) {
            return Linker.nativeLinker().upcallStub(UP$MH.bindTo(fi), $DESC, arena);
        }

        private static final MethodHandle DOWN$MH = Linker.nativeLinker().downcallHandle($DESC);

        /**
         * Invoke the upcall stub {@code funcPtr}, with given parameters
         */
        public static void invoke(MemorySegment funcPtr, MemorySegment req, long ino, long nlookup) {
            try {
                DOWN$MH.invokeExact(funcPtr, req, ino, nlookup);
            } catch (Throwable ex$) {
                throw new AssertionError("should not reach here", ex$);
            }
        }
    }

    private static final AddressLayout forget$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("forget"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * void (*forget)(fuse_req_t, fuse_ino_t, uint64_t)
     * }
     */
    public static final AddressLayout forget$layout() {
        return forget$LAYOUT;
    }

    private static final long forget$OFFSET = 24;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * void (*forget)(fuse_req_t, fuse_ino_t, uint64_t)
     * }
     */
    public static final long forget$offset() {
        return forget$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * void (*forget)(fuse_req_t, fuse_ino_t, uint64_t)
     * }
     */
    public static MemorySegment forget(MemorySegment struct) {
        return struct.get(forget$LAYOUT, forget$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * void (*forget)(fuse_req_t, fuse_ino_t, uint64_t)
     * }
     */
    public static void forget(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(forget$LAYOUT, forget$OFFSET, fieldValue);
    }

    /**
     * {@snippet lang=c :
     * void (*getattr)(fuse_req_t, fuse_ino_t, struct fuse_file_info *)
     * }
     */
    public static class getattr {

        getattr() {
            // Should not be called directly
        }

        /**
         * The function pointer signature, expressed as a functional interface
         */
        public interface Function {
            void apply(MemorySegment req, long ino, MemorySegment fi);
        }

        private static final FunctionDescriptor $DESC = FunctionDescriptor.ofVoid(
            fuse_lowlevel_h.C_POINTER,
            fuse_lowlevel_h.C_LONG,
            fuse_lowlevel_h.C_POINTER
        );

        /**
         * The descriptor of this function pointer
         */
        public static FunctionDescriptor descriptor() {
            return $DESC;
        }

        private static final MethodHandle UP$MH = fuse_lowlevel_h.upcallHandle(getattr.Function.class, "apply", $DESC);

        /**
         * Allocates a new upcall stub, whose implementation is defined by {@code fi}.
         * The lifetime of the returned segment is managed by {@code arena}
         */
        public static MemorySegment allocate(getattr.Function fi, Arena arena) {
            return Linker.nativeLinker().upcallStub(UP$MH.bindTo(fi), $DESC, arena);
        }

        private static final MethodHandle DOWN$MH = Linker.nativeLinker().downcallHandle($DESC);

        /**
         * Invoke the upcall stub {@code funcPtr}, with given parameters
         */
        public static void invoke(MemorySegment funcPtr, MemorySegment req, long ino, MemorySegment fi) {
            try {
                DOWN$MH.invokeExact(funcPtr, req, ino, fi);
            } catch (Throwable ex$) {
                throw new AssertionError("should not reach here", ex$);
            }
        }
    }

    private static final AddressLayout getattr$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("getattr"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * void (*getattr)(fuse_req_t, fuse_ino_t, struct fuse_file_info *)
     * }
     */
    public static final AddressLayout getattr$layout() {
        return getattr$LAYOUT;
    }

    private static final long getattr$OFFSET = 32;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * void (*getattr)(fuse_req_t, fuse_ino_t, struct fuse_file_info *)
     * }
     */
    public static final long getattr$offset() {
        return getattr$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * void (*getattr)(fuse_req_t, fuse_ino_t, struct fuse_file_info *)
     * }
     */
    public static MemorySegment getattr(MemorySegment struct) {
        return struct.get(getattr$LAYOUT, getattr$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * void (*getattr)(fuse_req_t, fuse_ino_t, struct fuse_file_info *)
     * }
     */
    public static void getattr(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(getattr$LAYOUT, getattr$OFFSET, fieldValue);
    }

    /**
     * {@snippet lang=c :
     * void (*setattr)(fuse_req_t, fuse_ino_t, struct stat *, int, struct fuse_file_info *)
     * }
     */
    public static class setattr {

        setattr() {
            // Should not be called directly
        }

        /**
         * The function pointer signature, expressed as a functional interface
         */
        public interface Function {
            void apply(MemorySegment req, long ino, MemorySegment attr, int to_set, MemorySegment fi);
        }

        private static final FunctionDescriptor $DESC = FunctionDescriptor.ofVoid(
            fuse_lowlevel_h.C_POINTER,
            fuse_lowlevel_h.C_LONG,
            fuse_lowlevel_h.C_POINTER,
            fuse_lowlevel_h.C_INT,
            fuse_lowlevel_h.C_POINTER
        );

        /**
         * The descriptor of this function pointer
         */
        public static FunctionDescriptor descriptor() {
            return $DESC;
        }

        private static final MethodHandle UP$MH = fuse_lowlevel_h.upcallHandle(setattr.Function.class, "apply", $DESC);

        /**
         * Allocates a new upcall stub, whose implementation is defined by {@code fi}.
         * The lifetime of the returned segment is managed by {@code arena}
         */
        public static MemorySegment allocate(setattr.Function fi, Arena arena) {
            return Linker.nativeLinker().upcallStub(UP$MH.bindTo(fi), $DESC, arena);
        }

        private static final MethodHandle DOWN$MH = Linker.nativeLinker().downcallHandle($DESC);

        /**
         * Invoke the upcall stub {@code funcPtr}, with given parameters
         */
        public static void invoke(MemorySegment funcPtr, MemorySegment req, long ino, MemorySegment attr, int to_set, MemorySegment fi) {
            try {
                DOWN$MH.invokeExact(funcPtr, req, ino, attr, to_set, fi);
            } catch (Throwable ex$) {
                throw new AssertionError("should not reach here", ex$);
            }
        }
    }

    private static final AddressLayout setattr$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("setattr"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * void (*setattr)(fuse_req_t, fuse_ino_t, struct stat *, int, struct fuse_file_info *)
     * }
     */
    public static final AddressLayout setattr$layout() {
        return setattr$LAYOUT;
    }

    private static final long setattr$OFFSET = 40;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * void (*setattr)(fuse_req_t, fuse_ino_t, struct stat *, int, struct fuse_file_info *)
     * }
     */
    public static final long setattr$offset() {
        return setattr$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * void (*setattr)(fuse_req_t, fuse_ino_t, struct stat *, int, struct fuse_file_info *)
     * }
     */
    public static MemorySegment setattr(MemorySegment struct) {
        return struct.get(setattr$LAYOUT, setattr$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * void (*setattr)(fuse_req_t, fuse_ino_t, struct stat *, int, struct fuse_file_info *)
     * }
     */
    public static void setattr(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(setattr$LAYOUT, setattr$OFFSET, fieldValue);
    }

    /**
     * {@snippet lang=c :
     * void (*readlink)(fuse_req_t, fuse_ino_t)
     * }
     */
    public static class readlink {

        readlink() {
            // Should not be called directly
        }

        /**
         * The function pointer signature, expressed as a functional interface
         */
        public interface Function {
            void apply(MemorySegment req, long ino);
        }

        private static final FunctionDescriptor $DESC = FunctionDescriptor.ofVoid(
            fuse_lowlevel_h.C_POINTER,
            fuse_lowlevel_h.C_LONG
        );

        /**
         * The descriptor of this function pointer
         */
        public static FunctionDescriptor descriptor() {
            return $DESC;
        }

        private static final MethodHandle UP$MH = fuse_lowlevel_h.upcallHandle(readlink.Function.class, "apply", $DESC);

        /**
         * Allocates a new upcall stub, whose implementation is defined by {@code fi}.
         * The lifetime of the returned segment is managed by {@code arena}
         */
        public static MemorySegment allocate(readlink.Function fi, Arena arena) {
            return Linker.nativeLinker().upcallStub(UP$MH.bindTo(fi), $DESC, arena);
        }

        private static final MethodHandle DOWN$MH = Linker.nativeLinker().downcallHandle($DESC);

        /**
         * Invoke the upcall stub {@code funcPtr}, with given parameters
         */
        public static void invoke(MemorySegment funcPtr, MemorySegment req, long ino) {
            try {
                DOWN$MH.invokeExact(funcPtr, req, ino);
            } catch (Throwable ex$) {
                throw new AssertionError("should not reach here", ex$);
            }
        }
    }

    private static final AddressLayout readlink$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("readlink"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * void (*readlink)(fuse_req_t, fuse_ino_t)
     * }
     */
    public static final AddressLayout readlink$layout() {
        return readlink$LAYOUT;
    }

    private static final long readlink$OFFSET = 48;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * void (*readlink)(fuse_req_t, fuse_ino_t)
     * }
     */
    public static final long readlink$offset() {
        return readlink$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * void (*readlink)(fuse_req_t, fuse_ino_t)
     * }
     */
    public static MemorySegment readlink(MemorySegment struct) {
        return struct.get(readlink$LAYOUT, readlink$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * void (*readlink)(fuse_req_t, fuse_ino_t)
     * }
     */
    public static void readlink(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(readlink$LAYOUT, readlink$OFFSET, fieldValue);
    }

    /**
     * {@snippet lang=c :
     * void (*mknod)(fuse_req_t, fuse_ino_t, const char *, mode_t, dev_t)
     * }
     */
    public static class mknod {

        mknod() {
            // Should not be called directly
        }

        /**
         * The function pointer signature, expressed as a functional interface
         */
        public interface Function {
            void apply(MemorySegment req, long parent, MemorySegment name, int mode, long rdev);
        }

        private static final FunctionDescriptor $DESC = FunctionDescriptor.ofVoid(
            fuse_lowlevel_h.C_POINTER,
            fuse_lowlevel_h.C_LONG,
            fuse_lowlevel_h.C_POINTER,
            fuse_lowlevel_h.C_INT,
            fuse_lowlevel_h.C_LONG
        );

        /**
         * The descriptor of this function pointer
         */
        public static FunctionDescriptor descriptor() {
            return $DESC;
        }

        private static final MethodHandle UP$MH = fuse_lowlevel_h.upcallHandle(mknod.Function.class, "apply", $DESC);

        /**
         * Allocates a new upcall stub, whose implementation is defined by {@code fi}.
         * The lifetime of the returned segment is managed by {@code arena}
         */
        public static MemorySegment allocate(mknod.Function fi, Arena arena) {
            return Linker.nativeLinker().upcallStub(UP$MH.bindTo(fi), $DESC, arena);
        }

        private static final MethodHandle DOWN$MH = Linker.nativeLinker().downcallHandle($DESC);

        /**
         * Invoke the upcall stub {@code funcPtr}, with given parameters
         */
        public static void invoke(MemorySegment funcPtr, MemorySegment req, long parent, MemorySegment name, int mode, long rdev) {
            try {
                DOWN$MH.invokeExact(funcPtr, req, parent, name, mode, rdev);
            } catch (Throwable ex$) {
                throw new AssertionError("should not reach here", ex$);
            }
        }
    }

    private static final AddressLayout mknod$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("mknod"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * void (*mknod)(fuse_req_t, fuse_ino_t, const char *, mode_t, dev_t)
     * }
     */
    public static final AddressLayout mknod$layout() {
        return mknod$LAYOUT;
    }

    private static final long mknod$OFFSET = 56;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * void (*mknod)(fuse_req_t, fuse_ino_t, const char *, mode_t, dev_t)
     * }
     */
    public static final long mknod$offset() {
        return mknod$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * void (*mknod)(fuse_req_t, fuse_ino_t, const char *, mode_t, dev_t)
     * }
     */
    public static MemorySegment mknod(MemorySegment struct) {
        return struct.get(mknod$LAYOUT, mknod$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * void (*mknod)(fuse_req_t, fuse_ino_t, const char *, mode_t, dev_t)
     * }
     */
    public static void mknod(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(mknod$LAYOUT, mknod$OFFSET, fieldValue);
    }

    /**
     * {@snippet lang=c :
     * void (*mkdir)(fuse_req_t, fuse_ino_t, const char *, mode_t)
     * }
     */
    public static class mkdir {

        mkdir() {
            // Should not be called directly
        }

        /**
         * The function pointer signature, expressed as a functional interface
         */
        public interface Function {
            void apply(MemorySegment req, long parent, MemorySegment name, int mode);
        }

        private static final FunctionDescriptor $DESC = FunctionDescriptor.ofVoid(
            fuse_lowlevel_h.C_POINTER,
            fuse_lowlevel_h.C_LONG,
            fuse_lowlevel_h.C_POINTER,
            fuse_lowlevel_h.C_INT
        );

        /**
         * The descriptor of this function pointer
         */
        public static FunctionDescriptor descriptor() {
            return $DESC;
        }

        private static final MethodHandle UP$MH = fuse_lowlevel_h.upcallHandle(mkdir.Function.class, "apply", $DESC);

        /**
         * Allocates a new upcall stub, whose implementation is defined by {@code fi}.
         * The lifetime of the returned segment is managed by {@code arena}
         */
        public static MemorySegment allocate(mkdir.Function fi, Arena arena) {
            return Linker.nativeLinker().upcallStub(UP$MH.bindTo(fi), $DESC, arena);
        }

        private static final MethodHandle DOWN$MH = Linker.nativeLinker().downcallHandle($DESC);

        /**
         * Invoke the upcall stub {@code funcPtr}, with given parameters
         */
        public static void invoke(MemorySegment funcPtr, MemorySegment req, long parent, MemorySegment name, int mode) {
            try {
                DOWN$MH.invokeExact(funcPtr, req, parent, name, mode);
            } catch (Throwable ex$) {
                throw new AssertionError("should not reach here", ex$);
            }
        }
    }

    private static final AddressLayout mkdir$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("mkdir"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * void (*mkdir)(fuse_req_t, fuse_ino_t, const char *, mode_t)
     * }
     */
    public static final AddressLayout mkdir$layout() {
        return mkdir$LAYOUT;
    }

    private static final long mkdir$OFFSET = 64;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * void (*mkdir)(fuse_req_t, fuse_ino_t, const char *, mode_t)
     * }
     */
    public static final long mkdir$offset() {
        return mkdir$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * void (*mkdir)(fuse_req_t, fuse_ino_t, const char *, mode_t)
     * }
     */
    public static MemorySegment mkdir(MemorySegment struct) {
        return struct.get(mkdir$LAYOUT, mkdir$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * void (*mkdir)(fuse_req_t, fuse_ino_t, const char *, mode_t)
     * }
     */
    public static void mkdir(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(mkdir$LAYOUT, mkdir$OFFSET, fieldValue);
    }

    /**
     * {@snippet lang=c :
     * void (*unlink)(fuse_req_t, fuse_ino_t, const char *)
     * }
     */
    public static class unlink {

        unlink() {
            // Should not be called directly
        }

        /**
         * The function pointer signature, expressed as a functional interface
         */
        public interface Function {
            void apply(MemorySegment req, long parent, MemorySegment name);
        }

        private static final FunctionDescriptor $DESC = FunctionDescriptor.ofVoid(
            fuse_lowlevel_h.C_POINTER,
            fuse_lowlevel_h.C_LONG,
            fuse_lowlevel_h.C_POINTER
        );

        /**
         * The descriptor of this function pointer
         */
        public static FunctionDescriptor descriptor() {
            return $DESC;
        }

        private static final MethodHandle UP$MH = fuse_lowlevel_h.upcallHandle(unlink.Function.class, "apply", $DESC);

        /**
         * Allocates a new upcall stub, whose implementation is defined by {@code fi}.
         * The lifetime of the returned segment is managed by {@code arena}
         */
        public static MemorySegment allocate(unlink.Function fi, Arena arena) {
            return Linker.nativeLinker().upcallStub(UP$MH.bindTo(fi), $DESC, arena);
        }

        private static final MethodHandle DOWN$MH = Linker.nativeLinker().downcallHandle($DESC);

        /**
         * Invoke the upcall stub {@code funcPtr}, with given parameters
         */
        public static void invoke(MemorySegment funcPtr, MemorySegment req, long parent, MemorySegment name) {
            try {
                DOWN$MH.invokeExact(funcPtr, req, parent, name);
            } catch (Throwable ex$) {
                throw new AssertionError("should not reach here", ex$);
            }
        }
    }

    private static final AddressLayout unlink$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("unlink"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * void (*unlink)(fuse_req_t, fuse_ino_t, const char *)
     * }
     */
    public static final AddressLayout unlink$layout() {
        return unlink$LAYOUT;
    }

    private static final long unlink$OFFSET = 72;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * void (*unlink)(fuse_req_t, fuse_ino_t, const char *)
     * }
     */
    public static final long unlink$offset() {
        return unlink$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * void (*unlink)(fuse_req_t, fuse_ino_t, const char *)
     * }
     */
    public static MemorySegment unlink(MemorySegment struct) {
        return struct.get(unlink$LAYOUT, unlink$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * void (*unlink)(fuse_req_t, fuse_ino_t, const char *)
     * }
     */
    public static void unlink(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(unlink$LAYOUT, unlink$OFFSET, fieldValue);
    }

    /**
     * {@snippet lang=c :
     * void (*rmdir)(fuse_req_t, fuse_ino_t, const char *)
     * }
     */
    public static class rmdir {

        rmdir() {
            // Should not be called directly
        }

        /**
         * The function pointer signature, expressed as a functional interface
         */
        public interface Function {
            void apply(MemorySegment req, long parent, MemorySegment name);
        }

        private static final FunctionDescriptor $DESC = FunctionDescriptor.ofVoid(
            fuse_lowlevel_h.C_POINTER,
            fuse_lowlevel_h.C_LONG,
            fuse_lowlevel_h.C_POINTER
        );

        /**
         * The descriptor of this function pointer
         */
        public static FunctionDescriptor descriptor() {
            return $DESC;
        }

        private static final MethodHandle UP$MH = fuse_lowlevel_h.upcallHandle(rmdir.Function.class, "apply", $DESC);

        /**
         * Allocates a new upcall stub, whose implementation is defined by {@code fi}.
         * The lifetime of the returned segment is managed by {@code arena}
         */
        public static MemorySegment allocate(rmdir.Function fi, Arena arena) {
            return Linker.nativeLinker().upcallStub(UP$MH.bindTo(fi), $DESC, arena);
        }

        private static final MethodHandle DOWN$MH = Linker.nativeLinker().downcallHandle($DESC);

        /**
         * Invoke the upcall stub {@code funcPtr}, with given parameters
         */
        public static void invoke(MemorySegment funcPtr, MemorySegment req, long parent, MemorySegment name) {
            try {
                DOWN$MH.invokeExact(funcPtr, req, parent, name);
            } catch (Throwable ex$) {
                throw new AssertionError("should not reach here", ex$);
            }
        }
    }

    private static final AddressLayout rmdir$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("rmdir"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * void (*rmdir)(fuse_req_t, fuse_ino_t, const char *)
     * }
     */
    public static final AddressLayout rmdir$layout() {
        return rmdir$LAYOUT;
    }

    private static final long rmdir$OFFSET = 80;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * void (*rmdir)(fuse_req_t, fuse_ino_t, const char *)
     * }
     */
    public static final long rmdir$offset() {
        return rmdir$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * void (*rmdir)(fuse_req_t, fuse_ino_t, const char *)
     * }
     */
    public static MemorySegment rmdir(MemorySegment struct) {
        return struct.get(rmdir$LAYOUT, rmdir$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * void (*rmdir)(fuse_req_t, fuse_ino_t, const char *)
     * }
     */
    public static void rmdir(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(rmdir$LAYOUT, rmdir$OFFSET, fieldValue);
    }

    /**
     * {@snippet lang=c :
     * void (*symlink)(fuse_req_t, const char *, fuse_ino_t, const char *)
     * }
     */
    public static class symlink {

        symlink() {
            // Should not be called directly
        }

        /**
         * The function pointer signature, expressed as a functional interface
         */
        public interface Function {
            void apply(MemorySegment req, MemorySegment link, long parent, MemorySegment name);
        }

        private static final FunctionDescriptor $DESC = FunctionDescriptor.ofVoid(
            fuse_lowlevel_h.C_POINTER,
            fuse_lowlevel_h.C_POINTER,
            fuse_lowlevel_h.C_LONG,
            fuse_lowlevel_h.C_POINTER
        );

        /**
         * The descriptor of this function pointer
         */
        public static FunctionDescriptor descriptor() {
            return $DESC;
        }

        private static final MethodHandle UP$MH = fuse_lowlevel_h.upcallHandle(symlink.Function.class, "apply", $DESC);

        /**
         * Allocates a new upcall stub, whose implementation is defined by {@code fi}.
         * The lifetime of the returned segment is managed by {@code arena}
         */
        public static MemorySegment allocate(symlink.Function fi, Arena arena) {
            return Linker.nativeLinker().upcallStub(UP$MH.bindTo(fi), $DESC, arena);
        }

        private static final MethodHandle DOWN$MH = Linker.nativeLinker().downcallHandle($DESC);

        /**
         * Invoke the upcall stub {@code funcPtr}, with given parameters
         */
        public static void invoke(MemorySegment funcPtr, MemorySegment req, MemorySegment link, long parent, MemorySegment name) {
            try {
                DOWN$MH.invokeExact(funcPtr, req, link, parent, name);
            } catch (Throwable ex$) {
                throw new AssertionError("should not reach here", ex$);
            }
        }
    }

    private static final AddressLayout symlink$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("symlink"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * void (*symlink)(fuse_req_t, const char *, fuse_ino_t, const char *)
     * }
     */
    public static final AddressLayout symlink$layout() {
        return symlink$LAYOUT;
    }

    private static final long symlink$OFFSET = 88;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * void (*symlink)(fuse_req_t, const char *, fuse_ino_t, const char *)
     * }
     */
    public static final long symlink$offset() {
        return symlink$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * void (*symlink)(fuse_req_t, const char *, fuse_ino_t, const char *)
     * }
     */
    public static MemorySegment symlink(MemorySegment struct) {
        return struct.get(symlink$LAYOUT, symlink$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * void (*symlink)(fuse_req_t, const char *, fuse_ino_t, const char *)
     * }
     */
    public static void symlink(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(symlink$LAYOUT, symlink$OFFSET, fieldValue);
    }

    /**
     * {@snippet lang=c :
     * void (*rename)(fuse_req_t, fuse_ino_t, const char *, fuse_ino_t, const char *, unsigned int)
     * }
     */
    public static class rename {

        rename() {
            // Should not be called directly
        }

        /**
         * The function pointer signature, expressed as a functional interface
         */
        public interface Function {
            void apply(MemorySegment req, long parent, MemorySegment name, long newparent, MemorySegment newname, int flags);
        }

        private static final FunctionDescriptor $DESC = FunctionDescriptor.ofVoid(
            fuse_lowlevel_h.C_POINTER,
            fuse_lowlevel_h.C_LONG,
            fuse_lowlevel_h.C_POINTER,
            fuse_lowlevel_h.C_LONG,
            fuse_lowlevel_h.C_POINTER,
            fuse_lowlevel_h.C_INT
        );

        /**
         * The descriptor of this function pointer
         */
        public static FunctionDescriptor descriptor() {
            return $DESC;
        }

        private static final MethodHandle UP$MH = fuse_lowlevel_h.upcallHandle(rename.Function.class, "apply", $DESC);

        /**
         * Allocates a new upcall stub, whose implementation is defined by {@code fi}.
         * The lifetime of the returned segment is managed by {@code arena}
         */
        public static MemorySegment allocate(rename.Function fi, Arena arena) {
            return Linker.nativeLinker().upcallStub(UP$MH.bindTo(fi), $DESC, arena);
        }

        private static final MethodHandle DOWN$MH = Linker.nativeLinker().downcallHandle($DESC);

        /**
         * Invoke the upcall stub {@code funcPtr}, with given parameters
         */
        public static void invoke(MemorySegment funcPtr, MemorySegment req, long parent, MemorySegment name, long newparent, MemorySegment newname, int flags) {
            try {
                DOWN$MH.invokeExact(funcPtr, req, parent, name, newparent, newname, flags);
            } catch (Throwable ex$) {
                throw new AssertionError("should not reach here", ex$);
            }
        }
    }

    private static final AddressLayout rename$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("rename"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * void (*rename)(fuse_req_t, fuse_ino_t, const char *, fuse_ino_t, const char *, unsigned int)
     * }
     */
    public static final AddressLayout rename$layout() {
        return rename$LAYOUT;
    }

    private static final long rename$OFFSET = 96;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * void (*rename)(fuse_req_t, fuse_ino_t, const char *, fuse_ino_t, const char *, unsigned int)
     * }
     */
    public static final long rename$offset() {
        return rename$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * void (*rename)(fuse_req_t, fuse_ino_t, const char *, fuse_ino_t, const char *, unsigned int)
     * }
     */
    public static MemorySegment rename(MemorySegment struct) {
        return struct.get(rename$LAYOUT, rename$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * void (*rename)(fuse_req_t, fuse_ino_t, const char *, fuse_ino_t, const char *, unsigned int)
     * }
     */
    public static void rename(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(rename$LAYOUT, rename$OFFSET, fieldValue);
    }

    /**
     * {@snippet lang=c :
     * void (*link)(fuse_req_t, fuse_ino_t, fuse_ino_t, const char *)
     * }
     */
    public static class link {

        link() {
            // Should not be called directly
        }

        /**
         * The function pointer signature, expressed as a functional interface
         */
        public interface Function {
            void apply(MemorySegment req, long ino, long newparent, MemorySegment newname);
        }

        private static final FunctionDescriptor $DESC = FunctionDescriptor.ofVoid(
            fuse_lowlevel_h.C_POINTER,
            fuse_lowlevel_h.C_LONG,
            fuse_lowlevel_h.C_LONG,
            fuse_lowlevel_h.C_POINTER
        );

        /**
         * The descriptor of this function pointer
         */
        public static FunctionDescriptor descriptor() {
            return $DESC;
        }

        private static final MethodHandle UP$MH = fuse_lowlevel_h.upcallHandle(link.Function.class, "apply", $DESC);

        /**
         * Allocates a new upcall stub, whose implementation is defined by {@code fi}.
         * The lifetime of the returned segment is managed by {@code arena}
         */
        public static MemorySegment allocate(link.Function fi, Arena arena) {
            return Linker.nativeLinker().upcallStub(UP$MH.bindTo(fi), $DESC, arena);
        }

        private static final MethodHandle DOWN$MH = Linker.nativeLinker().downcallHandle($DESC);

        /**
         * Invoke the upcall stub {@code funcPtr}, with given parameters
         */
        public static void invoke(MemorySegment funcPtr, MemorySegment req, long ino, long newparent, MemorySegment newname) {
            try {
                DOWN$MH.invokeExact(funcPtr, req, ino, newparent, newname);
            } catch (Throwable ex$) {
                throw new AssertionError("should not reach here", ex$);
            }
        }
    }

    private static final AddressLayout link$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("link"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * void (*link)(fuse_req_t, fuse_ino_t, fuse_ino_t, const char *)
     * }
     */
    public static final AddressLayout link$layout() {
        return link$LAYOUT;
    }

    private static final long link$OFFSET = 104;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * void (*link)(fuse_req_t, fuse_ino_t, fuse_ino_t, const char *)
     * }
     */
    public static final long link$offset() {
        return link$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * void (*link)(fuse_req_t, fuse_ino_t, fuse_ino_t, const char *)
     * }
     */
    public static MemorySegment link(MemorySegment struct) {
        return struct.get(link$LAYOUT, link$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * void (*link)(fuse_req_t, fuse_ino_t, fuse_ino_t, const char *)
     * }
     */
    public static void link(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(link$LAYOUT, link$OFFSET, fieldValue);
    }

    /**
     * {@snippet lang=c :
     * void (*open)(fuse_req_t, fuse_ino_t, struct fuse_file_info *)
     * }
     */
    public static class open {

        open() {
            // Should not be called directly
        }

        /**
         * The function pointer signature, expressed as a functional interface
         */
        public interface Function {
            void apply(MemorySegment req, long ino, MemorySegment fi);
        }

        private static final FunctionDescriptor $DESC = FunctionDescriptor.ofVoid(
            fuse_lowlevel_h.C_POINTER,
            fuse_lowlevel_h.C_LONG,
            fuse_lowlevel_h.C_POINTER
        );

        /**
         * The descriptor of this function pointer
         */
        public static FunctionDescriptor descriptor() {
            return $DESC;
        }

        private static final MethodHandle UP$MH = fuse_lowlevel_h.upcallHandle(open.Function.class, "apply", $DESC);

        /**
         * Allocates a new upcall stub, whose implementation is defined by {@code fi}.
         * The lifetime of the returned segment is managed by {@code arena}
         */
        public static MemorySegment allocate(open.Function fi, Arena arena) {
            return Linker.nativeLinker().upcallStub(UP$MH.bindTo(fi), $DESC, arena);
        }

        private static final MethodHandle DOWN$MH = Linker.nativeLinker().downcallHandle($DESC);

        /**
         * Invoke the upcall stub {@code funcPtr}, with given parameters
         */
        public static void invoke(MemorySegment funcPtr, MemorySegment req, long ino, MemorySegment fi) {
            try {
                DOWN$MH.invokeExact(funcPtr, req, ino, fi);
            } catch (Throwable ex$) {
                throw new AssertionError("should not reach here", ex$);
            }
        }
    }

    private static final AddressLayout open$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("open"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * void (*open)(fuse_req_t, fuse_ino_t, struct fuse_file_info *)
     * }
     */
    public static final AddressLayout open$layout() {
        return open$LAYOUT;
    }

    private static final long open$OFFSET = 112;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * void (*open)(fuse_req_t, fuse_ino_t, struct fuse_file_info *)
     * }
     */
    public static final long open$offset() {
        return open$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * void (*open)(fuse_req_t, fuse_ino_t, struct fuse_file_info *)
     * }
     */
    public static MemorySegment open(MemorySegment struct) {
        return struct.get(open$LAYOUT, open$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * void (*open)(fuse_req_t, fuse_ino_t, struct fuse_file_info *)
     * }
     */
    public static void open(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(open$LAYOUT, open$OFFSET, fieldValue);
    }

    /**
     * {@snippet lang=c :
     * void (*read)(fuse_req_t, fuse_ino_t, size_t, off_t, struct fuse_file_info *)
     * }
     */
    public static class read {

        read() {
            // Should not be called directly
        }

        /**
         * The function pointer signature, expressed as a functional interface
         */
        public interface Function {
            void apply(MemorySegment req, long ino, long size, long off, MemorySegment fi);
        }

        private static final FunctionDescriptor $DESC = FunctionDescriptor.ofVoid(
            fuse_lowlevel_h.C_POINTER,
            fuse_lowlevel_h.C_LONG,
            fuse_lowlevel_h.C_LONG,
            fuse_lowlevel_h.C_LONG,
            fuse_lowlevel_h.C_POINTER
        );

        /**
         * The descriptor of this function pointer
         */
        public static FunctionDescriptor descriptor() {
            return $DESC;
        }

        private static final MethodHandle UP$MH = fuse_lowlevel_h.upcallHandle(read.Function.class, "apply", $DESC);

        /**
         * Allocates a new upcall stub, whose implementation is defined by {@code fi}.
         * The lifetime of the returned segment is managed by {@code arena}
         */
        public static MemorySegment allocate(read.Function fi, Arena arena) {
            return Linker.nativeLinker().upcallStub(UP$MH.bindTo(fi), $DESC, arena);
        }

        private static final MethodHandle DOWN$MH = Linker.nativeLinker().downcallHandle($DESC);

        /**
         * Invoke the upcall stub {@code funcPtr}, with given parameters
         */
        public static void invoke(MemorySegment funcPtr, MemorySegment req, long ino, long size, long off, MemorySegment fi) {
            try {
                DOWN$MH.invokeExact(funcPtr, req, ino, size, off, fi);
            } catch (Throwable ex$) {
                throw new AssertionError("should not reach here", ex$);
            }
        }
    }

    private static final AddressLayout read$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("read"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * void (*read)(fuse_req_t, fuse_ino_t, size_t, off_t, struct fuse_file_info *)
     * }
     */
    public static final AddressLayout read$layout() {
        return read$LAYOUT;
    }

    private static final long read$OFFSET = 120;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * void (*read)(fuse_req_t, fuse_ino_t, size_t, off_t, struct fuse_file_info *)
     * }
     */
    public static final long read$offset() {
        return read$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * void (*read)(fuse_req_t, fuse_ino_t, size_t, off_t, struct fuse_file_info *)
     * }
     */
    public static MemorySegment read(MemorySegment struct) {
        return struct.get(read$LAYOUT, read$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * void (*read)(fuse_req_t, fuse_ino_t, size_t, off_t, struct fuse_file_info *)
     * }
     */
    public static void read(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(read$LAYOUT, read$OFFSET, fieldValue);
    }

    /**
     * {@snippet lang=c :
     * void (*write)(fuse_req_t, fuse_ino_t, const char *, size_t, off_t, struct fuse_file_info *)
     * }
     */
    public static class write {

        write() {
            // Should not be called directly
        }

        /**
         * The function pointer signature, expressed as a functional interface
         */
        public interface Function {
            void apply(MemorySegment req, long ino, MemorySegment buf, long size, long off, MemorySegment fi);
        }

        private static final FunctionDescriptor $DESC = FunctionDescriptor.ofVoid(
            fuse_lowlevel_h.C_POINTER,
            fuse_lowlevel_h.C_LONG,
            fuse_lowlevel_h.C_POINTER,
            fuse_lowlevel_h.C_LONG,
            fuse_lowlevel_h.C_LONG,
            fuse_lowlevel_h.C_POINTER
        );

        /**
         * The descriptor of this function pointer
         */
        public static FunctionDescriptor descriptor() {
            return $DESC;
        }

        private static final MethodHandle UP$MH = fuse_lowlevel_h.upcallHandle(write.Function.class, "apply", $DESC);

        /**
         * Allocates a new upcall stub, whose implementation is defined by {@code fi}.
         * The lifetime of the returned segment is managed by {@code arena}
         */
        public static MemorySegment allocate(write.Function fi, Arena arena) {
            return Linker.nativeLinker().upcallStub(UP$MH.bindTo(fi), $DESC, arena);
        }

        private static final MethodHandle DOWN$MH = Linker.nativeLinker().downcallHandle($DESC);

        /**
         * Invoke the upcall stub {@code funcPtr}, with given parameters
         */
        public static void invoke(MemorySegment funcPtr, MemorySegment req, long ino, MemorySegment buf, long size, long off, MemorySegment fi) {
            try {
                DOWN$MH.invokeExact(funcPtr, req, ino, buf, size, off, fi);
            } catch (Throwable ex$) {
                throw new AssertionError("should not reach here", ex$);
            }
        }
    }

    private static final AddressLayout write$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("write"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * void (*write)(fuse_req_t, fuse_ino_t, const char *, size_t, off_t, struct fuse_file_info *)
     * }
     */
    public static final AddressLayout write$layout() {
        return write$LAYOUT;
    }

    private static final long write$OFFSET = 128;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * void (*write)(fuse_req_t, fuse_ino_t, const char *, size_t, off_t, struct fuse_file_info *)
     * }
     */
    public static final long write$offset() {
        return write$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * void (*write)(fuse_req_t, fuse_ino_t, const char *, size_t, off_t, struct fuse_file_info *)
     * }
     */
    public static MemorySegment write(MemorySegment struct) {
        return struct.get(write$LAYOUT, write$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * void (*write)(fuse_req_t, fuse_ino_t, const char *, size_t, off_t, struct fuse_file_info *)
     * }
     */
    public static void write(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(write$LAYOUT, write$OFFSET, fieldValue);
    }

    /**
     * {@snippet lang=c :
     * void (*flush)(fuse_req_t, fuse_ino_t, struct fuse_file_info *)
     * }
     */
    public static class flush {

        flush() {
            // Should not be called directly
        }

        /**
         * The function pointer signature, expressed as a functional interface
         */
        public interface Function {
            void apply(MemorySegment req, long ino, MemorySegment fi);
        }

        private static final FunctionDescriptor $DESC = FunctionDescriptor.ofVoid(
            fuse_lowlevel_h.C_POINTER,
            fuse_lowlevel_h.C_LONG,
            fuse_lowlevel_h.C_POINTER
        );

        /**
         * The descriptor of this function pointer
         */
        public static FunctionDescriptor descriptor() {
            return $DESC;
        }

        private static final MethodHandle UP$MH = fuse_lowlevel_h.upcallHandle(flush.Function.class, "apply", $DESC);

        /**
         * Allocates a new upcall stub, whose implementation is defined by {@code fi}.
         * The lifetime of the returned segment is managed by {@code arena}
         */
        public static MemorySegment allocate(flush.Function fi, Arena arena) {
            return Linker.nativeLinker().upcallStub(UP$MH.bindTo(fi), $DESC, arena);
        }

        private static final MethodHandle DOWN$MH = Linker.nativeLinker().downcallHandle($DESC);

        /**
         * Invoke the upcall stub {@code funcPtr}, with given parameters
         */
        public static void invoke(MemorySegment funcPtr, MemorySegment req, long ino, MemorySegment fi) {
            try {
                DOWN$MH.invokeExact(funcPtr, req, ino, fi);
            } catch (Throwable ex$) {
                throw new AssertionError("should not reach here", ex$);
            }
        }
    }

    private static final AddressLayout flush$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("flush"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * void (*flush)(fuse_req_t, fuse_ino_t, struct fuse_file_info *)
     * }
     */
    public static final AddressLayout flush$layout() {
        return flush$LAYOUT;
    }

    private static final long flush$OFFSET = 136;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * void (*flush)(fuse_req_t, fuse_ino_t, struct fuse_file_info *)
     * }
     */
    public static final long flush$offset() {
        return flush$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * void (*flush)(fuse_req_t, fuse_ino_t, struct fuse_file_info *)
     * }
     */
    public static MemorySegment flush(MemorySegment struct) {
        return struct.get(flush$LAYOUT, flush$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * void (*flush)(fuse_req_t, fuse_ino_t, struct fuse_file_info *)
     * }
     */
    public static void flush(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(flush$LAYOUT, flush$OFFSET, fieldValue);
    }

    /**
     * {@snippet lang=c :
     * void (*release)(fuse_req_t, fuse_ino_t, struct fuse_file_info *)
     * }
     */
    public static class release {

        release() {
            // Should not be called directly
        }

        /**
         * The function pointer signature, expressed as a functional interface
         */
        public interface Function {
            void apply(MemorySegment req, long ino, MemorySegment fi);
        }

        private static final FunctionDescriptor $DESC = FunctionDescriptor.ofVoid(
            fuse_lowlevel_h.C_POINTER,
            fuse_lowlevel_h.C_LONG,
            fuse_lowlevel_h.C_POINTER
        );

        /**
         * The descriptor of this function pointer
         */
        public static FunctionDescriptor descriptor() {
            return $DESC;
        }

        private static final MethodHandle UP$MH = fuse_lowlevel_h.upcallHandle(release.Function.class, "apply", $DESC);

        /**
         * Allocates a new upcall stub, whose implementation is defined by {@code fi}.
         * The lifetime of the returned segment is managed by {@code arena}
         */
        public static MemorySegment allocate(release.Function fi, Arena arena) {
            return Linker.nativeLinker().upcallStub(UP$MH.bindTo(fi), $DESC, arena);
        }

        private static final MethodHandle DOWN$MH = Linker.nativeLinker().downcallHandle($DESC);

        /**
         * Invoke the upcall stub {@code funcPtr}, with given parameters
         */
        public static void invoke(MemorySegment funcPtr, MemorySegment req, long ino, MemorySegment fi) {
            try {
                DOWN$MH.invokeExact(funcPtr, req, ino, fi);
            } catch (Throwable ex$) {
                throw new AssertionError("should not reach here", ex$);
            }
        }
    }

    private static final AddressLayout release$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("release"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * void (*release)(fuse_req_t, fuse_ino_t, struct fuse_file_info *)
     * }
     */
    public static final AddressLayout release$layout() {
        return release$LAYOUT;
    }

    private static final long release$OFFSET = 144;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * void (*release)(fuse_req_t, fuse_ino_t, struct fuse_file_info *)
     * }
     */
    public static final long release$offset() {
        return release$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * void (*release)(fuse_req_t, fuse_ino_t, struct fuse_file_info *)
     * }
     */
    public static MemorySegment release(MemorySegment struct) {
        return struct.get(release$LAYOUT, release$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * void (*release)(fuse_req_t, fuse_ino_t, struct fuse_file_info *)
     * }
     */
    public static void release(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(release$LAYOUT, release$OFFSET, fieldValue);
    }

    /**
     * {@snippet lang=c :
     * void (*fsync)(fuse_req_t, fuse_ino_t, int, struct fuse_file_info *)
     * }
     */
    public static class fsync {

        fsync() {
            // Should not be called directly
        }

        /**
         * The function pointer signature, expressed as a functional interface
         */
        public interface Function {
            void apply(MemorySegment req, long ino, int datasync, MemorySegment fi);
        }

        private static final FunctionDescriptor $DESC = FunctionDescriptor.ofVoid(
            fuse_lowlevel_h.C_POINTER,
            fuse_lowlevel_h.C_LONG,
            fuse_lowlevel_h.C_INT,
            fuse_lowlevel_h.C_POINTER
        );

        /**
         * The descriptor of this function pointer
         */
        public static FunctionDescriptor descriptor() {
            return $DESC;
        }

        private static final MethodHandle UP$MH = fuse_lowlevel_h.upcallHandle(fsync.Function.class, "apply", $DESC);

        /**
         * Allocates a new upcall stub, whose implementation is defined by {@code fi}.
         * The lifetime of the returned segment is managed by {@code arena}
         */
        public static MemorySegment allocate(fsync.Function fi, Arena arena) {
            return Linker.nativeLinker().upcallStub(UP$MH.bindTo(fi), $DESC, arena);
        }

        private static final MethodHandle DOWN$MH = Linker.nativeLinker().downcallHandle($DESC);

        /**
         * Invoke the upcall stub {@code funcPtr}, with given parameters
         */
        public static void invoke(MemorySegment funcPtr, MemorySegment req, long ino, int datasync, MemorySegment fi) {
            try {
                DOWN$MH.invokeExact(funcPtr, req, ino, datasync, fi);
            } catch (Throwable ex$) {
                throw new AssertionError("should not reach here", ex$);
            }
        }
    }

    private static final AddressLayout fsync$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("fsync"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * void (*fsync)(fuse_req_t, fuse_ino_t, int, struct fuse_file_info *)
     * }
     */
    public static final AddressLayout fsync$layout() {
        return fsync$LAYOUT;
    }

    private static final long fsync$OFFSET = 152;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * void (*fsync)(fuse_req_t, fuse_ino_t, int, struct fuse_file_info *)
     * }
     */
    public static final long fsync$offset() {
        return fsync$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * void (*fsync)(fuse_req_t, fuse_ino_t, int, struct fuse_file_info *)
     * }
     */
    public static MemorySegment fsync(MemorySegment struct) {
        return struct.get(fsync$LAYOUT, fsync$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * void (*fsync)(fuse_req_t, fuse_ino_t, int, struct fuse_file_info *)
     * }
     */
    public static void fsync(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(fsync$LAYOUT, fsync$OFFSET, fieldValue);
    }

    /**
     * {@snippet lang=c :
     * void (*opendir)(fuse_req_t, fuse_ino_t, struct fuse_file_info *)
     * }
     */
    public static class opendir {

        opendir() {
            // Should not be called directly
        }

        /**
         * The function pointer signature, expressed as a functional interface
         */
        public interface Function {
            void apply(MemorySegment req, long ino, MemorySegment fi);
        }

        private static final FunctionDescriptor $DESC = FunctionDescriptor.ofVoid(
            fuse_lowlevel_h.C_POINTER,
            fuse_lowlevel_h.C_LONG,
            fuse_lowlevel_h.C_POINTER
        );

        /**
         * The descriptor of this function pointer
         */
        public static FunctionDescriptor descriptor() {
            return $DESC;
        }

        private static final MethodHandle UP$MH = fuse_lowlevel_h.upcallHandle(opendir.Function.class, "apply", $DESC);

        /**
         * Allocates a new upcall stub, whose implementation is defined by {@code fi}.
         * The lifetime of the returned segment is managed by {@code arena}
         */
        public static MemorySegment allocate(opendir.Function fi, Arena arena) {
            return Linker.nativeLinker().upcallStub(UP$MH.bindTo(fi), $DESC, arena);
        }

        private static final MethodHandle DOWN$MH = Linker.nativeLinker().downcallHandle($DESC);

        /**
         * Invoke the upcall stub {@code funcPtr}, with given parameters
         */
        public static void invoke(MemorySegment funcPtr, MemorySegment req, long ino, MemorySegment fi) {
            try {
                DOWN$MH.invokeExact(funcPtr, req, ino, fi);
            } catch (Throwable ex$) {
                throw new AssertionError("should not reach here", ex$);
            }
        }
    }

    private static final AddressLayout opendir$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("opendir"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * void (*opendir)(fuse_req_t, fuse_ino_t, struct fuse_file_info *)
     * }
     */
    public static final AddressLayout opendir$layout() {
        return opendir$LAYOUT;
    }

    private static final long opendir$OFFSET = 160;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * void (*opendir)(fuse_req_t, fuse_ino_t, struct fuse_file_info *)
     * }
     */
    public static final long opendir$offset() {
        return opendir$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * void (*opendir)(fuse_req_t, fuse_ino_t, struct fuse_file_info *)
     * }
     */
    public static MemorySegment opendir(MemorySegment struct) {
        return struct.get(opendir$LAYOUT, opendir$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * void (*opendir)(fuse_req_t, fuse_ino_t, struct fuse_file_info *)
     * }
     */
    public static void opendir(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(opendir$LAYOUT, opendir$OFFSET, fieldValue);
    }

    /**
     * {@snippet lang=c :
     * void (*readdir)(fuse_req_t, fuse_ino_t, size_t, off_t, struct fuse_file_info *)
     * }
     */
    public static class readdir {

        readdir() {
            // Should not be called directly
        }

        /**
         * The function pointer signature, expressed as a functional interface
         */
        public interface Function {
            void apply(MemorySegment req, long ino, long size, long off, MemorySegment fi);
        }

        private static final FunctionDescriptor $DESC = FunctionDescriptor.ofVoid(
            fuse_lowlevel_h.C_POINTER,
            fuse_lowlevel_h.C_LONG,
            fuse_lowlevel_h.C_LONG,
            fuse_lowlevel_h.C_LONG,
            fuse_lowlevel_h.C_POINTER
        );

        /**
         * The descriptor of this function pointer
         */
        public static FunctionDescriptor descriptor() {
            return $DESC;
        }

        private static final MethodHandle UP$MH = fuse_lowlevel_h.upcallHandle(readdir.Function.class, "apply", $DESC);

        /**
         * Allocates a new upcall stub, whose implementation is defined by {@code fi}.
         * The lifetime of the returned segment is managed by {@code arena}
         */
        public static MemorySegment allocate(readdir.Function fi, Arena arena) {
            return Linker.nativeLinker().upcallStub(UP$MH.bindTo(fi), $DESC, arena);
        }

        private static final MethodHandle DOWN$MH = Linker.nativeLinker().downcallHandle($DESC);

        /**
         * Invoke the upcall stub {@code funcPtr}, with given parameters
         */
        public static void invoke(MemorySegment funcPtr, MemorySegment req, long ino, long size, long off, MemorySegment fi) {
            try {
                DOWN$MH.invokeExact(funcPtr, req, ino, size, off, fi);
            } catch (Throwable ex$) {
                throw new AssertionError("should not reach here", ex$);
            }
        }
    }

    private static final AddressLayout readdir$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("readdir"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * void (*readdir)(fuse_req_t, fuse_ino_t, size_t, off_t, struct fuse_file_info *)
     * }
     */
    public static final AddressLayout readdir$layout() {
        return readdir$LAYOUT;
    }

    private static final long readdir$OFFSET = 168;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * void (*readdir)(fuse_req_t, fuse_ino_t, size_t, off_t, struct fuse_file_info *)
     * }
     */
    public static final long readdir$offset() {
        return readdir$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * void (*readdir)(fuse_req_t, fuse_ino_t, size_t, off_t, struct fuse_file_info *)
     * }
     */
    public static MemorySegment readdir(MemorySegment struct) {
        return struct.get(readdir$LAYOUT, readdir$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * void (*readdir)(fuse_req_t, fuse_ino_t, size_t, off_t, struct fuse_file_info *)
     * }
     */
    public static void readdir(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(readdir$LAYOUT, readdir$OFFSET, fieldValue);
    }

    /**
     * {@snippet lang=c :
     * void (*releasedir)(fuse_req_t, fuse_ino_t, struct fuse_file_info *)
     * }
     */
    public static class releasedir {

        releasedir() {
            // Should not be called directly
        }

        /**
         * The function pointer signature, expressed as a functional interface
         */
        public interface Function {
            void apply(MemorySegment req, long ino, MemorySegment fi);
        }

        private static final FunctionDescriptor $DESC = FunctionDescriptor.ofVoid(
            fuse_lowlevel_h.C_POINTER,
            fuse_lowlevel_h.C_LONG,
            fuse_lowlevel_h.C_POINTER
        );

        /**
         * The descriptor of this function pointer
         */
        public static FunctionDescriptor descriptor() {
            return $DESC;
        }

        private static final MethodHandle UP$MH = fuse_lowlevel_h.upcallHandle(releasedir.Function.class, "apply", $DESC);

        /**
         * Allocates a new upcall stub, whose implementation is defined by {@code fi}.
         * The lifetime of the returned segment is managed by {@code arena}
         */
        public static MemorySegment allocate(releasedir.Function fi, Arena arena) {
            return Linker.nativeLinker().upcallStub(UP$MH.bindTo(fi), $DESC, arena);
        }

        private static final MethodHandle DOWN$MH = Linker.nativeLinker().downcallHandle($DESC);

        /**
         * Invoke the upcall stub {@code funcPtr}, with given parameters
         */
        public static void invoke(MemorySegment funcPtr, MemorySegment req, long ino, MemorySegment fi) {
            try {
                DOWN$MH.invokeExact(funcPtr, req, ino, fi);
            } catch (Throwable ex$) {
                throw new AssertionError("should not reach here", ex$);
            }
        }
    }

    private static final AddressLayout releasedir$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("releasedir"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * void (*releasedir)(fuse_req_t, fuse_ino_t, struct fuse_file_info *)
     * }
     */
    public static final AddressLayout releasedir$layout() {
        return releasedir$LAYOUT;
    }

    private static final long releasedir$OFFSET = 176;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * void (*releasedir)(fuse_req_t, fuse_ino_t, struct fuse_file_info *)
     * }
     */
    public static final long releasedir$offset() {
        return releasedir$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * void (*releasedir)(fuse_req_t, fuse_ino_t, struct fuse_file_info *)
     * }
     */
    public static MemorySegment releasedir(MemorySegment struct) {
        return struct.get(releasedir$LAYOUT, releasedir$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * void (*releasedir)(fuse_req_t, fuse_ino_t, struct fuse_file_info *)
     * }
     */
    public static void releasedir(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(releasedir$LAYOUT, releasedir$OFFSET, fieldValue);
    }

    /**
     * {@snippet lang=c :
     * void (*fsyncdir)(fuse_req_t, fuse_ino_t, int, struct fuse_file_info *)
     * }
     */
    public static class fsyncdir {

        fsyncdir() {
            // Should not be called directly
        }

        /**
         * The function pointer signature, expressed as a functional interface
         */
        public interface Function {
            void apply(MemorySegment req, long ino, int datasync, MemorySegment fi);
        }

        private static final FunctionDescriptor $DESC = FunctionDescriptor.ofVoid(
            fuse_lowlevel_h.C_POINTER,
            fuse_lowlevel_h.C_LONG,
            fuse_lowlevel_h.C_INT,
            fuse_lowlevel_h.C_POINTER
        );

        /**
         * The descriptor of this function pointer
         */
        public static FunctionDescriptor descriptor() {
            return $DESC;
        }

        private static final MethodHandle UP$MH = fuse_lowlevel_h.upcallHandle(fsyncdir.Function.class, "apply", $DESC);

        /**
         * Allocates a new upcall stub, whose implementation is defined by {@code fi}.
         * The lifetime of the returned segment is managed by {@code arena}
         */
        public static MemorySegment allocate(fsyncdir.Function fi, Arena arena) {
            return Linker.nativeLinker().upcallStub(UP$MH.bindTo(fi), $DESC, arena);
        }

        private static final MethodHandle DOWN$MH = Linker.nativeLinker().downcallHandle($DESC);

        /**
         * Invoke the upcall stub {@code funcPtr}, with given parameters
         */
        public static void invoke(MemorySegment funcPtr, MemorySegment req, long ino, int datasync, MemorySegment fi) {
            try {
                DOWN$MH.invokeExact(funcPtr, req, ino, datasync, fi);
            } catch (Throwable ex$) {
                throw new AssertionError("should not reach here", ex$);
            }
        }
    }

    private static final AddressLayout fsyncdir$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("fsyncdir"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * void (*fsyncdir)(fuse_req_t, fuse_ino_t, int, struct fuse_file_info *)
     * }
     */
    public static final AddressLayout fsyncdir$layout() {
        return fsyncdir$LAYOUT;
    }

    private static final long fsyncdir$OFFSET = 184;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * void (*fsyncdir)(fuse_req_t, fuse_ino_t, int, struct fuse_file_info *)
     * }
     */
    public static final long fsyncdir$offset() {
        return fsyncdir$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * void (*fsyncdir)(fuse_req_t, fuse_ino_t, int, struct fuse_file_info *)
     * }
     */
    public static MemorySegment fsyncdir(MemorySegment struct) {
        return struct.get(fsyncdir$LAYOUT, fsyncdir$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * void (*fsyncdir)(fuse_req_t, fuse_ino_t, int, struct fuse_file_info *)
     * }
     */
    public static void fsyncdir(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(fsyncdir$LAYOUT, fsyncdir$OFFSET, fieldValue);
    }

    /**
     * {@snippet lang=c :
     * void (*statfs)(fuse_req_t, fuse_ino_t)
     * }
     */
    public static class statfs {

        statfs() {
            // Should not be called directly
        }

        /**
         * The function pointer signature, expressed as a functional interface
         */
        public interface Function {
            void apply(MemorySegment req, long ino);
        }

        private static final FunctionDescriptor $DESC = FunctionDescriptor.ofVoid(
            fuse_lowlevel_h.C_POINTER,
            fuse_lowlevel_h.C_LONG
        );

        /**
         * The descriptor of this function pointer
         */
        public static FunctionDescriptor descriptor() {
            return $DESC;
        }

        private static final MethodHandle UP$MH = fuse_lowlevel_h.upcallHandle(statfs.Function.class, "apply", $DESC);

        /**
         * Allocates a new upcall stub, whose implementation is defined by {@code fi}.
         * The lifetime of the returned segment is managed by {@code arena}
         */
        public static MemorySegment allocate(statfs.Function fi, Arena arena) {
            return Linker.nativeLinker().upcallStub(UP$MH.bindTo(fi), $DESC, arena);
        }

        private static final MethodHandle DOWN$MH = Linker.nativeLinker().downcallHandle($DESC);

        /**
         * Invoke the upcall stub {@code funcPtr}, with given parameters
         */
        public static void invoke(MemorySegment funcPtr, MemorySegment req, long ino) {
            try {
                DOWN$MH.invokeExact(funcPtr, req, ino);
            } catch (Throwable ex$) {
                throw new AssertionError("should not reach here", ex$);
            }
        }
    }

    private static final AddressLayout statfs$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("statfs"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * void (*statfs)(fuse_req_t, fuse_ino_t)
     * }
     */
    public static final AddressLayout statfs$layout() {
        return statfs$LAYOUT;
    }

    private static final long statfs$OFFSET = 192;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * void (*statfs)(fuse_req_t, fuse_ino_t)
     * }
     */
    public static final long statfs$offset() {
        return statfs$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * void (*statfs)(fuse_req_t, fuse_ino_t)
     * }
     */
    public static MemorySegment statfs(MemorySegment struct) {
        return struct.get(statfs$LAYOUT, statfs$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * void (*statfs)(fuse_req_t, fuse_ino_t)
     * }
     */
    public static void statfs(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(statfs$LAYOUT, statfs$OFFSET, fieldValue);
    }

    /**
     * {@snippet lang=c :
     * void (*setxattr)(fuse_req_t, fuse_ino_t, const char *, const char *, size_t, int)
     * }
     */
    public static class setxattr {

        setxattr() {
            // Should not be called directly
        }

        /**
         * The function pointer signature, expressed as a functional interface
         */
        public interface Function {
            void apply(MemorySegment req, long ino, MemorySegment name, MemorySegment value, long size, int flags);
        }

        private static final FunctionDescriptor $DESC = FunctionDescriptor.ofVoid(
            fuse_lowlevel_h.C_POINTER,
            fuse_lowlevel_h.C_LONG,
            fuse_lowlevel_h.C_POINTER,
            fuse_lowlevel_h.C_POINTER,
            fuse_lowlevel_h.C_LONG,
            fuse_lowlevel_h.C_INT
        );

        /**
         * The descriptor of this function pointer
         */
        public static FunctionDescriptor descriptor() {
            return $DESC;
        }

        private static final MethodHandle UP$MH = fuse_lowlevel_h.upcallHandle(setxattr.Function.class, "apply", $DESC);

        /**
         * Allocates a new upcall stub, whose implementation is defined by {@code fi}.
         * The lifetime of the returned segment is managed by {@code arena}
         */
        public static MemorySegment allocate(setxattr.Function fi, Arena arena) {
            return Linker.nativeLinker().upcallStub(UP$MH.bindTo(fi), $DESC, arena);
        }

        private static final MethodHandle DOWN$MH = Linker.nativeLinker().downcallHandle($DESC);

        /**
         * Invoke the upcall stub {@code funcPtr}, with given parameters
         */
        public static void invoke(MemorySegment funcPtr, MemorySegment req, long ino, MemorySegment name, MemorySegment value, long size, int flags) {
            try {
                DOWN$MH.invokeExact(funcPtr, req, ino, name, value, size, flags);
            } catch (Throwable ex$) {
                throw new AssertionError("should not reach here", ex$);
            }
        }
    }

    private static final AddressLayout setxattr$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("setxattr"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * void (*setxattr)(fuse_req_t, fuse_ino_t, const char *, const char *, size_t, int)
     * }
     */
    public static final AddressLayout setxattr$layout() {
        return setxattr$LAYOUT;
    }

    private static final long setxattr$OFFSET = 200;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * void (*setxattr)(fuse_req_t, fuse_ino_t, const char *, const char *, size_t, int)
     * }
     */
    public static final long setxattr$offset() {
        return setxattr$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * void (*setxattr)(fuse_req_t, fuse_ino_t, const char *, const char *, size_t, int)
     * }
     */
    public static MemorySegment setxattr(MemorySegment struct) {
        return struct.get(setxattr$LAYOUT, setxattr$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * void (*setxattr)(fuse_req_t, fuse_ino_t, const char *, const char *, size_t, int)
     * }
     */
    public static void setxattr(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(setxattr$LAYOUT, setxattr$OFFSET, fieldValue);
    }

    /**
     * {@snippet lang=c :
     * void (*getxattr)(fuse_req_t, fuse_ino_t, const char *, size_t)
     * }
     */
    public static class getxattr {

        getxattr() {
            // Should not be called directly
        }

        /**
         * The function pointer signature, expressed as a functional interface
         */
        public interface Function {
            void apply(MemorySegment req, long ino, MemorySegment name, long size);
        }

        private static final FunctionDescriptor $DESC = FunctionDescriptor.ofVoid(
            fuse_lowlevel_h.C_POINTER,
            fuse_lowlevel_h.C_LONG,
            fuse_lowlevel_h.C_POINTER,
            fuse_lowlevel_h.C_LONG
        );

        /**
         * The descriptor of this function pointer
         */
        public static FunctionDescriptor descriptor() {
            return $DESC;
        }

        private static final MethodHandle UP$MH = fuse_lowlevel_h.upcallHandle(getxattr.Function.class, "apply", $DESC);

        /**
         * Allocates a new upcall stub, whose implementation is defined by {@code fi}.
         * The lifetime of the returned segment is managed by {@code arena}
         */
        public static MemorySegment allocate(getxattr.Function fi, Arena arena) {
            return Linker.nativeLinker().upcallStub(UP$MH.bindTo(fi), $DESC, arena);
        }

        private static final MethodHandle DOWN$MH = Linker.nativeLinker().downcallHandle($DESC);

        /**
         * Invoke the upcall stub {@code funcPtr}, with given parameters
         */
        public static void invoke(MemorySegment funcPtr, MemorySegment req, long ino, MemorySegment name, long size) {
            try {
                DOWN$MH.invokeExact(funcPtr, req, ino, name, size);
            } catch (Throwable ex$) {
                throw new AssertionError("should not reach here", ex$);
            }
        }
    }

    private static final AddressLayout getxattr$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("getxattr"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * void (*getxattr)(fuse_req_t, fuse_ino_t, const char *, size_t)
     * }
     */
    public static final AddressLayout getxattr$layout() {
        return getxattr$LAYOUT;
    }

    private static final long getxattr$OFFSET = 208;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * void (*getxattr)(fuse_req_t, fuse_ino_t, const char *, size_t)
     * }
     */
    public static final long getxattr$offset() {
        return getxattr$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * void (*getxattr)(fuse_req_t, fuse_ino_t, const char *, size_t)
     * }
     */
    public static MemorySegment getxattr(MemorySegment struct) {
        return struct.get(getxattr$LAYOUT, getxattr$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * void (*getxattr)(fuse_req_t, fuse_ino_t, const char *, size_t)
     * }
     */
    public static void getxattr(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(getxattr$LAYOUT, getxattr$OFFSET, fieldValue);
    }

    /**
     * {@snippet lang=c :
     * void (*listxattr)(fuse_req_t, fuse_ino_t, size_t)
     * }
     */
    public static class listxattr {

        listxattr() {
            // Should not be called directly
        }

        /**
         * The function pointer signature, expressed as a functional interface
         */
        public interface Function {
            void apply(MemorySegment req, long ino, long size);
        }

        private static final FunctionDescriptor $DESC = FunctionDescriptor.ofVoid(
            fuse_lowlevel_h.C_POINTER,
            fuse_lowlevel_h.C_LONG,
            fuse_lowlevel_h.C_LONG
        );

        /**
         * The descriptor of this function pointer
         */
        public static FunctionDescriptor descriptor() {
            return $DESC;
        }

        private static final MethodHandle UP$MH = fuse_lowlevel_h.upcallHandle(listxattr.Function.class, "apply", $DESC);

        /**
         * Allocates a new upcall stub, whose implementation is defined by {@code fi}.
         * The lifetime of the returned segment is managed by {@code arena}
         */
        public static MemorySegment allocate(listxattr.Function fi, Arena arena) {
            return Linker.nativeLinker().upcallStub(UP$MH.bindTo(fi), $DESC, arena);
        }

        private static final MethodHandle DOWN$MH = Linker.nativeLinker().downcallHandle($DESC);

        /**
         * Invoke the upcall stub {@code funcPtr}, with given parameters
         */
        public static void invoke(MemorySegment funcPtr, MemorySegment req, long ino, long size) {
            try {
                DOWN$MH.invokeExact(funcPtr, req, ino, size);
            } catch (Throwable ex$) {
                throw new AssertionError("should not reach here", ex$);
            }
        }
    }

    private static final AddressLayout listxattr$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("listxattr"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * void (*listxattr)(fuse_req_t, fuse_ino_t, size_t)
     * }
     */
    public static final AddressLayout listxattr$layout() {
        return listxattr$LAYOUT;
    }

    private static final long listxattr$OFFSET = 216;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * void (*listxattr)(fuse_req_t, fuse_ino_t, size_t)
     * }
     */
    public static final long listxattr$offset() {
        return listxattr$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * void (*listxattr)(fuse_req_t, fuse_ino_t, size_t)
     * }
     */
    public static MemorySegment listxattr(MemorySegment struct) {
        return struct.get(listxattr$LAYOUT, listxattr$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * void (*listxattr)(fuse_req_t, fuse_ino_t, size_t)
     * }
     */
    public static void listxattr(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(listxattr$LAYOUT, listxattr$OFFSET, fieldValue);
    }

    /**
     * {@snippet lang=c :
     * void (*removexattr)(fuse_req_t, fuse_ino_t, const char *)
     * }
     */
    public static class removexattr {

        removexattr() {
            // Should not be called directly
        }

        /**
         * The function pointer signature, expressed as a functional interface
         */
        public interface Function {
            void apply(MemorySegment req, long ino, MemorySegment name);
        }

        private static final FunctionDescriptor $DESC = FunctionDescriptor.ofVoid(
            fuse_lowlevel_h.C_POINTER,
            fuse_lowlevel_h.C_LONG,
            fuse_lowlevel_h.C_POINTER
        );

        /**
         * The descriptor of this function pointer
         */
        public static FunctionDescriptor descriptor() {
            return $DESC;
        }

        private static final MethodHandle UP$MH = fuse_lowlevel_h.upcallHandle(removexattr.Function.class, "apply", $DESC);

        /**
         * Allocates a new upcall stub, whose implementation is defined by {@code fi}.
         * The lifetime of the returned segment is managed by {@code arena}
         */
        public static MemorySegment allocate(removexattr.Function fi, Arena arena) {
            return Linker.nativeLinker().upcallStub(UP$MH.bindTo(fi), $DESC, arena);
        }

        private static final MethodHandle DOWN$MH = Linker.nativeLinker().downcallHandle($DESC);

        /**
         * Invoke the upcall stub {@code funcPtr}, with given parameters
         */
        public static void invoke(MemorySegment funcPtr, MemorySegment req, long ino, MemorySegment name) {
            try {
                DOWN$MH.invokeExact(funcPtr, req, ino, name);
            } catch (Throwable ex$) {
                throw new AssertionError("should not reach here", ex$);
            }
        }
    }

    private static final AddressLayout removexattr$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("removexattr"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * void (*removexattr)(fuse_req_t, fuse_ino_t, const char *)
     * }
     */
    public static final AddressLayout removexattr$layout() {
        return removexattr$LAYOUT;
    }

    private static final long removexattr$OFFSET = 224;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * void (*removexattr)(fuse_req_t, fuse_ino_t, const char *)
     * }
     */
    public static final long removexattr$offset() {
        return removexattr$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * void (*removexattr)(fuse_req_t, fuse_ino_t, const char *)
     * }
     */
    public static MemorySegment removexattr(MemorySegment struct) {
        return struct.get(removexattr$LAYOUT, removexattr$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * void (*removexattr)(fuse_req_t, fuse_ino_t, const char *)
     * }
     */
    public static void removexattr(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(removexattr$LAYOUT, removexattr$OFFSET, fieldValue);
    }

    /**
     * {@snippet lang=c :
     * void (*access)(fuse_req_t, fuse_ino_t, int)
     * }
     */
    public static class access {

        access() {
            // Should not be called directly
        }

        /**
         * The function pointer signature, expressed as a functional interface
         */
        public interface Function {
            void apply(MemorySegment req, long ino, int mask);
        }

        private static final FunctionDescriptor $DESC = FunctionDescriptor.ofVoid(
            fuse_lowlevel_h.C_POINTER,
            fuse_lowlevel_h.C_LONG,
            fuse_lowlevel_h.C_INT
        );

        /**
         * The descriptor of this function pointer
         */
        public static FunctionDescriptor descriptor() {
            return $DESC;
        }

        private static final MethodHandle UP$MH = fuse_lowlevel_h.upcallHandle(access.Function.class, "apply", $DESC);

        /**
         * Allocates a new upcall stub, whose implementation is defined by {@code fi}.
         * The lifetime of the returned segment is managed by {@code arena}
         */
        public static MemorySegment allocate(access.Function fi, Arena arena) {
            return Linker.nativeLinker().upcallStub(UP$MH.bindTo(fi), $DESC, arena);
        }

        private static final MethodHandle DOWN$MH = Linker.nativeLinker().downcallHandle($DESC);

        /**
         * Invoke the upcall stub {@code funcPtr}, with given parameters
         */
        public static void invoke(MemorySegment funcPtr, MemorySegment req, long ino, int mask) {
            try {
                DOWN$MH.invokeExact(funcPtr, req, ino, mask);
            } catch (Throwable ex$) {
                throw new AssertionError("should not reach here", ex$);
            }
        }
    }

    private static final AddressLayout access$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("access"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * void (*access)(fuse_req_t, fuse_ino_t, int)
     * }
     */
    public static final AddressLayout access$layout() {
        return access$LAYOUT;
    }

    private static final long access$OFFSET = 232;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * void (*access)(fuse_req_t, fuse_ino_t, int)
     * }
     */
    public static final long access$offset() {
        return access$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * void (*access)(fuse_req_t, fuse_ino_t, int)
     * }
     */
    public static MemorySegment access(MemorySegment struct) {
        return struct.get(access$LAYOUT, access$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * void (*access)(fuse_req_t, fuse_ino_t, int)
     * }
     */
    public static void access(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(access$LAYOUT, access$OFFSET, fieldValue);
    }

    /**
     * {@snippet lang=c :
     * void (*create)(fuse_req_t, fuse_ino_t, const char *, mode_t, struct fuse_file_info *)
     * }
     */
    public static class create {

        create() {
            // Should not be called directly
        }

        /**
         * The function pointer signature, expressed as a functional interface
         */
        public interface Function {
            void apply(MemorySegment req, long parent, MemorySegment name, int mode, MemorySegment fi);
        }

        private static final FunctionDescriptor $DESC = FunctionDescriptor.ofVoid(
            fuse_lowlevel_h.C_POINTER,
            fuse_lowlevel_h.C_LONG,
            fuse_lowlevel_h.C_POINTER,
            fuse_lowlevel_h.C_INT,
            fuse_lowlevel_h.C_POINTER
        );

        /**
         * The descriptor of this function pointer
         */
        public static FunctionDescriptor descriptor() {
            return $DESC;
        }

        private static final MethodHandle UP$MH = fuse_lowlevel_h.upcallHandle(create.Function.class, "apply", $DESC);

        /**
         * Allocates a new upcall stub, whose implementation is defined by {@code fi}.
         * The lifetime of the returned segment is managed by {@code arena}
         */
        public static MemorySegment allocate(create.Function fi, Arena arena) {
            return Linker.nativeLinker().upcallStub(UP$MH.bindTo(fi), $DESC, arena);
        }

        private static final MethodHandle DOWN$MH = Linker.nativeLinker().downcallHandle($DESC);

        /**
         * Invoke the upcall stub {@code funcPtr}, with given parameters
         */
        public static void invoke(MemorySegment funcPtr, MemorySegment req, long parent, MemorySegment name, int mode, MemorySegment fi) {
            try {
                DOWN$MH.invokeExact(funcPtr, req, parent, name, mode, fi);
            } catch (Throwable ex$) {
                throw new AssertionError("should not reach here", ex$);
            }
        }
    }

    private static final AddressLayout create$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("create"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * void (*create)(fuse_req_t, fuse_ino_t, const char *, mode_t, struct fuse_file_info *)
     * }
     */
    public static final AddressLayout create$layout() {
        return create$LAYOUT;
    }

    private static final long create$OFFSET = 240;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * void (*create)(fuse_req_t, fuse_ino_t, const char *, mode_t, struct fuse_file_info *)
     * }
     */
    public static final long create$offset() {
        return create$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * void (*create)(fuse_req_t, fuse_ino_t, const char *, mode_t, struct fuse_file_info *)
     * }
     */
    public static MemorySegment create(MemorySegment struct) {
        return struct.get(create$LAYOUT, create$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * void (*create)(fuse_req_t, fuse_ino_t, const char *, mode_t, struct fuse_file_info *)
     * }
     */
    public static void create(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(create$LAYOUT, create$OFFSET, fieldValue);
    }

    /**
     * {@snippet lang=c :
     * void (*getlk)(fuse_req_t, fuse_ino_t, struct fuse_file_info *, struct flock *)
     * }
     */
    public static class getlk {

        getlk() {
            // Should not be called directly
        }

        /**
         * The function pointer signature, expressed as a functional interface
         */
        public interface Function {
            void apply(MemorySegment req, long ino, MemorySegment fi, MemorySegment lock);
        }

        private static final FunctionDescriptor $DESC = FunctionDescriptor.ofVoid(
            fuse_lowlevel_h.C_POINTER,
            fuse_lowlevel_h.C_LONG,
            fuse_lowlevel_h.C_POINTER,
            fuse_lowlevel_h.C_POINTER
        );

        /**
         * The descriptor of this function pointer
         */
        public static FunctionDescriptor descriptor() {
            return $DESC;
        }

        private static final MethodHandle UP$MH = fuse_lowlevel_h.upcallHandle(getlk.Function.class, "apply", $DESC);

        /**
         * Allocates a new upcall stub, whose implementation is defined by {@code fi}.
         * The lifetime of the returned segment is managed by {@code arena}
         */
        public static MemorySegment allocate(getlk.Function fi, Arena arena) {
            return Linker.nativeLinker().upcallStub(UP$MH.bindTo(fi), $DESC, arena);
        }

        private static final MethodHandle DOWN$MH = Linker.nativeLinker().downcallHandle($DESC);

        /**
         * Invoke the upcall stub {@code funcPtr}, with given parameters
         */
        public static void invoke(MemorySegment funcPtr, MemorySegment req, long ino, MemorySegment fi, MemorySegment lock) {
            try {
                DOWN$MH.invokeExact(funcPtr, req, ino, fi, lock);
            } catch (Throwable ex$) {
                throw new AssertionError("should not reach here", ex$);
            }
        }
    }

    private static final AddressLayout getlk$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("getlk"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * void (*getlk)(fuse_req_t, fuse_ino_t, struct fuse_file_info *, struct flock *)
     * }
     */
    public static final AddressLayout getlk$layout() {
        return getlk$LAYOUT;
    }

    private static final long getlk$OFFSET = 248;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * void (*getlk)(fuse_req_t, fuse_ino_t, struct fuse_file_info *, struct flock *)
     * }
     */
    public static final long getlk$offset() {
        return getlk$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * void (*getlk)(fuse_req_t, fuse_ino_t, struct fuse_file_info *, struct flock *)
     * }
     */
    public static MemorySegment getlk(MemorySegment struct) {
        return struct.get(getlk$LAYOUT, getlk$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * void (*getlk)(fuse_req_t, fuse_ino_t, struct fuse_file_info *, struct flock *)
     * }
     */
    public static void getlk(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(getlk$LAYOUT, getlk$OFFSET, fieldValue);
    }

    /**
     * {@snippet lang=c :
     * void (*setlk)(fuse_req_t, fuse_ino_t, struct fuse_file_info *, struct flock *, int)
     * }
     */
    public static class setlk {

        setlk() {
            // Should not be called directly
        }

        /**
         * The function pointer signature, expressed as a functional interface
         */
        public interface Function {
            void apply(MemorySegment req, long ino, MemorySegment fi, MemorySegment lock, int sleep);
        }

        private static final FunctionDescriptor $DESC = FunctionDescriptor.ofVoid(
            fuse_lowlevel_h.C_POINTER,
            fuse_lowlevel_h.C_LONG,
            fuse_lowlevel_h.C_POINTER,
            fuse_lowlevel_h.C_POINTER,
            fuse_lowlevel_h.C_INT
        );

        /**
         * The descriptor of this function pointer
         */
        public static FunctionDescriptor descriptor() {
            return $DESC;
        }

        private static final MethodHandle UP$MH = fuse_lowlevel_h.upcallHandle(setlk.Function.class, "apply", $DESC);

        /**
         * Allocates a new upcall stub, whose implementation is defined by {@code fi}.
         * The lifetime of the returned segment is managed by {@code arena}
         */
        public static MemorySegment allocate(setlk.Function fi, Arena arena) {
            return Linker.nativeLinker().upcallStub(UP$MH.bindTo(fi), $DESC, arena);
        }

        private static final MethodHandle DOWN$MH = Linker.nativeLinker().downcallHandle($DESC);

        /**
         * Invoke the upcall stub {@code funcPtr}, with given parameters
         */
        public static void invoke(MemorySegment funcPtr, MemorySegment req, long ino, MemorySegment fi, MemorySegment lock, int sleep) {
            try {
                DOWN$MH.invokeExact(funcPtr, req, ino, fi, lock, sleep);
            } catch (Throwable ex$) {
                throw new AssertionError("should not reach here", ex$);
            }
        }
    }

    private static final AddressLayout setlk$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("setlk"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * void (*setlk)(fuse_req_t, fuse_ino_t, struct fuse_file_info *, struct flock *, int)
     * }
     */
    public static final AddressLayout setlk$layout() {
        return setlk$LAYOUT;
    }

    private static final long setlk$OFFSET = 256;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * void (*setlk)(fuse_req_t, fuse_ino_t, struct fuse_file_info *, struct flock *, int)
     * }
     */
    public static final long setlk$offset() {
        return setlk$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * void (*setlk)(fuse_req_t, fuse_ino_t, struct fuse_file_info *, struct flock *, int)
     * }
     */
    public static MemorySegment setlk(MemorySegment struct) {
        return struct.get(setlk$LAYOUT, setlk$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * void (*setlk)(fuse_req_t, fuse_ino_t, struct fuse_file_info *, struct flock *, int)
     * }
     */
    public static void setlk(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(setlk$LAYOUT, setlk$OFFSET, fieldValue);
    }

    /**
     * {@snippet lang=c :
     * void (*bmap)(fuse_req_t, fuse_ino_t, size_t, uint64_t)
     * }
     */
    public static class bmap {

        bmap() {
            // Should not be called directly
        }

        /**
         * The function pointer signature, expressed as a functional interface
         */
        public interface Function {
            void apply(MemorySegment req, long ino, long blocksize, long idx);
        }

        private static final FunctionDescriptor $DESC = FunctionDescriptor.ofVoid(
            fuse_lowlevel_h.C_POINTER,
            fuse_lowlevel_h.C_LONG,
            fuse_lowlevel_h.C_LONG,
            fuse_lowlevel_h.C_LONG
        );

        /**
         * The descriptor of this function pointer
         */
        public static FunctionDescriptor descriptor() {
            return $DESC;
        }

        private static final MethodHandle UP$MH = fuse_lowlevel_h.upcallHandle(bmap.Function.class, "apply", $DESC);

        /**
         * Allocates a new upcall stub, whose implementation is defined by {@code fi}.
         * The lifetime of the returned segment is managed by {@code arena}
         */
        public static MemorySegment allocate(bmap.Function fi, Arena arena) {
            return Linker.nativeLinker().upcallStub(UP$MH.bindTo(fi), $DESC, arena);
        }

        private static final MethodHandle DOWN$MH = Linker.nativeLinker().downcallHandle($DESC);

        /**
         * Invoke the upcall stub {@code funcPtr}, with given parameters
         */
        public static void invoke(MemorySegment funcPtr, MemorySegment req, long ino, long blocksize, long idx) {
            try {
                DOWN$MH.invokeExact(funcPtr, req, ino, blocksize, idx);
            } catch (Throwable ex$) {
                throw new AssertionError("should not reach here", ex$);
            }
        }
    }

    private static final AddressLayout bmap$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("bmap"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * void (*bmap)(fuse_req_t, fuse_ino_t, size_t, uint64_t)
     * }
     */
    public static final AddressLayout bmap$layout() {
        return bmap$LAYOUT;
    }

    private static final long bmap$OFFSET = 264;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * void (*bmap)(fuse_req_t, fuse_ino_t, size_t, uint64_t)
     * }
     */
    public static final long bmap$offset() {
        return bmap$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * void (*bmap)(fuse_req_t, fuse_ino_t, size_t, uint64_t)
     * }
     */
    public static MemorySegment bmap(MemorySegment struct) {
        return struct.get(bmap$LAYOUT, bmap$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * void (*bmap)(fuse_req_t, fuse_ino_t, size_t, uint64_t)
     * }
     */
    public static void bmap(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(bmap$LAYOUT, bmap$OFFSET, fieldValue);
    }

    /**
     * {@snippet lang=c :
     * void (*ioctl)(fuse_req_t, fuse_ino_t, unsigned int, void *, struct fuse_file_info *, unsigned int, const void *, size_t, size_t)
     * }
     */
    public static class ioctl {

        ioctl() {
            // Should not be called directly
        }

        /**
         * The function pointer signature, expressed as a functional interface
         */
        public interface Function {
            void apply(MemorySegment req, long ino, int cmd, MemorySegment arg, MemorySegment fi, int flags, MemorySegment in_buf, long in_bufsz, long out_bufsz);
        }

        private static final FunctionDescriptor $DESC = FunctionDescriptor.ofVoid(
            fuse_lowlevel_h.C_POINTER,
            fuse_lowlevel_h.C_LONG,
            fuse_lowlevel_h.C_INT,
            fuse_lowlevel_h.C_POINTER,
            fuse_lowlevel_h.C_POINTER,
            fuse_lowlevel_h.C_INT,
            fuse_lowlevel_h.C_POINTER,
            fuse_lowlevel_h.C_LONG,
            fuse_lowlevel_h.C_LONG
        );

        /**
         * The descriptor of this function pointer
         */
        public static FunctionDescriptor descriptor() {
            return $DESC;
        }

        private static final MethodHandle UP$MH = fuse_lowlevel_h.upcallHandle(ioctl.Function.class, "apply", $DESC);

        /**
         * Allocates a new upcall stub, whose implementation is defined by {@code fi}.
         * The lifetime of the returned segment is managed by {@code arena}
         */
        public static MemorySegment allocate(ioctl.Function fi, Arena arena) {
            return Linker.nativeLinker().upcallStub(UP$MH.bindTo(fi), $DESC, arena);
        }

        private static final MethodHandle DOWN$MH = Linker.nativeLinker().downcallHandle($DESC);

        /**
         * Invoke the upcall stub {@code funcPtr}, with given parameters
         */
        public static void invoke(MemorySegment funcPtr, MemorySegment req, long ino, int cmd, MemorySegment arg, MemorySegment fi, int flags, MemorySegment in_buf, long in_bufsz, long out_bufsz) {
            try {
                DOWN$MH.invokeExact(funcPtr, req, ino, cmd, arg, fi, flags, in_buf, in_bufsz, out_bufsz);
            } catch (Throwable ex$) {
                throw new AssertionError("should not reach here", ex$);
            }
        }
    }

    private static final AddressLayout ioctl$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("ioctl"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * void (*ioctl)(fuse_req_t, fuse_ino_t, unsigned int, void *, struct fuse_file_info *, unsigned int, const void *, size_t, size_t)
     * }
     */
    public static final AddressLayout ioctl$layout() {
        return ioctl$LAYOUT;
    }

    private static final long ioctl$OFFSET = 272;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * void (*ioctl)(fuse_req_t, fuse_ino_t, unsigned int, void *, struct fuse_file_info *, unsigned int, const void *, size_t, size_t)
     * }
     */
    public static final long ioctl$offset() {
        return ioctl$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * void (*ioctl)(fuse_req_t, fuse_ino_t, unsigned int, void *, struct fuse_file_info *, unsigned int, const void *, size_t, size_t)
     * }
     */
    public static MemorySegment ioctl(MemorySegment struct) {
        return struct.get(ioctl$LAYOUT, ioctl$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * void (*ioctl)(fuse_req_t, fuse_ino_t, unsigned int, void *, struct fuse_file_info *, unsigned int, const void *, size_t, size_t)
     * }
     */
    public static void ioctl(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(ioctl$LAYOUT, ioctl$OFFSET, fieldValue);
    }

    /**
     * {@snippet lang=c :
     * void (*poll)(fuse_req_t, fuse_ino_t, struct fuse_file_info *, struct fuse_pollhandle *)
     * }
     */
    public static class poll {

        poll() {
            // Should not be called directly
        }

        /**
         * The function pointer signature, expressed as a functional interface
         */
        public interface Function {
            void apply(MemorySegment req, long ino, MemorySegment fi, MemorySegment ph);
        }

        private static final FunctionDescriptor $DESC = FunctionDescriptor.ofVoid(
            fuse_lowlevel_h.C_POINTER,
            fuse_lowlevel_h.C_LONG,
            fuse_lowlevel_h.C_POINTER,
            fuse_lowlevel_h.C_POINTER
        );

        /**
         * The descriptor of this function pointer
         */
        public static FunctionDescriptor descriptor() {
            return $DESC;
        }

        private static final MethodHandle UP$MH = fuse_lowlevel_h.upcallHandle(poll.Function.class, "apply", $DESC);

        /**
         * Allocates a new upcall stub, whose implementation is defined by {@code fi}.
         * The lifetime of the returned segment is managed by {@code arena}
         */
        public static MemorySegment allocate(poll.Function fi, Arena arena) {
            return Linker.nativeLinker().upcallStub(UP$MH.bindTo(fi), $DESC, arena);
        }

        private static final MethodHandle DOWN$MH = Linker.nativeLinker().downcallHandle($DESC);

        /**
         * Invoke the upcall stub {@code funcPtr}, with given parameters
         */
        public static void invoke(MemorySegment funcPtr, MemorySegment req, long ino, MemorySegment fi, MemorySegment ph) {
            try {
                DOWN$MH.invokeExact(funcPtr, req, ino, fi, ph);
            } catch (Throwable ex$) {
                throw new AssertionError("should not reach here", ex$);
            }
        }
    }

    private static final AddressLayout poll$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("poll"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * void (*poll)(fuse_req_t, fuse_ino_t, struct fuse_file_info *, struct fuse_pollhandle *)
     * }
     */
    public static final AddressLayout poll$layout() {
        return poll$LAYOUT;
    }

    private static final long poll$OFFSET = 280;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * void (*poll)(fuse_req_t, fuse_ino_t, struct fuse_file_info *, struct fuse_pollhandle *)
     * }
     */
    public static final long poll$offset() {
        return poll$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * void (*poll)(fuse_req_t, fuse_ino_t, struct fuse_file_info *, struct fuse_pollhandle *)
     * }
     */
    public static MemorySegment poll(MemorySegment struct) {
        return struct.get(poll$LAYOUT, poll$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * void (*poll)(fuse_req_t, fuse_ino_t, struct fuse_file_info *, struct fuse_pollhandle *)
     * }
     */
    public static void poll(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(poll$LAYOUT, poll$OFFSET, fieldValue);
    }

    /**
     * {@snippet lang=c :
     * void (*write_buf)(fuse_req_t, fuse_ino_t, struct fuse_bufvec *, off_t, struct fuse_file_info *)
     * }
     */
    public static class write_buf {

        write_buf() {
            // Should not be called directly
        }

        /**
         * The function pointer signature, expressed as a functional interface
         */
        public interface Function {
            void apply(MemorySegment req, long ino, MemorySegment bufv, long off, MemorySegment fi);
        }

        private static final FunctionDescriptor $DESC = FunctionDescriptor.ofVoid(
            fuse_lowlevel_h.C_POINTER,
            fuse_lowlevel_h.C_LONG,
            fuse_lowlevel_h.C_POINTER,
            fuse_lowlevel_h.C_LONG,
            fuse_lowlevel_h.C_POINTER
        );

        /**
         * The descriptor of this function pointer
         */
        public static FunctionDescriptor descriptor() {
            return $DESC;
        }

        private static final MethodHandle UP$MH = fuse_lowlevel_h.upcallHandle(write_buf.Function.class, "apply", $DESC);

        /**
         * Allocates a new upcall stub, whose implementation is defined by {@code fi}.
         * The lifetime of the returned segment is managed by {@code arena}
         */
        public static MemorySegment allocate(write_buf.Function fi, Arena arena) {
            return Linker.nativeLinker().upcallStub(UP$MH.bindTo(fi), $DESC, arena);
        }

        private static final MethodHandle DOWN$MH = Linker.nativeLinker().downcallHandle($DESC);

        /**
         * Invoke the upcall stub {@code funcPtr}, with given parameters
         */
        public static void invoke(MemorySegment funcPtr, MemorySegment req, long ino, MemorySegment bufv, long off, MemorySegment fi) {
            try {
                DOWN$MH.invokeExact(funcPtr, req, ino, bufv, off, fi);
            } catch (Throwable ex$) {
                throw new AssertionError("should not reach here", ex$);
            }
        }
    }

    private static final AddressLayout write_buf$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("write_buf"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * void (*write_buf)(fuse_req_t, fuse_ino_t, struct fuse_bufvec *, off_t, struct fuse_file_info *)
     * }
     */
    public static final AddressLayout write_buf$layout() {
        return write_buf$LAYOUT;
    }

    private static final long write_buf$OFFSET = 288;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * void (*write_buf)(fuse_req_t, fuse_ino_t, struct fuse_bufvec *, off_t, struct fuse_file_info *)
     * }
     */
    public static final long write_buf$offset() {
        return write_buf$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * void (*write_buf)(fuse_req_t, fuse_ino_t, struct fuse_bufvec *, off_t, struct fuse_file_info *)
     * }
     */
    public static MemorySegment write_buf(MemorySegment struct) {
        return struct.get(write_buf$LAYOUT, write_buf$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * void (*write_buf)(fuse_req_t, fuse_ino_t, struct fuse_bufvec *, off_t, struct fuse_file_info *)
     * }
     */
    public static void write_buf(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(write_buf$LAYOUT, write_buf$OFFSET, fieldValue);
    }

    /**
     * {@snippet lang=c :
     * void (*retrieve_reply)(fuse_req_t, void *, fuse_ino_t, off_t, struct fuse_bufvec *)
     * }
     */
    public static class retrieve_reply {

        retrieve_reply() {
            // Should not be called directly
        }

        /**
         * The function pointer signature, expressed as a functional interface
         */
        public interface Function {
            void apply(MemorySegment req, MemorySegment cookie, long ino, long offset, MemorySegment bufv);
        }

        private static final FunctionDescriptor $DESC = FunctionDescriptor.ofVoid(
            fuse_lowlevel_h.C_POINTER,
            fuse_lowlevel_h.C_POINTER,
            fuse_lowlevel_h.C_LONG,
            fuse_lowlevel_h.C_LONG,
            fuse_lowlevel_h.C_POINTER
        );

        /**
         * The descriptor of this function pointer
         */
        public static FunctionDescriptor descriptor() {
            return $DESC;
        }

        private static final MethodHandle UP$MH = fuse_lowlevel_h.upcallHandle(retrieve_reply.Function.class, "apply", $DESC);

        /**
         * Allocates a new upcall stub, whose implementation is defined by {@code fi}.
         * The lifetime of the returned segment is managed by {@code arena}
         */
        public static MemorySegment allocate(retrieve_reply.Function fi, Arena arena) {
            return Linker.nativeLinker().upcallStub(UP$MH.bindTo(fi), $DESC, arena);
        }

        private static final MethodHandle DOWN$MH = Linker.nativeLinker().downcallHandle($DESC);

        /**
         * Invoke the upcall stub {@code funcPtr}, with given parameters
         */
        public static void invoke(MemorySegment funcPtr, MemorySegment req, MemorySegment cookie, long ino, long offset, MemorySegment bufv) {
            try {
                DOWN$MH.invokeExact(funcPtr, req, cookie, ino, offset, bufv);
            } catch (Throwable ex$) {
                throw new AssertionError("should not reach here", ex$);
            }
        }
    }

    private static final AddressLayout retrieve_reply$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("retrieve_reply"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * void (*retrieve_reply)(fuse_req_t, void *, fuse_ino_t, off_t, struct fuse_bufvec *)
     * }
     */
    public static final AddressLayout retrieve_reply$layout() {
        return retrieve_reply$LAYOUT;
    }

    private static final long retrieve_reply$OFFSET = 296;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * void (*retrieve_reply)(fuse_req_t, void *, fuse_ino_t, off_t, struct fuse_bufvec *)
     * }
     */
    public static final long retrieve_reply$offset() {
        return retrieve_reply$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * void (*retrieve_reply)(fuse_req_t, void *, fuse_ino_t, off_t, struct fuse_bufvec *)
     * }
     */
    public static MemorySegment retrieve_reply(MemorySegment struct) {
        return struct.get(retrieve_reply$LAYOUT, retrieve_reply$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * void (*retrieve_reply)(fuse_req_t, void *, fuse_ino_t, off_t, struct fuse_bufvec *)
     * }
     */
    public static void retrieve_reply(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(retrieve_reply$LAYOUT, retrieve_reply$OFFSET, fieldValue);
    }

    /**
     * {@snippet lang=c :
     * void (*forget_multi)(fuse_req_t, size_t, struct fuse_forget_data *)
     * }
     */
    public static class forget_multi {

        forget_multi() {
            // Should not be called directly
        }

        /**
         * The function pointer signature, expressed as a functional interface
         */
        public interface Function {
            void apply(MemorySegment req, long count, MemorySegment forgets);
        }

        private static final FunctionDescriptor $DESC = FunctionDescriptor.ofVoid(
            fuse_lowlevel_h.C_POINTER,
            fuse_lowlevel_h.C_LONG,
            fuse_lowlevel_h.C_POINTER
        );

        /**
         * The descriptor of this function pointer
         */
        public static FunctionDescriptor descriptor() {
            return $DESC;
        }

        private static final MethodHandle UP$MH = fuse_lowlevel_h.upcallHandle(forget_multi.Function.class, "apply", $DESC);

        /**
         * Allocates a new upcall stub, whose implementation is defined by {@code fi}.
         * The lifetime of the returned segment is managed by {@code arena}
         */
        public static MemorySegment allocate(forget_multi.Function fi, Arena arena) {
            return Linker.nativeLinker().upcallStub(UP$MH.bindTo(fi), $DESC, arena);
        }

        private static final MethodHandle DOWN$MH = Linker.nativeLinker().downcallHandle($DESC);

        /**
         * Invoke the upcall stub {@code funcPtr}, with given parameters
         */
        public static void invoke(MemorySegment funcPtr, MemorySegment req, long count, MemorySegment forgets) {
            try {
                DOWN$MH.invokeExact(funcPtr, req, count, forgets);
            } catch (Throwable ex$) {
                throw new AssertionError("should not reach here", ex$);
            }
        }
    }

    private static final AddressLayout forget_multi$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("forget_multi"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * void (*forget_multi)(fuse_req_t, size_t, struct fuse_forget_data *)
     * }
     */
    public static final AddressLayout forget_multi$layout() {
        return forget_multi$LAYOUT;
    }

    private static final long forget_multi$OFFSET = 304;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * void (*forget_multi)(fuse_req_t, size_t, struct fuse_forget_data *)
     * }
     */
    public static final long forget_multi$offset() {
        return forget_multi$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * void (*forget_multi)(fuse_req_t, size_t, struct fuse_forget_data *)
     * }
     */
    public static MemorySegment forget_multi(MemorySegment struct) {
        return struct.get(forget_multi$LAYOUT, forget_multi$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * void (*forget_multi)(fuse_req_t, size_t, struct fuse_forget_data *)
     * }
     */
    public static void forget_multi(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(forget_multi$LAYOUT, forget_multi$OFFSET, fieldValue);
    }

    /**
     * {@snippet lang=c :
     * void (*flock)(fuse_req_t, fuse_ino_t, struct fuse_file_info *, int)
     * }
     */
    public static class flock {

        flock() {
            // Should not be called directly
        }

        /**
         * The function pointer signature, expressed as a functional interface
         */
        public interface Function {
            void apply(MemorySegment req, long ino, MemorySegment fi, int op);
        }

        private static final FunctionDescriptor $DESC = FunctionDescriptor.ofVoid(
            fuse_lowlevel_h.C_POINTER,
            fuse_lowlevel_h.C_LONG,
            fuse_lowlevel_h.C_POINTER,
            fuse_lowlevel_h.C_INT
        );

        /**
         * The descriptor of this function pointer
         */
        public static FunctionDescriptor descriptor() {
            return $DESC;
        }

        private static final MethodHandle UP$MH = fuse_lowlevel_h.upcallHandle(flock.Function.class, "apply", $DESC);

        /**
         * Allocates a new upcall stub, whose implementation is defined by {@code fi}.
         * The lifetime of the returned segment is managed by {@code arena}
         */
        public static MemorySegment allocate(flock.Function fi, Arena arena) {
            return Linker.nativeLinker().upcallStub(UP$MH.bindTo(fi), $DESC, arena);
        }

        private static final MethodHandle DOWN$MH = Linker.nativeLinker().downcallHandle($DESC);

        /**
         * Invoke the upcall stub {@code funcPtr}, with given parameters
         */
        public static void invoke(MemorySegment funcPtr, MemorySegment req, long ino, MemorySegment fi, int op) {
            try {
                DOWN$MH.invokeExact(funcPtr, req, ino, fi, op);
            } catch (Throwable ex$) {
                throw new AssertionError("should not reach here", ex$);
            }
        }
    }

    private static final AddressLayout flock$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("flock"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * void (*flock)(fuse_req_t, fuse_ino_t, struct fuse_file_info *, int)
     * }
     */
    public static final AddressLayout flock$layout() {
        return flock$LAYOUT;
    }

    private static final long flock$OFFSET = 312;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * void (*flock)(fuse_req_t, fuse_ino_t, struct fuse_file_info *, int)
     * }
     */
    public static final long flock$offset() {
        return flock$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * void (*flock)(fuse_req_t, fuse_ino_t, struct fuse_file_info *, int)
     * }
     */
    public static MemorySegment flock(MemorySegment struct) {
        return struct.get(flock$LAYOUT, flock$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * void (*flock)(fuse_req_t, fuse_ino_t, struct fuse_file_info *, int)
     * }
     */
    public static void flock(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(flock$LAYOUT, flock$OFFSET, fieldValue);
    }

    /**
     * {@snippet lang=c :
     * void (*fallocate)(fuse_req_t, fuse_ino_t, int, off_t, off_t, struct fuse_file_info *)
     * }
     */
    public static class fallocate {

        fallocate() {
            // Should not be called directly
        }

        /**
         * The function pointer signature, expressed as a functional interface
         */
        public interface Function {
            void apply(MemorySegment req, long ino, int mode, long offset, long length, MemorySegment fi);
        }

        private static final FunctionDescriptor $DESC = FunctionDescriptor.ofVoid(
            fuse_lowlevel_h.C_POINTER,
            fuse_lowlevel_h.C_LONG,
            fuse_lowlevel_h.C_INT,
            fuse_lowlevel_h.C_LONG,
            fuse_lowlevel_h.C_LONG,
            fuse_lowlevel_h.C_POINTER
        );

        /**
         * The descriptor of this function pointer
         */
        public static FunctionDescriptor descriptor() {
            return $DESC;
        }

        private static final MethodHandle UP$MH = fuse_lowlevel_h.upcallHandle(fallocate.Function.class, "apply", $DESC);

        /**
         * Allocates a new upcall stub, whose implementation is defined by {@code fi}.
         * The lifetime of the returned segment is managed by {@code arena}
         */
        public static MemorySegment allocate(fallocate.Function fi, Arena arena) {
            return Linker.nativeLinker().upcallStub(UP$MH.bindTo(fi), $DESC, arena);
        }

        private static final MethodHandle DOWN$MH = Linker.nativeLinker().downcallHandle($DESC);

        /**
         * Invoke the upcall stub {@code funcPtr}, with given parameters
         */
        public static void invoke(MemorySegment funcPtr, MemorySegment req, long ino, int mode, long offset, long length, MemorySegment fi) {
            try {
                DOWN$MH.invokeExact(funcPtr, req, ino, mode, offset, length, fi);
            } catch (Throwable ex$) {
                throw new AssertionError("should not reach here", ex$);
            }
        }
    }

    private static final AddressLayout fallocate$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("fallocate"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * void (*fallocate)(fuse_req_t, fuse_ino_t, int, off_t, off_t, struct fuse_file_info *)
     * }
     */
    public static final AddressLayout fallocate$layout() {
        return fallocate$LAYOUT;
    }

    private static final long fallocate$OFFSET = 320;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * void (*fallocate)(fuse_req_t, fuse_ino_t, int, off_t, off_t, struct fuse_file_info *)
     * }
     */
    public static final long fallocate$offset() {
        return fallocate$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * void (*fallocate)(fuse_req_t, fuse_ino_t, int, off_t, off_t, struct fuse_file_info *)
     * }
     */
    public static MemorySegment fallocate(MemorySegment struct) {
        return struct.get(fallocate$LAYOUT, fallocate$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * void (*fallocate)(fuse_req_t, fuse_ino_t, int, off_t, off_t, struct fuse_file_info *)
     * }
     */
    public static void fallocate(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(fallocate$LAYOUT, fallocate$OFFSET, fieldValue);
    }

    /**
     * {@snippet lang=c :
     * void (*readdirplus)(fuse_req_t, fuse_ino_t, size_t, off_t, struct fuse_file_info *)
     * }
     */
    public static class readdirplus {

        readdirplus() {
            // Should not be called directly
        }

        /**
         * The function pointer signature, expressed as a functional interface
         */
        public interface Function {
            void apply(MemorySegment req, long ino, long size, long off, MemorySegment fi);
        }

        private static final FunctionDescriptor $DESC = FunctionDescriptor.ofVoid(
            fuse_lowlevel_h.C_POINTER,
            fuse_lowlevel_h.C_LONG,
            fuse_lowlevel_h.C_LONG,
            fuse_lowlevel_h.C_LONG,
            fuse_lowlevel_h.C_POINTER
        );

        /**
         * The descriptor of this function pointer
         */
        public static FunctionDescriptor descriptor() {
            return $DESC;
        }

        private static final MethodHandle UP$MH = fuse_lowlevel_h.upcallHandle(readdirplus.Function.class, "apply", $DESC);

        /**
         * Allocates a new upcall stub, whose implementation is defined by {@code fi}.
         * The lifetime of the returned segment is managed by {@code arena}
         */
        public static MemorySegment allocate(readdirplus.Function fi, Arena arena) {
            return Linker.nativeLinker().upcallStub(UP$MH.bindTo(fi), $DESC, arena);
        }

        private static final MethodHandle DOWN$MH = Linker.nativeLinker().downcallHandle($DESC);

        /**
         * Invoke the upcall stub {@code funcPtr}, with given parameters
         */
        public static void invoke(MemorySegment funcPtr, MemorySegment req, long ino, long size, long off, MemorySegment fi) {
            try {
                DOWN$MH.invokeExact(funcPtr, req, ino, size, off, fi);
            } catch (Throwable ex$) {
                throw new AssertionError("should not reach here", ex$);
            }
        }
    }

    private static final AddressLayout readdirplus$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("readdirplus"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * void (*readdirplus)(fuse_req_t, fuse_ino_t, size_t, off_t, struct fuse_file_info *)
     * }
     */
    public static final AddressLayout readdirplus$layout() {
        return readdirplus$LAYOUT;
    }

    private static final long readdirplus$OFFSET = 328;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * void (*readdirplus)(fuse_req_t, fuse_ino_t, size_t, off_t, struct fuse_file_info *)
     * }
     */
    public static final long readdirplus$offset() {
        return readdirplus$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * void (*readdirplus)(fuse_req_t, fuse_ino_t, size_t, off_t, struct fuse_file_info *)
     * }
     */
    public static MemorySegment readdirplus(MemorySegment struct) {
        return struct.get(readdirplus$LAYOUT, readdirplus$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * void (*readdirplus)(fuse_req_t, fuse_ino_t, size_t, off_t, struct fuse_file_info *)
     * }
     */
    public static void readdirplus(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(readdirplus$LAYOUT, readdirplus$OFFSET, fieldValue);
    }

    /**
     * {@snippet lang=c :
     * void (*copy_file_range)(fuse_req_t, fuse_ino_t, off_t, struct fuse_file_info *, fuse_ino_t, off_t, struct fuse_file_info *, size_t, int)
     * }
     */
    public static class copy_file_range {

        copy_file_range() {
            // Should not be called directly
        }

        /**
         * The function pointer signature, expressed as a functional interface
         */
        public interface Function {
            void apply(MemorySegment req, long ino_in, long off_in, MemorySegment fi_in, long ino_out, long off_out, MemorySegment fi_out, long len, int flags);
        }

        private static final FunctionDescriptor $DESC = FunctionDescriptor.ofVoid(
            fuse_lowlevel_h.C_POINTER,
            fuse_lowlevel_h.C_LONG,
            fuse_lowlevel_h.C_LONG,
            fuse_lowlevel_h.C_POINTER,
            fuse_lowlevel_h.C_LONG,
            fuse_lowlevel_h.C_LONG,
            fuse_lowlevel_h.C_POINTER,
            fuse_lowlevel_h.C_LONG,
            fuse_lowlevel_h.C_INT
        );

        /**
         * The descriptor of this function pointer
         */
        public static FunctionDescriptor descriptor() {
            return $DESC;
        }

        private static final MethodHandle UP$MH = fuse_lowlevel_h.upcallHandle(copy_file_range.Function.class, "apply", $DESC);

        /**
         * Allocates a new upcall stub, whose implementation is defined by {@code fi}.
         * The lifetime of the returned segment is managed by {@code arena}
         */
        public static MemorySegment allocate(copy_file_range.Function fi, Arena arena) {
            return Linker.nativeLinker().upcallStub(UP$MH.bindTo(fi), $DESC, arena);
        }

        private static final MethodHandle DOWN$MH = Linker.nativeLinker().downcallHandle($DESC);

        /**
         * Invoke the upcall stub {@code funcPtr}, with given parameters
         */
        public static void invoke(MemorySegment funcPtr, MemorySegment req, long ino_in, long off_in, MemorySegment fi_in, long ino_out, long off_out, MemorySegment fi_out, long len, int flags) {
            try {
                DOWN$MH.invokeExact(funcPtr, req, ino_in, off_in, fi_in, ino_out, off_out, fi_out, len, flags);
            } catch (Throwable ex$) {
                throw new AssertionError("should not reach here", ex$);
            }
        }
    }

    private static final AddressLayout copy_file_range$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("copy_file_range"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * void (*copy_file_range)(fuse_req_t, fuse_ino_t, off_t, struct fuse_file_info *, fuse_ino_t, off_t, struct fuse_file_info *, size_t, int)
     * }
     */
    public static final AddressLayout copy_file_range$layout() {
        return copy_file_range$LAYOUT;
    }

    private static final long copy_file_range$OFFSET = 336;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * void (*copy_file_range)(fuse_req_t, fuse_ino_t, off_t, struct fuse_file_info *, fuse_ino_t, off_t, struct fuse_file_info *, size_t, int)
     * }
     */
    public static final long copy_file_range$offset() {
        return copy_file_range$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * void (*copy_file_range)(fuse_req_t, fuse_ino_t, off_t, struct fuse_file_info *, fuse_ino_t, off_t, struct fuse_file_info *, size_t, int)
     * }
     */
    public static MemorySegment copy_file_range(MemorySegment struct) {
        return struct.get(copy_file_range$LAYOUT, copy_file_range$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * void (*copy_file_range)(fuse_req_t, fuse_ino_t, off_t, struct fuse_file_info *, fuse_ino_t, off_t, struct fuse_file_info *, size_t, int)
     * }
     */
    public static void copy_file_range(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(copy_file_range$LAYOUT, copy_file_range$OFFSET, fieldValue);
    }

    /**
     * {@snippet lang=c :
     * void (*lseek)(fuse_req_t, fuse_ino_t, off_t, int, struct fuse_file_info *)
     * }
     */
    public static class lseek {

        lseek() {
            // Should not be called directly
        }

        /**
         * The function pointer signature, expressed as a functional interface
         */
        public interface Function {
            void apply(MemorySegment req, long ino, long off, int whence, MemorySegment fi);
        }

        private static final FunctionDescriptor $DESC = FunctionDescriptor.ofVoid(
            fuse_lowlevel_h.C_POINTER,
            fuse_lowlevel_h.C_LONG,
            fuse_lowlevel_h.C_LONG,
            fuse_lowlevel_h.C_INT,
            fuse_lowlevel_h.C_POINTER
        );

        /**
         * The descriptor of this function pointer
         */
        public static FunctionDescriptor descriptor() {
            return $DESC;
        }

        private static final MethodHandle UP$MH = fuse_lowlevel_h.upcallHandle(lseek.Function.class, "apply", $DESC);

        /**
         * Allocates a new upcall stub, whose implementation is defined by {@code fi}.
         * The lifetime of the returned segment is managed by {@code arena}
         */
        public static MemorySegment allocate(lseek.Function fi, Arena arena) {
            return Linker.nativeLinker().upcallStub(UP$MH.bindTo(fi), $DESC, arena);
        }

        private static final MethodHandle DOWN$MH = Linker.nativeLinker().downcallHandle($DESC);

        /**
         * Invoke the upcall stub {@code funcPtr}, with given parameters
         */
        public static void invoke(MemorySegment funcPtr, MemorySegment req, long ino, long off, int whence, MemorySegment fi) {
            try {
                DOWN$MH.invokeExact(funcPtr, req, ino, off, whence, fi);
            } catch (Throwable ex$) {
                throw new AssertionError("should not reach here", ex$);
            }
        }
    }

    private static final AddressLayout lseek$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("lseek"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * void (*lseek)(fuse_req_t, fuse_ino_t, off_t, int, struct fuse_file_info *)
     * }
     */
    public static final AddressLayout lseek$layout() {
        return lseek$LAYOUT;
    }

    private static final long lseek$OFFSET = 344;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * void (*lseek)(fuse_req_t, fuse_ino_t, off_t, int, struct fuse_file_info *)
     * }
     */
    public static final long lseek$offset() {
        return lseek$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * void (*lseek)(fuse_req_t, fuse_ino_t, off_t, int, struct fuse_file_info *)
     * }
     */
    public static MemorySegment lseek(MemorySegment struct) {
        return struct.get(lseek$LAYOUT, lseek$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * void (*lseek)(fuse_req_t, fuse_ino_t, off_t, int, struct fuse_file_info *)
     * }
     */
    public static void lseek(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(lseek$LAYOUT, lseek$OFFSET, fieldValue);
    }

    /**
     * {@snippet lang=c :
     * void (*tmpfile)(fuse_req_t, fuse_ino_t, mode_t, struct fuse_file_info *)
     * }
     */
    public static class tmpfile {

        tmpfile() {
            // Should not be called directly
        }

        /**
         * The function pointer signature, expressed as a functional interface
         */
        public interface Function {
            void apply(MemorySegment req, long parent, int mode, MemorySegment fi);
        }

        private static final FunctionDescriptor $DESC = FunctionDescriptor.ofVoid(
            fuse_lowlevel_h.C_POINTER,
            fuse_lowlevel_h.C_LONG,
            fuse_lowlevel_h.C_INT,
            fuse_lowlevel_h.C_POINTER
        );

        /**
         * The descriptor of this function pointer
         */
        public static FunctionDescriptor descriptor() {
            return $DESC;
        }

        private static final MethodHandle UP$MH = fuse_lowlevel_h.upcallHandle(tmpfile.Function.class, "apply", $DESC);

        /**
         * Allocates a new upcall stub, whose implementation is defined by {@code fi}.
         * The lifetime of the returned segment is managed by {@code arena}
         */
        public static MemorySegment allocate(tmpfile.Function fi, Arena arena) {
            return Linker.nativeLinker().upcallStub(UP$MH.bindTo(fi), $DESC, arena);
        }

        private static final MethodHandle DOWN$MH = Linker.nativeLinker().downcallHandle($DESC);

        /**
         * Invoke the upcall stub {@code funcPtr}, with given parameters
         */
        public static void invoke(MemorySegment funcPtr, MemorySegment req, long parent, int mode, MemorySegment fi) {
            try {
                DOWN$MH.invokeExact(funcPtr, req, parent, mode, fi);
            } catch (Throwable ex$) {
                throw new AssertionError("should not reach here", ex$);
            }
        }
    }

    private static final AddressLayout tmpfile$LAYOUT = (AddressLayout)$LAYOUT.select(groupElement("tmpfile"));

    /**
     * Layout for field:
     * {@snippet lang=c :
     * void (*tmpfile)(fuse_req_t, fuse_ino_t, mode_t, struct fuse_file_info *)
     * }
     */
    public static final AddressLayout tmpfile$layout() {
        return tmpfile$LAYOUT;
    }

    private static final long tmpfile$OFFSET = 352;

    /**
     * Offset for field:
     * {@snippet lang=c :
     * void (*tmpfile)(fuse_req_t, fuse_ino_t, mode_t, struct fuse_file_info *)
     * }
     */
    public static final long tmpfile$offset() {
        return tmpfile$OFFSET;
    }

    /**
     * Getter for field:
     * {@snippet lang=c :
     * void (*tmpfile)(fuse_req_t, fuse_ino_t, mode_t, struct fuse_file_info *)
     * }
     */
    public static MemorySegment tmpfile(MemorySegment struct) {
        return struct.get(tmpfile$LAYOUT, tmpfile$OFFSET);
    }

    /**
     * Setter for field:
     * {@snippet lang=c :
     * void (*tmpfile)(fuse_req_t, fuse_ino_t, mode_t, struct fuse_file_info *)
     * }
     */
    public static void tmpfile(MemorySegment struct, MemorySegment fieldValue) {
        struct.set(tmpfile$LAYOUT, tmpfile$OFFSET, fieldValue);
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
