package dev.deltabox.tools.bench;

import dev.deltabox.bindings.libc.libc_h;
import dev.deltabox.runtime.nativeaccess.Errno;
import dev.deltabox.runtime.nativeaccess.Posix;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.nio.file.Path;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * The few syscalls the overlayfs and btrfs tree states make on their hot paths (mount,
 * umount2, ioctl, opening a directory), called through FFM so a baseline pays the syscall and
 * not a process spawn. Failures become IOExceptions naming the call, the path and errno.
 * Stateless; each call uses its own confined arena, so any thread may call.
 */
final class TreeSyscalls {

    private TreeSyscalls() {}

    private static final MethodHandle MOUNT = Errno.capturing(libc_h.mount$address(), libc_h.mount$descriptor());
    private static final MethodHandle UMOUNT2 = Errno.capturing(libc_h.umount2$address(), libc_h.umount2$descriptor());
    // ioctl is variadic in glibc (not in the jextract bindings): the third argument is the variadic one.
    private static final MethodHandle IOCTL = Errno.capturing(
            Linker.nativeLinker().defaultLookup().find("ioctl").orElseThrow(),
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_LONG, ADDRESS), Linker.Option.firstVariadicArg(2));

    static final int EBUSY = 16;

    /** mount(2); {@code data} may be null. */
    static void mount(String source, Path target, String fstype, long flags, String data) throws IOException {
        int errno;
        try (Arena a = Arena.ofConfined()) {
            MemorySegment err = Errno.allocate(a);
            MemorySegment options = data == null ? MemorySegment.NULL : a.allocateFrom(data);
            int r = (int) MOUNT.invokeExact(err, a.allocateFrom(source), a.allocateFrom(target.toString()),
                    a.allocateFrom(fstype), flags, options);
            if (r == 0) return;
            errno = Errno.of(err);
        } catch (Throwable t) {
            throw rethrow(t);
        }
        throw new IOException("mount -t " + fstype + " " + source + " " + target
                + (data == null ? "" : " -o " + abbreviate(data)) + ": " + message(errno));
    }

    /** umount2(2); returns 0 or the errno (the callers decide what a busy or absent mount means). */
    static int umount2(Path target, int flags) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment err = Errno.allocate(a);
            int r = (int) UMOUNT2.invokeExact(err, a.allocateFrom(target.toString()), flags);
            return r == 0 ? 0 : Errno.of(err);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** umount2 that throws, saying what a busy mount means for the caller. */
    static void umount(Path target) throws IOException {
        int errno = umount2(target, 0);
        if (errno == 0) return;
        throw new IOException("umount " + target + ": " + message(errno)
                + (errno == EBUSY ? " (a process still has its cwd or an open file under it)" : ""));
    }

    /** ioctl(fd, request, arg); returns 0 (or the call's non-negative result) or -errno. */
    static int ioctl(int fd, long request, MemorySegment arg) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment err = Errno.allocate(a);
            int r = (int) IOCTL.invokeExact(err, fd, request, arg);
            return r >= 0 ? r : -Errno.of(err);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** A read-only, close-on-exec descriptor on a directory. */
    static int openDirectory(Path dir) throws IOException {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment err = Errno.allocate(a);
            int fd = Posix.openat(err, libc_h.AT_FDCWD(), a.allocateFrom(dir.toString()),
                    libc_h.O_RDONLY() | libc_h.O_DIRECTORY() | libc_h.O_CLOEXEC(), 0);
            if (fd < 0) throw new IOException("open " + dir + ": " + message(-fd));
            return fd;
        }
    }

    static void close(int fd) {
        if (fd < 0) return;
        try (Arena a = Arena.ofConfined()) {
            Posix.close(Errno.allocate(a), fd);
        }
    }

    /** strerror's text and the number, e.g. "Device or resource busy (errno 16)". */
    static String message(int errno) {
        MemorySegment s = libc_h.strerror(errno);
        String text = s.equals(MemorySegment.NULL) ? "unknown error" : s.reinterpret(1024).getString(0);
        return text + " (errno " + errno + ")";
    }

    private static String abbreviate(String data) {
        return data.length() <= 300 ? data : data.substring(0, 300) + "...(" + data.length() + " bytes)";
    }

    private static RuntimeException rethrow(Throwable t) {
        if (t instanceof RuntimeException re) return re;
        if (t instanceof Error e) throw e;
        return new IllegalStateException(t);
    }
}
