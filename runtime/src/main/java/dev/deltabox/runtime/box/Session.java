package dev.deltabox.runtime.box;

import dev.deltabox.bindings.libc.libc_h;
import dev.deltabox.runtime.cr.LiveProcess;
import dev.deltabox.runtime.nativeaccess.Errno;
import dev.deltabox.runtime.nativeaccess.Posix;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * A persistent interpreter (bash, python) in a box's live process, running one command at a
 * time: what a command changes (cwd, environment, variables, functions, python objects) lives in
 * the process's memory, so it persists from one {@link #exec} to the next, is copied by a
 * checkpoint and comes back with a rollback; after a rollback {@link #reattach} points the
 * session at the new process (which has fresh pipes).
 *
 * <h2>Protocol</h2>
 * Each exec gets a random nonce. The interpreter writes {@code \036DBX<nonce><} to stdout and
 * to stderr when the command starts, and when it ends {@code \036DBX<nonce>>} to stderr and
 * then {@code \036DBX<nonce>:r<status>} to stdout ({@code :x<status>} when the command exits
 * the interpreter), each followed by a newline. The command's output is what comes between the
 * markers; an end marker need not start a line, so output without a trailing newline is kept
 * exactly. What comes before the start markers is dropped: output of background processes
 * between execs, and bash's echo of a SIGINT that arrived just as the command ended.
 * The command's stdin is /dev/null: a command that reads stdin sees EOF instead of the protocol.
 *
 * <h2>Stopping a command</h2>
 * On the timeout, {@link #interrupt()} or {@link #close()}: SIGINT to the interpreter and to the
 * processes the command started (not to background processes that were already there when the
 * exec began); after {@link #STOP_GRACE} SIGKILL to the command's processes, again each grace
 * while new ones appear; if the interpreter still has not answered after that, it is killed
 * and exec throws {@link SessionEndedException}. Otherwise exec returns normally with
 * {@code timedOut}/{@code interrupted} set and the output so far; the session goes on.
 *
 * <h2>When the interpreter ends</h2>
 * A command that exits the interpreter (bash {@code exit n}, python {@code sys.exit(n)}) ends
 * the session rather than being guarded: exec throws {@link SessionEndedException} with status n
 * and the command's output, as it does, within a poll, when the process is killed from outside
 * (with the killing signal, on kernels with PIDFD_GET_INFO). Every later exec throws it again
 * until {@link #reattach}, typically to a rollback of the last checkpoint.
 *
 * <h2>Checkpoints and rollbacks</h2>
 * Only between execs: the process must be blocked reading its next request, or the copy would
 * carry a half-run command. {@link #whenIdle} runs a checkpoint with the session held idle;
 * {@link #reattach} swaps in a rolled-back process. Both throw IllegalStateException while an
 * exec runs rather than wait for it.
 *
 * <h2>Threads</h2>
 * No threads of its own: the thread calling exec reads both pipes and the pidfd with poll(2)
 * (so neither pipe can fill up and deadlock the command, and a dead process is seen at once).
 * {@code lock} serializes execs and guards the attached process; {@link #interrupt()} and
 * {@link #close()} may come from any thread: they set a flag and wake the exec's poll through
 * an eventfd. Between execs nobody reads the pipes: what background processes write then is
 * dropped (see the protocol), and one that writes more than a pipe holds (64 KiB) waits for the
 * next exec. The session does not own its LiveProcess: the checkpointer that
 * made it kills it and closes its descriptors, which must stay open while the session is
 * attached to it (exec polls and writes them by number).
 */
public abstract sealed class Session implements AutoCloseable permits BashSession, PythonSession {

    /** Per stream and exec; past it the output is cut and {@link ExecResult#truncated()} set. */
    public static final int MAX_OUTPUT_BYTES = 64 << 20;
    /** How long a stop waits for SIGINT (then each SIGKILL) to work before escalating. */
    public static final Duration STOP_GRACE = Duration.ofMillis(500);
    private static final int MAX_KILL_ROUNDS = 5;
    private static final int CMD_IN_MESSAGE = 200;

    private final ReentrantLock lock = new ReentrantLock();
    private volatile LiveProcess process; // written under lock; read anywhere (process())
    private SessionEndedException ended; // guarded by lock: the process ended, until reattach
    private long execs; // guarded by lock
    private boolean closed; // guarded by lock
    private int maxOutput = MAX_OUTPUT_BYTES; // guarded by lock

    private volatile long running; // the id of the exec in progress, 0 between execs
    private volatile long interruptOf; // the exec id interrupt() was called for
    private volatile boolean closing;
    private final Object wakeLock = new Object(); // orders wake() against closing wakeFd
    private int wakeFd; // eventfd, guarded by wakeLock for writes and close; -1 once closed

    Session(LiveProcess process) {
        this.process = Objects.requireNonNull(process);
        this.wakeFd = libc_h.eventfd(0, libc_h.EFD_CLOEXEC() | libc_h.O_NONBLOCK());
        if (wakeFd < 0) throw new IllegalStateException("eventfd failed (out of descriptors?)");
    }

    /** The bytes that make the interpreter run {@code code} under {@code nonce}. */
    abstract byte[] request(String nonce, String code);

    /**
     * Runs {@code command} in the session and waits for it, at most {@code timeout} (then stops
     * it: see the class comment). Execs are serialized: a second caller waits for the first.
     *
     * @throws SessionEndedException the process ended: the command exited the interpreter
     *         (bash {@code exit}, python {@code sys.exit}), it was killed, or it would not stop
     * @throws IllegalStateException the session is closed
     */
    public ExecResult exec(String command, Duration timeout) {
        Objects.requireNonNull(command, "command");
        if (timeout.isNegative() || timeout.isZero()) throw new IllegalArgumentException("timeout must be positive: " + timeout);
        String nonce = HexFormat.of().formatHex(randomBytes());
        byte[] req = request(nonce, command);
        lock.lock();
        try {
            if (closed) throw new IllegalStateException("the session is closed");
            if (ended != null) {
                throw new SessionEndedException(ended.getMessage() + "; reattach the session to a new process",
                        ended.pid(), ended.exitStatus(), ended.signal(), "", "");
            }
            long id = ++execs;
            running = id;
            try {
                return run(id, command, nonce, req, timeout);
            } finally {
                running = 0;
            }
        } finally {
            lock.unlock();
        }
    }

    /** Lowers the per-stream output cap (default {@link #MAX_OUTPUT_BYTES}), for tests. */
    void maxOutputBytes(int bytes) {
        lock.lock();
        try {
            maxOutput = bytes;
        } finally {
            lock.unlock();
        }
    }

    /** Stops the exec in progress, if any, as its timeout would; returns at once. */
    public void interrupt() {
        long id = running;
        if (id == 0) return;
        interruptOf = id;
        wake();
    }

    /**
     * Runs {@code op} on the attached process while no exec runs, holding execs off until it
     * returns: for a checkpoint, e.g. {@code session.whenIdle(pool::checkpoint)}.
     *
     * @throws IllegalStateException an exec is running (a checkpoint now would copy a half-run
     *         command), or the session is closed
     */
    public <T> T whenIdle(Function<LiveProcess, T> op) {
        if (!lock.tryLock()) throw busy("checkpoint");
        try {
            if (closed) throw new IllegalStateException("the session is closed");
            return op.apply(process);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Attaches the session to {@code p}, a rollback of this session's process to a checkpoint
     * taken between execs. Cheap: no I/O, no threads. Clears an ended state.
     *
     * @throws IllegalStateException an exec is running, or the session is closed
     */
    public void reattach(LiveProcess p) {
        Objects.requireNonNull(p);
        if (!lock.tryLock()) throw busy("reattach");
        try {
            if (closed) throw new IllegalStateException("the session is closed");
            process = p;
            ended = null;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Rolls back while no exec runs: {@code rollback} gets the attached process (to replace) and
     * returns the new one, which the session attaches to; e.g.
     * {@code session.reattach(old -> pool.rollback(id, old))}.
     *
     * @throws IllegalStateException an exec is running, or the session is closed
     */
    public LiveProcess reattach(UnaryOperator<LiveProcess> rollback) {
        if (!lock.tryLock()) throw busy("roll back");
        try {
            if (closed) throw new IllegalStateException("the session is closed");
            LiveProcess p = Objects.requireNonNull(rollback.apply(process), "rollback returned null");
            process = p;
            ended = null;
            return p;
        } finally {
            lock.unlock();
        }
    }

    /** The process the session is attached to (it may have ended). */
    public LiveProcess process() {
        return process;
    }

    /**
     * Stops the exec in progress (as {@link #interrupt()}), waits for it and releases the
     * session's eventfd. The process is left alone: it is the checkpointer's.
     */
    @Override
    public void close() {
        closing = true;
        wake();
        lock.lock();
        try {
            closed = true;
            synchronized (wakeLock) {
                if (wakeFd >= 0) libc_h.close(wakeFd);
                wakeFd = -1;
            }
        } finally {
            lock.unlock();
        }
    }

    // ---- the exec, on the caller's thread, under lock ----

    private static final int OUT = 0, ERR = 1, PID = 2, WAKE = 3;
    private static final byte[] NEWLINE = {'\n'};
    private static final int START_LEN = marker("0".repeat(32), "<\n").length;

    private ExecResult run(long id, String command, String nonce, byte[] req, Duration timeout) {
        LiveProcess p = process;
        byte[] start = marker(nonce, "<\n");
        byte[] errEnd = marker(nonce, ">\n");
        byte[] outEnd = marker(nonce, ":");
        // processes already there (background jobs of earlier commands) are not this command's
        Set<Long> before = new HashSet<>(Processes.descendants(p.pid()));
        long t0 = System.nanoTime();
        long deadline = t0 + Math.min(timeout.toNanos(), Long.MAX_VALUE / 4);
        Capture out = new Capture(maxOutput);
        Capture err = new Capture(maxOutput);
        try {
            p.stdin().write(req);
            p.stdin().flush();
        } catch (IOException e) {
            // EPIPE: it is gone; the pidfd tells how
            throw ended(p, command, out, err, -1, -1, -1, null);
        }
        boolean timedOut = false, interrupted = false;
        long stopAt = 0; // when the stop was decided
        int stage = 0; // 0 running, 1 SIGINT sent, 2.. SIGKILL rounds
        long nextStep = Long.MAX_VALUE;
        // marker positions, once found: the start markers on both streams, the end markers
        int outStart = -1, errStart = -1, outAt = -1, errAt = -1, outEol = -1;
        try (Arena a = Arena.ofConfined()) {
            MemorySegment fds = a.allocate(8L * 4, 4);
            MemorySegment buf = a.allocate(1 << 16);
            MemorySegment errno = Errno.allocate(a);
            int[] fd = {p.stdoutFd(), p.stderrFd(), p.pidfd(), wakeFdOrMinus()};
            while (true) {
                long now = System.nanoTime();
                if (stopAt == 0) {
                    if (now >= deadline) timedOut = true;
                    else if (interruptOf == id || closing) interrupted = true;
                    if (timedOut || interrupted) stopAt = now;
                }
                if (stopAt != 0 && stage == 0) {
                    // not before the command started: bash would take SIGINT while still
                    // reading the request, and read the rest of it as a new command
                    if (errStart >= 0 || now - stopAt >= STOP_GRACE.toNanos()) {
                        Processes.signalPidfd(p.pidfd(), libc_h.SIGINT());
                        for (long c : commandProcesses(p, before)) Processes.signal(c, libc_h.SIGINT());
                        stage = 1;
                        nextStep = now + STOP_GRACE.toNanos();
                    }
                } else if (stage >= 1 && now >= nextStep) {
                    List<Long> procs = commandProcesses(p, before);
                    if (stage == 1 || !procs.isEmpty() && stage <= MAX_KILL_ROUNDS) {
                        for (long c : procs) Processes.signal(c, libc_h.SIGKILL());
                        stage++;
                        nextStep = now + STOP_GRACE.toNanos();
                    } else {
                        // the interpreter itself ignores SIGINT and runs on (a builtin loop
                        // under trap '' INT, python code catching KeyboardInterrupt)
                        Processes.signalPidfd(p.pidfd(), libc_h.SIGKILL());
                        throw ended(p, command, out, err, outStart, errStart, outAt,
                                "did not stop " + (timedOut ? "at its timeout of " + timeout.toMillis() + " ms" : "when interrupted")
                                        + " (SIGINT, then SIGKILL of its processes), so it was killed");
                    }
                }
                long waitNs = stopAt == 0 ? deadline - now : stage == 0 ? stopAt + STOP_GRACE.toNanos() - now : nextStep - now;
                int waitMs = (int) Math.max(0, Math.min(Integer.MAX_VALUE, (waitNs + 999_999) / 1_000_000));
                for (int i = 0; i < 4; i++) {
                    fds.set(ValueLayout.JAVA_INT, i * 8L, fd[i]);
                    fds.set(ValueLayout.JAVA_SHORT, i * 8L + 4, (short) libc_h.POLLIN());
                    fds.set(ValueLayout.JAVA_SHORT, i * 8L + 6, (short) 0);
                }
                int r = libc_h.poll(fds, 4, waitMs);
                if (r < 0) continue; // EINTR
                boolean dead = false;
                for (int i = 0; i < 4; i++) {
                    short rev = fds.get(ValueLayout.JAVA_SHORT, i * 8L + 6);
                    if (rev == 0) continue;
                    if (i == OUT || i == ERR) {
                        Capture c = i == OUT ? out : err;
                        long n = Posix.read(errno, fd[i], buf, buf.byteSize());
                        if (n > 0) c.append(buf, (int) n);
                        else if (n == 0 || n != -libc_h.EINTR()) fd[i] = -1; // EOF: the write end is closed everywhere
                    } else if (i == PID) {
                        dead = true;
                    } else {
                        drainWake(buf);
                    }
                }
                // each search starts where the last one ended, less a marker's length
                if (outStart < 0 && (outStart = out.indexOf(start, out.scanned() - start.length)) >= 0) out.origin(outStart + start.length);
                if (errStart < 0 && (errStart = err.indexOf(start, err.scanned() - start.length)) >= 0) err.origin(errStart + start.length);
                if (errStart >= 0 && errAt < 0) errAt = err.indexOf(errEnd, Math.max(errStart + start.length, err.scanned() - errEnd.length));
                if (outStart >= 0 && outAt < 0) outAt = out.indexOf(outEnd, Math.max(outStart + start.length, out.scanned() - outEnd.length));
                if (outAt >= 0 && outEol < 0) outEol = out.indexOf(NEWLINE, outAt + outEnd.length);
                out.scannedAll();
                err.scannedAll();
                if (outEol >= 0 && errAt >= 0) break;
                if (dead) {
                    drain(fd, out, err, buf, errno);
                    if (outStart < 0) outStart = out.indexOf(start, 0);
                    if (errStart < 0) errStart = err.indexOf(start, 0);
                    if (outStart >= 0 && outAt < 0) outAt = out.indexOf(outEnd, outStart);
                    throw ended(p, command, out, err, outStart, errStart, outAt, null);
                }
            }
        }
        char kind = (char) out.at(outAt + outEnd.length);
        int status = Integer.parseInt(new String(asBytes(out, outAt + outEnd.length + 1, outEol), StandardCharsets.US_ASCII));
        // what came before the start markers is not the command's: output of background
        // processes between execs, or bash's answer to a SIGINT that came as the command ended
        // (a newline, and its end markers again)
        String stdout = out.text(outStart + start.length, outAt);
        String stderr = err.text(errStart + start.length, errAt);
        if (kind == 'x') {
            // the command exited the interpreter: it is on its way out
            String msg = "the session process " + p.pid() + " exited with status " + status + " while running: " + brief(command);
            ended = new SessionEndedException(msg, p.pid(), OptionalInt.of(status), OptionalInt.empty(), stdout, stderr);
            throw ended;
        }
        // a command that ended before the stop's first signal was not stopped
        boolean stopped = stage >= 1;
        return new ExecResult(status, stdout, stderr, Duration.ofNanos(System.nanoTime() - t0),
                timedOut && stopped, interrupted && stopped, out.truncated() || err.truncated());
    }

    /** The processes the command started: descendants of the interpreter not there before it. */
    private static List<Long> commandProcesses(LiveProcess p, Set<Long> before) {
        return Processes.descendants(p.pid()).stream().filter(c -> !before.contains(c)).toList();
    }

    /** Reads what the dead process left in the pipes (bounded: its children may still write). */
    private static void drain(int[] fd, Capture out, Capture err, MemorySegment buf, MemorySegment errno) {
        long until = System.nanoTime() + 200_000_000L;
        try (Arena a = Arena.ofConfined()) {
            MemorySegment one = a.allocate(8, 4);
            for (int i : new int[] {OUT, ERR}) {
                Capture c = i == OUT ? out : err;
                while (fd[i] >= 0 && System.nanoTime() < until) {
                    one.set(ValueLayout.JAVA_INT, 0, fd[i]);
                    one.set(ValueLayout.JAVA_SHORT, 4, (short) libc_h.POLLIN());
                    one.set(ValueLayout.JAVA_SHORT, 6, (short) 0);
                    if (libc_h.poll(one, 1, 0) <= 0) break;
                    long n = Posix.read(errno, fd[i], buf, buf.byteSize());
                    if (n <= 0) break;
                    c.append(buf, (int) n);
                }
            }
        }
    }

    /** Records and returns the end of the attached process; {@code why} null: it ended by itself. */
    private SessionEndedException ended(LiveProcess p, String command, Capture out, Capture err,
                                        int outStart, int errStart, int outAt, String why) {
        Processes.Exit exit = Processes.exitOf(p.pidfd(), 1000);
        String how = exit == null ? "ended"
                : exit.signal() != null ? "ended (killed by signal " + exit.signal() + ")"
                : "exited with status " + exit.status();
        String msg = why != null
                ? "the command " + why + ": session process " + p.pid() + " " + how + ", running: " + brief(command)
                : "the session process " + p.pid() + " " + how + " while running: " + brief(command);
        String stdout = outStart < 0 ? "" : out.text(outStart + START_LEN, outAt >= 0 ? outAt : out.length());
        String stderr = errStart < 0 ? "" : err.text(errStart + START_LEN, err.length());
        ended = new SessionEndedException(msg, p.pid(),
                exit != null && exit.status() != null ? OptionalInt.of(exit.status()) : OptionalInt.empty(),
                exit != null && exit.signal() != null ? OptionalInt.of(exit.signal()) : OptionalInt.empty(),
                stdout, stderr);
        return ended;
    }

    private IllegalStateException busy(String what) {
        return new IllegalStateException("cannot " + what + " while a command runs in the session:"
                + " checkpoints and rollbacks go between execs (interrupt the command first)");
    }

    private void wake() {
        synchronized (wakeLock) {
            if (wakeFd < 0) return;
            try (Arena a = Arena.ofConfined()) {
                MemorySegment one = a.allocate(ValueLayout.JAVA_LONG);
                one.set(ValueLayout.JAVA_LONG, 0, 1);
                Posix.write(Errno.allocate(a), wakeFd, one, 8);
            }
        }
    }

    private int wakeFdOrMinus() {
        synchronized (wakeLock) {
            return wakeFd;
        }
    }

    private void drainWake(MemorySegment buf) {
        synchronized (wakeLock) {
            if (wakeFd < 0) return;
            try (Arena a = Arena.ofConfined()) {
                Posix.read(Errno.allocate(a), wakeFd, buf, 8); // non-blocking: EAGAIN if empty
            }
        }
    }

    static byte[] marker(String nonce, String tail) {
        return ("\036DBX" + nonce + tail).getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] asBytes(Capture c, int from, int to) {
        byte[] b = new byte[Math.max(0, to - from)];
        for (int i = 0; i < b.length; i++) b[i] = c.at(from + i);
        return b;
    }

    static String brief(String command) {
        String oneLine = command.strip().replace('\n', ' ');
        return oneLine.length() <= CMD_IN_MESSAGE ? oneLine : oneLine.substring(0, CMD_IN_MESSAGE) + "...";
    }

    private static byte[] randomBytes() {
        byte[] b = new byte[16];
        ThreadLocalRandom.current().nextBytes(b);
        return b;
    }
}
