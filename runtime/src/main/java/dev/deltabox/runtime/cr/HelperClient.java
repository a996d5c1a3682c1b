package dev.deltabox.runtime.cr;

import dev.deltabox.bindings.helper.dbh_reply;
import dev.deltabox.bindings.helper.dbh_request;
import dev.deltabox.runtime.nativeaccess.DeltaBoxHome;
import dev.deltabox.runtime.nativeaccess.NativeLibraries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import dev.deltabox.bindings.libc.libc_h;

import static dev.deltabox.bindings.helper.deltabox_helper_h.*;

/**
 * The runtime's end of one deltabox-helper process: starts it, connects to its socket and
 * sends it requests through the C client stubs.
 *
 * <p><b>A dead helper is replaced.</b> When the helper dies (crash, {@code kill -9}) a watcher
 * on its exit — or the request that finds the socket broken, whichever comes first — starts a
 * new one, logs a WARN with how the old one ended, and bumps {@link #generation()}. The box's
 * processes and templates die with their helper (PDEATHSIG, PTRACE_O_EXITKILL); callers compare
 * generations to learn that theirs are gone ({@link ForkCheckpointer}, {@link TemplatePool}).
 *
 * <p>Concurrency: the protocol is one request, one reply; every call holds this object's
 * lock for its whole round trip, and the request/reply buffers belong to that lock. A restart
 * happens with the lock held (on the caller's thread, or on the watcher's virtual thread).
 */
public final class HelperClient implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(HelperClient.class);
    private static final long READY_TIMEOUT_MS = 10_000;

    /** A process the helper started: its PID (for messages) and a pidfd (to track it safely). */
    public record Spawned(long pid, int pidfd) {}

    /**
     * What /proc says about a process, for choosing between template fork and CRIU.
     *
     * @param fdKinds bits {@code DBH_FD_*} of {@code deltabox_helper_h}: the kinds of its open descriptors
     */
    public record Inspection(int threads, int seccompMode, long tracerPid, int sharedWritableMappings,
                             int fdKinds, int posixTimers, int children, int openFds) {
        public boolean hasFdKind(int kind) {
            return (fdKinds & kind) != 0;
        }
    }

    /**
     * A template made by {@link #checkpoint}: its id (the template process's PID, for messages and
     * for the helper) and a pidfd on it, which the caller owns.
     */
    public record Checkpointed(long templateId, int pidfd, int privateFiles, int pendingSignals, boolean tidSlotFound) {}

    /**
     * A new live process made by a rollback; {@code warm}: it was a spare made ahead of time.
     * {@code helperNanos}: the helper's time on the request, {@code stdioNanos} of which handing
     * the spare its stdio.
     */
    public record RolledBack(long pid, int pidfd, boolean warm, long helperNanos, long stdioNanos) {}

    /** A spare made by {@link #prepareSpare}: its id and how many pages were copied into it ahead of time. */
    public record Spare(long id, long prefaultedPages) {}

    /** How many pages of the newer template differ from the older one, out of how many looked at. */
    public record PageDiff(long differing, long scanned) {}

    /** How a process ended: {@code exited} with {@code status}, or killed by signal {@code status}. */
    public record Exit(boolean exited, int status) {
        public static Exit of(long siCode, long status) {
            return new Exit(siCode == 1 /* CLD_EXITED */, (int) status);
        }
    }

    // The helper of the current generation; replaced when it dies (see restart). Guarded by this.
    private Process process;
    private Path socket;
    private final DeltaBoxHome home;
    private final Path runtimeDir;
    private final Arena arena = Arena.ofShared();
    private final MemorySegment request = dbh_request.allocate(arena);
    /** The SPARES_TAKEN notice, sent ahead of the next request (see {@link #spareTaken}). */
    private final MemorySegment takenNotice = dbh_request.allocate(arena);
    /**
     * Running spares taken as live processes that the helper has not been told of yet. Lock-free:
     * a rollback adds to it without waiting for another thread's request (a durable image's
     * takes milliseconds); drained by the next request, under this object's lock.
     */
    private final java.util.concurrent.ConcurrentLinkedQueue<Long> sparesTaken = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private final MemorySegment reply = dbh_reply.allocate(arena);
    private final MemorySegment fdsOut = arena.allocate(ValueLayout.JAVA_INT, DBH_MAX_FDS());
    private final MemorySegment fdsIn = arena.allocate(ValueLayout.JAVA_INT, DBH_MAX_FDS());
    private int sock = -1;
    private boolean closed;
    private long helperPid;
    /** The CPUs the helper may run on (as it started); {@link #awayFromCaller} narrows them for a while. */
    private final MemorySegment helperCpus = arena.allocate(CPU_SET_BYTES);
    /** {@link #helperCpus} on the heap, where {@link #awayFromCaller} edits a copy (cold code reads arrays faster). */
    private final byte[] helperCpuBytes = new byte[(int) CPU_SET_BYTES], awayCpuBytes = new byte[(int) CPU_SET_BYTES];
    private final MemorySegment awayCpus = arena.allocate(CPU_SET_BYTES);
    /** The helper is kept off one CPU (see {@link #awayFromCaller}) until the next request. */
    private boolean helperAway;
    /** Bumped by every restart: ids of processes and templates are only meaningful within one. */
    private volatile long generation;
    private volatile String lastDeath; // why the previous helper went away; null: none did
    private long restarts; // guarded by this

    private HelperClient(DeltaBoxHome home, Path runtimeDir) {
        this.home = home;
        this.runtimeDir = runtimeDir;
    }

    /** Starts a helper whose socket lives in {@code runtimeDir}, and connects to it. */
    public static HelperClient start(DeltaBoxHome home, Path runtimeDir) throws IOException {
        NativeLibraries.loadHelperClient(home);
        HelperClient client = new HelperClient(home, runtimeDir);
        synchronized (client) {
            try {
                client.launch();
                return client;
            } catch (IOException | RuntimeException e) {
                client.close();
                throw e;
            }
        }
    }

    /** Starts a helper process and connects to it; with this object's lock held. */
    private void launch() throws IOException {
        Path binary = DeltaBoxHome.require(home.helperBinary(), "deltabox-helper",
                "build the project (tools/mvn -q -DskipTests package)");
        Files.createDirectories(runtimeDir);
        socket = runtimeDir.resolve("helper-" + ProcessHandle.current().pid() + "-" + System.nanoTime() + ".sock");
        process = new ProcessBuilder(binary.toString(), socket.toString())
                .redirectError(ProcessBuilder.Redirect.PIPE)
                .start();
        helperPid = process.pid();
        helperAway = false;
        if (libc_h.sched_getaffinity((int) helperPid, CPU_SET_BYTES, helperCpus) != 0) helperCpus.fill((byte) 0);
        MemorySegment.copy(helperCpus, ValueLayout.JAVA_BYTE, 0, helperCpuBytes, 0, helperCpuBytes.length);
        forwardMessages(process);
        try {
            awaitReadyAndConnect();
        } catch (IOException | RuntimeException e) {
            process.destroyForcibly();
            throw e;
        }
        // The watcher: a helper that dies between requests (killed from outside, a crash) is
        // replaced at once, not at the next request, so the warm thread and the next caller
        // find a helper ready. It runs off the JDK's process-reaper thread and takes our lock.
        Process watched = process;
        watched.onExit().thenRunAsync(() -> restartIfDead(watched), r -> Thread.ofVirtual().start(r));
    }

    /**
     * The helper's stderr goes to our log, drained by a virtual thread until the helper exits (a
     * full pipe would block it). A process it held ending by SIGKILL is routine (we killed it:
     * a rollback, a discard, a close): debug; anything else: warn.
     */
    private static void forwardMessages(Process p) {
        Thread.ofVirtual().name("deltabox-helper-stderr").start(() -> {
            try (var in = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    if (line.contains("(signal 9)")) log.debug("{}", line);
                    else log.warn("{}", line);
                }
            } catch (IOException ignored) {
                // the helper is gone: the watcher reports how it ended
            }
        });
    }

    /**
     * The generation of the helper now serving requests: 0 for the first, +1 per restart. A
     * process or template made in an older generation died with its helper.
     */
    public long generation() {
        return generation;
    }

    /** How the last helper that went away ended (exit status or signal), or null if none did. */
    public String lastDeath() {
        return lastDeath;
    }

    /**
     * Runs {@code requests} (calls on this object) only if the helper is still of generation
     * {@code expected}, holding this object's lock throughout so that no restart comes between
     * the check and the requests: ids of an older generation must never reach a new helper
     * (there they could name another process). Else a {@link HelperGoneException}.
     */
    public synchronized <T> T inGeneration(long expected, java.util.function.Supplier<T> requests) {
        if (generation != expected) {
            throw new HelperGoneException(0, "the request was for " + lastDeath + "; a new helper serves now");
        }
        return requests.get();
    }

    /** How many times a dead helper was replaced. */
    public synchronized long restarts() {
        return restarts;
    }

    /** The PID of the helper process now serving requests. */
    public synchronized long pid() {
        return helperPid;
    }

    /** The watcher's entry: replaces {@code dead} unless closed or already replaced. */
    private synchronized void restartIfDead(Process dead) {
        if (closed || process != dead) return;
        if (sock >= 0) {
            dbh_close(sock);
            sock = -1;
        }
        restart(describeExit(dead));
    }

    /**
     * Replaces the dead helper by a new one (lock held, connection closed). Every process and
     * template of the old one died with it: box processes have PDEATHSIG, templates and spares
     * PTRACE_O_EXITKILL. Our callers learn it from {@link #generation()}.
     */
    private void restart(String why) {
        long oldPid = helperPid;
        lastDeath = "deltabox-helper " + oldPid + " " + why;
        generation++; // before launching: ids of the old generation are stale whatever happens next
        sparesTaken.clear(); // they died with it
        try {
            Files.deleteIfExists(socket);
        } catch (IOException ignored) {
            // a stale socket file in the runtime dir is harmless: the next helper uses a new name
        }
        try {
            launch();
            restarts++;
            log.warn("{}; started a new deltabox-helper {}: the processes and templates of the old one died with it",
                    lastDeath, helperPid);
        } catch (IOException | RuntimeException e) {
            log.error("{}; starting a new deltabox-helper failed (the next request tries again): {}", lastDeath, e.toString());
        }
    }

    private static String describeExit(Process p) {
        if (p.isAlive()) return "stopped answering (still running)";
        int v = p.exitValue();
        // the JDK reports death by signal N as exit value 128 + N; the helper itself exits with 0 or 1
        return v > 128 ? "was killed by signal " + (v - 128) + (v - 128 == 9 ? " (SIGKILL)" : "") : "exited with status " + v;
    }

    private void awaitReadyAndConnect() throws IOException {
        // The helper prints one line once it listens; readLine returns null if it died first.
        String line = ReadySignal.await(process, "deltabox-helper", READY_TIMEOUT_MS,
                out -> new BufferedReader(new InputStreamReader(out, StandardCharsets.US_ASCII)).readLine());
        if (line == null || !line.startsWith("ready ")) {
            throw new IOException("deltabox-helper failed to start (exit " + exitCodeOrRunning()
                    + "); its messages are on stderr");
        }
        try (Arena a = Arena.ofConfined()) {
            int fd = dbh_connect(a.allocateFrom(socket.toString()));
            if (fd < 0) throw new IOException("cannot connect to deltabox-helper at " + socket + ": errno " + -fd);
            sock = fd;
        }
        log.debug("deltabox-helper {} ready at {}", helperPid, socket);
    }

    /** The helper's protocol version and PID, asked over the socket. */
    public synchronized long[] hello() {
        call(DBH_OP_HELLO(), new int[0]);
        return new long[] {dbh_reply.values(reply, 0), dbh_reply.values(reply, 1)};
    }

    /**
     * Starts {@code argv} in {@code cwd} with exactly {@code env} as its environment and the
     * given descriptors as its stdin, stdout and stderr (the caller keeps its own copies).
     */
    public synchronized Spawned spawn(List<String> argv, Map<String, String> env, Path cwd, int stdin, int stdout, int stderr) {
        return spawn(argv, env, cwd, new int[] {stdin, stdout, stderr});
    }

    /**
     * Like {@link #spawn(List, Map, Path, int, int, int)} with {@code fds[i]} as the child's fd
     * {@code i}: stdin, stdout, stderr, then up to {@code DBH_MAX_FDS - 3} more (fds 3, 4, ...).
     */
    public synchronized Spawned spawn(List<String> argv, Map<String, String> env, Path cwd, int[] fds) {
        if (fds.length < 3 || fds.length > DBH_MAX_FDS()) {
            throw new IllegalArgumentException("spawn takes 3 to " + DBH_MAX_FDS() + " descriptors, not " + fds.length);
        }
        if (argv.isEmpty()) throw new IllegalArgumentException("spawn needs a program to run");
        var data = new java.io.ByteArrayOutputStream();
        putString(data, cwd == null ? "" : cwd.toString());
        argv.forEach(a -> putString(data, a));
        putString(data, "");
        env.forEach((k, v) -> putString(data, k + "=" + v));
        putString(data, "");
        byte[] bytes = data.toByteArray();
        if (bytes.length > DBH_DATA_MAX()) {
            throw new IllegalArgumentException("command line and environment take " + bytes.length
                    + " bytes; the helper accepts at most " + DBH_DATA_MAX());
        }
        MemorySegment.copy(bytes, 0, dbh_request.data(request), ValueLayout.JAVA_BYTE, 0, bytes.length);
        dbh_request.data_len(request, bytes.length);
        int nfds = call(DBH_OP_SPAWN(), fds);
        if (nfds != 1) throw new HelperException(0, "helper replied to spawn without a pidfd");
        return new Spawned(dbh_reply.values(reply, 0), fdsIn.getAtIndex(ValueLayout.JAVA_INT, 0));
    }

    /** Blocks until the process ends and returns how; each process's end is reported once. */
    public synchronized Exit waitFor(long pid) {
        dbh_request.args(request, 0, pid);
        call(DBH_OP_WAIT(), new int[0]);
        return Exit.of(dbh_reply.values(reply, 0), dbh_reply.values(reply, 1));
    }

    public synchronized void signal(long pid, int signal) {
        dbh_request.args(request, 0, pid);
        dbh_request.args(request, 1, signal);
        dbh_request.args(request, 2, 0);
        call(DBH_OP_SIGNAL(), new int[0]);
    }

    /** SIGKILL, and the helper reaps it silently (nobody will wait for it): its slot is freed. */
    public synchronized void killAndForget(long pid) {
        dbh_request.args(request, 0, pid);
        dbh_request.args(request, 1, libc_h.SIGKILL());
        dbh_request.args(request, 2, DBH_SIGNAL_FORGET());
        call(DBH_OP_SIGNAL(), new int[0]);
    }

    /** Reads /proc for one of the helper's processes or templates; the process keeps running. */
    public synchronized Inspection inspect(long pid) {
        dbh_request.args(request, 0, pid);
        call(DBH_OP_INSPECT(), new int[0]);
        return inspection();
    }

    /** The inspection in the last reply's values. */
    private Inspection inspection() {
        return new Inspection((int) value(DBH_INSPECT_THREADS()), (int) value(DBH_INSPECT_SECCOMP()),
                value(DBH_INSPECT_TRACER()), (int) value(DBH_INSPECT_SHARED_WRITABLE()),
                (int) value(DBH_INSPECT_FD_KINDS()), (int) value(DBH_INSPECT_TIMERS()),
                (int) value(DBH_INSPECT_CHILDREN()), (int) value(DBH_INSPECT_FDS()));
    }

    /** What a checkpoint found when it refused: why fork cannot copy the process. */
    public static final class NotForkableException extends HelperException {
        private final Inspection inspection;

        NotForkableException(int errno, String message, Inspection inspection) {
            super(errno, message);
            this.inspection = inspection;
        }

        /** The process as the helper saw it, stopped, when it refused. */
        public Inspection inspection() {
            return inspection;
        }
    }

    /** One process's part of {@link #checkpointAll}: its template, or why it has none. */
    public record CheckpointOutcome(Checkpointed checkpointed, HelperException failure) {}

    /**
     * Checkpoints up to {@code DBH_CHECKPOINT_MAX} live processes in one request: the helper stops
     * them all at once and their clones run side by side. Each succeeds or fails on its own, in
     * the order given. With {@code unforkableFdKinds} ≥ 0 ({@code DBH_FD_*} bits) the helper
     * first inspects each stopped process and refuses it with a {@link NotForkableException} if
     * it has threads, children, shared writable mappings, POSIX timers or a descriptor of one of
     * those kinds: nothing can change between the look and the clone.
     */
    public synchronized List<CheckpointOutcome> checkpointAll(long[] pids, int unforkableFdKinds) {
        if (pids.length < 1 || pids.length > DBH_CHECKPOINT_MAX()) {
            throw new IllegalArgumentException("1 to " + DBH_CHECKPOINT_MAX() + " processes per request, not " + pids.length);
        }
        dbh_request.args(request, 0, pids[0]);
        if (unforkableFdKinds >= 0) {
            dbh_request.args(request, 1, DBH_CHECKPOINT_IF_FORKABLE());
            dbh_request.args(request, 2, unforkableFdKinds);
        }
        for (int i = 1; i < pids.length; i++) dbh_request.args(request, 2 + i, pids[i]);
        List<CheckpointOutcome> out = new ArrayList<>(pids.length);
        exchange(DBH_OP_CHECKPOINT(), new int[0]);
        for (int i = 0; i < pids.length; i++) {
            if (i > 0) receiveMore();
            try {
                out.add(new CheckpointOutcome(checkpointed(replyOrThrow()), null));
            } catch (HelperException e) {
                out.add(new CheckpointOutcome(null, e.errno() == libc_h.ENOTSUP() && unforkableFdKinds >= 0
                        ? new NotForkableException(e.errno(), e.getMessage(), inspection()) : e));
            }
        }
        return out;
    }

    /** Clones the live process {@code pid} into a frozen template; the process goes on running. */
    public synchronized Checkpointed checkpoint(long pid) {
        CheckpointOutcome o = checkpointAll(new long[] {pid}, -1).getFirst();
        if (o.failure() != null) throw o.failure();
        return o.checkpointed();
    }

    /** The template a checkpoint's reply describes ({@code nfds}: the descriptors that came with it). */
    private Checkpointed checkpointed(int nfds) {
        if (nfds != 1) throw new HelperException(0, "helper replied to checkpoint without a pidfd");
        return new Checkpointed(value(0), fdsIn.getAtIndex(ValueLayout.JAVA_INT, 0), (int) value(1),
                (int) value(2), value(3) != 0);
    }

    /**
     * Forks a new live process from a template, with the given descriptors as its stdin, stdout
     * and stderr (the caller keeps its own copies). {@code replacePid} (0: none) is killed and
     * forgotten: its end is never reported by {@link #waitFor}. Nor is the new process's (every
     * rollback's): the helper reaps it silently, so it may be killed by its pidfd, with no
     * request to the helper.
     */
    public synchronized Spawned rollback(long templateId, long replacePid, int stdin, int stdout, int stderr) {
        dbh_request.args(request, 0, templateId);
        dbh_request.args(request, 1, replacePid);
        dbh_request.args(request, 4, DBH_ROLLBACK_UNWAITED()); // see rollback(long, long, int, int, int)
        int nfds = call(DBH_OP_ROLLBACK(), new int[] {stdin, stdout, stderr});
        if (nfds != 1) throw new HelperException(0, "helper replied to rollback without a pidfd");
        return new Spawned(value(0), fdsIn.getAtIndex(ValueLayout.JAVA_INT, 0));
    }

    /**
     * Forks from {@code templateId}, taking the spare {@code spareId} when it is one of that
     * template's and still alive (0: never), else a fresh fork from the template.
     */
    public synchronized RolledBack rollback(long templateId, long replacePid, long spareId, int stdin, int stdout, int stderr) {
        return rollback(templateId, replacePid, spareId, stdin, stdout, stderr, null);
    }

    /**
     * Like {@link #rollback(long, long, long, int, int, int)}, running {@code meanwhile} (may be
     * null) after sending the request and before reading its reply, so that the caller's own
     * work overlaps the helper's. The new process is resumed blocked on its empty stdin: it does
     * nothing before the caller writes to it. If {@code meanwhile} throws, the reply is still
     * read, a process it made is killed, and the exception is thrown.
     */
    public synchronized RolledBack rollback(long templateId, long replacePid, long spareId, int stdin, int stdout,
                                            int stderr, Runnable meanwhile) {
        dbh_request.args(request, 0, templateId);
        dbh_request.args(request, 1, replacePid);
        dbh_request.args(request, 2, spareId);
        dbh_request.args(request, 4, DBH_ROLLBACK_UNWAITED()); // see rollback(long, long, int, int, int)
        send(DBH_OP_ROLLBACK(), new int[] {stdin, stdout, stderr}, meanwhile != null);
        RuntimeException failed = null;
        if (meanwhile != null) {
            try {
                meanwhile.run();
            } catch (RuntimeException e) {
                failed = e;
            }
        }
        receiveMore();
        int nfds = failed == null ? replyOrThrow() : dbh_reply.error(reply) == 0 ? dbh_reply.nfds(reply) : 0;
        if (failed != null) {
            if (nfds == 1) { // the helper reaps it silently: its pidfd is all it takes
                int pidfd = fdsIn.getAtIndex(ValueLayout.JAVA_INT, 0);
                libc_h.pidfd_send_signal(pidfd, libc_h.SIGKILL(), MemorySegment.NULL, 0);
                libc_h.close(pidfd);
            }
            throw failed;
        }
        if (nfds != 1) throw new HelperException(0, "helper replied to rollback without a pidfd");
        return new RolledBack(value(0), fdsIn.getAtIndex(ValueLayout.JAVA_INT, 0), value(1) != 0, value(2), value(3));
    }

    /**
     * Makes a spare for {@code templateId}: a rollback's new process, fixed up and held stopped.
     * With {@code hotFrom} (an older template of the same process, 0: none) up to
     * {@code maxPrefault} of the pages that differ between the two are copied into the spare now.
     */
    public synchronized Spare prepareSpare(long templateId, long hotFrom, int maxPrefault) {
        dbh_request.args(request, 0, templateId);
        dbh_request.args(request, 1, hotFrom);
        dbh_request.args(request, 2, maxPrefault);
        call(DBH_OP_PREPARE_SPARE(), new int[0]);
        return new Spare(value(0), value(1));
    }

    /** A running spare (see {@link #prepareRunningSpare}): its id (pid), pidfd and pages copied ahead. */
    public record RunningSpare(long id, int pidfd, long prefaultedPages) {}

    /**
     * Like {@link #prepareSpare(long, long, int)}, but the spare gets {@code stdin}, {@code stdout}
     * and {@code stderr} now (the caller keeps its copies) and is let go: it waits on its stdin
     * like the checkpoint's process did, so a rollback takes it with no request at all (then
     * {@link #spareTaken}). It is the helper's child until then; {@link #discard} kills it.
     */
    public synchronized RunningSpare prepareRunningSpare(long templateId, long hotFrom, int maxPrefault, int stdin,
                                                         int stdout, int stderr) {
        dbh_request.args(request, 0, templateId);
        dbh_request.args(request, 1, hotFrom);
        dbh_request.args(request, 2, maxPrefault);
        dbh_request.args(request, 4, DBH_SPARE_RUNNING());
        int nfds = call(DBH_OP_PREPARE_SPARE(), new int[] {stdin, stdout, stderr});
        if (nfds != 1) throw new HelperException(0, "helper replied to a running spare without its pidfd");
        return new RunningSpare(value(0), fdsIn.getAtIndex(ValueLayout.JAVA_INT, 0), value(1));
    }

    /**
     * The caller took running spare {@code id} as a live process: from now on the helper reaps
     * it silently when it ends, and it is no spare of its template to discard. Told to the
     * helper ahead of its next request, so a rollback makes none (until then it would still be
     * reaped silently, as a spare).
     */
    public void spareTaken(long id) {
        sparesTaken.add(id);
    }

    /** Kills a template (and its spares) or a spare; the helper reaps it. */
    public synchronized void discard(long templateId) {
        dbh_request.args(request, 0, templateId);
        call(DBH_OP_DISCARD(), new int[0]);
    }

    /**
     * Compares two templates of the same live process page by page; with {@code outFd >= 0} the
     * start address of every differing page of {@code newer} is written there as a native-endian
     * 64-bit integer.
     */
    public synchronized PageDiff diffPages(long older, long newer, int outFd) {
        dbh_request.args(request, 0, older);
        dbh_request.args(request, 1, newer);
        call(DBH_OP_DIFF_PAGES(), outFd >= 0 ? new int[] {outFd} : new int[0]);
        return new PageDiff(value(0), value(1));
    }

    /** A stopped clone of a template for CRIU to dump: its pid, pidfd (the caller's) and the pages its fix-up wrote. */
    public record DumpClone(long pid, int pidfd, long fixupPages) {}

    /**
     * Forks a clone of {@code templateId} fixed up like a rollback's new process, with the given
     * stdio, and lets it go stopped and untraced, for CRIU to seize. With {@code pagesFd >= 0}
     * the start addresses of the pages the fix-up wrote are written there (native-endian u64).
     */
    public synchronized DumpClone dumpClone(long templateId, int stdin, int stdout, int stderr, int pagesFd) {
        dbh_request.args(request, 0, templateId);
        int nfds = call(DBH_OP_DUMP_CLONE(), pagesFd >= 0 ? new int[] {stdin, stdout, stderr, pagesFd}
                : new int[] {stdin, stdout, stderr});
        if (nfds != 1) throw new HelperException(0, "helper replied to dump clone without a pidfd");
        return new DumpClone(value(0), fdsIn.getAtIndex(ValueLayout.JAVA_INT, 0), value(1));
    }

    /** Makes {@code pid}, a child of the helper it did not start (restored by CRIU), one of its live processes. */
    public synchronized void adopt(long pid) {
        dbh_request.args(request, 0, pid);
        call(DBH_OP_ADOPT(), new int[0]);
    }

    /** A box made by {@link #createBox}: its init's PID (the box's id for the helper) and a pidfd on the init, the caller's. */
    public record Box(long initPid, int pidfd) {}

    /**
     * Makes a box: new mount, PID, UTS, IPC and (unless {@code hostNetwork}) network namespaces,
     * rooted at {@code root} (a host directory) with a fresh /proc, a minimal /dev and the given
     * hostname. With {@code parentInitPid} (0: none) the box's PID namespace is a child of that
     * box's, so that templates of the parent can be rolled back into it. Killing the init
     * destroys the box; {@link #waitFor} reports its end.
     */
    public synchronized Box createBox(Path root, String hostname, boolean hostNetwork, long parentInitPid) {
        putBoxRequest(root, hostname, hostNetwork, parentInitPid);
        return boxReply(call(DBH_OP_BOX_CREATE(), new int[0]));
    }

    /**
     * Starts a box as {@link #createBox} makes one and returns at once, while its processes set
     * it up: a ticket for {@link #finishBox}, which every started box must get (then
     * {@code SIGKILL} its init if it is not wanted). Errors found before the start (a bad
     * argument, too many boxes) are thrown here; the setup's own, by {@link #finishBox}.
     */
    public synchronized long startBox(Path root, String hostname, boolean hostNetwork, long parentInitPid) {
        putBoxRequest(root, hostname, hostNetwork, parentInitPid);
        call(DBH_OP_BOX_START(), new int[0]);
        return value(0);
    }

    /** Waits until the box started with {@code ticket} is ready: as {@link #createBox}'s result. */
    public synchronized Box finishBox(long ticket) {
        dbh_request.args(request, 0, ticket);
        return boxReply(call(DBH_OP_BOX_FINISH(), new int[0]));
    }

    private void putBoxRequest(Path root, String hostname, boolean hostNetwork, long parentInitPid) {
        var data = new java.io.ByteArrayOutputStream();
        putString(data, root.toString());
        putString(data, hostname);
        byte[] bytes = data.toByteArray();
        if (bytes.length > DBH_DATA_MAX()) throw new IllegalArgumentException("box root path too long: " + root);
        MemorySegment.copy(bytes, 0, dbh_request.data(request), ValueLayout.JAVA_BYTE, 0, bytes.length);
        dbh_request.data_len(request, bytes.length);
        dbh_request.args(request, 0, hostNetwork ? DBH_BOX_HOST_NETWORK() : 0);
        dbh_request.args(request, 1, parentInitPid);
    }

    private Box boxReply(int nfds) {
        if (nfds != 1) throw new HelperException(0, "helper replied to a box request without a pidfd");
        return new Box(value(0), fdsIn.getAtIndex(ValueLayout.JAVA_INT, 0));
    }

    /**
     * Like {@link #spawn(List, Map, Path, int, int, int)}, inside the box whose init is
     * {@code boxInitPid} (0: none): its namespaces and root; {@code cwd} is a path inside the box.
     * The process is still the helper's child.
     */
    public synchronized Spawned spawn(List<String> argv, Map<String, String> env, Path cwd, int stdin, int stdout,
                                      int stderr, long boxInitPid) {
        return spawn(argv, env, cwd, new int[] {stdin, stdout, stderr}, boxInitPid);
    }

    /** Like {@link #spawn(List, Map, Path, int[])}, inside the box whose init is {@code boxInitPid} (0: none). */
    public synchronized Spawned spawn(List<String> argv, Map<String, String> env, Path cwd, int[] fds, long boxInitPid) {
        return spawn(argv, env, cwd, fds, boxInitPid, 0);
    }

    /**
     * Like {@link #spawn(List, Map, Path, int[], long)}, at nice value {@code nice} (1..19, for
     * background work that must not take the CPU from the caller's operations; 0: the helper's).
     */
    public synchronized Spawned spawn(List<String> argv, Map<String, String> env, Path cwd, int[] fds, long boxInitPid,
                                      int nice) {
        if (nice < 0 || nice > 19) throw new IllegalArgumentException("nice must be 0..19, was " + nice);
        dbh_request.args(request, 0, boxInitPid);
        dbh_request.args(request, 1, nice);
        try {
            return spawn(argv, env, cwd, fds);
        } finally {
            dbh_request.args(request).fill((byte) 0); // when spawn refused before the call
        }
    }

    /**
     * Like {@link #rollback(long, long, long, int, int, int)}, into the box whose init is
     * {@code intoBoxInitPid} (0: the template's own namespaces): the new process gets that box's
     * namespaces and root and the template's cwd path inside it. The box must have been made
     * with the template's box as its parent (or an ancestor).
     */
    public synchronized RolledBack rollback(long templateId, long replacePid, long spareId, long intoBoxInitPid,
                                            int stdin, int stdout, int stderr) {
        dbh_request.args(request, 0, templateId);
        dbh_request.args(request, 1, replacePid);
        dbh_request.args(request, 2, spareId);
        dbh_request.args(request, 3, intoBoxInitPid);
        dbh_request.args(request, 4, DBH_ROLLBACK_UNWAITED()); // see rollback(long, long, int, int, int)
        int nfds = call(DBH_OP_ROLLBACK(), new int[] {stdin, stdout, stderr});
        if (nfds != 1) throw new HelperException(0, "helper replied to rollback without a pidfd");
        return new RolledBack(value(0), fdsIn.getAtIndex(ValueLayout.JAVA_INT, 0), value(1) != 0, value(2), value(3));
    }

    /** Like {@link #prepareSpare(long, long, int)}, forked into box {@code intoBoxInitPid}; a rollback takes it only into that box. */
    public synchronized Spare prepareSpare(long templateId, long hotFrom, int maxPrefault, long intoBoxInitPid) {
        dbh_request.args(request, 0, templateId);
        dbh_request.args(request, 1, hotFrom);
        dbh_request.args(request, 2, maxPrefault);
        dbh_request.args(request, 3, intoBoxInitPid);
        call(DBH_OP_PREPARE_SPARE(), new int[0]);
        return new Spare(value(0), value(1));
    }

    private long value(int index) {
        return dbh_reply.values(reply, index);
    }

    /** Sends the prepared request; returns the number of descriptors received into fdsIn. */
    private int call(int op, int[] fds) {
        exchange(op, fds);
        return replyOrThrow();
    }

    /** Sends the prepared request and reads its (first) reply, without looking at its error. */
    private void exchange(int op, int[] fds) {
        send(op, fds, false);
        receiveMore();
    }

    /**
     * Sends the prepared request; its reply is read by {@link #receiveMore}. {@code overlap}: the
     * caller works meanwhile, so the helper is woken on another CPU (see {@link #awayFromCaller}).
     */
    private void send(int op, int[] fds, boolean overlap) {
        if (sock < 0 && !closed) restart("had no connection"); // a previous restart failed: try again
        if (sock < 0) throw new HelperGoneException(0, "the connection to deltabox-helper " + helperPid + " is closed");
        if (!sparesTaken.isEmpty()) tellSparesTaken();
        if (overlap) {
            awayFromCaller();
        } else if (helperAway && libc_h.sched_setaffinity((int) helperPid, CPU_SET_BYTES, helperCpus) == 0) {
            helperAway = false;
        }
        dbh_request.op(request, op);
        dbh_request.nfds(request, fds.length);
        for (int i = 0; i < fds.length; i++) fdsOut.setAtIndex(ValueLayout.JAVA_INT, i, fds[i]);
        if (op != DBH_OP_SPAWN() && op != DBH_OP_BOX_CREATE() && op != DBH_OP_BOX_START()) dbh_request.data_len(request, 0);
        int rc = dbh_send(sock, request, fdsOut);
        // leave no stale arguments behind for the next request
        dbh_request.args(request).fill((byte) 0);
        if (rc < 0) throw lost(rc);
    }

    /** Sends the notices of {@link #spareTaken} (its own request buffer: the caller's is filled already). */
    private void tellSparesTaken() {
        while (!sparesTaken.isEmpty()) {
            takenNotice.fill((byte) 0);
            dbh_request.op(takenNotice, DBH_OP_SPARES_TAKEN());
            Long id;
            for (int n = 0; n < 8 && (id = sparesTaken.poll()) != null; n++) dbh_request.args(takenNotice, n, id);
            int rc = dbh_send(sock, takenNotice, fdsOut);
            if (rc < 0) throw lost(rc);
            receiveMore(); // its error, if any, is of no use: the spares are dead or ours either way
        }
    }

    /** Bytes of a cpu_set_t (1024 CPUs), as glibc's sched_*affinity take it. */
    private static final long CPU_SET_BYTES = 128;

    /**
     * Keeps the helper off the caller's CPU until the next request. A request wakes the helper
     * on the caller's CPU (the kernel expects the caller to wait for the reply), where it would
     * only run once the caller stops: the caller's work meanwhile and the helper's would not
     * overlap. Nothing is done with a single allowed CPU.
     */
    private void awayFromCaller() {
        int cpu = libc_h.sched_getcpu();
        if (cpu < 0 || cpu >= CPU_SET_BYTES * 8) return;
        System.arraycopy(helperCpuBytes, 0, awayCpuBytes, 0, awayCpuBytes.length);
        awayCpuBytes[cpu / 8] &= (byte) ~(1 << (cpu % 8));
        boolean another = false;
        for (int i = 0; i < awayCpuBytes.length && !another; i++) another = awayCpuBytes[i] != 0;
        if (!another) return;
        MemorySegment.copy(awayCpuBytes, 0, awayCpus, ValueLayout.JAVA_BYTE, 0, awayCpuBytes.length);
        if (libc_h.sched_setaffinity((int) helperPid, CPU_SET_BYTES, awayCpus) == 0) helperAway = true;
    }

    /** Reads the next reply of a request answered by several, without looking at its error. */
    private void receiveMore() {
        int rc = dbh_receive(sock, reply, fdsIn, DBH_MAX_FDS());
        if (rc < 0) throw lost(rc);
    }

    /** The last reply's descriptor count, or its error thrown. */
    private int replyOrThrow() {
        int error = dbh_reply.error(reply);
        if (error != 0) throw new HelperException(error, dbh_reply.message(reply).getString(0));
        return dbh_reply.nfds(reply);
    }

    /**
     * The socket failed with {@code -rc}: it is useless from here on (a reply may be half-read).
     * The helper is dead or broken: end it for sure, say how it ended, and start a new one for
     * the next request; this one fails (what it was about died with the old helper).
     */
    private HelperGoneException lost(int rc) {
        dbh_close(sock);
        sock = -1;
        Process dead = process;
        try {
            if (!dead.waitFor(1, TimeUnit.SECONDS)) dead.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        String how = describeExit(dead);
        long deadPid = helperPid;
        if (!closed) restart(how + " (errno " + -rc + " on the socket)");
        return new HelperGoneException(-rc, "deltabox-helper " + deadPid + " " + how + " during a request (errno "
                + -rc + "); its processes and templates are gone" + (closed ? "" : "; a new helper was started"));
    }

    private String exitCodeOrRunning() {
        return process.isAlive() ? "still running" : "exited with " + process.exitValue();
    }

    private static void putString(java.io.ByteArrayOutputStream out, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        for (byte x : b) {
            if (x == 0) throw new IllegalArgumentException("argument or variable contains a NUL byte: " + s);
        }
        out.writeBytes(b);
        out.write(0);
    }

    /** Closes the connection: the helper kills every process it started and exits. */
    @Override
    public synchronized void close() {
        if (closed) return;
        closed = true;
        if (sock >= 0) {
            dbh_close(sock);
            sock = -1;
        }
        try {
            if (process != null && !process.waitFor(5, TimeUnit.SECONDS)) {
                log.warn("deltabox-helper {} did not exit after its connection closed; killing it", helperPid);
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            if (socket != null) Files.deleteIfExists(socket);
        } catch (IOException ignored) {
            // the helper unlinks it itself once connected; this only covers a failed start
        }
        arena.close();
    }
}
