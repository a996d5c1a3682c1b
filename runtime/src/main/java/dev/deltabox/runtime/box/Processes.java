package dev.deltabox.runtime.box;

import dev.deltabox.bindings.libc.libc_h;
import dev.deltabox.runtime.cr.ProcessTrees;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.List;

/** What a session needs from /proc and pidfds: the command's processes, signals, how the shell ended. */
final class Processes {

    private Processes() {}

    /** The descendants of {@code root} (not root itself), parents before children. */
    static List<Long> descendants(long root) {
        List<Long> tree = ProcessTrees.members(root); // root first, or empty when it is gone
        return tree.isEmpty() ? tree : tree.subList(1, tree.size());
    }

    /** Signals {@code pid} through a pidfd, so never a recycled PID; false if it is gone. */
    static boolean signal(long pid, int sig) {
        int fd = libc_h.pidfd_open((int) pid, 0);
        if (fd < 0) return false;
        try {
            return libc_h.pidfd_send_signal(fd, sig, MemorySegment.NULL, 0) == 0;
        } finally {
            libc_h.close(fd);
        }
    }

    static boolean signalPidfd(int pidfd, int sig) {
        return libc_h.pidfd_send_signal(pidfd, sig, MemorySegment.NULL, 0) == 0;
    }

    /** A wait status split up: exactly one of the two is set. */
    record Exit(Integer status, Integer signal) {}

    // PIDFD_GET_INFO (Linux 6.13) with PIDFD_INFO_EXIT (6.15): the wait status of a reaped
    // process to anyone holding a pidfd on it. The process is the helper's child, so waitid is
    // not ours to call; on older kernels the ioctl fails and the status stays unknown.
    private static final long PIDFD_GET_INFO = 0xC040FF0BL; // _IOWR(0xFF, 11, struct pidfd_info) of 64 bytes
    private static final long PIDFD_INFO_EXIT = 1L << 3;
    private static final MethodHandle IOCTL = ioctl();

    private static MethodHandle ioctl() {
        try {
            Linker l = Linker.nativeLinker();
            return l.downcallHandle(l.defaultLookup().find("ioctl").orElseThrow(),
                    FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_LONG, ValueLayout.ADDRESS),
                    Linker.Option.firstVariadicArg(2));
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * How the process behind {@code pidfd} ended, waiting up to {@code waitMs} for its parent
     * (the helper) to reap it; null if the kernel cannot tell.
     */
    static Exit exitOf(int pidfd, long waitMs) {
        if (IOCTL == null) return null;
        long deadline = System.nanoTime() + waitMs * 1_000_000;
        try (Arena a = Arena.ofConfined()) {
            MemorySegment info = a.allocate(64, 8);
            while (true) {
                info.fill((byte) 0);
                info.set(ValueLayout.JAVA_LONG, 0, PIDFD_INFO_EXIT);
                int r = (int) IOCTL.invokeExact(pidfd, PIDFD_GET_INFO, info);
                if (r != 0) return null;
                if ((info.get(ValueLayout.JAVA_LONG, 0) & PIDFD_INFO_EXIT) != 0) {
                    int ws = info.get(ValueLayout.JAVA_INT, 60);
                    int sig = ws & 0x7f;
                    return sig == 0 ? new Exit((ws >> 8) & 0xff, null) : new Exit(null, sig);
                }
                if (System.nanoTime() > deadline) return null;
                Thread.sleep(1);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (Throwable t) {
            return null;
        }
    }
}
