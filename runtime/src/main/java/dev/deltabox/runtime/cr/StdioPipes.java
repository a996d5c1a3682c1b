package dev.deltabox.runtime.cr;

import dev.deltabox.bindings.libc.libc_h;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * Three fresh pipes for a new live process (a spawn, a fork rollback, a CRIU restore): the
 * child's ends go to the helper or to CRIU, ours stay with the {@link LiveProcess}. Owned by the
 * one call that made it.
 */
final class StdioPipes {
    int childIn, childOut, childErr, ourIn, ourOut, ourErr;

    static StdioPipes create() {
        StdioPipes s = new StdioPipes();
        int[] in = pipe(), out, err;
        try {
            out = pipe();
            try {
                err = pipe();
            } catch (RuntimeException e) {
                libc_h.close(out[0]);
                libc_h.close(out[1]);
                throw e;
            }
        } catch (RuntimeException e) {
            libc_h.close(in[0]);
            libc_h.close(in[1]);
            throw e;
        }
        s.childIn = in[0];
        s.ourIn = in[1];
        s.ourOut = out[0];
        s.childOut = out[1];
        s.ourErr = err[0];
        s.childErr = err[1];
        return s;
    }

    /** The new process (through the helper or CRIU) holds its own copies of the child's ends now: close ours. */
    LiveProcess adopt(long pid, int pidfd) {
        libc_h.close(childIn);
        libc_h.close(childOut);
        libc_h.close(childErr);
        return new LiveProcess(pid, pidfd, ourIn, ourOut, ourErr);
    }

    void closeAll() {
        for (int fd : new int[] {childIn, childOut, childErr, ourIn, ourOut, ourErr}) libc_h.close(fd);
    }

    private static int[] pipe() {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment fds = a.allocate(ValueLayout.JAVA_INT, 2);
            if (libc_h.pipe2(fds, libc_h.O_CLOEXEC()) != 0) {
                throw new CheckpointException(CheckpointException.Reason.FAILED, "pipe2 failed (out of descriptors?)", null);
            }
            return new int[] {fds.getAtIndex(ValueLayout.JAVA_INT, 0), fds.getAtIndex(ValueLayout.JAVA_INT, 1)};
        }
    }
}
