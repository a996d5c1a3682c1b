package dev.deltabox.runtime.cr;

import dev.deltabox.bindings.helper.deltabox_helper_h;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checkpoints the processes of boxes the way {@link ProcessCheckpointer} chooses for single
 * processes: by template fork through the {@link TemplatePool} when fork copies the process
 * whole, else — several threads, child processes (a shell's background job), shared memory,
 * sockets, eventfd/timerfd/epoll... — by a CRIU dump of its tree, taken by CRIU inside the
 * process's box ({@link CriuCheckpointer#checkpoint(LiveProcess, BoxNamespaces)}), and restored
 * into that box. The choice is made per checkpoint (inspection by the helper) and reported.
 *
 * <p>A CRIU rollback restores the dumped PIDs: the tree it replaces is killed (and reaped)
 * first, so, unlike a fork rollback, a failed restore leaves the session without a process. The
 * restored root is handed to the {@link ForkCheckpointer} ({@link ForkCheckpointer#adopt}), so
 * it is killed, checkpointed and rolled back from like any live process; {@link #kill} kills a
 * whole tree.
 *
 * <p>Concurrency: thread-safe (this object's lock for the CRIU images; the pool and the
 * checkpointers have their own).
 */
public final class BoxProcessCheckpointer {

    private static final Logger log = LoggerFactory.getLogger(BoxProcessCheckpointer.class);

    /**
     * A checkpoint of one process: a pool checkpoint ({@code poolId} ≥ 1, {@code imageId} 0) or
     * a CRIU image ({@code imageId} ≥ 1, {@code poolId} 0); {@code method}: "fork" or
     * "criu: REASON" (why fork could not copy it).
     */
    public record Taken(long poolId, long imageId, String method, long nanos) {}

    private final TemplatePool pool;
    private final ForkCheckpointer fork;
    private final CriuCheckpointer criu; // null: fork only
    private final Map<Long, CriuCheckpointer.Image> images = new HashMap<>(); // guarded by this
    // the PIDs (as the box numbers them) of each image's tree when it was dumped; guarded by this
    private final Map<Long, Set<Long>> treePids = new HashMap<>();
    private long nextImage = 1; // guarded by this

    /** {@code criu} may be null: then every checkpoint is a fork one (and fails where fork cannot copy). */
    public BoxProcessCheckpointer(TemplatePool pool, ForkCheckpointer fork, CriuCheckpointer criu) {
        this(pool, fork, criu, null);
    }

    /** {@code images} (may be null): the pool's durable images, which {@link #forkInto} restores a lost template from. */
    public BoxProcessCheckpointer(TemplatePool pool, ForkCheckpointer fork, CriuCheckpointer criu, DurableImages images) {
        this.pool = pool;
        this.fork = fork;
        this.criu = criu;
        this.durable = images;
    }

    /**
     * A spare of fork checkpoint {@code t}'s session forked into box {@code into} now, for a later
     * {@link #forkInto(Taken, BoxNamespaces, ForkCheckpointer.Spare)}; null when {@code t} is not
     * a fork checkpoint whose template is alive.
     */
    public ForkCheckpointer.Spare prepareForkInto(Taken t, BoxNamespaces into) {
        if (t.poolId() <= 0) return null;
        java.util.Optional<ForkCheckpointer.Template> tpl = pool.template(t.poolId());
        return tpl.isEmpty() ? null : fork.prepareSpare(tpl.get(), into);
    }

    /**
     * {@link #forkInto(Taken, BoxNamespaces)} through {@code spare} (may be null; made by
     * {@link #prepareForkInto} for {@code t} into {@code into}): the spare only gets its stdio.
     * A spare whose template is gone is discarded and the checkpoint restored as without one.
     */
    public LiveProcess forkInto(Taken t, BoxNamespaces into, ForkCheckpointer.Spare spare) {
        if (spare != null) {
            if (spare.into() == into && t.poolId() > 0 && pool.template(t.poolId()).orElse(null) == spare.template()) {
                try {
                    return fork.forkFromSpare(spare).process();
                } catch (CheckpointException e) {
                    if (e.reason() != CheckpointException.Reason.TEMPLATE_GONE) throw e;
                }
            } else {
                fork.discardSpare(spare);
            }
        }
        return forkInto(t, into);
    }

    private final DurableImages durable; // null: none

    /**
     * A new live process (tree) in the state of {@code t}, in box {@code into} (made with the
     * checkpoint's box as its parent): forked from the template, or — template gone, or a CRIU
     * checkpoint — restored from its image by CRIU in {@code into}. CRIU restores the image's
     * PIDs: in a new box, restore such sessions before forking others into it.
     */
    public LiveProcess forkInto(Taken t, BoxNamespaces into) {
        LiveProcess p;
        if (t.poolId() > 0) {
            java.util.Optional<ForkCheckpointer.Template> tpl = pool.template(t.poolId());
            if (tpl.isPresent()) {
                try {
                    return fork.rollback(tpl.get(), null, into).process();
                } catch (CheckpointException e) {
                    if (e.reason() != CheckpointException.Reason.TEMPLATE_GONE || durable == null) throw e;
                }
            }
            if (durable == null || !durable.has(t.poolId())) {
                throw new CheckpointException(CheckpointException.Reason.TEMPLATE_GONE, "the template of checkpoint "
                        + t.poolId() + " is gone (evicted or killed) and it has no durable image", null);
            }
            return durable.restore(t.poolId(), into);
        }
        CriuCheckpointer.Image img;
        synchronized (this) {
            img = images.get(t.imageId());
        }
        if (img == null) {
            throw new CheckpointException(CheckpointException.Reason.TEMPLATE_GONE, "CRIU image " + t.imageId()
                    + " was discarded", null);
        }
        p = criu.restoreInto(img, into);
        try {
            fork.adopt(p);
            criu.forgetRestored(p);
        } catch (CheckpointException e) {
            log.warn("restored process {} stays CRIU's: {}", p.pid(), e.getMessage());
        }
        return p;
    }

    /** Whether {@code p}, in a box, has the PID (as its box numbers it) of the durable image of pool checkpoint {@code poolId}. */
    private boolean isRestoreOf(LiveProcess p, long poolId) {
        if (durable == null || !durable.mayHaveRestored(p.pid())) return false; // the usual case: no /proc reads
        DurableImages.Image img = durable.image(poolId, 0);
        if (img == null) return false;
        BoxNamespaces box = BoxNamespaces.ofProcess(p.pid());
        return box != null && box.nsPid(p.pid()) == img.pid();
    }

    /** How a checkpoint of {@code p} would be taken now, and why. */
    public ProcessCheckpointer.Choice choose(LiveProcess p) {
        if (criu == null) return new ProcessCheckpointer.Choice(ProcessCheckpointer.Method.FORK, "no CRIU");
        if (!fork.owns(p)) {
            return new ProcessCheckpointer.Choice(ProcessCheckpointer.Method.CRIU, "not a process the helper owns");
        }
        return ProcessCheckpointer.choose(fork.inspect(p));
    }

    /**
     * Checkpoints every process of {@code ps} (a box's sessions): those fork can copy in one
     * helper request, stopped at once and cloned side by side, the rest by CRIU one after the
     * other. Each succeeds or fails on its own, in the order given.
     */
    public List<Outcome<Taken>> checkpointAll(List<LiveProcess> ps) {
        long t0 = System.nanoTime();
        List<Outcome<Taken>> out = new ArrayList<>(java.util.Collections.nCopies(ps.size(), null));
        ProcessCheckpointer.Choice[] byCriu = new ProcessCheckpointer.Choice[ps.size()];
        List<Integer> forkable = new ArrayList<>();
        for (int i = 0; i < ps.size(); i++) {
            if (criu == null || fork.owns(ps.get(i))) forkable.add(i);
            else byCriu[i] = new ProcessCheckpointer.Choice(ProcessCheckpointer.Method.CRIU, "not a process the helper owns");
        }
        // without CRIU there is nothing else to do: no inspection, fork or fail
        int inspect = criu == null ? -1 : ProcessCheckpointer.UNFORKABLE_FD_KINDS;
        for (int from = 0; from < forkable.size(); from += deltabox_helper_h.DBH_CHECKPOINT_MAX()) {
            List<Integer> batch = forkable.subList(from, Math.min(forkable.size(), from + deltabox_helper_h.DBH_CHECKPOINT_MAX()));
            List<Outcome<Long>> got = pool.checkpointAll(batch.stream().map(ps::get).toList(), inspect);
            long took = System.nanoTime() - t0;
            for (int k = 0; k < batch.size(); k++) {
                Outcome<Long> o = got.get(k);
                int i = batch.get(k);
                if (o.ok()) out.set(i, Outcome.of(new Taken(o.value(), 0, "fork", took)));
                else if (criu != null && o.failure().reason() == CheckpointException.Reason.NOT_FORKABLE) byCriu[i] = criuBecause(o.failure());
                else out.set(i, Outcome.failed(o.failure()));
            }
        }
        for (int i = 0; i < ps.size(); i++) {
            if (byCriu[i] == null) continue;
            try {
                out.set(i, Outcome.of(checkpointByCriu(ps.get(i), byCriu[i], System.nanoTime())));
            } catch (CheckpointException e) {
                out.set(i, Outcome.failed(e));
            } catch (RuntimeException e) { // the others' checkpoints must reach the caller, to be kept or dropped
                out.set(i, Outcome.failed(new CheckpointException(CheckpointException.Reason.FAILED,
                        "checkpoint of " + ps.get(i) + " by CRIU: " + e, e)));
            }
        }
        return out;
    }

    /** Why fork refused {@code e}'s process (a NOT_FORKABLE refusal): CRIU's reason. */
    private static ProcessCheckpointer.Choice criuBecause(CheckpointException e) {
        return e.getCause() instanceof HelperClient.NotForkableException nf ? ProcessCheckpointer.choose(nf.inspection())
                : new ProcessCheckpointer.Choice(ProcessCheckpointer.Method.CRIU, "fork refused: " + e.getMessage());
    }

    /** Checkpoints {@code p}'s process tree by CRIU ({@code c}: why not fork); {@code p} goes on running. */
    private Taken checkpointByCriu(LiveProcess p, ProcessCheckpointer.Choice c, long t0) {
        BoxNamespaces box = BoxNamespaces.ofProcess(p.pid());
        // the tree's PIDs as the box numbers them (a restore takes these numbers again)
        Set<Long> tree = box == null ? Set.of()
                : ProcessTrees.members(p.pid()).stream().map(box::nsPid).filter(x -> x > 0).collect(java.util.stream.Collectors.toSet());
        CriuCheckpointer.Image img = criu.checkpoint(p, box);
        long id;
        synchronized (this) {
            id = nextImage++;
            images.put(id, img);
            treePids.put(id, tree);
        }
        long took = System.nanoTime() - t0;
        log.info("checkpoint of {} by CRIU in {} ({}): {} ms, image {} KiB", p,
                img.box() == null ? "the host" : img.box(), c.reason(), String.format("%.1f", took / 1e6), img.bytes() / 1024);
        return new Taken(0, id, "criu: " + c.reason(), took);
    }

    /**
     * A new live process (tree) in the state of {@code t}. A fork checkpoint leaves
     * {@code replacing} alone (the caller kills it once the rest of its rollback succeeded); a
     * CRIU one kills {@code replacing}'s tree first (its PIDs are the image's).
     */
    public LiveProcess rollback(Taken t, LiveProcess replacing) {
        return rollback(t, replacing, null);
    }

    /**
     * Like {@link #rollback(Taken, LiveProcess)}, running {@code meanwhile} (may be null) while
     * the helper forks from a template (see {@link TemplatePool#rollback(long, LiveProcess,
     * Runnable)}); a process restored otherwise does not run it.
     */
    public LiveProcess rollback(Taken t, LiveProcess replacing, Runnable meanwhile) {
        // processes an earlier rollback replaced go first: a restore may need their PIDs
        pool.finishLater();
        if (t.poolId() > 0) {
            if (replacing != null && isRestoreOf(replacing, t.poolId())) {
                // The live process is itself a restore of this checkpoint's durable image, so it
                // holds the image's PID: a rebuild (the template gone) could not restore it while
                // it lives. It goes first; a failure of the rollback then leaves the session ended.
                kill(replacing, true);
            }
            return pool.rollback(t.poolId(), null, meanwhile);
        }
        CriuCheckpointer.Image img;
        synchronized (this) {
            img = images.get(t.imageId());
        }
        if (img == null) {
            throw new CheckpointException(CheckpointException.Reason.TEMPLATE_GONE, "CRIU image " + t.imageId()
                    + " was discarded", null);
        }
        if (replacing != null) kill(replacing, true);
        Set<Long> pids;
        synchronized (this) {
            pids = treePids.get(t.imageId());
        }
        if (img.box() != null && pids != null) freePids(img.box(), pids);
        LiveProcess p = criu.rollback(img, null);
        try {
            fork.adopt(p);
            criu.forgetRestored(p);
        } catch (CheckpointException e) {
            log.warn("restored process {} stays CRIU's: {}", p.pid(), e.getMessage());
        }
        return p;
    }

    /** Drops a checkpoint: evicts the template (its durable image stays) or deletes the CRIU image. */
    public void drop(Taken t) {
        if (t.poolId() > 0) {
            pool.evict(t.poolId());
            return;
        }
        CriuCheckpointer.Image img;
        synchronized (this) {
            img = images.remove(t.imageId());
            treePids.remove(t.imageId());
        }
        if (img != null) criu.discard(img);
    }

    /**
     * Kills {@code p} and every process below it; waits until they are reaped when {@code p}
     * had children or {@code await} (a CRIU restore needs their PIDs free).
     */
    public void kill(LiveProcess p) {
        kill(p, false);
    }

    /** How long a rollback waits for a replaced session's background jobs to stop. */
    private static final long STOP_TIMEOUT_MS = 2_000;

    /**
     * Stops {@code p}'s tree when it has children (a background job), before a rollback
     * switches the box's files: nothing of it may write into the files brought back. Null when
     * it has none: an idle session process alone can do nothing (it waits on its stdin, whose
     * other end is ours). The rollback ends with {@link #killReplaced}, or continues the tree
     * ({@link ProcessTrees.StoppedTree#resume}) if it fails.
     */
    public ProcessTrees.StoppedTree stopIfBusy(LiveProcess p) {
        if (!p.isAlive() || !ProcessTrees.hasChildren(p.pid())) return null;
        return ProcessTrees.stopTree(p.pid(), p.pidfd(), STOP_TIMEOUT_MS);
    }

    /**
     * Kills {@code p}, a session process a rollback replaced, which was idle since
     * {@link #stopIfBusy} ({@code stopped}: what it returned). A stopped tree is killed now,
     * with its background jobs; a lone idle process is left to the pool's warm thread, off the
     * caller's path.
     */
    public void killReplaced(LiveProcess p, ProcessTrees.StoppedTree stopped) {
        if (stopped != null) {
            kill(p, true);
            stopped.close();
            return;
        }
        pool.forget(p);
        pool.later(() -> fork.kill(p));
    }

    private void kill(LiveProcess p, boolean await) {
        if (p.isAlive() && (await || ProcessTrees.hasChildren(p.pid()))) {
            try {
                ProcessTrees.killAndAwaitReaped(p.pid(), p.pidfd());
            } catch (CheckpointException e) {
                log.warn("killing the tree of {}: {}", p, e.getMessage());
            }
        }
        fork.kill(p);
        pool.forget(p);
    }

    /**
     * A PID number stays taken while any process uses it as its session or process group, and
     * the templates and spares forked from a session process keep its session (and group): the
     * number of a dumped session leader is not free for CRIU while they live (clone3 set_tid:
     * EEXIST). They are killed here — the helper's traced children (templates), stopped ones
     * (dump clones) and running spares in the box whose session or group is one of {@code pids}, the
     * PIDs of the image's tree (the box's numbers) — and their checkpoints are rebuilt from durable images
     * later, if rolled back to.
     */
    private void freePids(BoxNamespaces box, Set<Long> pids) {
        long helperPid = fork.helper().pid();
        int n = 0;
        for (long c : ProcessTrees.childrenOf(helperPid)) {
            if (box.nsPid(c) < 0) continue;
            long[] sidPgid = box.nsSessionAndGroup(c);
            if (sidPgid == null || !(pids.contains(sidPgid[0]) || pids.contains(sidPgid[1]))) continue;
            char state = ProcessTrees.state(c);
            if (ProcessTrees.tracer(c) != helperPid && state != 'T' && state != 't' && !fork.isRunningSpare(c)) {
                continue; // a live process: not ours to kill
            }
            int fd = dev.deltabox.bindings.libc.libc_h.pidfd_open((int) c, 0);
            if (fd < 0) continue;
            try {
                ProcessTrees.killAndAwaitReaped(c, fd);
                n++;
            } catch (CheckpointException e) {
                log.warn("freeing the PIDs of a CRIU image in {}: {}", box, e.getMessage());
            } finally {
                dev.deltabox.bindings.libc.libc_h.close(fd);
            }
        }
        if (n > 0) {
            log.info("{} template(s) or spare(s) in {} held PIDs the CRIU image needs (their session): killed; rollbacks "
                    + "to their checkpoints are rebuilt from durable images", n, box);
        }
    }

    /** The CRIU images kept, for tests and stats. */
    public synchronized List<CriuCheckpointer.Image> images() {
        return List.copyOf(images.values());
    }
}
