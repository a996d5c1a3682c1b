package dev.deltabox.runtime.box;

import dev.deltabox.runtime.cr.BoxNamespaces;
import dev.deltabox.runtime.cr.BoxProcessCheckpointer;
import dev.deltabox.runtime.cr.CheckpointException;
import dev.deltabox.runtime.cr.ForkCheckpointer;
import dev.deltabox.runtime.cr.HelperException;
import dev.deltabox.runtime.cr.LiveProcess;
import dev.deltabox.runtime.cr.Outcome;
import dev.deltabox.runtime.cr.ProcessTrees;
import dev.deltabox.runtime.fs.DeltaFsException;
import dev.deltabox.runtime.fs.DeltaMount;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * An agent sandbox: a DeltaFS filesystem and the live sessions (bash, python) working in it,
 * isolated in their own namespaces, checkpointed, rolled back and forked as one.
 *
 * <pre>{@code
 * try (Box box = Box.create(new BoxOptions())) {
 *     box.exec("cd /workspace && echo hi > f && X=1");
 *     Checkpoint c = box.checkpoint("start");
 *     box.exec("rm f; X=2");
 *     box.rollback(c);                     // f is back, and $X is 1 again
 *     List<Box> kids = box.fork(c, 10);    // ten independent boxes starting from c
 * }
 * }</pre>
 *
 * <p>Checkpoint and rollback happen between commands: each takes every session's lock first, so
 * they wait for a running {@code exec} to end. Concurrency: every public method is thread-safe;
 * the box lock ({@link #lock}) orders checkpoint, rollback, fork, session start and close.
 */
public final class Box implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Box.class);
    private static final Path DEFAULT_STATE_ROOT = Path.of("/var/lib/deltabox/boxes");
    private static final AtomicLong NEXT_LOCAL_ID = new AtomicLong(1);

    private final BoxRuntime rt;
    private final BoxOptions options;
    private final BoxFamily family;
    private final String id;
    /** The box's root: a view of its family's one multi-view DeltaFS mount. */
    private final DeltaMount.View mount;
    private final BoxFiles files;
    /** The namespaces; destroyed when this box and every box forked from it are closed (theirs nest in it). */
    private final Namespaces ns;
    private final BoxCgroup cgroup;
    private final ReentrantLock lock = new ReentrantLock();
    private final Map<String, BoxSession> sessions = new LinkedHashMap<>(); // guarded by lock
    private long current; // guarded by lock: the checkpoint the box was last checkpointed at or rolled back to
    /** Boxes made ahead of time for {@link #fork} ({@link #prepareForks}): a view and namespaces each, no session. Guarded by lock. */
    private final ArrayDeque<Spare> spares = new ArrayDeque<>();
    private volatile boolean closed;
    private volatile Map<String, Duration> lastSteps = Map.of(); // written under lock, read by anyone

    /**
     * A box made ahead of a fork: its view and namespaces, and, forked into it from the
     * checkpoint it was prepared at ({@code at}, 0: none), a spare of each session's process.
     */
    private record Spare(String id, DeltaMount.View view, Namespaces ns, BoxCgroup cgroup, long at,
                         Map<String, ForkCheckpointer.Spare> sessions) {
        Spare preparedAt(long checkpoint, Map<String, ForkCheckpointer.Spare> sessions) {
            return new Spare(id, view, ns, cgroup, checkpoint, sessions);
        }
    }

    /** A spare box on its way: its view and cgroup made, its namespaces set up by the helper's processes meanwhile. */
    private record PendingSpare(String id, DeltaMount.View view, BoxNamespaces.Pending ns, BoxCgroup cgroup) {}

    /**
     * How many new boxes a fork (or {@link #prepareForks}) has on their way at once: their
     * namespaces and mounts are set up by the box's own processes while the helper forks the
     * sessions of the previous box in.
     */
    private static final int SPARES_ON_THE_WAY = 4;

    private Box(BoxRuntime rt, BoxOptions options, BoxFamily family, String id, DeltaMount.View mount, Namespaces ns,
                BoxCgroup cgroup, long current) {
        this.rt = rt;
        this.options = options;
        this.family = family;
        this.id = id;
        this.mount = mount;
        this.files = new BoxFiles(mount.path());
        this.ns = ns;
        this.cgroup = cgroup;
        this.current = current;
    }

    /**
     * A box's namespaces, counted: a box forked from this one nests its PID namespace in this
     * one's, and killing this init would kill it too, so the init is killed only when the box and
     * every box forked from it are closed. Guarded by Box.class.
     */
    private static final class Namespaces {
        final BoxNamespaces box;
        final Namespaces parent;
        int users = 1;
        /** Run once the init is gone: the box's mount, which the init's mount namespace holds until then. */
        volatile Runnable afterDestroy = () -> {};

        Namespaces(BoxNamespaces box, Namespaces parent) {
            this.box = box;
            this.parent = parent;
            if (parent != null) {
                synchronized (Box.class) {
                    parent.users++;
                }
            }
        }

        /** The box closes: its processes go now; the init stays while boxes forked from it live. */
        void closeOwn() {
            boolean last;
            synchronized (Box.class) {
                last = --users == 0;
            }
            if (!last) {
                try {
                    box.retire();
                } catch (IOException e) {
                    throw new BoxException("cannot end the processes of " + box + ": " + e.getMessage(), e);
                }
                return;
            }
            destroy();
            if (parent != null) parent.releaseChild();
        }

        private void destroy() {
            try {
                box.destroy();
            } finally {
                afterDestroy.run();
            }
        }

        private void releaseChild() {
            Namespaces n = this;
            while (n != null) {
                synchronized (Box.class) {
                    if (--n.users > 0) return;
                }
                n.destroy();
                n = n.parent;
            }
        }
    }

    /** Creates a box, or reopens the one whose state directory {@code options} names (at its last state). */
    public static Box create(BoxOptions options) {
        BoxRuntime rt = BoxRuntime.acquire();
        String id = ProcessHandle.current().pid() + "-" + NEXT_LOCAL_ID.getAndIncrement();
        Path state = options.stateDir != null ? options.stateDir : DEFAULT_STATE_ROOT.resolve(id);
        BoxFamily family = null;
        DeltaMount.View mount = null;
        BoxCgroup cgroup = null;
        Box box = null;
        try {
            family = BoxFamily.open(state);
            mount = mountView(rt, options, family, id, "main", -1);
            hidePrivate(mount, options, family.stateDir(), rt.home.criuBinary().toAbsolutePath().normalize());
            ensureWorkdir(mount, options);
            cgroup = BoxCgroup.create(id, options.memoryLimitBytes, options.pidsLimit);
            Namespaces ns = new Namespaces(makeNamespaces(rt, mount, options), null);
            box = new Box(rt, options, family, id, mount, ns, cgroup, family.latest());
            box.start();
            return box;
        } catch (RuntimeException e) {
            if (box != null) {
                box.close();
            } else {
                if (cgroup != null) cgroup.close();
                if (mount != null) unmount(mount);
                if (family != null) family.release();
                BoxRuntime.release(rt);
            }
            throw e;
        }
    }

    /** A first box's namespaces (a fork's: {@link #startSpare}). */
    private static BoxNamespaces makeNamespaces(BoxRuntime rt, DeltaMount.View mount, BoxOptions o) {
        try {
            return BoxNamespaces.create(rt.helper, mount.path(), o.hostname, o.hostNetwork, null);
        } catch (RuntimeException e) {
            throw namespacesFailed(e);
        }
    }

    private static BoxException namespacesFailed(RuntimeException e) {
        return new BoxException("cannot make the box's namespaces: " + e.getMessage(), e);
    }

    private static void unmount(DeltaMount.View v) {
        v.close();
    }

    /** The box's root: a view of the family's mount, at checkpoint {@code at} (-1: where view {@code name} left off). */
    private static DeltaMount.View mountView(BoxRuntime rt, BoxOptions o, BoxFamily family, String id, String name, long at) {
        try {
            return family.openView(rt, o.base, name, at);
        } catch (DeltaFsException e) {
            throw new BoxException("cannot open the box's filesystem: " + e.getMessage(), e);
        }
    }

    private void start() {
        for (var s : options.sessions.entrySet()) startSession(s.getKey(), s.getValue());
        log.debug("box {} ready: state {}, root {}", id, family.stateDir(), mount.path());
    }

    /**
     * Empties, in the box's first layer, what it must not see of its base (the host's /tmp,
     * /root, ... and the state directory itself); a no-op for what a layer already has.
     */
    private static void hidePrivate(DeltaMount.View mount, BoxOptions options, Path stateDir, Path criu) {
        List<String> dirs = new ArrayList<>(options.hiddenDirectories());
        Path base = options.base.toAbsolutePath().normalize();
        if (stateDir.startsWith(base)) dirs.add("/" + base.relativize(stateDir));
        try {
            for (String d : dirs) {
                // CRIU runs inside the box from DeltaBox's own install, seen through the base:
                // a directory holding it (a checkout under /tmp or /root) stays visible
                if (criu.startsWith(base.resolve(d.substring(1)))) {
                    log.debug("not hiding {}: DeltaBox's CRIU ({}) is in it", d, criu);
                    continue;
                }
                mount.hideDirectory(d);
            }
        } catch (DeltaFsException e) {
            throw new BoxException("cannot hide the base's private directories: " + e.getMessage(), e);
        }
    }

    /**
     * Made through {@link BoxFiles}, resolved inside the box's root: the base may hold a symlink
     * on the way (a host whose /workspace points elsewhere), which must not lead out of the box.
     */
    private static void ensureWorkdir(DeltaMount.View mount, BoxOptions options) {
        try {
            new BoxFiles(mount.path()).mkdirs(options.workdir);
        } catch (BoxException e) {
            throw new BoxException("cannot create the work directory " + options.workdir + " in the box: " + e.getMessage(), e);
        }
    }

    private BoxSession startSession(String name, BoxOptions.SessionKind kind) {
        lock.lock();
        try {
            ensureOpen();
            if (sessions.containsKey(name)) throw new IllegalArgumentException("the box already has a session '" + name + "'");
            BoxSession s = spawnSession(name, kind);
            sessions.put(name, s);
            return s;
        } finally {
            lock.unlock();
        }
    }

    /** A new session process in the box, started and answering. Caller holds {@link #lock}. */
    private BoxSession spawnSession(String name, BoxOptions.SessionKind kind) {
        LiveProcess p = rt.fork.spawn(BoxSession.command(kind), BoxSession.environment(options),
                Path.of(options.workdir), ns.box);
        try {
            if (cgroup != null) cgroup.add(p.pid());
            return BoxSession.start(name, kind, p, rt.compactor);
        } catch (RuntimeException e) {
            rt.fork.kill(p);
            throw e;
        }
    }

    public String id() {
        return id;
    }

    public Path stateDir() {
        return family.stateDir();
    }

    /** The box's files, read and written from the host but confined to the box's root. */
    public BoxFiles files() {
        return files;
    }

    /** Runs {@code command} in the "bash" session with a 60 s timeout. */
    public ExecResult exec(String command) {
        return exec(command, Duration.ofSeconds(60));
    }

    public ExecResult exec(String command, Duration timeout) {
        return session("bash").exec(command, timeout);
    }

    /** The session named {@code name}. */
    public BoxSession session(String name) {
        lock.lock();
        try {
            ensureOpen();
            BoxSession s = sessions.get(name);
            if (s == null) throw new IllegalArgumentException("no session '" + name + "' in box " + id + "; it has " + sessions.keySet());
            return s;
        } finally {
            lock.unlock();
        }
    }

    /** Starts another session (e.g. a python REPL); from the next checkpoint on it is checkpointed with the others. */
    public BoxSession openSession(String name, BoxOptions.SessionKind kind) {
        return startSession(name, kind);
    }

    /**
     * Replaces session {@code name} by a freshly started one (its process is killed; the files
     * stay as they are): after the session ended (bash {@code exit}), for instance.
     */
    public void restartSession(String name) {
        lock.lock();
        try {
            BoxSession old = session(name);
            sessions.remove(name);
            LiveProcess p = old.close();
            if (p != null) rt.fork.kill(p);
            startSession(name, old.kind());
        } finally {
            lock.unlock();
        }
    }

    /** Checkpoints the box; see {@link #checkpoint(String)}. */
    public Checkpoint checkpoint() {
        return checkpoint(null);
    }

    /**
     * Checkpoints files and every session together: the sessions are idle (each one's lock is
     * held, so no command runs) while their templates are taken and the file layer is frozen.
     * On failure nothing is recorded and whatever was taken is dropped.
     */
    public Checkpoint checkpoint(String name) {
        if (name != null && !name.matches("[A-Za-z][A-Za-z0-9_.-]{0,63}")) {
            throw new IllegalArgumentException("checkpoint name must start with a letter and be 1-64 of [A-Za-z0-9_.-], was '"
                    + name + "'");
        }
        lock.lock();
        List<BoxSession> held = new ArrayList<>();
        try {
            ensureOpen();
            if (name != null && family.byName(name) != null) {
                throw new IllegalArgumentException("a checkpoint named '" + name + "' exists already; pick another name");
            }
            long t0 = System.nanoTime();
            StepClock clock = new StepClock();
            for (BoxSession s : sessions.values()) {
                s.lockIdle();
                held.add(s);
            }
            clock.lap("sessions idle");
            Map<String, BoxProcessCheckpointer.Taken> taken = new LinkedHashMap<>();
            Map<String, String> methods = new LinkedHashMap<>();
            try {
                // The pool's warm thread waits meanwhile: it would take the helper between our
                // requests. So do the sessions' durable images, which start when this ends.
                Checkpoint c = rt.pool.exclusive(() -> {
                    clock.lap("template pool");
                    // fork (all sessions cloned side by side), or CRIU in the box for what fork
                    // cannot copy (threads, a background job)
                    List<Outcome<BoxProcessCheckpointer.Taken>> got =
                            rt.processes.checkpointAll(held.stream().map(BoxSession::process).toList());
                    CheckpointException failed = null;
                    for (int i = 0; i < held.size(); i++) {
                        Outcome<BoxProcessCheckpointer.Taken> o = got.get(i);
                        if (!o.ok()) {
                            if (failed == null) failed = o.failure();
                            continue;
                        }
                        taken.put(held.get(i).name(), o.value());
                        methods.put(held.get(i).name(), o.value().method());
                    }
                    if (failed != null) throw failed; // what was taken is dropped below
                    clock.lap("sessions");
                    long fsId = mount.checkpoint();
                    clock.lap("files");
                    Duration took = Duration.ofNanos(System.nanoTime() - t0);
                    Map<String, String> refs = new LinkedHashMap<>();
                    taken.forEach((k, v) -> refs.put(k, rt.ref(v)));
                    // each session's durable image is also kept in the state directory, for a later runtime
                    for (BoxProcessCheckpointer.Taken t : taken.values()) if (t.poolId() > 0) rt.claimImage(t.poolId(), family);
                    Checkpoint recorded = family.record(fsId, current, name, refs, methods, took);
                    clock.lap("box log");
                    return recorded;
                });
                current = c.id();
                lastSteps = clock.finish();
                return c;
            } catch (RuntimeException e) {
                for (BoxProcessCheckpointer.Taken t : taken.values()) rt.processes.drop(t);
                throw new BoxException("checkpoint of box " + id + " failed, nothing was recorded: " + e.getMessage(), e);
            }
        } finally {
            for (BoxSession s : held) s.unlockIdle();
            lock.unlock();
        }
    }

    /**
     * Where the time of this box's last checkpoint, rollback or fork went, step by step in the
     * order they ran ("sessions idle", "template pool" (waiting for it), then "files", "box log"
     * for a checkpoint; "background jobs stopped", "session NAME", "files", "old processes
     * killed" for a rollback; a fork's steps are summed over its boxes). Empty before the first
     * one. For benchmarks and the CLI.
     */
    public Map<String, Duration> lastOperationSteps() {
        return lastSteps;
    }

    /** What a rollback did: where to, and how long it took. */
    public record Rollback(Checkpoint checkpoint, Duration took) {}

    /** Rolls back to the checkpoint with this id or name. */
    public Rollback rollback(String idOrName) {
        return rollback(family.find(idOrName));
    }

    /**
     * Makes the box what it was at {@code c}: files and sessions. The new session processes are
     * made first and the old ones killed only once the files are switched too, so a failure in
     * either half leaves the box as it was.
     */
    public Rollback rollback(Checkpoint c) {
        long t0 = System.nanoTime();
        lock.lock();
        List<BoxSession> held = new ArrayList<>();
        try {
            ensureOpen();
            BoxFamily.Entry e = family.entry(c.id());
            for (BoxSession s : sessions.values()) {
                if (!e.processes().containsKey(s.name())) {
                    throw new BoxException("checkpoint " + c.label() + " has no state for session '" + s.name()
                            + "' (it was opened later); close that session first or roll back to a later checkpoint");
                }
            }
            StepClock clock = new StepClock();
            for (BoxSession s : sessions.values()) {
                s.lockIdle();
                held.add(s);
            }
            clock.lap("sessions idle");
            Map<BoxSession, LiveProcess> fresh = new LinkedHashMap<>();
            Map<BoxSession, BoxSession> restarted = new LinkedHashMap<>();
            // the warm thread waits until the old processes are gone too: its spare-making
            // would otherwise take the helper between our requests
            rt.pool.exclusive(() -> {
                FilesSwitch files = new FilesSwitch(e.fsCheckpoint());
                Map<BoxSession, ProcessTrees.StoppedTree> busy = new HashMap<>();
                try {
                    clock.lap("template pool");
                    // the leaving branch's background jobs write no file from the switch on
                    for (BoxSession s : held) {
                        ProcessTrees.StoppedTree t = rt.processes.stopIfBusy(s.process());
                        if (t != null) busy.put(s, t);
                    }
                    clock.lap("background jobs stopped");
                    forkSessions(e, c, held, fresh, restarted, clock, files);
                    files.run(); // unless it ran while the helper forked the first session
                    clock.lap("files");
                    clock.add("files (overlapping the first session's fork)", files.nanos);
                } catch (RuntimeException x) {
                    for (LiveProcess p : fresh.values()) rt.processes.kill(p);
                    for (BoxSession s : restarted.values()) rt.fork.kill(s.close());
                    files.undo(x);
                    for (ProcessTrees.StoppedTree t : busy.values()) t.resume();
                    throw new BoxException("rollback of box " + id + " to " + c.label()
                            + " failed; the box is as it was: " + x.getMessage(), x);
                }
                files.done.commit();
                for (var f : fresh.entrySet()) {
                    rt.processes.killReplaced(f.getKey().reattach(f.getValue()), busy.get(f.getKey()));
                }
                for (var r : restarted.entrySet()) {
                    sessions.put(r.getKey().name(), r.getValue());
                    rt.processes.killReplaced(r.getKey().close(), busy.get(r.getKey()));
                }
                clock.lap("old processes killed");
                return null;
            });
            current = c.id();
            lastSteps = clock.finish();
            return new Rollback(c, Duration.ofNanos(System.nanoTime() - t0));
        } finally {
            for (BoxSession s : held) s.unlockIdle();
            lock.unlock();
        }
    }

    /**
     * The files half of a rollback, switched once: while the helper forks the first session
     * from its template (their work overlaps), or else after the sessions. Until committed it
     * can be undone. Used by the rollback's thread.
     */
    private final class FilesSwitch implements Runnable {
        private final long checkpoint;
        DeltaMount.Switch done;
        long nanos;

        FilesSwitch(long checkpoint) {
            this.checkpoint = checkpoint;
        }

        @Override
        public void run() {
            if (done != null) return;
            long t0 = System.nanoTime();
            done = mount.switchTo(checkpoint);
            nanos = System.nanoTime() - t0;
        }

        /** Puts the files back if they were switched: the rollback failed with {@code why}. */
        void undo(RuntimeException why) {
            if (done == null) return;
            try {
                done.undo();
            } catch (RuntimeException x) {
                why.addSuppressed(x);
                log.error("box {}: undoing the files half of a failed rollback failed too: {}", id, x.toString());
            }
        }
    }

    /**
     * The rollback's new session processes, made before the old ones are killed; the first
     * one's fork runs {@code files} meanwhile (the new processes wait on their stdin meanwhile).
     */
    private void forkSessions(BoxFamily.Entry e, Checkpoint c, List<BoxSession> held, Map<BoxSession, LiveProcess> fresh,
                              Map<BoxSession, BoxSession> restarted, StepClock clock, Runnable files) {
        for (BoxSession s : held) {
            String ref = e.processes().get(s.name());
            BoxProcessCheckpointer.Taken t = rt.taken(ref);
            // a CRIU checkpoint kills the session's process tree first (its PIDs are the image's);
            // one taken by an earlier runtime (its templates died with it) comes from the image it kept
            LiveProcess p = t != null ? rt.processes.rollback(t, s.process(), fresh.isEmpty() ? files : null)
                    : restoreEarlier(s, c, ref);
            if (p != null) {
                fresh.put(s, p);
                if (cgroup != null) cgroup.addTree(p.pid());
            } else {
                log.warn("box {}: session {} at checkpoint {} was taken by an earlier runtime and no image of it "
                        + "restores; starting it afresh", id, s.name(), c.label());
                restarted.put(s, spawnSession(s.name(), s.kind()));
            }
            clock.lap("session " + s.name());
        }
    }

    /** Session {@code s} as an earlier runtime's checkpoint {@code c} left it ({@code ref}), from the image kept in the state directory; null if none restores. */
    private LiveProcess restoreEarlier(BoxSession s, Checkpoint c, String ref) {
        try {
            LiveProcess p = rt.restoreEarlier(family, ref, ns.box);
            if (p != null) {
                log.info("box {}: session {} at checkpoint {} restored from the image an earlier runtime kept", id, s.name(),
                        c.label());
            }
            return p;
        } catch (CheckpointException x) {
            log.warn("box {}: session {} at checkpoint {}: its kept image did not restore ({})", id, s.name(), c.label(),
                    x.getMessage());
            return null;
        }
    }

    /** Forks {@code n} boxes from the checkpoint with this id or name; see {@link #fork(Checkpoint, int)}. */
    public List<Box> fork(String idOrName, int n) {
        return fork(family.find(idOrName), n);
    }

    /**
     * {@code n} new, independent boxes, each starting from checkpoint {@code c}: files (a new view
     * on the same frozen layers: nothing is copied) and sessions (forked from the checkpoint's
     * templates). They share this box's state directory, so their checkpoints join its tree.
     * All or nothing: if one cannot be made, the ones made are closed and the error is thrown.
     */
    public List<Box> fork(Checkpoint c, int n) {
        if (n < 1 || n > 1000) throw new IllegalArgumentException("fork count must be 1..1000, was " + n);
        lock.lock();
        List<Box> made = new ArrayList<>();
        try {
            ensureOpen();
            BoxFamily.Entry e = family.entry(c.id());
            StepClock clock = new StepClock();
            ArrayDeque<PendingSpare> onTheWay = new ArrayDeque<>();
            int fresh = Math.max(0, n - spares.size()), started = 0;
            try {
                for (int i = 0; i < n; i++) {
                    for (; started < fresh && onTheWay.size() < SPARES_ON_THE_WAY; started++) {
                        onTheWay.add(startSpare(e.fsCheckpoint()));
                        clock.lap("new view, namespaces started");
                    }
                    made.add(forkOne(e, clock, onTheWay));
                }
            } finally {
                for (PendingSpare p : onTheWay) discard(p);
            }
            lastSteps = clock.finish();
            return made;
        } catch (RuntimeException x) {
            for (Box b : made) b.close();
            throw x instanceof BoxException be ? be
                    : new BoxException("fork of " + c.label() + " failed after " + made.size() + " of " + n + " boxes: "
                    + x.getMessage(), x);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Makes boxes ahead of time so that the next {@link #fork} calls need not: up to {@code n}
     * spare boxes, each a DeltaFS view and namespaces made inside this box's and, forked into it
     * from the box's current checkpoint, a spare of each session's process (held stopped by the
     * helper). A fork from that checkpoint then only hands each spare its stdio; from another one,
     * it points the view at it and forks the sessions in. For loops that fan out repeatedly (RL,
     * tree search): call it after the checkpoint, while the agent thinks. Spares made at an
     * earlier checkpoint are brought to the current one. Returns how many boxes are ready.
     */
    public int prepareForks(int n) {
        if (n < 0 || n > 1000) throw new IllegalArgumentException("spare count must be 0..1000, was " + n);
        lock.lock();
        try {
            ensureOpen();
            long at = current == 0 ? 0 : family.entry(current).fsCheckpoint();
            ArrayDeque<PendingSpare> onTheWay = new ArrayDeque<>();
            try {
                for (int started = spares.size(); spares.size() < n; ) {
                    for (; started < n && onTheWay.size() < SPARES_ON_THE_WAY; started++) onTheWay.add(startSpare(at));
                    spares.add(finishSpare(onTheWay.poll()));
                }
            } finally {
                for (PendingSpare p : onTheWay) discard(p);
            }
            if (current != 0) {
                BoxFamily.Entry e = family.entry(current);
                for (int i = spares.size(); i > 0; i--) {
                    Spare sp = spares.poll();
                    if (sp.at() != current) {
                        try {
                            sp.view().rollback(e.fsCheckpoint()); // the sessions' files are opened in it
                        } catch (RuntimeException x) {
                            discard(sp);
                            throw x;
                        }
                        sp = sp.preparedAt(current, prepareSessions(e, sp));
                    }
                    spares.add(sp);
                }
            }
            return spares.size();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Spares of checkpoint {@code e}'s fork-taken sessions forked into spare box {@code sp} (its
     * older ones discarded). Best effort: a session that gets none is forked in at the fork.
     */
    private Map<String, ForkCheckpointer.Spare> prepareSessions(BoxFamily.Entry e, Spare sp) {
        discardSessions(sp);
        Map<String, ForkCheckpointer.Spare> made = new LinkedHashMap<>();
        for (var p : e.processes().entrySet()) {
            BoxProcessCheckpointer.Taken taken = rt.taken(p.getValue());
            if (taken == null) continue;
            try {
                ForkCheckpointer.Spare s = rt.processes.prepareForkInto(taken, sp.ns().box);
                if (s != null) made.put(p.getKey(), s);
            } catch (CheckpointException x) {
                log.debug("box {}: no spare of session {} for forks from checkpoint {}: {}", id, p.getKey(),
                        e.checkpoint().label(), x.getMessage());
            }
        }
        return made;
    }

    /**
     * Starts a new box: its view (at DeltaFS checkpoint {@code fsAt}) and cgroup now, its
     * namespaces on their way; {@link #finishSpare} or {@link #discard(PendingSpare)} must follow.
     * Caller holds {@link #lock}.
     */
    private PendingSpare startSpare(long fsAt) {
        BoxRuntime.acquire();
        BoxFamily.retain(family);
        String kid = ProcessHandle.current().pid() + "-" + NEXT_LOCAL_ID.getAndIncrement();
        DeltaMount.View m = null;
        BoxCgroup cg = null;
        try {
            m = mountView(rt, options, family, kid, "box-" + kid, fsAt);
            cg = BoxCgroup.create(kid, options.memoryLimitBytes, options.pidsLimit);
            return new PendingSpare(kid, m, BoxNamespaces.start(rt.helper, m.path(), options.hostname,
                    options.hostNetwork, ns.box), cg);
        } catch (RuntimeException x) {
            abandon(m, cg);
            throw x instanceof HelperException ? namespacesFailed(x) : x;
        }
    }

    /** The box started by {@link #startSpare}, once its namespaces are ready. */
    private Spare finishSpare(PendingSpare p) {
        try {
            return new Spare(p.id(), p.view(), new Namespaces(p.ns().finish(), ns), p.cgroup(), 0, Map.of());
        } catch (RuntimeException x) {
            abandon(p.view(), p.cgroup());
            throw x instanceof HelperException ? namespacesFailed(x) : x;
        }
    }

    /** Ends a box started by {@link #startSpare} that is not wanted. */
    private void discard(PendingSpare p) {
        try {
            p.ns().discard();
        } finally {
            abandon(p.view(), p.cgroup());
        }
    }

    /** Undoes {@link #startSpare}'s view, cgroup (either may be null) and counts. */
    private void abandon(DeltaMount.View m, BoxCgroup cg) {
        if (cg != null) cg.close();
        if (m != null) unmount(m);
        family.release();
        BoxRuntime.release(rt);
    }

    /** Kills the session spares forked into spare box {@code sp}. */
    private void discardSessions(Spare sp) {
        for (ForkCheckpointer.Spare s : sp.sessions().values()) rt.fork.discardSpare(s);
    }

    /** Ends a spare box that was never used. */
    private void discard(Spare sp) {
        discardSessions(sp);
        sp.ns().afterDestroy = () -> {
            if (sp.cgroup() != null) sp.cgroup().close();
            unmount(sp.view());
            family.release();
        };
        try {
            sp.ns().closeOwn();
        } finally {
            BoxRuntime.release(rt);
        }
    }

    /** One box of a fork: a prepared spare, else the first of {@code onTheWay}. */
    private Box forkOne(BoxFamily.Entry e, StepClock clock, ArrayDeque<PendingSpare> onTheWay) {
        Spare sp = spares.poll();
        if (sp == null) {
            sp = finishSpare(onTheWay.poll());
            clock.lap("namespaces ready");
        } else if (sp.at() != e.checkpoint().id()) {
            discardSessions(sp);
            sp = sp.preparedAt(0, Map.of());
            try {
                sp.view().rollback(e.fsCheckpoint());
            } catch (RuntimeException x) {
                discard(sp);
                throw x;
            }
            clock.lap("spare's view to the checkpoint");
        }
        // the sessions' spares forked into it ahead of time, if it was prepared at this checkpoint
        Map<String, ForkCheckpointer.Spare> ready = new HashMap<>(sp.sessions());
        String kid = sp.id();
        BoxCgroup cg = sp.cgroup();
        Namespaces kidNs = sp.ns();
        Box b = new Box(rt, options, family, kid, sp.view(), kidNs, cg, e.checkpoint().id());
        try {
            // CRIU checkpoints first: a restore takes the image's PIDs, still free in the new box
            List<Map.Entry<String, String>> order = new ArrayList<>(e.processes().entrySet());
            order.sort(java.util.Comparator.comparing(p -> {
                BoxProcessCheckpointer.Taken t = rt.taken(p.getValue());
                return t != null && t.poolId() > 0;
            }));
            for (var p : order) {
                BoxSession mine = sessions.get(p.getKey());
                BoxOptions.SessionKind kind = mine != null ? mine.kind() : BoxOptions.SessionKind.BASH;
                BoxProcessCheckpointer.Taken taken = rt.taken(p.getValue());
                if (taken == null) {
                    throw new BoxException("checkpoint " + e.checkpoint().label() + ": session '" + p.getKey()
                            + "' was checkpointed by an earlier runtime; fork from a more recent checkpoint");
                }
                LiveProcess live;
                try {
                    // its spare, forked from the template, or restored from its CRIU / durable image into the new box
                    live = rt.processes.forkInto(taken, kidNs.box, ready.remove(p.getKey()));
                } catch (CheckpointException x) {
                    throw new BoxException("checkpoint " + e.checkpoint().label() + ", session '" + p.getKey() + "': "
                            + x.getMessage() + "; fork from a more recent checkpoint", x);
                }
                if (cg != null) cg.addTree(live.pid());
                b.sessions.put(p.getKey(), BoxSession.adopt(p.getKey(), kind, live, rt.compactor));
                clock.lap("session " + p.getKey());
            }
            return b;
        } catch (RuntimeException x) {
            b.close();
            throw x;
        } finally {
            for (ForkCheckpointer.Spare left : ready.values()) rt.fork.discardSpare(left);
        }
    }

    /** Every checkpoint of the box's state directory (forks' included), oldest first. */
    public List<Checkpoint> tree() {
        return family.checkpoints();
    }

    /** The checkpoint the box was last checkpointed at or rolled back to; empty when it has none yet. */
    public java.util.Optional<Checkpoint> currentCheckpoint() {
        long c = current();
        return c == 0 ? java.util.Optional.empty() : java.util.Optional.of(family.entry(c).checkpoint());
    }

    /** The id of the checkpoint the box was last checkpointed at or rolled back to (0: as created). */
    public long current() {
        lock.lock();
        try {
            return current;
        } finally {
            lock.unlock();
        }
    }

    private void ensureOpen() {
        if (closed) throw new BoxException("box " + id + " is closed; create or reopen a box");
    }

    /** Ends the sessions and unmounts; the state directory keeps every checkpoint. */
    @Override
    public void close() {
        lock.lock();
        try {
            if (closed) return;
            closed = true;
            for (Spare sp; (sp = spares.poll()) != null; ) {
                try {
                    discard(sp);
                } catch (RuntimeException e) {
                    log.warn("box {}: ending spare box {}: {}", id, sp.id(), e.toString());
                }
            }
            for (BoxSession s : sessions.values()) {
                try {
                    LiveProcess p = s.close();
                    if (p != null) rt.fork.kill(p);
                } catch (RuntimeException e) {
                    log.warn("box {}: ending session {}: {}", id, s.name(), e.toString());
                }
            }
            // the mount goes after the init: its mount namespace holds the FUSE mount until it dies,
            // which is later than now when boxes forked from this one still run
            ns.afterDestroy = () -> {
                if (cgroup != null) cgroup.close();
                unmount(mount);
                family.release();
            };
            try {
                ns.closeOwn();
            } catch (RuntimeException e) {
                log.warn("box {}: ending its namespaces: {}", id, e.toString());
            }
        } finally {
            lock.unlock();
            BoxRuntime.release(rt);
        }
    }

    @Override
    public String toString() {
        return "box " + id;
    }

}
