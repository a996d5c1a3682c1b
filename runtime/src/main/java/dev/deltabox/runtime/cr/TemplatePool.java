package dev.deltabox.runtime.cr;

import dev.deltabox.runtime.concurrent.QuietWake;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The box's process checkpoints as a bounded pool of templates with warm spares, on top of a
 * {@link ForkCheckpointer}.
 *
 * <ul>
 *   <li>{@link #checkpoint} makes a template and gives it an id; checkpoints form a tree (a
 *       checkpoint's parent is the one its live process was last checkpointed at or rolled
 *       back to).</li>
 *   <li>{@link #rollback} hands fresh stdio to a <em>spare</em> — a process forked from the
 *       template ahead of time and fixed up but for its stdio — and resumes it; without one it
 *       forks from the template; without a template (evicted, killed from inside the box, or
 *       gone with a helper that died and was replaced: see {@link HelperClient#generation()}) it
 *       asks the {@link TemplateRebuilder}, or fails with {@code TEMPLATE_GONE}. The replaced
 *       process is killed but not waited for: the helper reaps it after replying.</li>
 *   <li>The <b>warm thread</b> does everything else, off the callers' path: it measures what
 *       each template pins (pages that differ from its newest child, by page-frame comparison),
 *       evicts templates over the limits, and keeps spares for the hot checkpoints (those the live
 *       processes stand on, the one last rolled back to, the newest; then, in turn, their
 *       ancestors nearest first and the most recently used), copying the pages written
 *       since the parent checkpoint into each spare so their copy-on-write faults are taken
 *       before the rollback, not after.</li>
 * </ul>
 *
 * <p><b>Eviction</b> keeps what is most likely to be rolled back to: never the
 * {@link Limits#protectRecent} newest checkpoints, nor a checkpoint a live process now stands
 * on, nor one whose durable image is still being written from its template
 * ({@link TemplateRebuilder#templateNeededUntil}); of the rest, interior checkpoints go before the tree's frontier (checkpoints with no
 * child holding a template), least recently used first. Limits that only the protected ones
 * exceed are left exceeded.
 *
 * <p><b>Concurrency</b>: the helper answers one request at a time, so every helper request —
 * callers' and the warm thread's — is made holding {@link #lock}, which also guards all of
 * this object's state. The lock is fair and the warm thread takes it for one helper request at
 * a time, so a caller waits for at most one warm-thread request (≈ a fork, ~1 ms at 50 MB).
 * The warm thread owns nothing but its loop; the entries, spares and metrics belong to the
 * lock. {@link TemplateRebuilder#rebuild} runs on the caller's thread with the lock held.
 */
public final class TemplatePool implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TemplatePool.class);
    private static final long PAGE = 4096;
    private static final int RECENT_OPERATIONS = 1024;
    private static final long IMAGE_WAIT_MS = 120_000;
    private static final long WARM_DELAY_NANOS = 5_000_000;
    /** The warm thread polls a held lock this often, this many times, before it queues for it. */
    private static final long LOCK_POLL_NANOS = 100_000;
    private static final int LOCK_POLLS = 50;
    private static final java.util.concurrent.Executor VIRTUAL = r -> Thread.ofVirtual().start(r);

    /**
     * @param maxTemplates     templates held at most
     * @param maxPinnedBytes   estimated memory the templates pin at most
     * @param maxSpares        spares kept ready (0: none, every rollback forks)
     * @param maxPrefaultPages pages copied into each spare ahead of time
     * @param protectRecent    newest checkpoints never evicted
     */
    public record Limits(int maxTemplates, long maxPinnedBytes, int maxSpares, int maxPrefaultPages, int protectRecent) {
        public static Limits defaults() {
            return new Limits(64, 2L << 30, 2, 512, 2);
        }
    }

    /** How a checkpoint or rollback was done. */
    public enum Kind {
        CHECKPOINT,
        /** a spare made ahead of time got fresh stdio and was resumed */
        WARM_SPARE,
        /** forked from the template on the rollback's path */
        COLD_FORK,
        /** the template was gone: rebuilt by the {@link TemplateRebuilder} */
        REBUILT
    }

    /**
     * One checkpoint or rollback: of which checkpoint, how, how long the call took, and of that
     * the helper's time (0 when unknown) and, through a spare, its stdio hand-over.
     */
    public record Operation(long checkpointId, Kind kind, long nanos, long helperNanos, long stdioNanos) {}

    /** Counters since the pool was made, and its size now. */
    public record Stats(long checkpoints, long warmRollbacks, long coldRollbacks, long rebuiltRollbacks,
                        long sparesMade, long sparesDiscarded, long prefaultedPages, long evictions,
                        long templatesLost, int templates, int spares, long pinnedBytes) {}

    /** A checkpoint: a node of the tree, holding a template until it is evicted or lost. */
    private static final class Entry {
        final long id;
        final Entry parent;
        final List<Entry> children = new ArrayList<>();
        ForkCheckpointer.Template template; // null: gone (goneWhy says why)
        String goneWhy;
        String noImageWhy; // why it was not given a durable image, when it was not
        ForkCheckpointer.Spare spare;
        long pinnedBytes; // pages that differ from its newest child, × page size
        long lastUse;     // the pool's clock at its checkpoint or last rollback
        boolean spareFailed; // making its spare failed: not retried until the next checkpoint or rollback
        // completes when the rebuilder is done with the template (its image written); null: not needed
        java.util.concurrent.CompletionStage<?> neededUntil;

        /** The rebuilder still needs the template (its durable image is being written): not evicted. */
        boolean imagePending() {
            return neededUntil != null && !neededUntil.toCompletableFuture().isDone();
        }

        Entry(long id, Entry parent, ForkCheckpointer.Template template) {
            this.id = id;
            this.parent = parent;
            this.template = template;
        }
    }

    private final ForkCheckpointer cr;
    private final Limits limits;
    private final TemplateRebuilder rebuilder; // null: none

    private final ReentrantLock lock = new ReentrantLock(true);
    /** Durable images of checkpoints taken inside {@link #exclusive}, started at its end; guarded by {@link #lock}. */
    private final List<Runnable> imagesAfterExclusive = new ArrayList<>();
    private final Condition quiet = lock.newCondition();
    // ---- guarded by lock ----
    private final TreeMap<Long, Entry> entries = new TreeMap<>(); // discarded ones removed
    private final Map<Long, Entry> position = new HashMap<>(); // live pid -> checkpoint it stands on
    private final ArrayDeque<Entry[]> pendingDiffs = new ArrayDeque<>(); // {older, newer}
    private final ArrayDeque<Operation> recent = new ArrayDeque<>();
    private long nextId = 1, clock;
    private Entry lastRolledBack;
    // dirty and closed: written under lock, read by the warm thread without it too (awaitWork)
    private volatile boolean dirty, closed;
    private boolean warmBusy;
    private final QuietWake warmWake = new QuietWake();
    private final ConcurrentLinkedQueue<Runnable> laterWork = new ConcurrentLinkedQueue<>(); // see later
    private long checkpoints, warm, cold, rebuilt, sparesMade, sparesDiscarded, prefaulted, evictions, lost;
    private boolean warnedNoImage; // guarded by lock: said once that some checkpoints get no image
    private Thread warmThread;
    private long helperGeneration; // the helper generation the templates belong to

    public TemplatePool(ForkCheckpointer cr, Limits limits, TemplateRebuilder rebuilder) {
        this.cr = cr;
        this.limits = limits;
        this.rebuilder = rebuilder;
        this.helperGeneration = cr.helper().generation();
        // ids go on after those of checkpoints kept from an earlier run (their images, on disk)
        this.nextId = rebuilder == null ? 1 : rebuilder.lastCheckpointId() + 1;
        this.warmThread = Thread.ofPlatform().daemon().name("deltabox-template-warm").start(this::warmLoop);
    }

    /**
     * Runs {@code op} holding the pool's lock, so that the warm thread does nothing in between:
     * for a caller that checkpoints or rolls back several processes as one (a box's sessions),
     * whose latency the warm thread's spare-making would otherwise add to (it takes the helper
     * between the caller's requests). The pool's own methods may be called inside.
     */
    public <T> T exclusive(java.util.function.Supplier<T> op) {
        lock.lock();
        try {
            ensureOpen();
            return op.get();
        } finally {
            if (lock.getHoldCount() == 1) startDeferredImages();
            lock.unlock();
        }
    }

    /** Starts the durable images deferred by checkpoints inside {@link #exclusive}. Caller holds {@link #lock}. */
    private void startDeferredImages() {
        List<Runnable> start = List.copyOf(imagesAfterExclusive);
        imagesAfterExclusive.clear();
        for (Runnable r : start) {
            try {
                r.run();
            } catch (RuntimeException e) {
                log.warn("a checkpoint's durable image could not be queued: {}", e.toString());
            }
        }
    }

    /** Starts a live process; see {@link ForkCheckpointer#spawn}. */
    public LiveProcess spawn(List<String> argv, Map<String, String> env, Path cwd) {
        lock.lock();
        try {
            ensureOpen();
            return cr.spawn(argv, env, cwd);
        } finally {
            lock.unlock();
        }
    }

    /** Checkpoints {@code live}; returns the checkpoint's id. */
    public long checkpoint(LiveProcess live) {
        lock.lock();
        try {
            ensureOpen();
            checkHelper();
            long t0 = System.nanoTime();
            ForkCheckpointer.Template t = cr.checkpoint(live);
            return register(live, t, System.nanoTime() - t0);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Checkpoints several live processes in one helper request (see
     * {@link ForkCheckpointer#checkpointAll}; {@code unforkableFdKinds} < 0: no inspection);
     * each succeeds or fails on its own and gets a checkpoint id of its own.
     */
    public List<Outcome<Long>> checkpointAll(List<LiveProcess> lives, int unforkableFdKinds) {
        lock.lock();
        try {
            ensureOpen();
            checkHelper();
            long t0 = System.nanoTime();
            List<Outcome<ForkCheckpointer.Template>> got = cr.checkpointAll(lives, unforkableFdKinds);
            long took = System.nanoTime() - t0;
            List<Outcome<Long>> out = new ArrayList<>(got.size());
            for (int i = 0; i < got.size(); i++) {
                Outcome<ForkCheckpointer.Template> o = got.get(i);
                out.add(o.ok() ? Outcome.of(register(lives.get(i), o.value(), took)) : Outcome.failed(o.failure()));
            }
            return out;
        } finally {
            lock.unlock();
        }
    }

    /** Files a new template of {@code live} as its next checkpoint; returns the id. Caller holds {@link #lock}. */
    private long register(LiveProcess live, ForkCheckpointer.Template t, long took) {
        Entry parent = position.get(live.pid());
        Entry e = new Entry(nextId++, parent, t);
        e.lastUse = ++clock;
        entries.put(e.id, e);
        if (parent != null) {
            parent.children.add(e);
            if (parent.template != null) pendingDiffs.add(new Entry[] {parent, e});
        }
        position.put(live.pid(), e);
        if (rebuilder != null && t.mapsAnotherBoxsFiles()) {
            e.noImageWhy = "its process was forked from another box's checkpoint and maps that box's files,"
                    + " which CRIU cannot dump";
            if (!warnedNoImage) log.info("checkpoint {} (and later ones like it) gets no durable image: {}", e.id, e.noImageWhy);
            warnedNoImage = true;
        } else if (rebuilder != null) {
            boolean withParent = parent != null && parent.template != null;
            Runnable image = () -> {
                rebuilder.checkpointed(e.id, t, withParent ? parent.id : 0, withParent ? parent.template : null);
                e.neededUntil = rebuilder.templateNeededUntil(e.id);
                // once the image is written the template may be evicted: let the warm thread look
                // (asynchronously: a callback must not take our lock on the image thread)
                if (e.neededUntil != null) e.neededUntil.whenCompleteAsync((v, x) -> poke(), VIRTUAL);
            };
            // inside exclusive(), the image waits for its end: it would take the helper (a clone
            // for CRIU to dump) between the operation's own requests
            if (lock.getHoldCount() > 1) imagesAfterExclusive.add(image);
            else image.run();
        }
        checkpoints++;
        record(new Operation(e.id, Kind.CHECKPOINT, took, 0, 0));
        wake();
        return e.id;
    }

    /**
     * Replaces {@code replacing} (may be null) by a new live process in the state of checkpoint
     * {@code checkpointId}. Throws {@link CheckpointException} with {@code TEMPLATE_GONE} when
     * the template is gone and there is no rebuilder (or it has no image).
     */
    public LiveProcess rollback(long checkpointId, LiveProcess replacing) {
        return rollback(checkpointId, replacing, null);
    }

    /**
     * Like {@link #rollback(long, LiveProcess)}, running {@code meanwhile} (may be null) while the
     * helper forks the new process from the template (see {@link ForkCheckpointer#rollback(
     * ForkCheckpointer.Template, LiveProcess, ForkCheckpointer.Spare, Runnable)}). It is not run
     * when there is no template to fork from (the process is rebuilt from its durable image).
     */
    public LiveProcess rollback(long checkpointId, LiveProcess replacing, Runnable meanwhile) {
        lock.lock();
        try {
            ensureOpen();
            Entry e = entries.get(checkpointId);
            if (e == null && rebuilder != null && rebuilder.canRebuild(checkpointId)) {
                // a checkpoint of an earlier run, known only by its durable image
                e = new Entry(checkpointId, null, null);
                e.goneWhy = "a checkpoint of an earlier run, only its durable image is left";
                entries.put(checkpointId, e);
            }
            if (e == null) throw new IllegalArgumentException("no checkpoint " + checkpointId + " in this pool");
            checkHelper();
            long t0 = System.nanoTime();
            LiveProcess p = null;
            Kind kind = null;
            long helperNanos = 0, stdioNanos = 0;
            if (e.template != null) {
                ForkCheckpointer.Spare spare = e.spare;
                e.spare = null;
                // a foreign replacing process (rebuilt) is not the helper's: killed here, below
                boolean ours = replacing != null && cr.owns(replacing);
                try {
                    ForkCheckpointer.Rollback r = cr.rollback(e.template, ours ? replacing : null, spare, meanwhile);
                    p = r.process();
                    kind = r.warm() ? Kind.WARM_SPARE : Kind.COLD_FORK;
                    helperNanos = r.helperNanos();
                    stdioNanos = r.stdioNanos();
                    if (replacing != null && !ours) cr.kill(replacing);
                } catch (CheckpointException x) {
                    if (x.reason() == CheckpointException.Reason.HELPER_GONE) {
                        // the helper died under this rollback (it was restarted): all templates went with it
                        checkHelper();
                    } else if (x.reason() != CheckpointException.Reason.TEMPLATE_GONE) {
                        throw x;
                    }
                    if (e.template != null) lose(e, x.getMessage());
                }
            }
            if (p == null) {
                if (rebuilder == null) {
                    throw new CheckpointException(CheckpointException.Reason.TEMPLATE_GONE, "checkpoint " + checkpointId
                            + ": " + e.goneWhy + "; no durable image to rebuild it from", null);
                }
                if (e.noImageWhy != null) {
                    throw new CheckpointException(CheckpointException.Reason.TEMPLATE_GONE, "checkpoint " + checkpointId
                            + ": " + e.goneWhy + "; it has no durable image: " + e.noImageWhy, null);
                }
                p = rebuilder.rebuild(checkpointId, e.goneWhy);
                kind = Kind.REBUILT;
                if (replacing != null) cr.kill(replacing);
            }
            long took = System.nanoTime() - t0;
            if (replacing != null) position.remove(replacing.pid());
            position.put(p.pid(), e);
            e.lastUse = ++clock;
            lastRolledBack = e;
            switch (kind) {
                case WARM_SPARE -> warm++;
                case COLD_FORK -> cold++;
                default -> rebuilt++;
            }
            record(new Operation(checkpointId, kind, took, helperNanos, stdioNanos));
            wake();
            return p;
        } finally {
            lock.unlock();
        }
    }

    /**
     * {@code p} is gone (killed by its owner): the checkpoint it stood on no longer counts as
     * one a live process stands on (kept from eviction, given a spare with its ancestors).
     */
    public void forget(LiveProcess p) {
        lock.lock();
        try {
            position.remove(p.pid());
        } finally {
            lock.unlock();
        }
    }

    /**
     * Drops checkpoint {@code checkpointId}'s template (and spare); rolling back to it then needs
     * the rebuilder. While the rebuilder still needs the template (its durable image is being
     * written) this waits for that first, without holding the pool's lock.
     */
    public void evict(long checkpointId) {
        java.util.concurrent.CompletionStage<?> pending;
        lock.lock();
        try {
            Entry e = entries.get(checkpointId);
            if (e == null || e.template == null) return;
            pending = e.imagePending() ? e.neededUntil : null;
            if (pending == null) {
                drop(e, "evicted by request");
                return;
            }
        } finally {
            lock.unlock();
        }
        try {
            pending.toCompletableFuture().get(IMAGE_WAIT_MS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException x) {
            Thread.currentThread().interrupt();
            return;
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException x) {
            log.warn("checkpoint {}: evicting without waiting longer for its durable image: {}", checkpointId, x.toString());
        }
        lock.lock();
        try {
            Entry e = entries.get(checkpointId);
            if (e != null && e.template != null) drop(e, "evicted by request");
        } finally {
            lock.unlock();
        }
    }

    /**
     * Forgets checkpoint {@code checkpointId}: its template and spare are killed and the
     * rebuilder drops what it kept for it (its durable image, unless a child's image needs it
     * as parent). Rolling back to it afterwards is an IllegalArgumentException.
     */
    public void discard(long checkpointId) {
        lock.lock();
        try {
            Entry e = entries.remove(checkpointId);
            if (e == null) return;
            if (e.template != null) drop(e, "discarded");
            position.values().removeIf(p -> p == e); // the next checkpoint of its process has no parent
            if (e.parent != null) e.parent.children.remove(e);
            if (lastRolledBack == e) lastRolledBack = null;
            if (rebuilder != null) rebuilder.discarded(checkpointId);
        } finally {
            lock.unlock();
        }
    }

    /** Whether checkpoint {@code checkpointId} still has its template. */
    public boolean hasTemplate(long checkpointId) {
        return template(checkpointId).isPresent();
    }

    /** The template of a checkpoint, when it has one (for inspection and diffs). */
    public Optional<ForkCheckpointer.Template> template(long checkpointId) {
        lock.lock();
        try {
            Entry e = entries.get(checkpointId);
            return Optional.ofNullable(e == null ? null : e.template);
        } finally {
            lock.unlock();
        }
    }

    /** Whether a spare is ready for checkpoint {@code checkpointId}. */
    public boolean hasSpare(long checkpointId) {
        lock.lock();
        try {
            Entry e = entries.get(checkpointId);
            return e != null && e.spare != null;
        } finally {
            lock.unlock();
        }
    }

    /** The pool's estimate of the memory checkpoint {@code checkpointId}'s template pins. */
    public long pinnedBytes(long checkpointId) {
        lock.lock();
        try {
            Entry e = entries.get(checkpointId);
            return e == null || e.template == null ? 0 : e.pinnedBytes;
        } finally {
            lock.unlock();
        }
    }

    /** The last (up to 1 024) checkpoints and rollbacks, oldest first. */
    public List<Operation> recentOperations() {
        lock.lock();
        try {
            return List.copyOf(recent);
        } finally {
            lock.unlock();
        }
    }

    public Stats stats() {
        lock.lock();
        try {
            int held = 0, ready = 0;
            long pinned = 0;
            for (Entry e : entries.values()) {
                if (e.template == null) continue;
                held++;
                pinned += e.pinnedBytes;
                if (e.spare != null) ready++;
            }
            return new Stats(checkpoints, warm, cold, rebuilt, sparesMade, sparesDiscarded, prefaulted, evictions, lost,
                    held, ready, pinned);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits until the warm thread has nothing left to do (diffs measured, limits enforced,
     * spares made); false if that took longer than {@code timeoutMs}. For tests and benchmarks:
     * callers never need to.
     */
    public boolean awaitWarm(long timeoutMs) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMs);
        lock.lock();
        try {
            while (dirty || warmBusy) {
                long left = deadline - System.nanoTime();
                if (left <= 0 || closed) return false;
                quiet.awaitNanos(left);
            }
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** Stops the warm thread and discards every template and spare; the ForkCheckpointer stays open. */
    @Override
    public void close() {
        Thread t;
        lock.lock();
        try {
            if (closed) return;
            closed = true;
            quiet.signalAll();
            t = warmThread;
            LockSupport.unpark(t);
        } finally {
            lock.unlock();
        }
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        finishLater(); // what the warm thread did not get to
        lock.lock();
        try {
            for (Entry e : entries.values()) {
                if (e.template == null) continue;
                try {
                    cr.discard(e.template); // its spare goes with it
                } catch (CheckpointException x) {
                    if (x.reason() == CheckpointException.Reason.HELPER_GONE) break;
                }
                e.template = null;
                e.spare = null;
                e.goneWhy = "the pool was closed";
            }
        } finally {
            lock.unlock();
        }
    }

    // ---- the warm thread ----

    private void warmLoop() {
        try {
            while (awaitWork()) {
                finishLater();
                if (!dirty) continue;
                lockQuietly();
                try {
                    if (closed) return;
                    dirty = false;
                    warmBusy = true;
                } finally {
                    lock.unlock();
                }
                // the caller's next operation often follows at once (a rollback right after a
                // checkpoint whose tests failed): it goes first, not after a spare's fork
                long until = System.nanoTime() + WARM_DELAY_NANOS;
                for (long left; (left = until - System.nanoTime()) > 0 && !closed; ) {
                    LockSupport.parkNanos(this, Math.min(left, QuietWake.POLL_MIN_NANOS));
                    finishLater();
                }
                // one helper request per lock hold: a caller waits for one at most
                do {
                    finishLater();
                } while (step());
                lockQuietly();
                try {
                    if (!dirty) {
                        warmBusy = false;
                        quiet.signalAll();
                    }
                } finally {
                    lock.unlock();
                }
            }
        } catch (RuntimeException e) {
            log.error("template pool warm thread stopped: {}", e.toString(), e);
        } finally {
            lock.lock();
            try {
                warmBusy = false;
                dirty = false;
                quiet.signalAll();
            } finally {
                lock.unlock();
            }
        }
    }

    /**
     * Runs {@code r} on the warm thread, within a millisecond or so and before its other work,
     * without the pool's lock: work a caller need not wait for (killing a replaced process
     * that can do nothing meanwhile). Run at once when the warm thread is gone.
     */
    public void later(Runnable r) {
        laterWork.add(r);
        warmWake.workAdded();
        if (closed || !warmThread.isAlive()) finishLater();
    }

    /** Runs what {@link #later} was given and the warm thread has not run yet, on this thread. */
    public void finishLater() {
        for (Runnable r; (r = laterWork.poll()) != null; ) {
            try {
                r.run();
            } catch (RuntimeException e) {
                log.warn("template pool: work handed over by a caller failed: {}", e.toString());
            }
        }
    }

    /** Waits, without the lock, until there is work (true) or the pool is closed (false); see {@link QuietWake}. */
    private boolean awaitWork() {
        return warmWake.await(() -> dirty || !laterWork.isEmpty(), () -> closed || Thread.currentThread().isInterrupted());
    }

    /**
     * The warm thread's lock: taken when free, polled for a while when not. Queued behind a
     * caller, its unlock would wake the warm thread on the other CPU, at the caller's cost.
     */
    private void lockQuietly() {
        for (int i = 0; i < LOCK_POLLS && !lock.tryLock(); i++) {
            LockSupport.parkNanos(this, LOCK_POLL_NANOS);
        }
        if (!lock.isHeldByCurrentThread()) lock.lock(); // a caller with long work: wait in the queue after all
    }

    /** Does one piece of background work; false when there is none left. */
    private boolean step() {
        lockQuietly();
        try {
            if (closed) return false;
            try {
                checkHelper();
                return measureOne() || evictOne() || sparesStep();
            } catch (CheckpointException x) {
                if (x.reason() == CheckpointException.Reason.HELPER_GONE) {
                    checkHelper(); // it died under our request and was restarted: nothing left to warm
                    return true;
                }
                log.warn("template pool: {}", x.getMessage());
                return true; // the failed item was dropped; go on with the rest
            }
        } finally {
            lock.unlock();
        }
    }

    /** What a template pins: the pages its newest child no longer shares with it. */
    private boolean measureOne() {
        Entry[] d = pendingDiffs.poll();
        if (d == null) return false;
        Entry older = d[0], newer = d[1];
        if (older.template == null || newer.template == null) return true;
        try {
            older.pinnedBytes = cr.diffPages(older.template, newer.template).differing() * PAGE;
        } catch (CheckpointException x) {
            if (x.reason() != CheckpointException.Reason.TEMPLATE_GONE) throw x;
            // one of the two was killed from outside: the rollback to it will say so
        }
        return true;
    }

    private boolean evictOne() {
        int held = 0;
        long pinned = 0;
        for (Entry e : entries.values()) {
            if (e.template == null) continue;
            held++;
            pinned += e.pinnedBytes;
        }
        if (held <= limits.maxTemplates() && pinned <= limits.maxPinnedBytes()) return false;
        // checkpoints without a durable image are evicted only past a hard cap (the helper holds
        // 512 templates): then the process state of the least likely one is lost, said loudly
        boolean overHardCap = held >= HARD_CAP;
        Entry victim = victim(overHardCap);
        if (victim == null) return false; // only protected ones left
        boolean lostForGood = !rebuildable(victim);
        String why = "evicted from the template pool (" + held + " templates, " + (pinned >> 20)
                + " MB pinned; limits " + limits.maxTemplates() + ", " + (limits.maxPinnedBytes() >> 20) + " MB)";
        if (lostForGood) {
            why += " without a durable image"
                    + (victim.noImageWhy != null ? " (" + victim.noImageWhy + ")" : " (checkpoints came faster than images)")
                    + ": its process state is lost";
            log.warn("checkpoint {} {}", victim.id, why);
        }
        drop(victim, why);
        evictions++;
        return true;
    }

    /**
     * Templates held at most even when none over the limits has a durable image; below the
     * helper's 512, with room for spares and dump clones.
     */
    static final int HARD_CAP = 400;

    /**
     * The template least likely to be rolled back to among those whose checkpoint survives losing
     * it (a durable image) — or among all unprotected ones if {@code evenWithoutImage} — or null.
     */
    private Entry victim(boolean evenWithoutImage) {
        Set<Entry> kept = new LinkedHashSet<>(position.values());
        int recentLeft = limits.protectRecent();
        for (Entry e : entries.descendingMap().values()) {
            if (recentLeft <= 0) break;
            if (e.template != null) {
                kept.add(e);
                recentLeft--;
            }
        }
        return entries.values().stream()
                .filter(e -> e.template != null && !kept.contains(e) && !e.imagePending()
                        && (evenWithoutImage || rebuildable(e)))
                .min(Comparator.comparing((Entry e) -> isFrontier(e)).thenComparingLong(e -> e.lastUse))
                .orElse(null);
    }

    /**
     * Whether the checkpoint survives losing its template: it has a durable image (or the pool
     * has no rebuilder at all: durable images were turned off, and the limits are the only bound
     * on memory). One whose image failed or was never taken keeps its template over the limits:
     * evicting it would lose the checkpoint.
     */
    private boolean rebuildable(Entry e) {
        return rebuilder == null || rebuilder.canRebuild(e.id);
    }

    private static boolean isFrontier(Entry e) {
        for (Entry c : e.children) if (c.template != null) return false;
        return true;
    }

    /** Makes one missing spare or drops one unwanted; false when the spares are as wanted. */
    private boolean sparesStep() {
        Set<Entry> hot = new LinkedHashSet<>();
        if (limits.maxSpares() > 0) {
            // Where a search goes back to: the checkpoints the live processes stand on (a retry),
            // the one last rolled back to and the newest; then, in turn, their ancestors nearest
            // first (undo, abandon a branch) and the most recently used (a sibling just left).
            List<Entry> here = new ArrayList<>(new LinkedHashSet<>(position.values()));
            for (Entry e : here) if (e.template != null) hot.add(e);
            if (lastRolledBack != null && lastRolledBack.template != null) hot.add(lastRolledBack);
            entries.descendingMap().values().stream().filter(e -> e.template != null).findFirst().ifPresent(hot::add);
            List<Entry> ancestors = new ArrayList<>();
            for (List<Entry> level = here; !level.isEmpty() && ancestors.size() < limits.maxSpares(); ) {
                List<Entry> up = new ArrayList<>();
                for (Entry e : level) if (e.parent != null) up.add(e.parent);
                ancestors.addAll(up);
                level = up;
            }
            List<Entry> recent = entries.values().stream().filter(e -> e.template != null)
                    .sorted(Comparator.comparingLong((Entry e) -> e.lastUse).reversed()).toList();
            for (int i = 0; i < Math.max(ancestors.size(), recent.size()) && hot.size() < limits.maxSpares(); i++) {
                if (i < ancestors.size() && ancestors.get(i).template != null) hot.add(ancestors.get(i));
                if (i < recent.size()) hot.add(recent.get(i));
            }
        }
        List<Entry> wanted = hot.stream().filter(e -> !e.spareFailed).limit(limits.maxSpares()).toList();
        for (Entry e : entries.values()) {
            if (e.spare != null && !wanted.contains(e)) {
                cr.discardSpare(e.spare);
                e.spare = null;
                sparesDiscarded++;
                return true;
            }
        }
        for (Entry e : wanted) {
            if (e.spare != null) continue;
            try {
                ForkCheckpointer.Template from = e.parent == null ? null : e.parent.template;
                e.spare = cr.prepareSpare(e.template, from, limits.maxPrefaultPages());
                sparesMade++;
                prefaulted += e.spare.prefaultedPages();
            } catch (CheckpointException x) {
                if (x.reason() == CheckpointException.Reason.HELPER_GONE) throw x;
                if (x.reason() == CheckpointException.Reason.TEMPLATE_GONE) lose(e, x.getMessage());
                else {
                    e.spareFailed = true;
                    log.warn("checkpoint {}: no spare: {}", e.id, x.getMessage());
                }
            }
            return true;
        }
        return false;
    }

    // ---- shared, with the lock held ----

    /**
     * After a helper restart ({@link HelperClient#generation()} moved on) every template and
     * spare, and every live process, died with the old helper: mark all templates lost, so a
     * rollback to any of them goes to the rebuilder at once (and its metrics say REBUILT).
     */
    private void checkHelper() {
        long g = cr.helper().generation();
        if (g == helperGeneration) return;
        helperGeneration = g;
        String why = "its template died with the helper: " + cr.helper().lastDeath();
        int n = 0;
        for (Entry e : entries.values()) {
            if (e.template == null) continue;
            e.template = null;
            e.spare = null;
            e.goneWhy = why;
            lost++;
            n++;
        }
        pendingDiffs.clear();
        position.clear(); // the live processes died too
        log.warn("template pool: {} template(s) lost with the helper ({}); rollbacks to them are rebuilt{}", n,
                cr.helper().lastDeath(), rebuilder == null ? ", but this pool has no rebuilder: they fail" : "");
    }

    /** The template was found dead (killed from inside the box): forget it, say why later. */
    private void lose(Entry e, String why) {
        lost++;
        drop(e, "its template is gone (" + why + ")");
    }

    private void drop(Entry e, String why) {
        ForkCheckpointer.Template t = e.template;
        e.template = null;
        e.spare = null; // the helper kills a template's spares with it
        e.goneWhy = why;
        try {
            cr.discard(t);
        } catch (CheckpointException x) {
            // gone already; with the helper (HELPER_GONE) the next checkHelper marks the rest
        }
        log.debug("checkpoint {}: {}", e.id, why);
    }

    private void record(Operation op) {
        if (recent.size() == RECENT_OPERATIONS) recent.removeFirst();
        recent.addLast(op);
    }

    /** Lets the warm thread look again (an image was written: a template may be evictable now). */
    private void poke() {
        lock.lock();
        try {
            dirty = true;
            warmWake.workAdded();
        } finally {
            lock.unlock();
        }
    }

    private void wake() {
        for (Entry e : entries.values()) e.spareFailed = false;
        dirty = true;
        warmWake.workAdded(); // a busy or polling warm thread sees dirty by itself
    }

    private void ensureOpen() {
        if (closed) throw new IllegalStateException("this TemplatePool is closed");
    }
}
