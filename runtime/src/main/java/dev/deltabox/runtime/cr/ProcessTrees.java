package dev.deltabox.runtime.cr;

import dev.deltabox.bindings.libc.libc_h;
import dev.deltabox.bindings.libc.stat;

import dev.deltabox.runtime.nativeaccess.Errno;
import dev.deltabox.runtime.nativeaccess.Posix;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;
import java.util.stream.Stream;

/** Process trees as /proc shows them: listing a tree's members, killing a whole tree. */
public final class ProcessTrees {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ProcessTrees.class);
    private static final long REAP_TIMEOUT_MS = 10_000;

    private ProcessTrees() {}

    /** {@code root} and all its descendants, parents before children (empty if root is gone). */
    public static List<Long> members(long root) {
        Set<Long> seen = new LinkedHashSet<>();
        List<Long> todo = new ArrayList<>(List.of(root));
        while (!todo.isEmpty()) {
            long pid = todo.removeFirst();
            if (!seen.add(pid)) continue;
            // children of every thread: a child belongs to the thread that forked it
            long threads = PROC_SCRATCH.get().threads(pid);
            if (threads < 0) {
                if (pid == root) return List.of();
                continue; // exiting while we look: it has nothing left to kill
            }
            List<String> tasks = List.of(Long.toString(pid));
            if (threads != 1) { // a session process is usually single-threaded
                try (Stream<Path> ts = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
                    tasks = ts.map(t -> t.getFileName().toString()).toList();
                } catch (IOException e) {
                    continue;
                }
            }
            for (String t : tasks) todo.addAll(taskChildren(pid, t));
        }
        return List.copyOf(seen);
    }

    /**
     * Whether {@code pid} has a child; false if it is gone. A rollback asks it of every old
     * session process (one without children is killed alone), so it reads /proc into a
     * per-thread buffer and parses bytes: its thread count, then the main thread's children
     * (several threads: {@link #members}).
     */
    static boolean hasChildren(long pid) {
        long threads = PROC_SCRATCH.get().threads(pid);
        if (threads != 1) return threads > 1 && members(pid).size() > 1;
        return PROC_SCRATCH.get().read(pid, true) > 0; // any text is a child's PID
    }

    /**
     * Whether process {@code pid} is gone or on its way out: a zombie, exiting (PF_EXITING), or
     * with a SIGKILL pending that it has not acted on yet. A process killed a moment ago takes a
     * while to tear down its memory before its pidfd says it ended, and longer to get the CPU
     * when that CPU was idle. One /proc read, parsed as bytes.
     */
    static boolean isEnding(long pid) {
        ProcScratch s = PROC_SCRATCH.get();
        int n = s.read(pid, false);
        int at = s.statFields(n);
        if (at < 0) return true; // gone
        byte state = s.bytes[at];
        if (state == 'Z' || state == 'X' || state == 'x') return true;
        long flags = s.field(at, n, STAT_FLAGS), pending = s.field(at, n, STAT_PENDING);
        return flags < 0 || pending < 0 || (flags & PF_EXITING) != 0 || (pending & (1L << (libc_h.SIGKILL() - 1))) != 0;
    }

    /** Fields of /proc/PID/stat after the command name (0: the state). */
    private static final int STAT_PPID = 1, STAT_PGRP = 2, STAT_SESSION = 3, STAT_FLAGS = 6, STAT_PENDING = 28;
    /** include/linux/sched.h: the task is exiting. */
    private static final long PF_EXITING = 0x4;

    /**
     * One thread's scratch for reading /proc/PID/stat and children lists: the native buffer read into, a
     * copy of it on the heap (parsed there: cold code reads a Java array much faster than a
     * segment, byte by byte), the path, errno. Thread-confined.
     */
    private record ProcScratch(MemorySegment buf, byte[] bytes, MemorySegment path, MemorySegment err, MemorySegment st) {
        static ProcScratch allocate() {
            Arena a = Arena.ofAuto();
            return new ProcScratch(a.allocate(PROC_READ_CHUNK), new byte[PROC_READ_CHUNK], a.allocate(64), Errno.allocate(a),
                    a.allocate(stat.layout()));
        }

        /**
         * The number of threads of {@code pid}, -1 if it is gone: its task directory links two
         * plus one per thread. A stat, where reading /proc/PID/stat formats some fifty fields
         * (about 25 against 65 microseconds with cold caches, measured here).
         */
        long threads(long pid) {
            MemorySegment task = pathOf(putAscii(bytes, procDir(pid), "/task"));
            if (Posix.fstatat(err, libc_h.AT_FDCWD(), task, st, 0) < 0) return -1;
            long links = stat.st_nlink(st);
            return links >= 3 ? links - 2 : -1;
        }

        /** Reads "/proc/PID/stat", or "/proc/PID/task/PID/children", into {@link #bytes}; its length, -1 if it cannot. */
        int read(long pid, boolean children) {
            int at = procDir(pid);
            if (children) {
                at = putAscii(bytes, at, "/task/");
                at = putDecimal(bytes, at, pid);
                at = putAscii(bytes, at, "/children");
            } else {
                at = putAscii(bytes, at, "/stat");
            }
            int fd = Posix.openat(err, libc_h.AT_FDCWD(), pathOf(at), libc_h.O_RDONLY() | libc_h.O_CLOEXEC(), 0);
            if (fd < 0) return -1;
            try {
                int n = (int) libc_h.read(fd, buf, PROC_READ_CHUNK);
                if (n > 0) MemorySegment.copy(buf, ValueLayout.JAVA_BYTE, 0, bytes, 0, n);
                return n;
            } finally {
                libc_h.close(fd);
            }
        }

        /** Where the fields after the command name start (at the state) in a stat text of {@code n} bytes; -1 if none. */
        int statFields(int n) {
            int at = n - 1;
            while (at >= 0 && bytes[at] != ')') at--;
            return at < 0 || at + 2 >= n ? -1 : at + 2;
        }

        /** The number in field {@code index} (0: the state) of the fields starting at {@code at}; -1 if absent. */
        long field(int at, int n, int index) {
            for (int f = 0; f < index && at < n; at++) {
                if (bytes[at] == ' ') f++;
            }
            long v = 0;
            boolean any = false;
            for (; at < n && bytes[at] >= '0' && bytes[at] <= '9'; at++) {
                v = v * 10 + (bytes[at] - '0');
                any = true;
            }
            return any ? v : -1;
        }

        /** Writes "/proc/PID" at the start of {@link #bytes}; returns where it ends. */
        private int procDir(long pid) {
            return putDecimal(bytes, putAscii(bytes, 0, "/proc/"), pid);
        }

        /** {@link #path}, holding the first {@code end} bytes of {@link #bytes}, NUL-terminated. */
        private MemorySegment pathOf(int end) {
            bytes[end] = 0;
            MemorySegment.copy(bytes, 0, path, ValueLayout.JAVA_BYTE, 0, end + 1);
            return path;
        }

        private static int putAscii(byte[] b, int at, String s) {
            for (int i = 0; i < s.length(); i++) b[at++] = (byte) s.charAt(i);
            return at;
        }

        private static int putDecimal(byte[] b, int at, long v) {
            long div = 1;
            while (v / div >= 10) div *= 10;
            for (; div > 0; div /= 10) b[at++] = (byte) ('0' + v / div % 10);
            return at;
        }
    }

    private static final ThreadLocal<ProcScratch> PROC_SCRATCH = ThreadLocal.withInitial(ProcScratch::allocate);

    /** The children thread {@code tid} of {@code pid} forked, empty if it is gone. */
    private static List<Long> taskChildren(long pid, String tid) {
        String kids = readProc("/proc/" + pid + "/task/" + tid + "/children");
        if (kids == null || kids.isBlank()) return List.of();
        List<Long> out = new ArrayList<>();
        try {
            for (String k : kids.trim().split("\\s+")) out.add(Long.parseLong(k));
        } catch (NumberFormatException e) {
            return List.of();
        }
        return out;
    }

    private static final int PROC_READ_CHUNK = 4096;

    /**
     * A /proc file's whole text, or null when it cannot be read (the process is gone): a
     * children list, which can pass the 4 KiB {@link ProcScratch} reads. Raw open/read: NIO's
     * channels cost several times more per file.
     */
    static String readProc(String path) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment err = Errno.allocate(a);
            int fd = Posix.openat(err, libc_h.AT_FDCWD(), a.allocateFrom(path), libc_h.O_RDONLY() | libc_h.O_CLOEXEC(), 0);
            if (fd < 0) return null;
            try {
                MemorySegment buf = a.allocate(PROC_READ_CHUNK);
                var text = new java.io.ByteArrayOutputStream();
                for (long n; (n = Posix.read(err, fd, buf, PROC_READ_CHUNK)) != 0; ) {
                    if (n < 0) return null;
                    text.write(buf.asSlice(0, n).toArray(ValueLayout.JAVA_BYTE), 0, (int) n);
                }
                return text.toString(StandardCharsets.US_ASCII);
            } finally {
                Posix.close(err, fd);
            }
        }
    }

    /** A process as /proc/PID/stat shows it: its command name, process group and session. */
    record Stat(long pid, long ppid, String comm, long pgrp, long session) {}

    /** /proc/PID/stat of {@code pid}, or null if it is gone. */
    static Stat stat(long pid) {
        ProcScratch s = PROC_SCRATCH.get();
        int n = s.read(pid, false);
        int at = s.statFields(n);
        int open = 0;
        while (open < n && s.bytes[open] != '(') open++;
        if (at < 0 || open >= at) return null;
        long ppid = s.field(at, n, STAT_PPID), pgrp = s.field(at, n, STAT_PGRP), session = s.field(at, n, STAT_SESSION);
        if (ppid < 0 || pgrp < 0 || session < 0) return null;
        String comm = new String(s.bytes, open + 1, at - 2 - (open + 1), StandardCharsets.US_ASCII);
        return new Stat(pid, ppid, comm, pgrp, session);
    }

    /** The children of {@code pid}'s main thread (the helper is single-threaded), empty if it is gone. */
    static List<Long> childrenOf(long pid) {
        return taskChildren(pid, Long.toString(pid));
    }

    /** Every process now in /proc. */
    static List<Stat> all() {
        List<Stat> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("/proc"))) {
            for (Path p : s.toList()) {
                String name = p.getFileName().toString();
                if (name.isEmpty() || !Character.isDigit(name.charAt(0))) continue;
                Stat st = stat(Long.parseLong(name));
                if (st != null) out.add(st);
            }
        } catch (IOException e) {
            // no /proc: nothing to list
        }
        return out;
    }

    /** The PID tracing {@code pid} (TracerPid in /proc/PID/status), 0 if none, -1 if it is gone. */
    static long tracer(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("TracerPid:")) return Long.parseLong(line.substring(10).trim());
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return 0;
    }

    /** The state letter of /proc/PID/stat ('T': stopped), or 0 if it is gone. */
    static char state(long pid) {
        ProcScratch s = PROC_SCRATCH.get();
        int n = s.read(pid, false);
        int at = s.statFields(n);
        return at < 0 ? 0 : (char) s.bytes[at];
    }

    /**
     * Kills the orphans of a tree in session {@code session} whose root died: processes of that
     * session that the helper {@code helperPid} (the subreaper) inherited, with their own trees.
     * Not touched: processes in {@code keep} (live roots someone tracks), processes the helper
     * traces (templates, spares: they share the session of the process they were cloned from)
     * and, unless {@code includeStopped}, stopped ones (a template's dump clone waiting for
     * CRIU is stopped, untraced, a child of the helper, in that session too). Returns how many
     * trees were killed.
     */
    static int killOrphans(long session, long helperPid, java.util.Collection<Long> keep, boolean includeStopped) {
        if (session <= 0 || helperPid <= 0) return 0;
        int n = 0;
        // the helper's children only (one file, not a scan of /proc): an orphan is one of them
        for (long pid : childrenOf(helperPid)) {
            Stat st = stat(pid);
            if (st == null || st.session() != session || st.ppid() != helperPid || keep.contains(st.pid())) continue;
            if (tracer(st.pid()) != 0) continue; // a template or spare (or gone)
            char state = state(st.pid());
            if (state == 0 || state == 'Z' || (!includeStopped && (state == 'T' || state == 't'))) continue;
            int fd = libc_h.pidfd_open((int) st.pid(), 0);
            if (fd < 0) continue;
            try {
                Stat again = stat(st.pid()); // the pidfd pins it: still the orphan we saw?
                if (again == null || again.session() != session || again.ppid() != helperPid) continue;
                killAndAwaitReaped(st.pid(), fd);
                n++;
            } finally {
                libc_h.close(fd);
            }
        }
        return n;
    }

    /**
     * Kills the tree of {@code p} and reaps it, and then the orphans its members left in its
     * session {@code session} (0: unknown) when they outlived their parent — see
     * {@link #killOrphans}, which gets {@code keep} and {@code includeStopped}.
     */
    static void killTree(LiveProcess p, long session, long helperPid, java.util.Collection<Long> keep, boolean includeStopped) {
        if (p.isAlive()) killAndAwaitReaped(p.pid(), p.pidfd());
        killOrphans(session, helperPid, keep, includeStopped);
    }

    /** The session of a process, read now; 0 if it is gone. */
    static long sessionOf(long pid) {
        Stat st = stat(pid);
        return st == null ? 0 : st.session();
    }

    /**
     * SIGKILLs every process named {@code comm} in the session and process group led by
     * {@code leader} (a service started under setsid), except {@code except}; each through a
     * pidfd checked again after opening, so a recycled PID is never hit. Waits (≤ 2 s) until they
     * are gone from /proc, i.e. reaped by their parent while it lives. Returns how many.
     */
    static int killGroup(long leader, String comm, long... except) {
        List<Long> killed = new ArrayList<>();
        for (Stat st : all()) {
            if (st.pgrp() != leader || st.session() != leader || !st.comm().equals(comm)) continue;
            if (java.util.Arrays.stream(except).anyMatch(x -> x == st.pid())) continue;
            int fd = libc_h.pidfd_open((int) st.pid(), 0);
            if (fd < 0) continue;
            try {
                Stat again = stat(st.pid()); // the pidfd pins this process: is it still the one we saw?
                if (again != null && again.pgrp() == leader && again.session() == leader) {
                    libc_h.pidfd_send_signal(fd, libc_h.SIGKILL(), MemorySegment.NULL, 0);
                    killed.add(st.pid());
                }
            } finally {
                libc_h.close(fd);
            }
        }
        long deadline = System.nanoTime() + 2_000_000_000L;
        for (long pid : killed) {
            while (Files.exists(Path.of("/proc", Long.toString(pid))) && System.nanoTime() < deadline) {
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return killed.size();
                }
            }
        }
        return killed.size();
    }

    /** sched_param of SCHED_IDLE: priority 0 (read only, shared by all threads). */
    private static final MemorySegment IDLE_PARAM = Arena.global().allocate(ValueLayout.JAVA_INT);

    /**
     * SIGKILLs live process {@code p} (not its children) without waiting for it to end. It is
     * made SCHED_IDLE first: woken by the signal on the caller's CPU, it would otherwise preempt
     * the caller for its whole exit (unmapping its memory), measured at 0.2–0.35 ms of a box
     * rollback. Its PID stays taken until its parent reaps it, a little later.
     */
    static void killLeavingCpu(LiveProcess p) {
        // alive now, so its PID is still its own (it is gone only once its parent reaped it)
        if (p.isAlive()) libc_h.sched_setscheduler((int) p.pid(), libc_h.SCHED_IDLE(), IDLE_PARAM);
        libc_h.pidfd_send_signal(p.pidfd(), libc_h.SIGKILL(), MemorySegment.NULL, 0);
    }

    /**
     * A process tree stopped by {@link #stopTree}: each member held by a pidfd (so a recycled PID
     * is never signalled) until the tree is continued or {@link #close}d (killed, say).
     */
    public static final class StoppedTree implements AutoCloseable {
        private final int rootPidfd; // the root's owner's: not closed here
        private final List<Integer> pidfds = new ArrayList<>(); // the other members'
        private boolean closed;

        private StoppedTree(int rootPidfd) {
            this.rootPidfd = rootPidfd;
        }

        /** Lets every member run again (SIGCONT) and closes the pidfds. */
        public void resume() {
            if (closed) return;
            for (int fd : pidfds) libc_h.pidfd_send_signal(fd, libc_h.SIGCONT(), MemorySegment.NULL, 0);
            libc_h.pidfd_send_signal(rootPidfd, libc_h.SIGCONT(), MemorySegment.NULL, 0);
            close();
        }

        @Override
        public void close() {
            if (closed) return;
            closed = true;
            for (int fd : pidfds) libc_h.close(fd);
        }
    }

    /**
     * SIGSTOPs {@code root} (so that it forks no new member while they are listed), then lists
     * its tree until the list stops growing (three rounds at most) and hands every other member,
     * once, to {@code eachOther} as a pidfd (never a recycled PID; the callee's to keep or close;
     * a member gone meanwhile is skipped). Returns every member listed, the root first.
     */
    private static List<Long> stopRootAndList(long root, int rootPidfd, IntConsumer eachOther) {
        libc_h.pidfd_send_signal(rootPidfd, libc_h.SIGSTOP(), MemorySegment.NULL, 0);
        List<Long> all = new ArrayList<>(List.of(root));
        for (int round = 0; round < 3; round++) { // members forked while we listed: list again
            boolean grew = false;
            for (long pid : members(root)) {
                if (all.contains(pid)) continue;
                all.add(pid);
                grew = true;
                int fd = libc_h.pidfd_open((int) pid, 0);
                if (fd >= 0) eachOther.accept(fd);
            }
            if (!grew) break;
        }
        return all;
    }

    /**
     * SIGSTOPs the tree rooted at {@code root} (the root first, so that it forks no new member
     * while they are listed) and waits until every member is in a stop, exited, or still not
     * stopped after {@code timeoutMs} (one blocked in a filesystem request that does not
     * end, say; logged). A member in a stop makes no system call, so nothing of the tree
     * touches a file until it is continued or killed.
     */
    static StoppedTree stopTree(long root, int rootPidfd, long timeoutMs) {
        StoppedTree t = new StoppedTree(rootPidfd);
        List<Long> all = stopRootAndList(root, rootPidfd, fd -> {
            libc_h.pidfd_send_signal(fd, libc_h.SIGSTOP(), MemorySegment.NULL, 0);
            t.pidfds.add(fd);
        });
        long deadline = System.nanoTime() + timeoutMs * 1_000_000;
        for (long pid : all) {
            for (char st; (st = state(pid)) != 0 && st != 'T' && st != 't' && st != 'Z' && st != 'X'; ) {
                if (System.nanoTime() > deadline) {
                    log.warn("process {} of the tree of {} did not stop within {} ms (state {}); going on without it",
                            pid, root, timeoutMs, st);
                    break;
                }
                LockSupport.parkNanos(100_000);
            }
        }
        return t;
    }

    /**
     * SIGKILLs the tree rooted at {@code root} (whose pidfd is {@code rootPidfd}) and waits until
     * every member has been reaped, so that its PIDs are free again (CRIU restores with the
     * dumped PIDs). The root is stopped first so that it forks no new member while we list them.
     */
    static void killAndAwaitReaped(long root, int rootPidfd) {
        List<Long> all = stopRootAndList(root, rootPidfd, fd -> {
            libc_h.pidfd_send_signal(fd, libc_h.SIGKILL(), MemorySegment.NULL, 0);
            libc_h.close(fd);
        });
        libc_h.pidfd_send_signal(rootPidfd, libc_h.SIGKILL(), MemorySegment.NULL, 0);
        // The helper (their parent or subreaper) reaps them; a zombie still holds its PID.
        long deadline = System.nanoTime() + REAP_TIMEOUT_MS * 1_000_000;
        for (long pid : all) {
            Path proc = Path.of("/proc", Long.toString(pid));
            while (Files.exists(proc)) {
                if (System.nanoTime() > deadline) {
                    throw new CheckpointException(CheckpointException.Reason.FAILED,
                            "process " + pid + " of the tree of " + root + " was not reaped within "
                                    + REAP_TIMEOUT_MS + " ms after SIGKILL; is the helper alive?", null);
                }
                Thread.onSpinWait();
                try {
                    Thread.sleep(0, 200_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new CheckpointException(CheckpointException.Reason.FAILED, "interrupted while killing " + root, e);
                }
            }
        }
    }
}
