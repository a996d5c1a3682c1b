package dev.deltabox.runtime.nativeaccess;

import dev.deltabox.bindings.libc.libc_h;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * The libc calls DeltaFS and DeltaCR make, with errno captured. Every method returns the call's result,
 * or {@code -errno} when it failed, so hot paths need neither exceptions nor a second call;
 * {@code err} is the caller's capture segment ({@link Errno#allocate}), one per thread.
 * Paths are NUL-terminated native strings owned by the caller.
 */
public final class Posix {

    private Posix() {}

    private static MethodHandle h(MemorySegment address, FunctionDescriptor descriptor) {
        return Errno.capturing(address, descriptor);
    }

    private static final MethodHandle OPENAT = Errno.capturing(libc_h.openat.address(),
            libc_h.openat.baseDescriptor().appendArgumentLayouts(JAVA_INT), Linker.Option.firstVariadicArg(3));
    private static final MethodHandle CLOSE = h(libc_h.close$address(), libc_h.close$descriptor());
    private static final MethodHandle FSTATAT = h(libc_h.fstatat$address(), libc_h.fstatat$descriptor());
    private static final MethodHandle FSTAT = h(libc_h.fstat$address(), libc_h.fstat$descriptor());
    private static final MethodHandle READ = h(libc_h.read$address(), libc_h.read$descriptor());
    private static final MethodHandle WRITE = h(libc_h.write$address(), libc_h.write$descriptor());
    private static final MethodHandle PREAD = h(libc_h.pread$address(), libc_h.pread$descriptor());
    private static final MethodHandle PWRITE = h(libc_h.pwrite$address(), libc_h.pwrite$descriptor());
    private static final MethodHandle FTRUNCATE = h(libc_h.ftruncate$address(), libc_h.ftruncate$descriptor());
    private static final MethodHandle FALLOCATE = h(libc_h.fallocate$address(), libc_h.fallocate$descriptor());
    private static final MethodHandle FSYNC = h(libc_h.fsync$address(), libc_h.fsync$descriptor());
    private static final MethodHandle FDATASYNC = h(libc_h.fdatasync$address(), libc_h.fdatasync$descriptor());
    private static final MethodHandle LSEEK = h(libc_h.lseek$address(), libc_h.lseek$descriptor());
    private static final MethodHandle MKDIRAT = h(libc_h.mkdirat$address(), libc_h.mkdirat$descriptor());
    private static final MethodHandle MKNODAT = h(libc_h.mknodat$address(), libc_h.mknodat$descriptor());
    private static final MethodHandle UNLINKAT = h(libc_h.unlinkat$address(), libc_h.unlinkat$descriptor());
    private static final MethodHandle RENAMEAT2 = h(libc_h.renameat2$address(), libc_h.renameat2$descriptor());
    private static final MethodHandle LINKAT = h(libc_h.linkat$address(), libc_h.linkat$descriptor());
    private static final MethodHandle SYMLINKAT = h(libc_h.symlinkat$address(), libc_h.symlinkat$descriptor());
    private static final MethodHandle READLINKAT = h(libc_h.readlinkat$address(), libc_h.readlinkat$descriptor());
    private static final MethodHandle FCHMODAT = h(libc_h.fchmodat$address(), libc_h.fchmodat$descriptor());
    private static final MethodHandle FCHMOD = h(libc_h.fchmod$address(), libc_h.fchmod$descriptor());
    private static final MethodHandle FCHOWNAT = h(libc_h.fchownat$address(), libc_h.fchownat$descriptor());
    private static final MethodHandle UTIMENSAT = h(libc_h.utimensat$address(), libc_h.utimensat$descriptor());
    private static final MethodHandle GETDENTS64 = h(libc_h.getdents64$address(), libc_h.getdents64$descriptor());
    private static final MethodHandle LGETXATTR = h(libc_h.lgetxattr$address(), libc_h.lgetxattr$descriptor());
    private static final MethodHandle LSETXATTR = h(libc_h.lsetxattr$address(), libc_h.lsetxattr$descriptor());
    private static final MethodHandle LLISTXATTR = h(libc_h.llistxattr$address(), libc_h.llistxattr$descriptor());
    private static final MethodHandle LREMOVEXATTR = h(libc_h.lremovexattr$address(), libc_h.lremovexattr$descriptor());
    private static final MethodHandle FGETXATTR = h(libc_h.fgetxattr$address(), libc_h.fgetxattr$descriptor());
    private static final MethodHandle FSETXATTR = h(libc_h.fsetxattr$address(), libc_h.fsetxattr$descriptor());
    private static final MethodHandle FLISTXATTR = h(libc_h.flistxattr$address(), libc_h.flistxattr$descriptor());
    private static final MethodHandle PROCESS_MADVISE = h(libc_h.process_madvise$address(), libc_h.process_madvise$descriptor());
    private static final MethodHandle FSTATVFS = h(libc_h.fstatvfs$address(), libc_h.fstatvfs$descriptor());
    private static final MethodHandle COPY_FILE_RANGE = h(libc_h.copy_file_range$address(),
            libc_h.copy_file_range$descriptor());
    private static final MethodHandle SYSCALL_OPEN_TREE = Errno.capturing(libc_h.syscall.address(),
            FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_INT, libc_h.C_POINTER, JAVA_INT),
            Linker.Option.firstVariadicArg(1));

    private static final MethodHandle SYSCALL_OPENAT2 = Errno.capturing(libc_h.syscall.address(),
            FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_INT, libc_h.C_POINTER, libc_h.C_POINTER, JAVA_LONG),
            Linker.Option.firstVariadicArg(1));

    private static int ret(int r, MemorySegment err) {
        return r < 0 ? -Errno.of(err) : r;
    }

    private static long ret(long r, MemorySegment err) {
        return r < 0 ? -Errno.of(err) : r;
    }

    private static RuntimeException fail(Throwable t) {
        if (t instanceof RuntimeException re) return re;
        if (t instanceof Error e) throw e;
        return new IllegalStateException(t);
    }

    public static int openat(MemorySegment err, int dirfd, MemorySegment path, int flags, int mode) {
        try { return ret((int) OPENAT.invokeExact(err, dirfd, path, flags, mode), err); } catch (Throwable t) { throw fail(t); }
    }

    public static int close(MemorySegment err, int fd) {
        try { return ret((int) CLOSE.invokeExact(err, fd), err); } catch (Throwable t) { throw fail(t); }
    }

    public static int fstatat(MemorySegment err, int dirfd, MemorySegment path, MemorySegment st, int flags) {
        try { return ret((int) FSTATAT.invokeExact(err, dirfd, path, st, flags), err); } catch (Throwable t) { throw fail(t); }
    }

    public static int fstat(MemorySegment err, int fd, MemorySegment st) {
        try { return ret((int) FSTAT.invokeExact(err, fd, st), err); } catch (Throwable t) { throw fail(t); }
    }

    public static long read(MemorySegment err, int fd, MemorySegment buf, long count) {
        try { return ret((long) READ.invokeExact(err, fd, buf, count), err); } catch (Throwable t) { throw fail(t); }
    }

    public static long write(MemorySegment err, int fd, MemorySegment buf, long count) {
        try { return ret((long) WRITE.invokeExact(err, fd, buf, count), err); } catch (Throwable t) { throw fail(t); }
    }

    public static long pread(MemorySegment err, int fd, MemorySegment buf, long count, long offset) {
        try { return ret((long) PREAD.invokeExact(err, fd, buf, count, offset), err); } catch (Throwable t) { throw fail(t); }
    }

    public static long pwrite(MemorySegment err, int fd, MemorySegment buf, long count, long offset) {
        try { return ret((long) PWRITE.invokeExact(err, fd, buf, count, offset), err); } catch (Throwable t) { throw fail(t); }
    }

    /** Advice for another process's memory; {@code iov}: {@code count} struct iovec. Returns the bytes advised. */
    public static long processMadvise(MemorySegment err, int pidfd, MemorySegment iov, long count, int advice) {
        try { return ret((long) PROCESS_MADVISE.invokeExact(err, pidfd, iov, count, advice, 0), err); } catch (Throwable t) { throw fail(t); }
    }

    public static int ftruncate(MemorySegment err, int fd, long length) {
        try { return ret((int) FTRUNCATE.invokeExact(err, fd, length), err); } catch (Throwable t) { throw fail(t); }
    }

    public static int fallocate(MemorySegment err, int fd, int mode, long offset, long length) {
        try { return ret((int) FALLOCATE.invokeExact(err, fd, mode, offset, length), err); } catch (Throwable t) { throw fail(t); }
    }

    public static int fsync(MemorySegment err, int fd, boolean dataOnly) {
        try {
            return ret(dataOnly ? (int) FDATASYNC.invokeExact(err, fd) : (int) FSYNC.invokeExact(err, fd), err);
        } catch (Throwable t) { throw fail(t); }
    }

    public static long lseek(MemorySegment err, int fd, long offset, int whence) {
        try { return ret((long) LSEEK.invokeExact(err, fd, offset, whence), err); } catch (Throwable t) { throw fail(t); }
    }

    public static int mkdirat(MemorySegment err, int dirfd, MemorySegment path, int mode) {
        try { return ret((int) MKDIRAT.invokeExact(err, dirfd, path, mode), err); } catch (Throwable t) { throw fail(t); }
    }

    public static int mknodat(MemorySegment err, int dirfd, MemorySegment path, int mode, long dev) {
        try { return ret((int) MKNODAT.invokeExact(err, dirfd, path, mode, dev), err); } catch (Throwable t) { throw fail(t); }
    }

    public static int unlinkat(MemorySegment err, int dirfd, MemorySegment path, int flags) {
        try { return ret((int) UNLINKAT.invokeExact(err, dirfd, path, flags), err); } catch (Throwable t) { throw fail(t); }
    }

    public static int renameat2(MemorySegment err, int olddirfd, MemorySegment oldpath, int newdirfd,
                                MemorySegment newpath, int flags) {
        try {
            return ret((int) RENAMEAT2.invokeExact(err, olddirfd, oldpath, newdirfd, newpath, flags), err);
        } catch (Throwable t) { throw fail(t); }
    }

    public static int linkat(MemorySegment err, int olddirfd, MemorySegment oldpath, int newdirfd,
                             MemorySegment newpath, int flags) {
        try {
            return ret((int) LINKAT.invokeExact(err, olddirfd, oldpath, newdirfd, newpath, flags), err);
        } catch (Throwable t) { throw fail(t); }
    }

    public static int symlinkat(MemorySegment err, MemorySegment target, int dirfd, MemorySegment path) {
        try { return ret((int) SYMLINKAT.invokeExact(err, target, dirfd, path), err); } catch (Throwable t) { throw fail(t); }
    }

    public static long readlinkat(MemorySegment err, int dirfd, MemorySegment path, MemorySegment buf, long size) {
        try { return ret((long) READLINKAT.invokeExact(err, dirfd, path, buf, size), err); } catch (Throwable t) { throw fail(t); }
    }

    public static int fchmodat(MemorySegment err, int dirfd, MemorySegment path, int mode, int flags) {
        try { return ret((int) FCHMODAT.invokeExact(err, dirfd, path, mode, flags), err); } catch (Throwable t) { throw fail(t); }
    }

    public static int fchmod(MemorySegment err, int fd, int mode) {
        try { return ret((int) FCHMOD.invokeExact(err, fd, mode), err); } catch (Throwable t) { throw fail(t); }
    }

    public static int fchownat(MemorySegment err, int dirfd, MemorySegment path, int uid, int gid, int flags) {
        try { return ret((int) FCHOWNAT.invokeExact(err, dirfd, path, uid, gid, flags), err); } catch (Throwable t) { throw fail(t); }
    }

    /** {@code times} holds two timespecs (atime, mtime), or is NULL for "now". */
    public static int utimensat(MemorySegment err, int dirfd, MemorySegment path, MemorySegment times, int flags) {
        try { return ret((int) UTIMENSAT.invokeExact(err, dirfd, path, times, flags), err); } catch (Throwable t) { throw fail(t); }
    }

    public static long getdents64(MemorySegment err, int fd, MemorySegment buf, long size) {
        try { return ret((long) GETDENTS64.invokeExact(err, fd, buf, size), err); } catch (Throwable t) { throw fail(t); }
    }

    public static long lgetxattr(MemorySegment err, MemorySegment path, MemorySegment name, MemorySegment value, long size) {
        try { return ret((long) LGETXATTR.invokeExact(err, path, name, value, size), err); } catch (Throwable t) { throw fail(t); }
    }

    public static int lsetxattr(MemorySegment err, MemorySegment path, MemorySegment name, MemorySegment value,
                                long size, int flags) {
        try { return ret((int) LSETXATTR.invokeExact(err, path, name, value, size, flags), err); } catch (Throwable t) { throw fail(t); }
    }

    public static long llistxattr(MemorySegment err, MemorySegment path, MemorySegment list, long size) {
        try { return ret((long) LLISTXATTR.invokeExact(err, path, list, size), err); } catch (Throwable t) { throw fail(t); }
    }

    public static int lremovexattr(MemorySegment err, MemorySegment path, MemorySegment name) {
        try { return ret((int) LREMOVEXATTR.invokeExact(err, path, name), err); } catch (Throwable t) { throw fail(t); }
    }

    public static long fgetxattr(MemorySegment err, int fd, MemorySegment name, MemorySegment value, long size) {
        try { return ret((long) FGETXATTR.invokeExact(err, fd, name, value, size), err); } catch (Throwable t) { throw fail(t); }
    }

    public static int fsetxattr(MemorySegment err, int fd, MemorySegment name, MemorySegment value, long size, int flags) {
        try { return ret((int) FSETXATTR.invokeExact(err, fd, name, value, size, flags), err); } catch (Throwable t) { throw fail(t); }
    }

    public static long flistxattr(MemorySegment err, int fd, MemorySegment list, long size) {
        try { return ret((long) FLISTXATTR.invokeExact(err, fd, list, size), err); } catch (Throwable t) { throw fail(t); }
    }

    public static int fstatvfs(MemorySegment err, int fd, MemorySegment buf) {
        try { return ret((int) FSTATVFS.invokeExact(err, fd, buf), err); } catch (Throwable t) { throw fail(t); }
    }

    /** Copies {@code len} bytes at the descriptors' own offsets (NULL offset pointers). */
    public static long copyFileRange(MemorySegment err, int fdIn, MemorySegment offIn, int fdOut, MemorySegment offOut,
                                     long len) {
        try {
            return ret((long) COPY_FILE_RANGE.invokeExact(err, fdIn, offIn, fdOut, offOut, len, 0), err);
        } catch (Throwable t) { throw fail(t); }
    }

    /** open_tree(2): a detached copy of the mount at {@code path} (non-recursive unless asked). */
    public static int openTree(MemorySegment err, int dirfd, MemorySegment path, int flags) {
        try {
            return (int) ret((long) SYSCALL_OPEN_TREE.invokeExact(err, (long) libc_h.SYS_open_tree(), dirfd, path, flags),
                    err);
        } catch (Throwable t) { throw fail(t); }
    }

    /** openat2(2) (no glibc wrapper): {@code how} is a struct open_how. */
    public static int openat2(MemorySegment err, int dirfd, MemorySegment path, MemorySegment how) {
        try {
            return (int) ret((long) SYSCALL_OPENAT2.invokeExact(err, (long) libc_h.SYS_openat2(), dirfd, path, how,
                    how.byteSize()), err);
        } catch (Throwable t) { throw fail(t); }
    }
}
