package dev.deltabox.runtime.cr;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.deltabox.bindings.helper.deltabox_helper_h.*;

/**
 * Checkpoints a box's live process by the fastest method that copies it faithfully, chosen per
 * checkpoint: template fork ({@link ForkCheckpointer}, about a millisecond) when the helper's
 * inspection finds a single process that fork copies whole, a CRIU image
 * ({@link CriuCheckpointer}, tens of milliseconds) otherwise. Each checkpoint carries a
 * {@link Report} of the method, the reason and the time taken; the choice is also logged.
 *
 * <p>Concurrency: thread-safe (this object's lock around each operation). The two
 * checkpointers are the caller's; closing this object kills the trees it started or restored.
 */
public final class ProcessCheckpointer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ProcessCheckpointer.class);

    public enum Method { FORK, CRIU }

    /** How one checkpoint was taken: {@code imageBytes} is 0 for a fork template. */
    public record Report(Method method, String reason, long nanos, long imageBytes) {
        public double millis() {
            return nanos / 1e6;
        }
    }

    /** A checkpoint of one live process (tree): a fork template or a CRIU image, never both. */
    public record Checkpoint(long id, Report report, ForkCheckpointer.Template template, CriuCheckpointer.Image image) {}

    private final ForkCheckpointer fork;
    private final CriuCheckpointer criu;
    private final Map<Long, Checkpoint> checkpoints = new LinkedHashMap<>(); // guarded by this
    private final Map<Long, LiveProcess> live = new LinkedHashMap<>(); // guarded by this
    // the session of each live tree, read while its root lived: its orphans are found by it; guarded by this
    private final Map<Long, Long> sessions = new LinkedHashMap<>();
    private long nextId = 1; // guarded by this

    public ProcessCheckpointer(ForkCheckpointer fork, CriuCheckpointer criu) {
        this.fork = fork;
        this.criu = criu;
    }

    public synchronized LiveProcess spawn(List<String> argv, Map<String, String> env, Path cwd) {
        LiveProcess p = fork.spawn(argv, env, cwd);
        live.put(p.pid(), p);
        sessions.put(p.pid(), p.pid()); // the helper makes every process it spawns a session leader
        return p;
    }

    /** Which method a checkpoint of {@code p} would take now, and why. */
    public record Choice(Method method, String reason) {}

    public Choice choose(LiveProcess p) {
        if (criu.restoredHere(p)) {
            // the helper neither lists nor can clone a tree it did not start or fork
            return new Choice(Method.CRIU, "restored by CRIU, not a process the helper owns");
        }
        return choose(fork.inspect(p));
    }

    /** The rule: fork when it copies the process whole, CRIU otherwise. */
    /** Descriptor kinds fork cannot copy (their state is shared or kernel-side), with their names. */
    private static final String[] UNFORKABLE_FD_NAMES = {"socket", "eventfd", "epoll", "timerfd", "signalfd", "inotify",
            "pidfd", "memfd", "other anon-inode fd"};
    private static final int[] UNFORKABLE_FD_BITS = {DBH_FD_SOCKET(), DBH_FD_EVENTFD(), DBH_FD_EPOLL(), DBH_FD_TIMERFD(),
            DBH_FD_SIGNALFD(), DBH_FD_INOTIFY(), DBH_FD_PIDFD(), DBH_FD_MEMFD(), DBH_FD_OTHER()};
    /** The DBH_FD_* bits of {@link #UNFORKABLE_FD_BITS}: what the helper refuses to fork. */
    static final int UNFORKABLE_FD_KINDS = java.util.Arrays.stream(UNFORKABLE_FD_BITS).reduce(0, (a, b) -> a | b);

    static Choice choose(HelperClient.Inspection in) {
        List<String> why = new ArrayList<>();
        if (in.threads() > 1) why.add(in.threads() + " threads");
        if (in.children() > 0) why.add(in.children() + " child process(es)");
        if (in.sharedWritableMappings() > 0) why.add(in.sharedWritableMappings() + " shared writable mapping(s)");
        if (in.posixTimers() > 0) why.add(in.posixTimers() + " POSIX timer(s)");
        for (int i = 0; i < UNFORKABLE_FD_BITS.length; i++) {
            if (in.hasFdKind(UNFORKABLE_FD_BITS[i])) why.add(UNFORKABLE_FD_NAMES[i]);
        }
        return why.isEmpty()
                ? new Choice(Method.FORK, "single-threaded, no children, nothing shared")
                : new Choice(Method.CRIU, "fork cannot copy: " + String.join(", ", why));
    }

    /** Checkpoints {@code p} (and its children, on the CRIU path); {@code p} goes on running. */
    public synchronized Checkpoint checkpoint(LiveProcess p) {
        long t0 = System.nanoTime();
        Choice c = choose(p);
        Checkpoint cp;
        long id = nextId++;
        if (c.method() == Method.FORK) {
            ForkCheckpointer.Template t;
            try {
                t = fork.checkpoint(p);
            } catch (CheckpointException e) {
                // inspection raced with a new thread or child: CRIU copies whatever it finds
                if (e.reason() != CheckpointException.Reason.NOT_FORKABLE) throw e;
                c = new Choice(Method.CRIU, "fork refused after inspection: " + e.getMessage());
                CriuCheckpointer.Image img = criu.checkpoint(p);
                cp = new Checkpoint(id, new Report(Method.CRIU, c.reason(), System.nanoTime() - t0, img.bytes()), null, img);
                return record(cp, p);
            }
            cp = new Checkpoint(id, new Report(Method.FORK, c.reason(), System.nanoTime() - t0, 0), t, null);
        } else {
            CriuCheckpointer.Image img = criu.checkpoint(p);
            cp = new Checkpoint(id, new Report(Method.CRIU, c.reason(), System.nanoTime() - t0, img.bytes()), null, img);
        }
        return record(cp, p);
    }

    private Checkpoint record(Checkpoint cp, LiveProcess p) {
        checkpoints.put(cp.id(), cp);
        Report r = cp.report();
        log.info("checkpoint {} of {} by {} ({}) in {} ms{}", cp.id(), p, r.method(), r.reason(),
                String.format("%.2f", r.millis()), r.imageBytes() > 0 ? ", image " + r.imageBytes() / 1024 + " KiB" : "");
        return cp;
    }

    /**
     * Replaces {@code replacing} (may be null; killed with its whole tree) by a new live process
     * (tree) in the state of {@code cp}.
     */
    public synchronized LiveProcess rollback(Checkpoint cp, LiveProcess replacing) {
        requireOwn(cp);
        if (replacing != null) {
            live.remove(replacing.pid());
            // with its orphans (a member whose parent died is the helper's): the restore needs their PIDs too
            if (cp.image() != null) killTree(replacing, false);
            sessions.remove(replacing.pid());
        }
        if (cp.image() != null) return track(criu.rollback(cp.image(), replacing));
        // fork's rollback kills only the process it replaces: a tree, or a process the helper
        // does not own, is killed here first
        if (replacing != null && (criu.restoredHere(replacing) || !ProcessTrees.members(replacing.pid()).equals(List.of(replacing.pid())))) {
            killTree(replacing, false);
            replacing.close();
            replacing = null;
        }
        return track(fork.rollback(cp.template(), replacing));
    }

    /** Drops the checkpoint: kills the template or deletes the image. */
    public synchronized void discard(Checkpoint cp) {
        requireOwn(cp);
        checkpoints.remove(cp.id());
        if (cp.template() != null) fork.discard(cp.template());
        else criu.discard(cp.image());
    }

    /** Discards every checkpoint made here and kills every tree started or rolled back here. */
    @Override
    public synchronized void close() {
        List<RuntimeException> failures = new ArrayList<>();
        for (Checkpoint cp : List.copyOf(checkpoints.values())) {
            try {
                discard(cp);
            } catch (RuntimeException e) {
                failures.add(e);
            }
        }
        for (LiveProcess p : List.copyOf(live.values())) {
            try {
                // children first-class too (fork's close kills only the processes themselves),
                // and the orphans of a tree whose root died: the helper inherited them
                killTree(p, true);
            } catch (RuntimeException e) {
                failures.add(e);
            }
        }
        live.clear();
        sessions.clear();
        if (!failures.isEmpty()) {
            RuntimeException first = failures.getFirst();
            failures.stream().skip(1).forEach(first::addSuppressed);
            throw first;
        }
    }

    private LiveProcess track(LiveProcess p) {
        live.put(p.pid(), p);
        sessions.put(p.pid(), ProcessTrees.sessionOf(p.pid()));
        return p;
    }

    /** Kills {@code p}'s tree and the orphans of it the helper inherited (see ProcessTrees#killOrphans). */
    private void killTree(LiveProcess p, boolean includeStopped) {
        java.util.Set<Long> keep = new java.util.HashSet<>(live.keySet());
        keep.remove(p.pid());
        ProcessTrees.killTree(p, sessions.getOrDefault(p.pid(), 0L), fork.helper().pid(), keep, includeStopped);
    }

    private void requireOwn(Checkpoint cp) {
        if (checkpoints.get(cp.id()) != cp) {
            throw new CheckpointException(CheckpointException.Reason.TEMPLATE_GONE,
                    "checkpoint " + cp.id() + " was discarded or is not from this checkpointer", null);
        }
    }
}
