package dev.deltabox.runtime.cr;

import dev.deltabox.bindings.libc.libc_h;
import dev.deltabox.runtime.nativeaccess.Errno;
import dev.deltabox.runtime.nativeaccess.Posix;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * A live process of a box, started or rolled back by {@link ForkCheckpointer}: its PID (for
 * messages and helper requests), a pidfd (to watch it without PID-reuse races) and our ends of
 * the pipes that are its stdin, stdout and stderr.
 *
 * <p>Concurrency: each of the three streams may be used by one thread at a time; {@link #close}
 * must come after the threads using the streams are done with them (it closes the descriptors
 * they read and write).
 */
public final class LiveProcess implements AutoCloseable {

    private final long pid;
    private final int pidfd;
    private final int stdinFd;
    private final int stdoutFd;
    private final int stderrFd;
    private final OutputStream stdin;
    private final InputStream stdout;
    private final InputStream stderr;
    private boolean closed; // guarded by this

    LiveProcess(long pid, int pidfd, int stdinFd, int stdoutFd, int stderrFd) {
        this.pid = pid;
        this.pidfd = pidfd;
        this.stdinFd = stdinFd;
        this.stdoutFd = stdoutFd;
        this.stderrFd = stderrFd;
        this.stdin = new PipeOut(stdinFd);
        this.stdout = new PipeIn(stdoutFd);
        this.stderr = new PipeIn(stderrFd);
    }

    public long pid() {
        return pid;
    }

    /** A pidfd on the process, owned by this object: poll it for POLLIN to learn that it ended. */
    public int pidfd() {
        return pidfd;
    }

    /**
     * Our end of the stdout pipe, owned by this object: for a reader that polls it together with
     * stderr and the pidfd (one thread for both streams, no blocking read that could outlive the
     * process). Reads through it and through {@link #stdout()} must not be mixed.
     */
    public int stdoutFd() {
        return stdoutFd;
    }

    /** Our end of the stderr pipe, owned by this object: see {@link #stdoutFd()}. */
    public int stderrFd() {
        return stderrFd;
    }

    public OutputStream stdin() {
        return stdin;
    }

    public InputStream stdout() {
        return stdout;
    }

    public InputStream stderr() {
        return stderr;
    }

    /**
     * Whether the process is still running (its pidfd is not yet readable). False once this
     * object is closed: its pidfd is gone, and the number may name another descriptor by now.
     */
    public boolean isAlive() {
        synchronized (this) {
            if (closed) return false;
        }
        try (Arena a = Arena.ofConfined()) {
            MemorySegment p = a.allocate(8);
            p.set(ValueLayout.JAVA_INT, 0, pidfd);
            p.set(ValueLayout.JAVA_SHORT, 4, (short) libc_h.POLLIN());
            return libc_h.poll(p, 1, 0) == 0;
        }
    }

    /**
     * Descriptors this JVM holds ready for the stdio of future processes (a small stock of pipe
     * sets, refilled in the background): tests that count the JVM's descriptors subtract them.
     */
    public static int stockedStdioDescriptors() {
        return 6 * StdioPipes.stockedSets();
    }

    /** Whether {@link #close} was called: the pidfd's number may name another descriptor by now. */
    synchronized boolean isClosed() {
        return closed;
    }

    /** Closes our pipe ends and the pidfd; the process itself is left alone. */
    @Override
    public synchronized void close() {
        if (closed) return;
        closed = true;
        libc_h.close(stdinFd);
        libc_h.close(stdoutFd);
        libc_h.close(stderrFd);
        libc_h.close(pidfd);
    }

    @Override
    public String toString() {
        return "process " + pid;
    }

    /** Blocking reads from a pipe through libc (a raw fd cannot become a FileInputStream). */
    private static final class PipeIn extends InputStream {
        private final int fd;

        PipeIn(int fd) {
            this.fd = fd;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) return 0;
            try (Arena a = Arena.ofConfined()) {
                MemorySegment err = Errno.allocate(a);
                MemorySegment buf = a.allocate(Math.min(len, 65536));
                long n;
                do n = Posix.read(err, fd, buf, buf.byteSize());
                while (n == -libc_h.EINTR());
                if (n < 0) throw new IOException("read from pipe " + fd + ": errno " + -n);
                if (n == 0) return -1;
                MemorySegment.copy(buf, ValueLayout.JAVA_BYTE, 0, b, off, (int) n);
                return (int) n;
            }
        }
    }

    private static final class PipeOut extends OutputStream {
        private final int fd;

        PipeOut(int fd) {
            this.fd = fd;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try (Arena a = Arena.ofConfined()) {
                MemorySegment err = Errno.allocate(a);
                MemorySegment buf = a.allocate(Math.max(len, 1));
                MemorySegment.copy(b, off, buf, ValueLayout.JAVA_BYTE, 0, len);
                long done = 0;
                while (done < len) {
                    long n = Posix.write(err, fd, buf.asSlice(done), len - done);
                    if (n == -libc_h.EINTR()) continue;
                    if (n < 0) throw new IOException("write to pipe " + fd + ": errno " + -n);
                    done += n;
                }
            }
        }
    }
}
