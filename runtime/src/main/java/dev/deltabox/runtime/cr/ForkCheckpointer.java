package dev.deltabox.runtime.cr;

import dev.deltabox.bindings.libc.libc_h;
import dev.deltabox.runtime.nativeaccess.Errno;
import dev.deltabox.runtime.nativeaccess.Posix;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checkpoint and rollback of a box's live processes by template fork (the helper's side is in
 * {@code c-src/helper/templates.c}).
 *
 * <ul>
 *   <li>{@link #spawn} starts a process whose stdin, stdout and stderr are fresh pipes;</li>
 *   <li>{@link #checkpoint} clones a live process into a frozen copy-on-write template; the
 *       process is paused for about the time its page tables take to copy, then goes on;</li>
 *   <li>{@link #rollback} forks a new live process from a template, with fresh pipes, and kills
 *       the process it replaces;</li>
 *   <li>{@link #discard} kills a template.</li>
 * </ul>
 * Fork copies one single-threaded process: {@link #inspect} tells what else a process holds
 * (threads, sockets, shared memory, timers, children) and checkpoint refuses a multi-threaded
 * one with {@link CheckpointException.Reason#NOT_FORKABLE}.
 *
 * <p>Concurrency: thread-safe. The helper serves one request at a time (HelperClient's lock);
 * this object's own bookkeeping (which templates and processes it made) is guarded by {@code this}.
 * A helper that died is replaced by the {@link HelperClient}; what was made with the old one is
 * then forgotten here (TEMPLATE_GONE / PROCESS_GONE, "died with its helper").
 * The {@link HelperClient} is the caller's: closing this object does not close it.
 *
 * <p>Huge pages: a checkpoint and a cold rollback each cost one fork, and fork copies one page
 * table entry per 4 KiB of the process's memory (~0.9 ms for a 50 MB python here). Processes
 * started here therefore get glibc's malloc backed by transparent huge pages
 * ({@code GLIBC_TUNABLES=glibc.malloc.hugetlb=1}, see {@link #withHugePageMalloc}): fork then
 * copies one entry per 2 MiB of heap, and the same python forks in ~0.3 ms. A write after the
 * fork splits the shared huge page and copies only the 4 KiB written. An environment that sets
 * {@code glibc.malloc.hugetlb} itself is left alone; {@code -Ddeltabox.hugePageMalloc=false}
 * turns this off.
 */
public final class ForkCheckpointer implements AutoCloseable {

    /**
     * A frozen template: its id (the template process's PID) and a pidfd on it, owned here.
     * {@code mapsAnotherBoxsFiles}: its process was forked into its box from another box's
     * template (or descends from one such), so its memory maps files of that box's root, which
     * CRIU in its own box cannot dump (no durable image).
     */
    public record Template(long id, int pidfd, long origin, int privateFiles, int pendingSignals, boolean tidSlotFound,
                           boolean mapsAnotherBoxsFiles) {}

    private final HelperClient helper;
    private final Map<Long, Template> templates = new HashMap<>(); // guarded by this
    private final Map<Long, LiveProcess> processes = new HashMap<>(); // guarded by this
    private final Map<Long, Spare> spares = new HashMap<>(); // unused spares, guarded by this
    // live processes made by a rollback, which the helper reaps silently (killed by pidfd); guarded by this
    private final java.util.Set<Long> rolledBack = new java.util.HashSet<>();
    // live processes whose memory maps files of another box's root (see Template); guarded by this
    private final java.util.Set<Long> foreignProcesses = new java.util.HashSet<>();
    private boolean closed; // guarded by this
    private long helperGeneration; // the helper generation the maps above belong to, guarded by this
    // templates and live processes that died with a helper, by id, for a clear error; guarded by this
    private final Map<Long, String> diedWithHelper = new HashMap<>();

    public ForkCheckpointer(HelperClient helper) {
        this.helper = helper;
        this.helperGeneration = helper.generation();
    }

    /**
     * Starts {@code argv} in {@code cwd} (null: the helper's) with {@code env}, plus huge-page
     * malloc (see the class comment).
     */
    public synchronized LiveProcess spawn(List<String> argv, Map<String, String> env, Path cwd) {
        ensureOpen();
        StdioPipes io = StdioPipes.create();
        try {
            HelperClient.Spawned s = helper.spawn(argv, withHugePageMalloc(env), cwd, io.childIn, io.childOut, io.childErr);
            return track(io.adopt(s.pid(), s.pidfd()));
        } catch (HelperException e) {
            io.closeAll();
            throw translate(e, "spawn " + argv.get(0), CheckpointException.Reason.PROCESS_GONE);
        }
    }

    /**
     * Starts {@code argv} inside {@code box} (null: no box): in its namespaces and root, with
     * {@code cwd} a path inside the box (null: its root). It is the helper's child like any
     * spawned process: checkpoints and rollbacks of it stay in the box.
     */
    public synchronized LiveProcess spawn(List<String> argv, Map<String, String> env, Path cwd, BoxNamespaces box) {
        ensureOpen();
        requireSameHelper(box);
        StdioPipes io = StdioPipes.create();
        try {
            HelperClient.Spawned s = helper.spawn(argv, withHugePageMalloc(env), cwd, io.childIn, io.childOut,
                    io.childErr, box == null ? 0 : box.initPid());
            return track(io.adopt(s.pid(), s.pidfd()));
        } catch (HelperException e) {
            io.closeAll();
            throw translate(e, "spawn " + argv.get(0) + (box == null ? "" : " in " + box),
                    CheckpointException.Reason.PROCESS_GONE);
        }
    }

    private static final String HUGETLB_TUNABLE = "glibc.malloc.hugetlb";
    private static final boolean HUGE_PAGE_MALLOC =
            !"false".equals(System.getProperty("deltabox.hugePageMalloc"));

    /**
     * {@code env} with {@code glibc.malloc.hugetlb=1} added to {@code GLIBC_TUNABLES} (glibc
     * then madvises its heap and large allocations for transparent huge pages), unless the
     * environment already chooses a {@code glibc.malloc.hugetlb} or the feature is turned off.
     * Programs not using glibc's malloc ignore it.
     */
    public static Map<String, String> withHugePageMalloc(Map<String, String> env) {
        String tunables = env.get("GLIBC_TUNABLES");
        if (!HUGE_PAGE_MALLOC || (tunables != null && tunables.contains(HUGETLB_TUNABLE))) return env;
        Map<String, String> with = new HashMap<>(env);
        with.put("GLIBC_TUNABLES", (tunables == null || tunables.isEmpty() ? "" : tunables + ":") + HUGETLB_TUNABLE + "=1");
        return with;
    }

    /** What /proc says about the process; it keeps running. */
    public HelperClient.Inspection inspect(LiveProcess p) {
        try {
            return helper.inspect(p.pid());
        } catch (HelperException e) {
            throw translate(e, "inspect " + p, CheckpointException.Reason.PROCESS_GONE);
        }
    }

    /** Clones the live process into a new template. */
    public synchronized Template checkpoint(LiveProcess p) {
        return checkpointAll(List.of(p), -1).getFirst().orThrow();
    }

    /**
     * Like {@link #checkpoint(LiveProcess)}, but refused with {@code NOT_FORKABLE} (its cause a
     * {@link HelperClient.NotForkableException} with the inspection) when the stopped process has
     * threads, children, shared writable mappings, POSIX timers or a descriptor of a kind in
     * {@code unforkableFdKinds}: the inspection and the clone in one request.
     */
    public synchronized Template checkpointIfForkable(LiveProcess p, int unforkableFdKinds) {
        if (unforkableFdKinds < 0) throw new IllegalArgumentException("fd kinds mask " + unforkableFdKinds);
        return checkpointAll(List.of(p), unforkableFdKinds).getFirst().orThrow();
    }

    /**
     * Checkpoints several live processes (at most {@code DBH_CHECKPOINT_MAX}) in one helper
     * request: they are stopped at once and cloned side by side, so the time is about the
     * slowest one's, not the sum. With {@code unforkableFdKinds} ≥ 0 each is inspected first as
     * by {@link #checkpointIfForkable}. Each succeeds or fails on its own, in the order given.
     */
    public synchronized List<Outcome<Template>> checkpointAll(List<LiveProcess> ps, int unforkableFdKinds) {
        ensureOpen();
        ps.forEach(this::requireAlive);
        long[] pids = ps.stream().mapToLong(LiveProcess::pid).toArray();
        List<HelperClient.CheckpointOutcome> got;
        try {
            got = current(() -> helper.checkpointAll(pids, unforkableFdKinds));
        } catch (HelperException e) {
            throw translate(e, "checkpoint " + ps, CheckpointException.Reason.PROCESS_GONE);
        }
        List<Outcome<Template>> out = new ArrayList<>(ps.size());
        for (int i = 0; i < ps.size(); i++) {
            HelperClient.CheckpointOutcome o = got.get(i);
            out.add(o.failure() == null ? Outcome.of(register(ps.get(i), o.checkpointed()))
                    : Outcome.failed(translate(o.failure(), "checkpoint " + ps.get(i), CheckpointException.Reason.PROCESS_GONE)));
        }
        return out;
    }

    private Template register(LiveProcess p, HelperClient.Checkpointed c) {
        Template t = new Template(c.templateId(), c.pidfd(), p.pid(), c.privateFiles(), c.pendingSignals(),
                c.tidSlotFound(), foreignProcesses.contains(p.pid()));
        templates.put(t.id(), t);
        return t;
    }

    /**
     * Forks a new live process from {@code t}. {@code replacing} (may be null) is killed and its
     * descriptors closed: output not yet read from it is dropped.
     */
    public synchronized LiveProcess rollback(Template t, LiveProcess replacing) {
        ensureOpen();
        requireOwn(t);
        StdioPipes io = StdioPipes.create();
        try {
            HelperClient.Spawned s = current(() -> helper.rollback(t.id(), replacing == null ? 0 : replacing.pid(),
                    io.childIn, io.childOut, io.childErr));
            if (replacing != null) {
                untrack(replacing.pid());
                replacing.close();
            }
            return trackRolledBack(io.adopt(s.pid(), s.pidfd()), t, false);
        } catch (HelperException e) {
            io.closeAll();
            throw translate(e, "rollback to template " + t.id(), CheckpointException.Reason.TEMPLATE_GONE);
        }
    }

    /**
     * A spare forked ahead of time from {@code template}. Forked into box {@code into}, it is held
     * stopped by the helper and serves rollbacks into that box only. Without a box it runs:
     * {@code process} has its stdio and waits on it, as the checkpoint's process did.
     */
    public record Spare(long id, Template template, long prefaultedPages, BoxNamespaces into, LiveProcess process) {
        /** Closes our ends of a running spare (pipes, pidfd) as it goes; the helper kills or reaps it. */
        void closeOurEnds() {
            if (process != null) process.close();
        }
    }

    /**
     * A rollback's new process, whether it was a spare ({@code warm}) or forked just now, and the
     * helper's time on it ({@code stdioNanos}: handing a spare its stdio).
     */
    public record Rollback(LiveProcess process, boolean warm, long helperNanos, long stdioNanos) {}

    /**
     * Forks a spare from {@code t}, fixed up like a rollback's new process with fresh stdio, and
     * lets it go: it waits on its empty stdin, as the checkpoint's process did (only idle
     * processes are checkpointed), so {@link #rollback(Template, LiveProcess, Spare)} takes it
     * with no helper request. {@code hotFrom} (may be null): an older template of the same
     * process; up to {@code maxPrefault} of the pages written between the two are copied into
     * the spare now, taking their copy-on-write faults ahead of the rollback.
     */
    public synchronized Spare prepareSpare(Template t, Template hotFrom, int maxPrefault) {
        ensureOpen();
        requireOwn(t);
        StdioPipes io = StdioPipes.create();
        try {
            HelperClient.RunningSpare s = current(() -> helper.prepareRunningSpare(t.id(), hotFrom == null ? 0 : hotFrom.id(),
                    maxPrefault, io.childIn, io.childOut, io.childErr));
            Spare spare = new Spare(s.id(), t, s.prefaultedPages(), null, io.adopt(s.id(), s.pidfd()));
            spares.put(s.id(), spare);
            return spare;
        } catch (HelperException e) {
            io.closeAll();
            throw translate(e, "spare of template " + t.id(), CheckpointException.Reason.TEMPLATE_GONE);
        }
    }

    /**
     * A spare of {@code t} forked into box {@code into} (see {@link #rollback(Template, LiveProcess,
     * BoxNamespaces)}), for a later {@link #forkFromSpare}:
     * the fork's whole cost is paid now.
     */
    public synchronized Spare prepareSpare(Template t, BoxNamespaces into) {
        java.util.Objects.requireNonNull(into, "into");
        ensureOpen();
        requireOwn(t);
        requireSameHelper(into);
        try {
            HelperClient.Spare s = current(() -> helper.prepareSpare(t.id(), 0, 0, into.initPid()));
            Spare spare = new Spare(s.id(), t, 0, into, null);
            spares.put(s.id(), spare);
            return spare;
        } catch (HelperException e) {
            throw translate(e, "spare of template " + t.id() + " in " + into, CheckpointException.Reason.TEMPLATE_GONE);
        }
    }

    /**
     * Like {@link #rollback(Template, LiveProcess)}, through {@code spare} (may be null) when it
     * is alive: then only the stdio is handed over and the process resumed. A spare that is gone
     * (killed from inside the box) is skipped and the template forks, as without one; a spare
     * is used at most once either way.
     */
    public synchronized Rollback rollback(Template t, LiveProcess replacing, Spare spare) {
        return rollback(t, replacing, spare, null);
    }

    /**
     * Like {@link #rollback(Template, LiveProcess, Spare)}, running {@code meanwhile} (may be
     * null) while the helper works on it (see {@link HelperClient#rollback(long, long, long,
     * int, int, int, Runnable)}): if it throws, the new process is killed and its exception thrown.
     */
    public synchronized Rollback rollback(Template t, LiveProcess replacing, Spare spare, Runnable meanwhile) {
        ensureOpen();
        requireOwn(t);
        if (spare != null && (spare.template() != t || spares.remove(spare.id()) == null)) {
            throw new IllegalArgumentException("spare " + spare.id() + " is not an unused spare of template " + t.id());
        }
        if (spare != null && spare.process() != null) {
            // a running spare: no request at all. The caller's work first: the spare waits on its stdin.
            try {
                if (meanwhile != null) meanwhile.run();
            } catch (RuntimeException e) {
                ProcessTrees.killLeavingCpu(spare.process()); // the helper reaps it
                spare.process().close();
                throw e;
            }
            // killed from inside the box a moment ago, it may still be tearing down: not taken
            if (spare.process().isAlive() && !ProcessTrees.isEnding(spare.id())) {
                helper.spareTaken(spare.id());
                if (replacing != null) kill(replacing);
                return new Rollback(trackRolledBack(spare.process(), t, false), true, 0, 0);
            }
            spare.process().close(); // killed from inside the box: the template forks, as without one
            return fromHelper(t, replacing, null, null);
        }
        return fromHelper(t, replacing, spare, meanwhile);
    }

    /** {@link #rollback(Template, LiveProcess, Spare, Runnable)} by the helper: a fork, or a spare held stopped. */
    private Rollback fromHelper(Template t, LiveProcess replacing, Spare spare, Runnable meanwhile) {
        StdioPipes io = StdioPipes.create();
        try {
            HelperClient.RolledBack s = current(() -> helper.rollback(t.id(), replacing == null ? 0 : replacing.pid(),
                    spare == null ? 0 : spare.id(), io.childIn, io.childOut, io.childErr, meanwhile));
            if (replacing != null) {
                untrack(replacing.pid());
                replacing.close();
            }
            return new Rollback(trackRolledBack(io.adopt(s.pid(), s.pidfd()), t, false), s.warm(), s.helperNanos(),
                    s.stdioNanos());
        } catch (HelperException e) {
            io.closeAll();
            throw translate(e, "rollback to template " + t.id(), CheckpointException.Reason.TEMPLATE_GONE);
        } catch (RuntimeException e) { // meanwhile's
            io.closeAll();
            throw e;
        }
    }

    /**
     * Forks a new live process from {@code t} into box {@code into} (null: the template's own
     * namespaces, as {@link #rollback(Template, LiveProcess)}): it gets the box's namespaces and
     * root, the template's cwd path inside it, and the template's open files re-opened by path
     * inside it; its memory is the template's. {@code into} must have been made with the
     * template's box as its parent (or an ancestor). {@code replacing} (may be null) is killed.
     */
    public synchronized Rollback rollback(Template t, LiveProcess replacing, BoxNamespaces into) {
        return rollbackInto(t, replacing, null, into);
    }

    /**
     * A new process from {@code spare}'s template in the box it was made in (by
     * {@link #prepareSpare(Template, BoxNamespaces)}): the spare itself when it is still alive,
     * which only gets its stdio now; if it is gone, the template forks into the box.
     */
    public synchronized Rollback forkFromSpare(Spare spare) {
        if (spare.into() == null || spares.remove(spare.id()) == null) {
            throw new IllegalArgumentException("spare " + spare.id() + " is not an unused spare made into a box");
        }
        return rollbackInto(spare.template(), null, spare, spare.into());
    }

    private Rollback rollbackInto(Template t, LiveProcess replacing, Spare spare, BoxNamespaces into) {
        ensureOpen();
        requireOwn(t);
        requireSameHelper(into);
        StdioPipes io = StdioPipes.create();
        try {
            HelperClient.RolledBack s = current(() -> helper.rollback(t.id(), replacing == null ? 0 : replacing.pid(),
                    spare == null ? 0 : spare.id(), into == null ? 0 : into.initPid(), io.childIn, io.childOut, io.childErr));
            if (replacing != null) {
                untrack(replacing.pid());
                replacing.close();
            }
            return new Rollback(trackRolledBack(io.adopt(s.pid(), s.pidfd()), t, into != null), s.warm(),
                    s.helperNanos(), s.stdioNanos());
        } catch (HelperException e) {
            io.closeAll();
            throw translate(e, "rollback to template " + t.id() + (into == null ? "" : " into " + into),
                    CheckpointException.Reason.TEMPLATE_GONE);
        }
    }

    /**
     * Takes over {@code p}, a child of the helper that it did not start (restored by CRIU with
     * restore-sibling): it can be checkpointed, rolled back from and killed like a spawned one.
     */
    public synchronized LiveProcess adopt(LiveProcess p) {
        ensureOpen();
        try {
            helper.adopt(p.pid());
            return track(p);
        } catch (HelperException e) {
            throw translate(e, "adopt " + p, CheckpointException.Reason.PROCESS_GONE);
        }
    }

    /** The helper this checkpointer drives. */
    HelperClient helper() {
        return helper;
    }

    /** Whether {@code p} is a live process this checkpointer started or rolled back to. */
    public synchronized boolean owns(LiveProcess p) {
        syncHelper();
        return processes.get(p.pid()) == p;
    }

    /**
     * Kills {@code p} and closes its descriptors; the helper reaps it (the call does not wait).
     * A process not made here is signalled through its pidfd.
     */
    public synchronized void kill(LiveProcess p) {
        syncHelper();
        if (processes.get(p.pid()) == p) {
            boolean reapedSilently = rolledBack.contains(p.pid());
            untrack(p.pid());
            if (reapedSilently) {
                // the helper reaps a rollback's process silently: no round trip to it, which
                // would sit on the critical path of a box rollback
                ProcessTrees.killLeavingCpu(p);
            } else {
                try {
                    current(() -> {
                        // forgotten: nobody waits for a killed process, so its helper slot must not wait either
                        helper.killAndForget(p.pid());
                        return null;
                    });
                } catch (HelperException e) {
                    // ended already, or died with its helper (which was replaced meanwhile): dead either way
                }
            }
        } else if (!p.isClosed()) { // closed: killed before, and its pidfd's number may be another's now
            libc_h.pidfd_send_signal(p.pidfd(), libc_h.SIGKILL(), MemorySegment.NULL, 0);
        }
        p.close();
    }

    /** Whether {@code pid} is an unused running spare (see {@link #prepareSpare(Template, Template, int)}). */
    public synchronized boolean isRunningSpare(long pid) {
        Spare s = spares.get(pid);
        return s != null && s.process() != null;
    }

    /** Kills an unused spare. */
    public synchronized void discardSpare(Spare spare) {
        syncHelper();
        if (spares.remove(spare.id()) == null) return;
        spare.closeOurEnds();
        try {
            current(() -> {
                helper.discard(spare.id());
                return null;
            });
        } catch (HelperException e) {
            if (!(e instanceof HelperGoneException) && e.errno() == libc_h.ESRCH()) return; // gone already
            throw translate(e, "discard spare " + spare.id(), CheckpointException.Reason.TEMPLATE_GONE);
        }
    }

    /** Kills the template and its spares; rolling back to it afterwards fails with TEMPLATE_GONE. */
    public synchronized void discard(Template t) {
        requireOwn(t);
        templates.remove(t.id());
        spares.values().removeIf(s -> { // the helper kills them with it
            if (s.template() != t) return false;
            s.closeOurEnds();
            return true;
        });
        libc_h.close(t.pidfd());
        try {
            current(() -> {
                helper.discard(t.id());
                return null;
            });
        } catch (HelperException e) {
            throw translate(e, "discard template " + t.id(), CheckpointException.Reason.TEMPLATE_GONE);
        }
    }

    /** Counts the pages of {@code newer} that differ from {@code older} (two checkpoints of one process). */
    public HelperClient.PageDiff diffPages(Template older, Template newer) {
        try {
            return helper.diffPages(older.id(), newer.id(), -1);
        } catch (HelperException e) {
            throw translate(e, "diff templates " + older.id() + " and " + newer.id(),
                    CheckpointException.Reason.TEMPLATE_GONE);
        }
    }

    /** The start addresses of the pages of {@code newer} that differ from {@code older}. */
    public long[] changedPages(Template older, Template newer) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment err = Errno.allocate(a);
            int memfd = libc_h.memfd_create(a.allocateFrom("deltabox-changed-pages"), libc_h.MFD_CLOEXEC());
            if (memfd < 0) throw new CheckpointException(CheckpointException.Reason.FAILED, "memfd_create failed", null);
            try {
                HelperClient.PageDiff d = helper.diffPages(older.id(), newer.id(), memfd);
                MemorySegment buf = a.allocate(ValueLayout.JAVA_LONG, Math.max(1, d.differing()));
                long n = Posix.pread(err, memfd, buf, d.differing() * 8, 0);
                if (n != d.differing() * 8) {
                    throw new CheckpointException(CheckpointException.Reason.FAILED,
                            "reading the page list back: " + n + " of " + d.differing() * 8 + " bytes", null);
                }
                return buf.asSlice(0, n).toArray(ValueLayout.JAVA_LONG);
            } catch (HelperException e) {
                throw translate(e, "diff templates " + older.id() + " and " + newer.id(),
                        CheckpointException.Reason.TEMPLATE_GONE);
            } finally {
                libc_h.close(memfd);
            }
        }
    }

    /** Discards every template made here and kills every process started or rolled back here. */
    @Override
    public synchronized void close() {
        if (closed) return;
        closed = true;
        List<RuntimeException> failures = new ArrayList<>();
        for (Template t : List.copyOf(templates.values())) {
            try {
                discard(t);
            } catch (RuntimeException e) {
                failures.add(e);
            }
        }
        for (LiveProcess p : processes.values()) {
            try {
                if (p.isAlive()) helper.signal(p.pid(), libc_h.SIGKILL());
            } catch (RuntimeException e) {
                failures.add(e);
            }
            p.close();
        }
        untrackAll();
        if (!failures.isEmpty()) {
            RuntimeException first = failures.getFirst();
            failures.stream().skip(1).forEach(first::addSuppressed);
            throw first;
        }
    }

    /** Sends requests to the helper only if it is the one our maps belong to (see {@link HelperClient#inGeneration}). */
    private <T> T current(java.util.function.Supplier<T> requests) {
        return helper.inGeneration(helperGeneration, requests);
    }

    private LiveProcess track(LiveProcess p) {
        untrack(p.pid()); // a number reused: nothing of the process that had it carries over
        processes.put(p.pid(), p);
        return p;
    }

    /** {@code intoAnotherBox}: forked into a box other than the template's. */
    private LiveProcess trackRolledBack(LiveProcess p, Template from, boolean intoAnotherBox) {
        track(p);
        rolledBack.add(p.pid());
        if (intoAnotherBox || from.mapsAnotherBoxsFiles()) foreignProcesses.add(p.pid());
        return p;
    }

    /** Forgets live process {@code pid} in every per-process record. */
    private void untrack(long pid) {
        processes.remove(pid);
        rolledBack.remove(pid);
        foreignProcesses.remove(pid);
    }

    private void untrackAll() {
        processes.clear();
        rolledBack.clear();
        foreignProcesses.clear();
    }

    private void ensureOpen() {
        if (closed) throw new IllegalStateException("this ForkCheckpointer is closed");
        syncHelper();
    }

    /**
     * After the helper was restarted (it died: {@link HelperClient#generation()} moved on), every
     * template, spare and process recorded here died with it: forget them, so that their ids,
     * meaningless to the new helper, are never sent to it (requests go through {@link #current},
     * which checks the generation under the helper's lock), and say so once. With this object's
     * lock held.
     */
    private void syncHelper() {
        long g = helper.generation();
        if (g == helperGeneration) return;
        helperGeneration = g;
        String why = "died with its helper (" + helper.lastDeath() + ")";
        if (!templates.isEmpty() || !processes.isEmpty()) {
            org.slf4j.LoggerFactory.getLogger(ForkCheckpointer.class).warn("{} template(s) {} and {} live process(es) {} {}",
                    templates.size(), templates.keySet(), processes.size(), processes.keySet(), why);
        }
        for (Template t : templates.values()) {
            libc_h.close(t.pidfd());
            diedWithHelper.put(t.id(), "template " + t.id() + " " + why);
        }
        templates.clear();
        spares.values().forEach(Spare::closeOurEnds);
        spares.clear();
        // the caller owns the LiveProcess objects (and may be reading their pipes): not closed here
        for (long pid : processes.keySet()) diedWithHelper.put(pid, "process " + pid + " " + why);
        untrackAll();
    }

    /** Fails clearly for a live process that died with an earlier helper. */
    private void requireAlive(LiveProcess p) {
        String why = diedWithHelper.get(p.pid());
        if (why != null && processes.get(p.pid()) != p) throw new CheckpointException(CheckpointException.Reason.PROCESS_GONE, why, null);
    }

    private void requireSameHelper(BoxNamespaces box) {
        if (box != null && box.helper() != helper) {
            throw new IllegalArgumentException(box + " belongs to another helper");
        }
    }

    private void requireOwn(Template t) {
        syncHelper();
        if (templates.get(t.id()) != t) {
            String died = diedWithHelper.get(t.id());
            throw new CheckpointException(CheckpointException.Reason.TEMPLATE_GONE,
                    died != null ? died : "template " + t.id() + " was discarded or is not from this checkpointer", null);
        }
    }

    private static CheckpointException translate(HelperException e, String what, CheckpointException.Reason onEsrch) {
        CheckpointException.Reason reason;
        if (e instanceof HelperGoneException) reason = CheckpointException.Reason.HELPER_GONE;
        else if (e.errno() == libc_h.ENOTSUP()) reason = CheckpointException.Reason.NOT_FORKABLE;
        else if (e.errno() == libc_h.EOWNERDEAD()) reason = CheckpointException.Reason.TEMPLATE_GONE;
        else if (e.errno() == libc_h.ESRCH()) reason = onEsrch;
        else reason = CheckpointException.Reason.FAILED;
        return new CheckpointException(reason, what + ": " + e.getMessage(), e);
    }
}
